// Draws the site's Vega-Lite charts. Loads the Vega bundle (served by the site itself, never a
// CDN) on the first page that has a chart, and redraws on every page Material's instant
// navigation shows, and when the reader switches between light and dark palettes.
(function () {
  "use strict";
  var bundleUrl = document.currentScript.src.replace(/timeline\.js(\?.*)?$/, "vega.js");
  var loading = null;
  var views = [];

  function loadVega() {
    if (window.vegaEmbed) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = bundleUrl;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("cannot load " + bundleUrl)); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function css(name, fallback) {
    var v = getComputedStyle(document.body).getPropertyValue(name).trim();
    return v || fallback;
  }

  function theme() {
    var fg = css("--md-default-fg-color", "#000000de");
    var light = css("--md-default-fg-color--lighter", "#00000052");
    var faint = css("--md-default-fg-color--lightest", "#00000012");
    return {
      background: null,
      axis: { labelColor: fg, titleColor: fg, domainColor: light, tickColor: light, gridColor: faint },
      legend: { labelColor: fg, titleColor: fg },
      text: { color: fg },
      title: { color: fg },
      mark: { color: css("--md-primary-fg-color", "#4051b5") },
      bar: { color: css("--md-primary-fg-color", "#4051b5") },
      circle: { color: css("--md-primary-fg-color", "#4051b5") }
    };
  }

  function render() {
    views.forEach(function (v) { v.finalize(); });
    views = [];
    var charts = document.querySelectorAll(".tl-chart");
    if (!charts.length) return;
    loadVega().then(function () {
      charts.forEach(function (el) {
        var spec = JSON.parse(el.getAttribute("data-spec"));
        var target = el.querySelector(".tl-view") || el.appendChild(document.createElement("div"));
        target.className = "tl-view";
        window.vegaEmbed(target, spec, {
          actions: false,
          config: theme(),
          renderer: "svg",  // marks stay in the DOM: readable by tests and assistive tools
          loader: { target: "_self" },
          tooltip: { theme: document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light" }
        }).then(function (result) {
          views.push(result);
          el.classList.add("tl-ready");
        }).catch(function (err) { console.error(err); });
      });
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(render);  // Material: every page load, instant or not
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
  new MutationObserver(render).observe(document.body, {
    attributes: true, attributeFilter: ["data-md-color-scheme"]
  });
})();
