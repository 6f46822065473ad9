"""The MkDocs plugin: turns `events/` into site pages at build time.

Enabled in `mkdocs.yml` as `plugins: [search, timeline]`. It adds, in memory (nothing is written
into `docs_dir`): the home page with the interactive timeline (unless `docs_dir` has its own
`index.md`, where `<!-- timeline -->` marks the place of the chart), one page per event under
`events/<id>/`, and the scripts that draw the charts, Vega included (no CDN).

Stages, each a MkDocs event:
1. on_config: load and validate the events (every problem reported; an error aborts the build)
2. on_files: add the generated pages and assets
3. on_page_markdown: put the chart, with links relative to the page, where it belongs
4. on_serve: rebuild when an event file changes
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from . import charts, pages
from .model import Event
from .store import load

log = logging.getLogger("mkdocs.plugins.timeline")

ASSETS = "assets/timeline"
EVENT_DIR = "events"


class TimelineConfig(Config):
    events = c.Type(str, default="events")  # relative to mkdocs.yml


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
        self.home_uri: str | None = None

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
        self.events = events
        script = f"{ASSETS}/timeline.js"
        if script not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(script)
        if f"{ASSETS}/timeline.css" not in config.extra_css:
            config.extra_css.append(f"{ASSETS}/timeline.css")
        return config

    # ---------------------------------------------------------------- 2. files

    def on_files(self, files: Files, config: Any) -> Files:
        def add(uri: str, content: str | bytes, inclusion: Any = InclusionLevel.UNDEFINED) -> None:
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, uri, content=content, inclusion=inclusion))

        self.home_uri = "index.md"
        if files.get_file_from_path("index.md") is None:
            add("index.md", "")  # content comes in on_page_markdown, where page urls are known
            self.generated_home = True
        else:
            self.generated_home = False
        repo_url = config.repo_url
        for event in self.events:
            # reached from the timeline, not listed in the navigation
            add(self.event_uri(event), pages.event_markdown(event, repo_url, self.locale),
                InclusionLevel.NOT_IN_NAV)
        assets = resources.files("timeline") / "assets"
        for name in ("timeline.js", "timeline.css"):
            add(f"{ASSETS}/{name}", (assets / name).read_text(encoding="utf-8"))
        add(f"{ASSETS}/vega.js", vega_bundle())
        return files

    @staticmethod
    def event_uri(event: Event) -> str:
        return f"{EVENT_DIR}/{event.id}.md"

    # ---------------------------------------------------------------- 3. pages

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
        if page.file.src_uri != self.home_uri:
            return markdown
        by_uri = {f.src_uri: f for f in files}

        def href(event: Event) -> str:
            return get_relative_url(by_uri[self.event_uri(event)].url, page.file.url)

        rows = charts.chart_rows(self.events, href, self.locale)
        chart = pages.chart_block(charts.timeline_spec(rows), _describe(self.events, self.locale))
        if self.generated_home:
            def md_link(event: Event) -> str:  # Markdown links name the source file; MkDocs maps them
                return get_relative_url(self.event_uri(event), page.file.src_uri)

            return pages.home_markdown(config.site_name, self.events, chart, md_link, self.locale)
        return markdown.replace(pages.HOME_MARKER, chart)

    # ---------------------------------------------------------------- 4. serve

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        if self.events_dir.is_dir():
            server.watch(str(self.events_dir))
        return server


def _describe(events: list[Event], locale: str) -> str:
    if not events:
        return "An empty timeline."
    return (f"Timeline of {len(events)} events from {events[0].date.label(locale)} to "
            f"{max(events, key=lambda e: e.stop).date.label(locale)}; the list below gives them as text.")


def build_site(config_file: str | Path = "mkdocs.yml", strict: bool = False,
               site_dir: str | Path | None = None) -> Path:
    """Build the site as `mkdocs build` does, but all or nothing: into a temporary folder that
    replaces the previous output only once the build has succeeded. Returns the output folder.
    """
    import shutil
    import tempfile

    from click.exceptions import ClickException
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    from .errors import BuildError

    config_path = Path(config_file)
    if not config_path.is_file():
        raise BuildError(f"{config_path}: no such file (expected the MkDocs configuration; run "
                         "from the project folder or pass --config-file)")
    try:
        config = load_config(str(config_path), strict=strict)
    except (ConfigurationError, ClickException) as e:
        raise BuildError(f"{config_path}: {_message(e)}") from None
    target = Path(site_dir or config.site_dir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    try:
        config["site_dir"] = str(staging)
        try:
            build(config)
        except (ClickException, SystemExit) as e:  # mkdocs' Abort and PluginError are ClickExceptions
            raise BuildError(_message(e)) from None
        old = None
        if target.exists():
            old = target.parent / f".{target.name}-old-{staging.name.rsplit('-', 1)[-1]}"
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error) or type(error).__name__
