"""The Markdown of the generated pages. Pure: events in, page text out.

Every piece of event text is escaped for both Markdown and HTML: a title such as
`<img src=x onerror=alert(1)>` must show as text on the site, never run. Links are only made
from http(s) addresses or repository paths, never `javascript:` ones. Event text is marked
`dir="auto"` so right-to-left scripts display correctly. Links between generated pages are
Markdown links to their source paths, which MkDocs checks and turns into URLs.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

from .model import Event
from .settings import KEY_EVENTS, LATEST_EVENTS

# Python-Markdown's backslash-escapable characters (Markdown.ESCAPED_CHARS) but '>', which
# html.escape turns into an entity first
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
HOME_MARKER = "<!-- timeline -->"
# replaced per page by the relative path to the site root; escaped text never holds a '<', so
# no title or tag can be mistaken for it
ROOT_MARKER = "<!--tl-root-->"

FACETS = ("tags", "actors", "places")

_STRINGS = {
    "en": {"key": "Key events", "source": "source",
           "unreviewed": "Unreviewed draft", "unreviewed_n": "{n} not yet reviewed",
           "reported": "Reported by {n} articles.",
           "reported_one": "Reported by 1 article.",
           "latest": "Latest events", "chronology": "Chronology", "charts": "Charts", "tags": "Tags",
           "actors": "Actors", "places": "Places", "sources": "Sources", "downloads": "Downloads",
           "events": "events", "event": "event", "previous": "Previous", "next": "Next",
           "no_sources": "No source recorded yet.", "reviewed": "This event was checked by a person.",
           "draft": "This event is a draft: nobody has checked it yet.", "during": "During",
           "empty": "No events yet: add YAML files to `events/`, or run `timeline extract articles/`.",
           "intro": "Drag across the strip below the chart to zoom, "
                    "search or pick a tag (in the list or the legend) to filter, click an event to read it.",
           "supports": "supports", "published": "published"},
    "es": {"key": "Hechos clave", "source": "fuente",
           "unreviewed": "Borrador sin revisar", "unreviewed_n": "{n} sin revisar",
           "reported": "Lo informan {n} artículos.",
           "reported_one": "Lo informa 1 artículo.",
           "latest": "Últimos hechos", "chronology": "Cronología", "charts": "Gráficos", "tags": "Etiquetas",
           "actors": "Actores", "places": "Lugares", "sources": "Fuentes", "downloads": "Descargas",
           "events": "hechos", "event": "hecho", "previous": "Anterior", "next": "Siguiente",
           "no_sources": "Aún sin fuente.", "reviewed": "Una persona revisó este hecho.",
           "draft": "Borrador: nadie lo ha revisado aún.", "during": "Durante",
           "empty": "Aún no hay hechos.", "supports": "respalda", "published": "publicado",
           "intro": "Arrastre en la franja inferior para ampliar; "
                    "busque o elija una etiqueta para filtrar; pulse un hecho para leerlo."},
    "fr": {"key": "Événements clés", "source": "source",
           "unreviewed": "Brouillon non vérifié", "unreviewed_n": "{n} non vérifiés",
           "reported": "Rapporté par {n} articles.",
           "reported_one": "Rapporté par 1 article.",
           "latest": "Derniers événements", "chronology": "Chronologie", "charts": "Graphiques",
           "tags": "Thèmes", "actors": "Acteurs", "places": "Lieux", "sources": "Sources",
           "downloads": "Téléchargements", "events": "événements", "event": "événement",
           "previous": "Précédent", "next": "Suivant", "no_sources": "Aucune source pour l'instant.",
           "reviewed": "Une personne a vérifié cet événement.", "draft": "Brouillon : pas encore vérifié.",
           "during": "En", "empty": "Pas encore d'événement.", "supports": "appuie", "published": "publié",
           "intro": "Glissez sur la bande sous le graphique pour "
                    "zoomer, cherchez ou choisissez un thème pour filtrer, cliquez un événement pour le lire."},
    "de": {"key": "Wichtigste Ereignisse", "source": "Quelle",
           "unreviewed": "Ungeprüfter Entwurf", "unreviewed_n": "{n} ungeprüft",
           "reported": "Berichtet von {n} Artikeln.",
           "reported_one": "Berichtet von 1 Artikel.",
           "latest": "Neueste Ereignisse", "chronology": "Chronik", "charts": "Diagramme", "tags": "Themen",
           "actors": "Akteure", "places": "Orte", "sources": "Quellen", "downloads": "Downloads",
           "events": "Ereignisse", "event": "Ereignis", "previous": "Zurück", "next": "Weiter",
           "no_sources": "Noch keine Quelle.", "reviewed": "Von einer Person geprüft.",
           "draft": "Entwurf: noch nicht geprüft.", "during": "Im Jahr", "empty": "Noch keine Ereignisse.",
           "supports": "belegt", "published": "veröffentlicht",
           "intro": "Im Streifen unter dem Diagramm ziehen zum "
                    "Zoomen, suchen oder ein Thema wählen zum Filtern, ein Ereignis anklicken zum Lesen."},
}


def strings(locale: str) -> dict[str, str]:
    base = dict(_STRINGS["en"])
    base.update(_STRINGS.get(locale.split("_")[0].split("-")[0], {}))
    return base


# ---------------------------------------------------------------- escaping and links


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


def outlet(url: str) -> str:
    """The outlet of a source: the host of its address, or 'article file' for a path."""
    host = urlparse(url).hostname if re.match(r"https?://", url, re.I) else None
    return host[4:] if host and host.startswith("www.") else (host or "article file")


def rel(from_uri: str, to_uri: str) -> str:
    """A Markdown link target from one source file to another (both relative to docs_dir)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def slug(value: str) -> str:
    import unicodedata

    ascii_value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_value).strip("-")
    if not out:  # a value in a script with no ASCII form: a stable hash instead
        import hashlib

        out = "v-" + hashlib.sha1(value.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:10]
    return out


