"""Real MkDocs builds of a temporary project (the `project` fixture) with the plugin enabled."""

import html
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from timeline.cli import main

SEED_IDS = {"2022-russia-cuba-ties-intensify", "2026-01-trump-tells-havana-make-a-deal",
            "2026-01-03-maduro-ousted", "2026-01-20-kolokoltsev-meets-diaz-canel", "2026-01-20-koronelli-post"}


def specs_of(page: Path) -> list[dict]:
    return [json.loads(html.unescape(p)) for p in re.findall(r'<figure class="tl-chart"[^>]* data-spec="([^"]*)"',
                                                             page.read_text())]


def spec_of(page: Path) -> dict:
    (spec,) = specs_of(page)
    return spec


def chart_rows(public: Path) -> list[dict]:
    return json.loads((public / "assets" / "timeline" / "events.json").read_text())


def mkdocs_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], capture_output=True, text=True)


def test_plain_mkdocs_build_strict_makes_home_and_event_pages(project):
    result = mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr
    public = project / "public"
    spec = spec_of(public / "index.html")
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    rows = chart_rows(public)
    assert {r["id"] for r in rows} == SEED_IDS
    by_id = {r["id"]: r for r in rows}
    month = by_id["2026-01-trump-tells-havana-make-a-deal"]
    assert (month["span"], month["start"], month["stop"]) == (True, "2026-01-01T00:00:00", "2026-02-01T00:00:00")
    assert month["when"] == "January 2026"
    assert by_id["2026-01-03-maduro-ousted"]["span"] is False
    assert by_id["2026-01-20-kolokoltsev-meets-diaz-canel"]["n_sources"] == 2
    # every chart link leads to a built event page
    for row in rows:
        assert (public / row["href"] / "index.html").is_file(), row["href"]
    assert {p.name for p in (public / "events").iterdir()} == SEED_IDS
    # the data is a file next to the pages, not inlined: the spec names it
    assert "values" not in json.dumps(spec) and spec["data"] == {"name": "events"}
    # focus + context: the overview's brush sets the detail's time domain; search and tag filter
    detail, _overview = spec["vconcat"]
    params = {p["name"]: p for p in spec["params"]}
    assert params["brush"]["select"] == {"type": "interval", "encodings": ["x"]}
    assert params["brush"]["views"] == ["overview"]
    assert params["tag"]["bind"]["input"] == "select" and params["tag"]["bind"]["options"] == [
        "", "cuba", "russia", "united-states", "venezuela"]
    assert params["search"]["bind"]["input"] == "search"
    assert detail["layer"][0]["encoding"]["x"]["scale"]["domain"] == {"param": "brush"}
    layer = detail["layer"][0]["encoding"]
    assert [t["field"] for t in layer["tooltip"]] == ["when", "title", "n_sources"] and layer["href"]["field"] == "href"
    assert layer["color"]["field"] == "tag" and layer["size"]["field"] == "n_sources"
    # nothing was written into the sources folder
    assert sorted(p.name for p in (project / "site").iterdir()) == ["about.md"]


def test_event_page_shows_title_date_summary_tags_and_quoted_sources(project):
    assert mkdocs_build("--strict").returncode == 0
    page = (project / "public" / "events" / "2026-01-20-kolokoltsev-meets-diaz-canel" / "index.html").read_text()
    assert ('<h1 dir="auto">Russia&#x27;s interior minister Kolokoltsev meets Cuban President Díaz-Canel in '
            'Havana</h1>') in page
    assert '<time datetime="2026-01-20">January 20, 2026</time>' in page
    assert "in a show of solidarity after Trump warned" in page
    assert ('<strong>Tags:</strong> <a href="../../tags/cuba/" dir="auto">cuba</a>, '
            '<a href="../../tags/russia/" dir="auto">russia</a>') in page
    assert page.count('<blockquote dir="auto">') == 2
    assert '<span class="tl-outlet">article file</span> · published <time datetime="2026-01-21">' in page
    # previous and next in time order
    assert 'Previous: <a href="../2026-01-03-maduro-ousted/" dir="auto">' in page
    assert 'Next: <a href="../2026-01-20-koronelli-post/" dir="auto">' in page
    # schema.org JSON-LD in the head
    head = page.split("</head>")[0]
    (ld,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head)
    data = json.loads(ld)
    assert (data["@type"], data["startDate"], data["url"]) == (
        "Event", "2026-01-20", "https://example.org/events/2026-01-20-kolokoltsev-meets-diaz-canel/")
    assert {"@type": "Place", "name": "Havana"} in data["location"]
    assert "On Jan. 20, Kolokoltsev met with Cuban President Miguel Diaz-Canel" in page


