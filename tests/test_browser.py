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


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The seed project, built once with `timeline build` and served on 127.0.0.1."""
    import shutil

    from timeline.site import build_site

    port = free_port()
    project = tmp_path_factory.mktemp("project")
    (project / "site").mkdir()
    (project / "site" / "about.md").write_text("# About\n\nA test site.\n")
    shutil.copytree(ROOT / "events", project / "events")
    config = MKDOCS_YML.replace("https://example.org/", f"http://127.0.0.1:{port}/")
    (project / "mkdocs.yml").write_text(config)
    site = build_site(project / "mkdocs.yml", strict=True)
    with serve(site, port) as url:
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


def marks(page) -> int:
    """The number of event marks the chart drew (points and spans, not labels)."""
    page.wait_for_selector(".tl-chart.tl-ready svg", timeout=15_000)
    return page.locator(".tl-chart svg g.mark-symbol.role-mark path, .tl-chart svg g.mark-rect.role-mark path").count()


def test_home_chart_draws_one_mark_per_seed_event(page, base_url):
    page.goto(base_url + "/")
    assert marks(page) == 5
    assert page.locator(".tl-chart svg g.mark-text.role-mark text").count() == 5
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-1280.png"), full_page=True)
    assert page.problems == []


def test_clicking_a_mark_opens_its_event_page(page, base_url):
    page.goto(base_url + "/")
    marks(page)
    point = page.locator(".tl-chart svg g.mark-symbol path").first
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
    assert marks(page) == 5
    assert page.evaluate("window.__same_document === true"), "the page was fully reloaded, not instant"
    assert page.problems == []