def event_uri(event: Event) -> str:
    return f"events/{event.id}.md"


_RESERVED_SLUGS = {"index"}  # tags/index.md would be the tags index's own address


def facet_uris(events: Sequence[Event]) -> dict[str, dict[str, str]]:
    """The page of each tag, actor and place: facet → value → source path (`tags/cuba.md`).

    Values whose slugs collide ("Café" and "cafe", "Díaz-Canel" and "Diaz-Canel") get a page
    each: the most used keeps the plain slug, the others get a short hash of their own text
    after it; so does a value whose slug is reserved ("Index").
    """
    out: dict[str, dict[str, str]] = {}
    for facet in FACETS:
        counts = Counter(v for e in events for v in getattr(e, facet))
        by_slug: dict[str, list[str]] = {}
        for value in counts:
            by_slug.setdefault(slug(value), []).append(value)
        names: dict[str, str] = {}
        later: list[tuple[str, str]] = []
        for base, values in by_slug.items():
            values.sort(key=lambda v: (-counts[v], v))
            if base not in _RESERVED_SLUGS:
                names[values.pop(0)] = base
            later += [(base, value) for value in values]
        taken = set(names.values())
        for base, value in later:
            name = f"{base}-{_digest(value)}"
            if name in taken:  # a value written like another's hashed name ("cafe 3f2a1c")
                name = f"{base}-{_digest(value, 16)}"
            names[value] = name
            taken.add(name)
        out[facet] = {value: f"{facet}/{name}.md" for value, name in names.items()}
    return out


def slug_collisions(uris: dict[str, dict[str, str]]) -> list[tuple[str, list[str]]]:
    """(facet, values) for the values that share a slug, to tell the user they are apart."""
    out = []
    for facet, by_value in uris.items():
        groups: dict[str, list[str]] = {}
        for value in by_value:
            groups.setdefault(slug(value), []).append(value)
        out += [(facet, sorted(values)) for values in groups.values() if len(values) > 1]
    return out


def _digest(value: str, length: int = 6) -> str:
    import hashlib

    return hashlib.sha1(value.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:length]


def _time(event: Event, locale: str) -> str:
    return f'<time datetime="{event.date}">{attr(event.date_label(locale))}</time>'


def _item(event: Event, here: str, locale: str) -> str:
    n = len(event.sources)
    count = f" · {n}" if n else ""
    return (f'- {_time(event, locale)} — <span dir="auto">[{text(event.title)}]'
            f'({rel(here, event_uri(event))})</span>{count}')


