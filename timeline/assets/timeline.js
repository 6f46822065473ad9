// Draws the site's Vega-Lite charts. Loads the Vega bundle (served by the site itself, never a
// CDN) on the first page that has a chart, fetches the shared chart data once, and redraws on
// every page Material's instant navigation shows and when the reader switches palettes.
(function () {
  "use strict";
  var bundleUrl = document.currentScript.src.replace(/timeline\.js(\?.*)?$/, "vega.js");
  var loading = null;
  var data = {};   // data URL -> promise of rows
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

  function loadRows(url) {
    if (!data[url]) {
      data[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("cannot load " + url + ": " + r.status);
        return r.json();
      });
    }
    return data[url];
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
      mark: { color: css("--md-primary-fg-color", "#4051b5") }
    };
  }

  // A click on a colour legend entry keeps that tag only (a second click shows all again),
  // through the chart's "tag" param, the same one its tag select drives.
  // Vega-Lite makes legend entries inert unless a selection is bound to the legend; the
  // compiled Vega spec is patched so that clicks on them reach legendFilters.
  function interactiveLegends(vg) {
    (function walk(node) {
      if (!node || typeof node !== "object") return;
      (node.legends || []).forEach(function (legend) {
        legend.encode = legend.encode || {};
        ["symbols", "labels"].forEach(function (part) {
          legend.encode[part] = Object.assign({}, legend.encode[part], { interactive: true });
        });
      });
      (node.marks || []).forEach(walk);
    })(vg);
    return vg;
  }

  function legendFilters(view) {
    try { view.signal("tag"); } catch (e) { return; }  // a chart without a tag filter
    view.addEventListener("click", function (event, item) {
      var role = item && item.mark && item.mark.role;
      if (!role || role.indexOf("legend") !== 0 || !item.datum) return;
      var value = item.datum.value;
      view.signal("tag", view.signal("tag") === value ? "" : value).runAsync();
    });
  }

  function render() {
    views.forEach(function (v) { v.finalize(); });
    views = [];
    var charts = document.querySelectorAll(".tl-chart");
    if (!charts.length) return;
    // fetch the data while the Vega bundle loads, not after
    var jobs = Array.prototype.map.call(charts, function (el) {
      var root = new URL((el.getAttribute("data-root") || ".") + "/", location.href);
      // a small site carries its rows in the page (it draws opened from disk, where fetch fails)
      var inline = el.getAttribute("data-rows");
      var rows = inline !== null ? Promise.resolve(JSON.parse(inline))
        : loadRows(new URL(el.getAttribute("data-src"), root).href);
      return { el: el, root: root, rows: rows };
    });
    loadVega().then(function () {
      jobs.forEach(function (job) {
        var el = job.el, root = job.root;
        job.rows.then(function (rows) {
          var spec = JSON.parse(el.getAttribute("data-spec"));
          // links in the data are relative to the site root; make them absolute for this page
          // (from disk, a folder address shows a file listing: open its index.html instead)
          var fromDisk = location.protocol === "file:";
          spec.datasets = { events: rows.map(function (r) {
            var href = new URL(r.href, root).href;
            if (fromDisk && /\/$/.test(href)) href += "index.html";
            return Object.assign({}, r, { href: href });
          }) };
          var target = el.querySelector(".tl-view");
          if (!target) {
            target = document.createElement("div");
            target.className = "tl-view";
            el.insertBefore(target, el.firstChild);
          }
          return window.vegaEmbed(target, spec, {
            actions: false,
            config: theme(),
            // SVG keeps marks in the DOM (assistive tools, tests); canvas stays fast for big sets
            renderer: rows.length > 2000 ? "canvas" : "svg",
            loader: { target: "_self" },
            // a filter that empties one layer (no spans left, say) makes Vega warn of an
            // empty extent; readers need errors only
            logLevel: 1,  // vega.Error
            patch: interactiveLegends,
            tooltip: { theme: document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light" }
          }).then(function (result) {
            views.push(result);
            legendFilters(result.view);
            el.tlView = result.view;
            el.classList.add("tl-ready");
          });
        }).catch(function (err) { console.error(err); });
      });
    }).catch(function (err) { console.error(err); });
  }

  // (from disk Material's document$ never emits: its instant navigation cannot fetch there)
  if (location.protocol !== "file:" && window.document$ && typeof window.document$.subscribe === "function") {
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