def test_rejected_events_stay_in_git_but_out_of_the_site(project):
    (project / "events" / "junk.yaml").write_text(
        "title: Page clock taken for news\ndate: 2024-01-02\nstatus: rejected\n", encoding="utf-8")
    result = mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr
    public = project / "public"
    assert {r["id"] for r in chart_rows(public)} == SEED_IDS
    assert not (public / "events" / "junk").exists()
    assert "Page clock taken for news" not in (public / "index.html").read_text()


def test_drafts_are_marked_by_default_and_left_out_when_hidden(project):
    (project / "events" / "draft.yaml").write_text(
        "title: A machine-made draft\ndate: 2026-01-05\nsources:\n  - url: https://example.org/d\n"
        "    quote: Something happened.\n", encoding="utf-8")
    assert mkdocs_build("--strict").returncode == 0
    public = project / "public"
    rows = {r["id"]: r for r in chart_rows(public)}
    assert rows["draft"]["review"] == "Unreviewed draft" and rows[next(iter(SEED_IDS))]["review"] == "Reviewed"
    assert "Unreviewed draft</span>" in (public / "events" / "draft" / "index.html").read_text()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - timeline\n", "  - timeline:\n      drafts: hide\n"))
    assert "drafts: hide" in config.read_text()
    assert mkdocs_build("--strict").returncode == 0
    assert {r["id"] for r in chart_rows(public)} == SEED_IDS and not (public / "events" / "draft").exists()
    assert all("review" not in r for r in chart_rows(public))  # no draft left: no legend either
    config.write_text(config.read_text().replace("drafts: hide", "drafts: maybe"))
    result = mkdocs_build("--strict")
    assert result.returncode != 0 and "drafts" in result.stderr


def test_vega_is_served_by_the_site_not_a_cdn(project):
    assert mkdocs_build("--strict").returncode == 0
    public = project / "public"
    bundle = (public / "assets" / "timeline" / "vega.js").read_text()
    assert "window.vegaEmbed=" in bundle and len(bundle) > 500_000
    index = (public / "index.html").read_text()
    assert "assets/timeline/timeline.js" in index
    loaded = re.findall(r'<script[^>]* src="([^"]+)"', index) + [
        href for tag in re.findall(r"<link [^>]+>", index)
        if re.search(r'rel="(stylesheet|preconnect|icon|preload)"', tag)
        for href in re.findall(r'href="([^"]+)"', tag)]
    assert loaded and not [url for url in loaded if re.match(r"(https?:)?//", url)], loaded


HOSTILE = """
- id: img
  title: '<img src=x onerror=alert(1)>'
  date: 2026-01-05
  summary: '"><img src=x onerror=alert(1)> [click](javascript:alert(1))'
  tags: ['<b>bold</b>']
  sources:
    - url: 'javascript:alert(1)'
      title: '</script><script>alert(1)</script>'
      quote: '<script>alert(1)</script>'
- id: script
  title: '<script>alert(1)</script>'
  date: 2026-02
  sources:
    - url: 'https://example.org/a?b=1&c=2'
      quote: '"><img src=x onerror=alert(1)>'
"""