# ---------------------------------------------------------------- charts


def chart_block(spec: dict[str, Any], description: str, fallback: str | None = None,
                data: str = "assets/timeline/events.json", inline: str | None = None) -> str:
    """A chart placeholder that timeline.js fills with vega-embed.

    The spec rides as JSON in an attribute (a `<script type="application/json">` would be run
    as code by Material's instant navigation); its data comes from `data`, fetched once and
    shared by every chart, or from `inline` (the same JSON, carried by the page so that it
    draws when opened from disk). `fallback` is a static SVG shown without JavaScript and in
    print.
    """
    payload = json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    image = ""
    if fallback:
        image = (f'<img class="tl-fallback" src="{ROOT_MARKER}/{fallback}" alt="{attr(description)}" '
                 f'loading="lazy">')
    rows = f' data-rows="{attr(inline)}"' if inline is not None else ""
    return (f'<figure class="tl-chart" data-root="{ROOT_MARKER}" data-src="{attr(data)}"{rows} '
            f'data-spec="{attr(payload)}" aria-label="{attr(description)}">{image}'
            f'<figcaption class="tl-description">{attr(description)}</figcaption></figure>')


# ---------------------------------------------------------------- pages


def home_markdown(site_name: str, events: Sequence[Event], chart: str, locale: str = "en",
                  mark_drafts: bool = False) -> str:
    """The home page: the interactive timeline, then the latest events as a list."""
    s = strings(locale)
    lines = [f"# {text(site_name)}", ""]
    if not events:
        return "\n".join([*lines, s["empty"], ""])
    first, last = events[0], max(events, key=lambda e: e.stop)
    span = f"{first.date.label(locale)} – {(last.end or last.date).label(locale)}"
    sources = len({source.url for e in events for source in e.sources})
    drafts = sum(e.status == "draft" for e in events)
    facts = [span, f"{len(events)} {s['event'] if len(events) == 1 else s['events']}",
             f"{sources} {s['source'] if sources == 1 else s['sources'].lower()}"]
    if drafts and mark_drafts:
        facts.append(s["unreviewed_n"].format(n=drafts))
    lines += ['<p class="tl-facts">' + "".join(f"<span>{attr(f)}</span>" for f in facts) + "</p>", "",
              text(s["intro"]), "", chart, ""]
    key = key_events(events)
    if key:
        lines += [f"## {s['key']}", ""]
        lines += [_item(e, "index.md", locale) for e in key]
        lines.append("")
    lines += [f"## {s['latest']}", ""]
    lines += [_item(e, "index.md", locale) for e in sorted(events, key=Event.sort_key, reverse=True)[:LATEST_EVENTS]]
    lines += ["", f"[{s['chronology']} →](chronology.md)", ""]
    return "\n".join(lines)


def reporting_articles(event: Event) -> int:
    """How many articles report `event` (its distinct source addresses)."""
    return len({source.url for source in event.sources})


def key_events(events: Sequence[Event]) -> list[Event]:
    """The events the home page leads with: those `extract --top` ranked, best first; without
    ranks, those reported by the most articles (at least two), at most `KEY_EVENTS`."""
    ranked = sorted((e for e in events if e.rank is not None), key=lambda e: (e.rank, e.sort_key()))
    if ranked:
        return ranked[:KEY_EVENTS]
    counted = [(reporting_articles(e), e) for e in events]
    best = sorted((pair for pair in counted if pair[0] >= 2), key=lambda pair: (-pair[0], pair[1].sort_key()))
    return [e for _, e in best[:KEY_EVENTS]]


def chronology_markdown(events: Sequence[Event], locale: str = "en") -> str:
    """Every event as plain HTML grouped by year and month: the accessible twin of the chart."""
    from babel.dates import format_skeleton

    s = strings(locale)
    lines = [f"# {s['chronology']}", ""]
    year = month = None
    # a year's own events come first under it, then a month's own events, then its days
    for e in sorted(events, key=lambda e: (e.date.year, e.date.month or 0, e.date.day or 0, e.sort_key())):
        if e.date.year != year:
            year, month = e.date.year, None
            lines += ["", f'## <time datetime="{year:04d}">{year}</time>', ""]
        if e.date.month and e.date.month != month:
            month = e.date.month
            label = format_skeleton("yMMMM", e.date.first_day, locale=locale)
            lines += ["", f'### <time datetime="{year:04d}-{month:02d}">{attr(label)}</time>', ""]
        lines.append(_item(e, "chronology.md", locale))
    return "\n".join(lines) + "\n"


