"""The Markdown of the generated pages. Pure: events in, page text out.

Every piece of event text is escaped for both Markdown and HTML: a title such as
`<img src=x onerror=alert(1)>` must show as text on the site, never run. Links are only made
from http(s) addresses or repository paths, never `javascript:` ones.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from .model import Event

# Python-Markdown's backslash-escapable characters (Markdown.ESCAPED_CHARS) but '>', which
# html.escape turns into an entity first
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
HOME_MARKER = "<!-- timeline -->"


def text(value: str) -> str:
    """`value` as literal text in Markdown: no markup, no HTML, no entities interpreted."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(value, quote=True))


def attr(value: str) -> str:
    """`value` escaped for an HTML attribute or element content."""
    return html.escape(value, quote=True)


def link(url: str, repo_url: str | None) -> str | None:
    """A safe href for a source's url: itself if http(s), a repository link for a path."""
    if re.match(r"https?://", url, re.I):
        return url
    if repo_url and not re.match(r"[a-z][a-z0-9+.-]*:", url, re.I):
        return f"{repo_url.rstrip('/')}/blob/HEAD/{url.lstrip('./')}"
    return None


def chart_block(spec: dict[str, Any], description: str) -> str:
    """A chart placeholder that timeline.js fills with vega-embed; the spec rides along as JSON
    in an attribute. (Not in a `<script type="application/json">`: Material's instant
    navigation re-creates script elements and would run the JSON as code.)
    """
    payload = json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (f'<div class="tl-chart" role="figure" aria-label="{attr(description)}" '
            f'data-spec="{attr(payload)}"></div>')


def home_markdown(site_name: str, events: Sequence[Event], chart: str, href: Callable[[Event], str],
                  locale: str = "en") -> str:
    """The home page: the interactive timeline, then the latest events as a list."""
    lines = [f"# {text(site_name)}", ""]
    if not events:
        lines += ["No events yet: add YAML files to `events/` (see the README), or run "
                  "`timeline extract articles/`.", ""]
        return "\n".join(lines)
    first, last = events[0], max(events, key=lambda e: e.stop)
    lines += [f"{len(events)} events from {text(first.date.label(locale))} to "
              f"{text((last.end or last.date).label(locale))}. Drag to pan, scroll to zoom, "
              "click an event to read it.", "", chart, "", "## Latest events", ""]
    lines += [_item(e, href, locale) for e in sorted(events, key=Event.sort_key, reverse=True)[:20]]
    return "\n".join(lines) + "\n"


def _item(event: Event, href: Callable[[Event], str], locale: str) -> str:
    n = len(event.sources)
    count = f" · {n} source{'s' if n != 1 else ''}" if n else ""
    return (f'- <time datetime="{event.date}">{attr(event.date_label(locale))}</time> — '
            f'[{text(event.title)}]({href(event)}){count}')


def event_markdown(event: Event, repo_url: str | None = None, locale: str = "en") -> str:
    """An event's own page: title, date, summary, tags, people, places, sources with quotes."""
    when = f'<time datetime="{event.date}">{attr(event.date_label(locale))}</time>'
    # Themes print the page title unescaped (Material's <title> even unescapes it with
    # striptags), so the title they get is the escaped text, as JSON (which YAML reads).
    lines = ["---", f"title: {json.dumps(attr(event.title))}", "---", "",
             f"# {text(event.title)}", "", f'<p class="tl-when">{when}</p>', ""]
    if event.summary:
        lines += [text(p.strip()) + "\n" for p in re.split(r"\n\s*\n", event.summary) if p.strip()]
    facts = [(name, values) for name, values in
             (("Tags", event.tags), ("Actors", event.actors), ("Places", event.places)) if values]
    if facts:
        lines += ['<dl class="tl-facts">']
        for name, values in facts:
            lines += [f"<dt>{name}</dt><dd>{attr(', '.join(values))}</dd>"]
        lines += ["</dl>", ""]
    lines += ["## Sources", ""]
    if not event.sources:
        lines += ["No source recorded yet.", ""]
    for source in event.sources:
        label = attr(source.title or source.url)
        href = link(source.url, repo_url)
        if href:
            name = f'<a href="{attr(href)}">{label}</a>'
        elif source.title:  # a path in the repository, no repo_url to link it with
            name = f"{label} (<code>{attr(source.url)}</code>)"
        else:
            name = f"<code>{label}</code>"
        published = f' · <time datetime="{source.published}">{attr(source.published.label(locale))}</time>' \
            if source.published else ""
        lines += ['<div class="tl-source">', f"<p>{name}{published}</p>",
                  f"<blockquote>{attr(source.quote)}</blockquote>", "</div>", ""]
    status = ("This event was checked by a person." if event.status == "reviewed"
              else "This event is a draft: nobody has checked it yet.")
    lines += [f'<p class="tl-status">{status}</p>', ""]
    return "\n".join(lines)
