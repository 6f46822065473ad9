"""The generated pages beyond the home page, from a real `mkdocs build --strict`."""

import hashlib
import re
import subprocess
import sys

from test_site import SEED_IDS, mkdocs_build, specs_of


def test_chronology_lists_every_event_by_year_and_month(project):
    assert mkdocs_build("--strict").returncode == 0
    page = (project / "public" / "chronology" / "index.html").read_text()
    assert '<h2 id="2022"><time datetime="2022">2022</time></h2>' in page
    assert '<h3 id="january-2026"><time datetime="2026-01">January 2026</time></h3>' in page
    links = re.findall(r'href="\.\./events/([^/]+)/"', page)
    assert sorted(links) == sorted(SEED_IDS)
    assert page.index("2022-russia-cuba") < page.index("2026-01-trump") < page.index("2026-01-03-maduro")
    assert '<time datetime="2026-01-03">January 3, 2026</time>' in page


def test_facet_sources_and_download_pages(project):
    assert mkdocs_build("--strict").returncode == 0
    public = project / "public"
    tags = (public / "tags" / "index.html").read_text()
    assert re.search(r'<a href="cuba/">cuba</a></span> · 4 events', tags)
    cuba = (public / "tags" / "cuba" / "index.html").read_text()
    assert len(re.findall(r'href="\.\./\.\./events/', cuba)) == 4
    actors = (public / "actors" / "index.html").read_text()
    assert 'href="vladimir-kolokoltsev/">Vladimir Kolokoltsev</a>' in actors
    assert (public / "places" / "havana" / "index.html").is_file()
    sources = (public / "sources" / "index.html").read_text()
    assert "Russian minister visits Cuba" in sources and "supports 5 events" in sources
    downloads = (public / "downloads" / "index.html").read_text()
    for name in ("events.csv", "events.json", "events.ics", "timelinejs.json"):
        assert f'href="{name}"' in downloads and (public / "downloads" / name).is_file()
    charts = specs_of(public / "charts" / "index.html")
    assert len(charts) == 3 and all(c["data"] == {"name": "events"} for c in charts)
    assert all(c.get("description") for c in charts)
    for name in ("timeline", "periods", "actors", "sources"):
        svg = (public / "assets" / "timeline" / "charts" / f"{name}.svg").read_text()
        assert svg.startswith("<svg") and "<text" in svg


def test_two_builds_are_identical(project, tmp_path):
    def build(target):
        env = {"SOURCE_DATE_EPOCH": "1767225600", "PATH": "/usr/bin:/bin"}
        run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
                             capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        return {p.relative_to(target): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(target.rglob("*")) if p.is_file()}

    first, second = build(tmp_path / "one"), build(tmp_path / "two")
    assert first == second and len(first) > 30


def test_site_language_and_right_to_left_text(project):
    config = (project / "mkdocs.yml").read_text().replace("name: material", "name: material\n  language: es")
    (project / "mkdocs.yml").write_text(config)
    (project / "events" / "rtl.yaml").write_text(
        "title: اجتماع وزراء الخارجية في القاهرة\ndate: 2026-01-10\ntags: [مصر]\n"
        "sources:\n  - url: https://example.org/ar\n    quote: عقد وزراء الخارجية اجتماعا في القاهرة.\n")
    assert mkdocs_build("--strict").returncode == 0
    public = project / "public"
    home = (public / "index.html").read_text()
    assert '<html lang="es"' in home and "Últimos hechos" in home
    assert "20 de enero de 2026" in home
    page = (public / "events" / "rtl" / "index.html").read_text()
    assert '<h1 dir="auto">اجتماع وزراء الخارجية في القاهرة</h1>' in page
    assert '<blockquote dir="auto">عقد وزراء الخارجية اجتماعا في القاهرة.</blockquote>' in page
    assert list((public / "tags").glob("v-*/index.html")), "a tag in Arabic gets a page of its own"
