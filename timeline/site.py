"""The MkDocs plugin: turns `events/` into site pages at build time.

Enabled in `mkdocs.yml` as `plugins: [search, timeline]`. It adds, in memory (nothing is written
into `docs_dir`):

- the home page with the interactive timeline (unless `docs_dir` has its own `index.md`, where
  `<!-- timeline -->` marks the place of the chart) and the latest events;
- a chronology (every event as plain HTML, by year and month), a charts page, tag, actor and
  place indexes with a page per value, a sources page and a downloads page;
- a page per event under `events/<id>/`;
- the chart data (`assets/timeline/events.json`, fetched once by every chart), static SVG
  versions of the charts for print and readers without JavaScript, the downloads
  (CSV, JSON, iCalendar, TimelineJS), and the scripts that draw the charts, Vega included.

Stages, each a MkDocs event:
1. on_config: load and validate the events (every problem reported; an error aborts the build)
2. on_files: add the generated pages, data and assets
3. on_nav: put the generated pages in a sensible order (when mkdocs.yml has no `nav`)
4. on_page_markdown: point each page's charts at the site root, relative to the page;
   on_page_content: the HTML of event pages (made directly, not through Markdown)
5. on_post_page: add the schema.org JSON-LD of event pages to their <head>
6. on_serve: rebuild when an event file changes
"""

from __future__ import annotations

import json
import logging
import os
from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from . import charts, exports, pages
from .model import Event
from .settings import INLINE_DATA_UP_TO, VECTOR_CHARTS_UP_TO
from .store import load

log = logging.getLogger("mkdocs.plugins.timeline")

ASSETS = "assets/timeline"
DATA_URI = f"{ASSETS}/events.json"
NAV_ORDER = ("index.md", "chronology.md", "charts.md", "tags.md", "actors.md", "places.md", "sources.md",
             "downloads.md")


class TimelineConfig(Config):
    events = c.Type(str, default="events")  # relative to mkdocs.yml
    static_charts = c.Type(bool, default=True)  # SVG fallbacks for print and no-JS readers
    # drafts nobody has reviewed: published as they are, marked (a badge, a style and a legend
    # entry in the chart) or left out
    drafts = c.Choice(("show", "mark", "hide"), default="mark")


_VEGA_BUNDLE: str | None = None