def page_title(value: str) -> str:
    """A page title as themes want it: they print it unescaped (Material's <title> even
    unescapes it with striptags), so it is given escaped. The plugin sets it on the page
    (`page.meta`), not in front matter, which YAML would read back differently (an emoji in a
    JSON-escaped title came back as two halves of a surrogate pair)."""
    return attr(value)


EVENT_MARKER = "<!-- timeline:event -->"
EVENT_SOURCE = f"{EVENT_MARKER}\n"  # an event page's Markdown: its body comes from `event_html`


def event_html(event: Event, previous: Event | None, following: Event | None, href: Callable[[str], str],
               uris: dict[str, dict[str, str]], repo_url: str | None = None, locale: str = "en",
               mark_draft: bool = False) -> str:
    """An event's own page: title, date, summary, facets, quoted sources, previous/next; with
    `mark_draft`, a draft carries an "unreviewed" badge under its title.

    Plain HTML, not Markdown: ten thousand event pages through Python-Markdown cost most of a
    build. `href(uri)` gives the URL of another generated page relative to this one.
    """
    s = strings(locale)
    lines = [f'<h1 dir="auto">{attr(event.title)}</h1>']
    if mark_draft and event.status == "draft":
        lines.append(f'<p class="tl-badge-line"><span class="tl-badge tl-badge--draft" title="{attr(s["draft"])}">'
                     f'{s["unreviewed"]}</span></p>')
    lines.append(f'<p class="tl-when">{_when(event, locale)}</p>')
    if event.summary:
        lines += [f'<p dir="auto">{attr(p.strip())}</p>' for p in re.split(r"\n\s*\n", event.summary) if p.strip()]
    for facet in FACETS:
        values = getattr(event, facet)
        if values:
            links = ", ".join(f'<a href="{attr(href(uris[facet][v]))}" dir="auto">{attr(v)}</a>' for v in values)
            lines.append(f"<p><strong>{s[facet]}:</strong> {links}</p>")
    lines.append(f'<h2 id="sources">{s["sources"]}</h2>')
    articles = reporting_articles(event)
    if articles:
        told = s["reported_one"] if articles == 1 else s["reported"].format(n=articles)
        lines.append(f'<p class="tl-reported">{attr(told)}</p>')
    if not event.sources:
        lines.append(f"<p>{s['no_sources']}</p>")
    for source in event.sources:
        label = attr(source.title or source.url)
        target = link(source.url, repo_url)
        if target:
            name = f'<a href="{attr(target)}" dir="auto">{label}</a>'
        elif source.title:  # a path in the repository, no repo_url to link it with
            name = f'<span dir="auto">{label}</span> (<code>{attr(source.url)}</code>)'
        else:
            name = f"<code>{label}</code>"
        meta = f'<span class="tl-outlet">{attr(outlet(source.url))}</span>'
        if source.published:
            meta += (f' · {s["published"]} <time datetime="{source.published}">'
                     f'{attr(source.published.label(locale))}</time>')
        lines += ['<div class="tl-source">', f"<p>{name}<br>{meta}</p>",
                  f'<blockquote dir="auto">{attr(source.quote)}</blockquote>', "</div>"]
    lines.append(f'<p class="tl-status">{s["reviewed"] if event.status == "reviewed" else s["draft"]}</p>')
    steps = []
    if previous:
        steps.append(f'← {s["previous"]}: <a href="{attr(href(event_uri(previous)))}" dir="auto">'
                     f"{attr(previous.title)}</a>")
    if following:
        steps.append(f'{s["next"]}: <a href="{attr(href(event_uri(following)))}" dir="auto">'
                     f"{attr(following.title)}</a> →")
    if steps:
        lines += ["<hr>", '<p class="tl-steps">' + "<br>".join(steps) + "</p>"]
    return "\n".join(lines) + "\n"


