"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

.ci/run installs chromium; these tests fail (not skip) when it is missing, so a green run
always means the pages were really opened.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser import ARGS, CHROMIUM, free_port, serve
from conftest import MKDOCS_YML, ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))


PORT = free_port()


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory):
    """The seed project (and a hostile draft), built once with `timeline build`."""
    import shutil

    from timeline.site import build_site

    port = PORT
    project = tmp_path_factory.mktemp("project")
    (project / "site").mkdir()
    (project / "site" / "about.md").write_text("# About\n\nA test site.\n")
    shutil.copytree(ROOT / "events", project / "events")
    (project / "events" / "hostile.yaml").write_text(
        "title: <img src=x onerror=alert(1)>\ndate: 2026-01-10\ntags: [test]\n"
        "sources:\n  - url: https://example.org/x\n    quote: '\"><img src=x onerror=alert(2)>'\n")
    config = MKDOCS_YML.replace("https://example.org/", f"http://127.0.0.1:{port}/")
    (project / "mkdocs.yml").write_text(config)
    return build_site(project / "mkdocs.yml", strict=True)


@pytest.fixture(scope="module")
def base_url(site_dir):
    """The built seed site, served on 127.0.0.1."""
    with serve(site_dir, PORT) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium (see .ci/run)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []  # console errors and warnings, page errors, dialogs, requests elsewhere
    page.on("console", lambda m: m.type in ("error", "warning") and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))
    page.on("request", lambda r: r.url.startswith(base_url) or r.url.startswith("data:")
            or page.problems.append(f"request: {r.url}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()


EVENTS = 6  # the five seed events and a hostile one
DETAIL_MARKS = ".tl-chart svg g.detail_layer_0_marks path, .tl-chart svg g.detail_layer_1_marks path"


def marks(page) -> int:
    """The number of event marks the detail view drew (points and spans, not labels)."""
    page.wait_for_selector(".tl-chart.tl-ready svg", timeout=15_000)
    return page.locator(DETAIL_MARKS).count()


def test_home_chart_draws_one_mark_per_event(page, base_url):
    page.goto(base_url + "/")
    assert marks(page) == EVENTS
    # events that do not overlap share a lane: fewer rows of marks than events
    lanes = page.evaluate("new Set(document.querySelector('.tl-chart').tlView.data('data_0')"
                          ".map(r => r.lane)).size")
    assert 1 < lanes < EVENTS
    assert page.locator(".tl-chart svg g.role-mark.overview_marks path").count() == EVENTS
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-1280.png"), full_page=True)
    assert page.problems == []


def test_home_on_a_phone(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "/")
    assert marks(page) == EVENTS
    box = page.locator(".tl-chart svg").first.bounding_box()
    assert box["width"] <= 390 and box["height"] > 100
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-390.png"), full_page=True)
    context.close()


def test_search_box_and_tag_legend_filter_the_marks(page, base_url):
    page.goto(base_url + "/")
    assert marks(page) == EVENTS
    page.locator(".tl-chart input[type=search]").fill("koronelli")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === 1")
    page.locator(".tl-chart input[type=search]").fill("")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === {EVENTS}")
    page.locator(".tl-chart select").select_option("venezuela")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === 1")
    page.locator(".tl-chart select").select_option("russia")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === 3")
    page.locator(".tl-chart select").select_option("")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === {EVENTS}")
    # the colour legend filters too: Vega takes pointer events on its whole SVG, so click
    # where the legend's "venezuela" entry is drawn; a second click shows every tag again
    labels = page.locator(".tl-chart svg g.role-legend-label text")
    venezuela = next(i for i in range(labels.count()) if labels.nth(i).text_content() == "venezuela")
    box = page.locator(".tl-chart svg g.role-legend-symbol path").nth(venezuela).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === 1")
    assert page.locator(".tl-chart select").input_value() == "venezuela"
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === {EVENTS}")
    assert page.problems == []


def test_brushing_the_overview_zooms_the_detail(page, base_url):
    page.goto(base_url + "/")
    marks(page)
    strip = page.locator(".tl-chart svg g.overview_group path.background").first.bounding_box()
    y = strip["y"] + strip["height"] / 2
    page.mouse.move(strip["x"] + strip["width"] * 0.85, y)
    page.mouse.down()
    page.mouse.move(strip["x"] + strip["width"] * 0.99, y, steps=8)
    page.mouse.up()
    brushed = page.evaluate("document.querySelector('.tl-chart').tlView.signal('brush')")
    assert len(brushed["start"]) == 2 and brushed["start"][0] > 1.7e12  # the last stretch of the axis
    assert page.problems == []


def test_hostile_title_shows_as_text_and_runs_nothing(page, base_url):
    page.goto(base_url + "/events/hostile/")
    assert page.locator("h1").inner_text() == "<img src=x onerror=alert(1)>"
    assert page.locator("article img[src=x]").count() == 0
    page.goto(base_url + "/")
    marks(page)
    page.wait_for_timeout(300)
    assert "<img src=x onerror=alert(1)>" in page.locator("body").inner_text()
    assert page.problems == []  # no dialog fired


def test_chronology_lists_every_event(page, base_url):
    page.goto(base_url + "/chronology/")
    assert page.locator("article li a[href*='events/']").count() == EVENTS
    assert page.locator("article time[datetime]").count() >= EVENTS
    # headings and events in page order: the 2022 event under its year, the January 2026 one
    # under its month before that month's days
    order = page.evaluate("""Array.from(document.querySelectorAll('article h2, article h3, article li a'))
        .map(e => e.tagName === 'A' ? e.textContent.slice(0, 20) : e.tagName + ' ' + e.textContent)""")
    assert order[:3] == ["H2 2022", "Russia and Cuba begi", "H2 2026"]
    assert order[3] == "H3 January 2026" and order[4].startswith("Trump tells Havana")
    assert page.problems == []


def test_clicking_a_mark_opens_its_event_page(page, base_url):
    page.goto(base_url + "/")
    marks(page)
    point = page.locator(".tl-chart svg g.detail_layer_1_marks path").first
    with page.expect_navigation():
        point.click()
    assert page.url == base_url + "/events/2026-01-03-maduro-ousted/"
    assert "oust Venezuelan leader" in page.locator("h1").inner_text()
    assert page.problems == []


def test_instant_navigation_back_home_redraws_the_chart(page, base_url):
    page.goto(base_url + "/about/")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__same_document = true")
    page.locator("a.md-nav__link", has_text="Test timeline").first.click()
    page.wait_for_url(base_url + "/")
    assert marks(page) == EVENTS
    assert page.evaluate("window.__same_document === true"), "the page was fully reloaded, not instant"
    assert page.problems == []


def test_chart_follows_the_palette(page, base_url):
    page.goto(base_url + "/")
    marks(page)
    light = page.locator(".tl-chart svg g.role-axis-label text").first.get_attribute("fill")
    page.locator("label[for='__palette_1']").first.click()  # Material's palette toggle
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.wait_for_function(f"document.querySelector('.tl-chart svg g.role-axis-label text')"
                           f".getAttribute('fill') !== {light!r}")
    assert marks(page) == EVENTS and page.problems == []


LABELS = ".tl-chart svg g.detail_layer_2_marks text"


def _labels_inside_the_view(page) -> int:
    """Every label drawn (not faded out) lies inside the detail view; returns how many."""
    view = page.locator(".tl-chart svg g.detail_group path.background").first.bounding_box()
    shown = 0
    for label in page.locator(LABELS).all():
        if float(label.evaluate("t => getComputedStyle(t).opacity")) == 0 or not label.text_content():
            continue
        box = label.bounding_box()
        assert view["x"] - 1 <= box["x"] and box["x"] + box["width"] <= view["x"] + view["width"] + 1, \
            f"label {label.text_content()!r} runs past the view"
        shown += 1
    return shown


@pytest.mark.parametrize("width", [1280, 390])
def test_labels_are_never_clipped(browser, base_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base_url + "/")
    marks(page)
    assert _labels_inside_the_view(page) >= 3
    context.close()


def test_the_first_view_leaves_out_the_lone_old_event(page, base_url):
    """The seeds: five events in January 2026 and one of 2022; the detail first shows 2026."""
    page.goto(base_url + "/")
    marks(page)
    start, stop = page.evaluate("document.querySelector('.tl-chart').tlView.scale('detail_x').domain()"
                                ".map(Number)")
    assert start > 1.76e12 and stop < 1.775e12  # from late December 2025 to early February 2026
    overview = page.evaluate("document.querySelector('.tl-chart').tlView.scale('overview_x').domain().map(Number)")
    assert overview[0] < 1.65e12  # the strip still shows 2022
    assert page.problems == []


def test_every_chart_draws_marks(page, base_url):
    page.goto(base_url + "/charts/")
    page.wait_for_function("document.querySelectorAll('.tl-chart.tl-ready').length === "
                           "document.querySelectorAll('.tl-chart').length", timeout=15_000)
    charts = page.locator(".tl-chart")
    assert charts.count() == 3
    for i in range(charts.count()):
        assert charts.nth(i).locator("svg g.role-mark path").count() > 0, f"chart {i} is empty"
    assert page.problems == []


def test_drafts_are_marked_on_their_page_and_in_the_chart(page, base_url):
    page.goto(base_url + "/events/hostile/")
    badge = page.locator("article .tl-badge--draft")
    assert badge.is_visible() and badge.inner_text() == "Unreviewed draft"
    page.goto(base_url + "/events/2026-01-03-maduro-ousted/")
    assert page.locator("article .tl-badge").count() == 0  # reviewed
    page.goto(base_url + "/")
    marks(page)
    legend = page.locator(".tl-chart svg g.role-legend-label text").all_text_contents()
    assert "Unreviewed draft" in legend and "Reviewed" in legend
    assert "1 not yet reviewed" in page.locator(".tl-facts").inner_text()
    assert page.problems == []


def test_opened_from_disk_the_chart_is_interactive(browser, site_dir):
    """public/index.html opened as a file: the data rides in the page, clicks open index.html."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((site_dir / "index.html").as_uri())
    assert marks(page) == EVENTS
    page.locator(".tl-chart input[type=search]").fill("koronelli")
    page.wait_for_function(f"document.querySelectorAll({DETAIL_MARKS!r}).length === 1")
    point = page.locator(".tl-chart svg g.detail_layer_1_marks path").first
    with page.expect_navigation():
        point.click()
    assert page.url.startswith("file://") and page.url.endswith("/index.html")
    assert "Koronelli" in page.locator("h1").inner_text()
    assert errors == []
    context.close()