def test_hostile_text_is_shown_as_text_never_markup(project):
    for old in (project / "events").iterdir():
        old.unlink()
    (project / "events" / "hostile.yaml").write_text(HOSTILE)
    assert mkdocs_build("--strict").returncode == 0
    public = project / "public"
    for page in [public / "index.html", public / "events" / "img" / "index.html",
                 public / "events" / "script" / "index.html"]:
        text = page.read_text()
        assert "<img src=x" not in text and "<script>alert" not in text, page
        assert '"><img src=x' not in text
        assert 'href="javascript:' not in text
    img = (public / "events" / "img" / "index.html").read_text()
    assert "<title>&lt;img src=x onerror=alert(1)&gt; - Test timeline</title>" in img
    assert ">&lt;img src=x onerror=alert(1)&gt;</h1>" in img
    assert '<blockquote dir="auto">&lt;script&gt;alert(1)&lt;/script&gt;</blockquote>' in img
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span> (<code>javascript:alert(1)</code>)" in img
    ld = img.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in ld and json.loads(ld)["name"] == "<img src=x onerror=alert(1)>"
    home = (public / "index.html").read_text()
    rows = chart_rows(public)
    assert {r["title"] for r in rows} == {"<img src=x onerror=alert(1)>", "<script>alert(1)</script>"}
    assert html.escape("<script>alert(1)</script>") in home
    for page in public.rglob("*.html"):
        text = page.read_text()
        assert "<img src=x" not in text and "<script>alert" not in text, page