def _when(event: Event, locale: str) -> str:
    if event.end and event.end != event.date:
        return (f'<time datetime="{event.date}">{attr(event.date.label(locale))}</time> – '
                f'<time datetime="{event.end}">{attr(event.end.label(locale))}</time>')
    return _time(event, locale)


def json_ld(event: Event, url: str | None) -> dict[str, Any]:
    """A schema.org Event for search engines."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Event", "name": event.title,
                            "startDate": str(event.date), "eventStatus": "https://schema.org/EventScheduled"}
    if event.end:
        data["endDate"] = str(event.end)
    if event.summary:
        data["description"] = event.summary
    if url:
        data["url"] = url
    if event.places:
        data["location"] = [{"@type": "Place", "name": p} for p in event.places]
    if event.actors:
        data["performer"] = [{"@type": "Thing", "name": a} for a in event.actors]
    citations = [s.url for s in event.sources if s.url.startswith(("http://", "https://"))]
    if citations:
        data["subjectOf"] = [{"@type": "NewsArticle", "url": u} for u in citations]
    return data


def json_ld_script(data: dict[str, Any]) -> str:
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{payload}</script>'


def facet_index_markdown(facet: str, events: Sequence[Event], uris: dict[str, str], locale: str = "en") -> str:
    """The index of a facet: each value with its count, linked to its page (`uris`)."""
    s = strings(locale)
    counts = Counter(v for e in events for v in getattr(e, facet))
    here = f"{facet}.md"
    lines = [f"# {s[facet]}", ""]
    for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0])):
        noun = s["event"] if n == 1 else s["events"]
        lines.append(f'- <span dir="auto">[{text(value)}]({rel(here, uris[value])})</span> · {n} {noun}')
    return "\n".join(lines) + "\n"


def facet_value_markdown(facet: str, value: str, events: Sequence[Event], here: str, locale: str = "en") -> str:
    """The page of one tag, actor or place (at source path `here`): its events in time order."""
    s = strings(locale)
    lines = [f'<h1 dir="auto">{attr(value)}</h1>', "", f"[{s[facet]}]({rel(here, f'{facet}.md')})", ""]
    lines += [_item(e, here, locale) for e in sorted(events, key=Event.sort_key)]
    return "\n".join(lines) + "\n"


def sources_markdown(events: Sequence[Event], repo_url: str | None, locale: str = "en") -> str:
    s = strings(locale)
    cited: dict[str, dict[str, Any]] = {}
    for e in events:
        for source in e.sources:
            entry = cited.setdefault(source.url, {"title": source.title, "published": source.published,
                                                  "events": []})
            entry["title"] = entry["title"] or source.title
            if e not in entry["events"]:
                entry["events"].append(e)
    lines = [f"# {s['sources']}", ""]
    for url, entry in sorted(cited.items(), key=lambda kv: (-len(kv[1]["events"]), kv[0])):
        href = link(url, repo_url)
        label = attr(entry["title"] or url)
        name = f'<a href="{attr(href)}" dir="auto">{label}</a>' if href else f'<span dir="auto">{label}</span>'
        n = len(entry["events"])
        when = f" · {attr(entry['published'].label(locale))}" if entry["published"] else ""
        lines += [f'- {name} · <span class="tl-outlet">{attr(outlet(url))}</span>{when} — {s["supports"]} '
                  f'{n} {s["event"] if n == 1 else s["events"]}']
    return "\n".join(lines) + "\n"


def charts_markdown(blocks: Sequence[tuple[str, str]], locale: str = "en") -> str:
    s = strings(locale)
    lines = [f"# {s['charts']}", ""]
    for title, block in blocks:
        lines += [f"## {title}", "", block, ""]
    return "\n".join(lines)


def downloads_markdown(files: dict[str, str], count: int, locale: str = "en") -> str:
    s = strings(locale)
    described = {
        "csv": "a spreadsheet: one row per event",
        "json": "every field of every event, for programs",
        "ics": "a calendar (iCalendar): add the events to your calendar app",
        "timelinejs": "Knight Lab TimelineJS3 data: make a TimelineJS slideshow",
    }
    lines = [f"# {s['downloads']}", "", f"{count} {s['events']}.", ""]
    for fmt, name in files.items():
        lines.append(f"- [`{name}`](downloads/{name}) — {described[fmt]}")
    return "\n".join(lines) + "\n"