def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed in one classic script (built once per process)."""
    global _VEGA_BUNDLE
    if _VEGA_BUNDLE is None:
        import vl_convert

        # the bundle declares top-level consts; a function scope keeps them off the global one
        _VEGA_BUNDLE = "(function(){\n" + vl_convert.javascript_bundle() + "\n})();\n"
    return _VEGA_BUNDLE


class TimelinePlugin(BasePlugin[TimelineConfig]):
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.events_dir = Path("events")
        self.locale = "en"
        self.generated_home = False
        self.json_ld: dict[str, str] = {}
        self.event_pages: dict[str, tuple] = {}
        self.titles: dict[str, str] = {}  # page source path → title, for generated pages
        self.facet_uris: dict[str, dict[str, str]] = {}

    # ---------------------------------------------------------------- 1. load

    def on_config(self, config: Any) -> Any:
        self.events_dir = (Path(config.config_file_path or ".").parent / self.config.events).resolve()
        self.locale = (config.theme.get("language") or "en") if config.theme else "en"
        events, problems = load(self.events_dir)
        for problem in problems:
            if problem.severity == "warning":
                log.warning(str(problem))
        errors = [str(p) for p in problems if p.severity == "error"]
        if errors:
            raise PluginError(f"{len(errors)} invalid event{'s' if len(errors) > 1 else ''} "
                              f"(run `timeline validate` to check):\n" + "\n".join(errors))
        hidden = {"rejected", "draft"} if self.config.drafts == "hide" else {"rejected"}
        self.events = [e for e in events if e.status not in hidden]  # kept in git, not published
        if f"{ASSETS}/timeline.js" not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(f"{ASSETS}/timeline.js")
        if f"{ASSETS}/timeline.css" not in config.extra_css:
            config.extra_css.append(f"{ASSETS}/timeline.css")
        return config

    # ---------------------------------------------------------------- 2. files

    def on_files(self, files: Files, config: Any) -> Files:
        def add(uri: str, content: str | bytes, inclusion: Any = InclusionLevel.UNDEFINED) -> File:
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            file = File.generated(config, uri, content=content, inclusion=inclusion)
            files.append(file)
            return file

        events, locale, hidden = self.events, self.locale, InclusionLevel.NOT_IN_NAV
        repo_url = config.repo_url

        # event pages first: the chart rows link to their URLs
        urls: dict[str, str] = {}
        self.event_pages = {}
        self.titles = {}
        self.facet_uris = uris = pages.facet_uris(events)
        for facet, values in pages.slug_collisions(uris):
            log.info(f"{facet} {', '.join(map(repr, values))} differ only in case, accents or punctuation: "
                     "each has its own page (write them the same way to make them one)")
        for i, event in enumerate(events):
            previous = events[i - 1] if i > 0 else None
            following = events[i + 1] if i + 1 < len(events) else None
            file = add(pages.event_uri(event), pages.EVENT_SOURCE, hidden)
            self.event_pages[file.src_uri] = (event, previous, following)
            self.titles[file.src_uri] = pages.page_title(event.title)
            urls[event.id] = file.url
            page_url = (config.site_url or "").rstrip("/") + "/" + file.url if config.site_url else None
            self.json_ld[file.src_uri] = pages.json_ld_script(pages.json_ld(event, page_url))

        focus = charts.focus_span(events) if events else None  # the span the timeline first shows
        rows = charts.chart_rows(events, lambda e: urls[e.id], locale, self.config.drafts, focus)
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        add(DATA_URI, data)
        # a small timeline carries its data in its pages too: opened from disk (file://), where
        # a browser fetches nothing, the charts still draw
        inline = data if len(rows) <= INLINE_DATA_UP_TO else None

        per, actors_per = charts.period(events), charts.period(events, coarser=1)
        n_actors = len({a for e in events for a in e.actors})
        specs = {
            "timeline": (charts.spec(charts.timeline_chart(rows, focus)), _describe(events, locale)),
            "periods": (charts.spec(charts.period_chart(per)), f"Events per {per}, stacked by tag."),
            "actors": (charts.spec(charts.actors_chart(n_actors, name=actors_per)),
                       f"The most named actors, {actors_per} by {actors_per}."),
            "sources": (charts.spec(charts.sources_chart()), "Events by number of sources."),
        }
        if not n_actors:
            del specs["actors"]  # no chart that draws nothing
        blocks = {}
        for name, (spec, description) in specs.items():
            fallback = None
            if self.config.static_charts and rows:
                # SVG prints sharpest; past a few thousand marks a PNG is far lighter to show
                vector = len(rows) <= VECTOR_CHARTS_UP_TO
                fallback = f"{ASSETS}/charts/{name}.{'svg' if vector else 'png'}"
                add(fallback, _static_chart(spec, rows, vector))
            # (the home timeline only: the charts page's pictures serve from disk)
            blocks[name] = pages.chart_block(spec, description, fallback, DATA_URI,
                                             inline if name == "timeline" else None)

        self.generated_home = files.get_file_from_path("index.md") is None
        self.home_chart = blocks["timeline"]
        if self.generated_home:
            add("index.md", pages.home_markdown(config.site_name, events, blocks["timeline"], locale,
                                                self.config.drafts == "mark"))
        add("chronology.md", pages.chronology_markdown(events, locale))
        add("charts.md", pages.charts_markdown(
            [(f"Events per {per}", blocks["periods"]),
             *([(f"Actors by {actors_per}", blocks["actors"])] if "actors" in blocks else []),
             ("Sources per event", blocks["sources"])], locale))
        for facet in pages.FACETS:
            add(f"{facet}.md", pages.facet_index_markdown(facet, events, uris[facet], locale))
            values: dict[str, list[Event]] = {}
            for event in events:
                for value in getattr(event, facet):
                    values.setdefault(value, []).append(event)
            for value, members in values.items():
                here = uris[facet][value]
                add(here, pages.facet_value_markdown(facet, value, members, here, locale), hidden)
                self.titles[here] = pages.page_title(value)
        add("sources.md", pages.sources_markdown(events, repo_url, locale))
        downloads = {}
        for fmt, name in exports.FORMATS.items():
            add(f"downloads/{name}", exports.render(events, fmt, config.site_name, config.site_url, locale))
            downloads[fmt] = name
        add("downloads.md", pages.downloads_markdown(downloads, len(events), locale))

        assets = resources.files("timeline") / "assets"
        for name in ("timeline.js", "timeline.css"):
            add(f"{ASSETS}/{name}", (assets / name).read_text(encoding="utf-8"))
        add(f"{ASSETS}/vega.js", vega_bundle())
        return files

    # ---------------------------------------------------------------- 3. navigation

    def on_nav(self, nav: Any, config: Any, files: Files) -> Any:
        if config.nav:  # the site's own order wins
            return nav

        def rank(item: Any) -> int:
            file = getattr(item, "file", None)
            uri = file.src_uri if file else ""
            return NAV_ORDER.index(uri) if uri in NAV_ORDER else len(NAV_ORDER)

        nav.items.sort(key=rank)  # stable: the site's own pages keep their order after ours
        return nav

    # ---------------------------------------------------------------- 4. pages

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
        title = self.titles.get(page.file.src_uri)
        if title is not None:
            page.meta["title"] = title
        if page.file.src_uri == "index.md" and not self.generated_home:
            markdown = markdown.replace(pages.HOME_MARKER, self.home_chart)
        if pages.ROOT_MARKER in markdown:
            markdown = markdown.replace(pages.ROOT_MARKER, get_relative_url(".", page.file.url))
        return markdown

    def on_page_content(self, html: str, page: Any, config: Any, files: Files) -> str:
        """Event pages: the HTML made by `pages.event_html` (they skip Markdown)."""
        entry = self.event_pages.get(page.file.src_uri)
        if entry is None:
            return html

        def href(uri: str) -> str:
            return get_relative_url(files.get_file_from_path(uri).url, page.file.url)

        return html.replace(f"<p>{pages.EVENT_MARKER}</p>", "").replace(pages.EVENT_MARKER, "") + \
            pages.event_html(*entry, href, self.facet_uris, config.repo_url, self.locale,
                             mark_draft=self.config.drafts == "mark")

    # ---------------------------------------------------------------- 5. head

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        # in <head>, not the content: Material's instant navigation re-runs content scripts
        script = self.json_ld.get(page.file.src_uri)
        if script and "</head>" in output:
            output = output.replace("</head>", script + "\n</head>", 1)
        return output

    # ---------------------------------------------------------------- 6. serve

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        if self.events_dir.is_dir():
            server.watch(str(self.events_dir))
        return server


def _static_chart(spec: dict[str, Any], rows: list[dict[str, Any]], vector: bool) -> str | bytes:
    import vl_convert

    static = charts.static_spec(spec, rows)
    return vl_convert.vegalite_to_svg(static) if vector else vl_convert.vegalite_to_png(static, scale=1.5)


def _describe(events: list[Event], locale: str) -> str:
    if not events:
        return "An empty timeline."
    return (f"Timeline of {len(events)} events from {events[0].date.label(locale)} to "
            f"{max(events, key=lambda e: e.stop).date.label(locale)}; the chronology page lists them as text.")


def build_site(config_file: str | Path = "mkdocs.yml", strict: bool = False,
               site_dir: str | Path | None = None) -> Path:
    """Build the site as `mkdocs build` does, but all or nothing: into a temporary folder that
    replaces the previous output only once the build has succeeded. Returns the output folder.

    The output folder is checked first (`BuildError`): it may not be, hold or lie inside the
    project, its pages (docs_dir) or its events, and a folder that is there already must be
    empty or an earlier build, since it is replaced whole. Temporary folders that a killed
    build left beside it are removed.
    """
    import shutil
    import tempfile

    from click.exceptions import ClickException
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    from .errors import BuildError
    from .files import try_lock, umask

    config_path = Path(config_file)
    if not config_path.is_file():
        raise BuildError(f"{config_path}: no such file (expected the MkDocs configuration; run "
                         "from the project folder or pass --config-file)")
    try:
        config = load_config(str(config_path), strict=strict)
    except (ConfigurationError, ClickException) as e:
        raise BuildError(f"{config_path}: {_message(e)}") from None
    target = Path(site_dir or config.site_dir).resolve()
    _check_output(target, config, config_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    except OSError as e:
        raise BuildError(f"{target}: cannot be written ({e.strerror or e})") from None
    held = try_lock(staging)  # tells later builds this folder is in use, not left by a killed one
    try:
        config["site_dir"] = str(staging)
        try:
            build(config)
        except (ClickException, SystemExit) as e:  # mkdocs' Abort and PluginError are ClickExceptions
            raise BuildError(_message(e)) from None
        except OSError as e:
            raise BuildError(f"{target}: the site could not be written ({e.strerror or e}); "
                             "the previous one is left as it was") from None
        os.chmod(staging, 0o777 & ~umask())  # mkdtemp made it 0700: a web server could not read it
        old = None
        if target.exists():
            old = target.parent / f".{target.name}-old-{staging.name.rsplit('-', 1)[-1]}"
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if held is not None:
            os.close(held)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _check_output(target: Path, config: Any, config_path: Path) -> None:
    """Refuse an output folder that replacing would destroy work (`BuildError`)."""
    from .errors import BuildError
    from .files import inside

    project = config_path.resolve().parent
    plugin = config.plugins.get("timeline")
    protected = {"the project folder": project, "the pages folder (docs_dir)": Path(config.docs_dir).resolve()}
    if plugin is not None:
        protected["the events folder"] = (project / plugin.config.events).resolve()
    for what, folder in protected.items():
        if inside(folder, target):
            raise BuildError(f"{target}: cannot build into a folder that is or holds {what} ({folder}): "
                             "the build replaces the whole folder; use a new folder such as public/")
        if what != "the project folder" and inside(target, folder):
            raise BuildError(f"{target}: cannot build inside {what} ({folder}); use a folder of its own "
                             "such as public/")
    if target.exists() and not target.is_dir():
        raise BuildError(f"{target}: is a file, not a folder; give a folder for the site")
    if target.is_dir() and any(target.iterdir()) and not (
            (target / "index.html").is_file() or (target / "sitemap.xml").is_file()):
        raise BuildError(f"{target}: holds files that are not a built site (no index.html), and the build "
                         "replaces the whole folder; give an empty or new folder, or empty this one first")


def _remove_stale(target: Path) -> None:
    """Remove the temporary folders of builds into `target` that were killed (nobody holds
    their lock); those of a build still running are left alone."""
    import glob
    import shutil

    from .files import try_lock

    for prefix in (f".{target.name}-build-", f".{target.name}-old-"):
        for folder in target.parent.glob(glob.escape(prefix) + "*"):
            if not folder.is_dir() or folder.is_symlink():
                continue
            fd = try_lock(folder)
            if fd is None:
                continue
            try:
                shutil.rmtree(folder, ignore_errors=True)
            finally:
                os.close(fd)


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error) or type(error).__name__