def test_timeline_build_swaps_in_the_new_site_only_on_success(project, capsys):
    import os
    import stat

    from timeline.files import try_lock, umask

    # a killed build left its temporary folder; a build still running holds the lock on its own
    (project / ".public-build-killed").mkdir()
    (project / ".public-build-killed" / "index.html").write_text("half a site")
    (project / ".public-build-running").mkdir()
    running = try_lock(project / ".public-build-running")
    try:
        assert main(["build", "-q"]) == 0
    finally:
        os.close(running)
    assert not (project / ".public-build-killed").exists() and (project / ".public-build-running").exists()
    (project / ".public-build-running").rmdir()
    public = project / "public"
    assert stat.S_IMODE(public.stat().st_mode) == 0o777 & ~umask()  # readable by a web server, not 0700
    first = {p.relative_to(public) for p in public.rglob("*")}
    (public / "marker.txt").write_text("from the previous build")
    (project / "events" / "broken.yaml").write_text("title: [\n")
    assert main(["build", "-q"]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml:2:1: invalid YAML" in err and "Traceback" not in err
    assert (public / "marker.txt").read_text() == "from the previous build"
    assert {p.relative_to(public) for p in public.rglob("*")} - {Path("marker.txt")} == first
    assert not list(project.glob(".public-*")), "the staging folder was left behind"
    (project / "events" / "broken.yaml").unlink()
    assert main(["build", "-q"]) == 0
    assert not (public / "marker.txt").exists()


@pytest.mark.parametrize("target, why", [
    (".", "cannot build into a folder that is or holds the project folder"),
    ("..", "cannot build into a folder that is or holds the project folder"),
    ("site", "cannot build into a folder that is or holds the pages folder (docs_dir)"),
    ("events", "cannot build into a folder that is or holds the events folder"),
    ("site/out", "cannot build inside the pages folder (docs_dir)"),
    ("events/out", "cannot build inside the events folder"),
    ("articles", "holds files that are not a built site (no index.html)"),
    ("mkdocs.yml", "is a file, not a folder"),
])
def test_build_refuses_an_output_folder_whose_replacement_would_destroy_work(project, capsys, target, why):
    (project / "articles").mkdir()
    (project / "articles" / "a.txt").write_text("An article.")
    (project / ".git").mkdir()
    before = sorted(str(p) for p in project.parent.rglob("*"))
    assert main(["build", "-q", "-d", target]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {(project / target).resolve()}: ") and why in err
    assert sorted(str(p) for p in project.parent.rglob("*")) == before  # nothing touched


HOSTILE_NAMES = """- id: e1
  title: "Vote 🗳️ passes"
  date: 2026-01-20
  tags: [Index, Café, "<!--tl-root-->", __TL_ROOT__]
  actors: [Miguel Díaz-Canel]
- id: e2
  title: Second
  date: 2026-01-21
  tags: [cafe, cafe-x]
  actors: [Miguel Diaz-Canel]
"""


def test_names_that_collide_or_look_like_markers_get_pages_of_their_own(project):
    from timeline import pages, read_events

    for old in (project / "events").iterdir():
        old.unlink()
    (project / "events" / "names.yaml").write_text(HOSTILE_NAMES)
    result = mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr
    assert "differ only in case, accents or punctuation" in result.stderr
    public = project / "public"
    uris = pages.facet_uris(read_events(project / "events"))
    assert len(set(uris["tags"].values())) == 6 and len(set(uris["actors"].values())) == 2
    index = (public / "tags" / "index.html").read_text()
    for facet, by_value in uris.items():
        for value, uri in by_value.items():
            page = (public / uri.removesuffix(".md") / "index.html").read_text()
            assert f'<h1 dir="auto">{html.escape(value)}</h1>' in page, value  # its own page, its own name
            if facet == "tags":
                assert f">{pages.text(value).replace(chr(92), '')}</a>" in index or html.escape(value) in index
    assert "<!--tl-root-->" not in index and index.count("__TL_ROOT__") == 1  # listed, never replaced
    event = (public / "events" / "e1" / "index.html").read_text()
    assert "<title>Vote 🗳️ passes - Test timeline</title>" in event  # not the file name


@pytest.mark.parametrize("content, message", [
    ("title: A\ndate: 2026-13-01\n", "bad.yaml:2:7: date: '2026-13-01' is not a date"),
    ("- title: A\n  date: next week\n- date: 2026\n", "bad.yaml:3:3: title: missing"),
])
def test_invalid_events_fail_the_plain_mkdocs_build_with_their_location(project, content, message):
    (project / "events" / "bad.yaml").write_text(content)
    result = mkdocs_build()
    assert result.returncode != 0 and message in result.stderr


def test_unknown_field_fails_only_strict_builds(project):
    (project / "events" / "extra.yaml").write_text("title: A\ndate: 2026\nnote: x\n")
    assert mkdocs_build().returncode == 0
    strict = mkdocs_build("--strict")
    assert strict.returncode != 0 and "extra.yaml:3:1: warning: note: unknown field" in strict.stderr


def test_missing_config_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "mkdocs.yml: no such file (expected the MkDocs configuration" in capsys.readouterr().err


def test_own_home_page_gets_the_chart_at_its_marker(project):
    (project / "site" / "index.md").write_text("# Our newsroom\n\nIntro.\n\n<!-- timeline -->\n\nOutro.\n")
    assert mkdocs_build("--strict").returncode == 0
    index = (project / "public" / "index.html").read_text()
    assert "Our newsroom" in index and index.index("Intro.") < index.index("data-spec") < index.index("Outro.")
    assert 'data-root="."' in index and {r["id"] for r in chart_rows(project / "public")} == SEED_IDS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:  # noqa: S310 - a localhost http address
            return r.status
    except Exception:
        return 0


def test_serve_rebuilds_when_an_event_file_changes(project):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while _get(f"http://127.0.0.1:{port}/") != 200:
            assert time.monotonic() < deadline and server.poll() is None, "mkdocs serve did not start"
            time.sleep(0.3)
        new = f"http://127.0.0.1:{port}/events/added-later/"
        assert _get(new) == 0
        (project / "events" / "added-later.yaml").write_text("title: Added later\ndate: 2026-02\n")
        deadline = time.monotonic() + 60
        while _get(new) != 200:
            assert time.monotonic() < deadline, "the new event page never appeared"
            time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=10)
