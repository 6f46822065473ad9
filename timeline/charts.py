"""Altair (Vega-Lite) charts of events. Pure: events in, chart specifications out.

Every chart reads the named dataset "events" (`chart_rows`), which the site serves once as a
JSON file next to the pages; the specifications themselves stay small whatever the number of
events, and Altair's 5 000-row limit never applies. A day event is a point; a month or year
event, or a range, is a bar over the period it covers (a month is not a point on its first day).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import altair as alt

from .fields import flat_row
from .headline import cut_at_word
from .model import Event
from .settings import LABELS_UP_TO, TOP_ACTORS

DATA = "events"
UNTAGGED = "(untagged)"
REVIEWED, DRAFT = "Reviewed", "Unreviewed draft"
_LANE_PX = 26
_VIEW_PX = 700  # the detail view's width the lanes are packed for (the content column at 1280 px)
_LABEL_CHARS = 36  # a label is cut at a word to about this many characters ...
_CHAR_PX = 6.5  # ... each about this wide at 12 px
_LABEL_GAP_PX = 24  # between a mark and its label, and after the label
_LABEL_PX = 240  # a label never takes more than this many pixels
_MIN_LABEL_PX = 40  # nor is drawn in less


def focus_span(events: Sequence[Event]) -> tuple[dt.datetime, dt.datetime]:
    """The stretch of time the timeline first shows: the densest one.

    The shortest stretch holding all but a tenth of the events (at least all but one, from four
    events on), when it is under half of the whole span: one event years away from the rest
    (an anniversary, a year-only background event) no longer squeezes every other into one
    column. Otherwise, the whole span. A little room is left on either side.
    """
    ordered = sorted(events, key=Event.sort_key)
    first, last = ordered[0].start, max(e.stop for e in ordered)
    lo, hi = first, last
    n = len(ordered)
    if n >= 4:
        keep = n - max(1, n // 10)
        starts = [e.start for e in ordered]
        stops = [e.stop for e in ordered]
        # windows of `keep` consecutive events (by start), each ending at its latest stop (a
        # sliding maximum: linear in the number of events)
        window: deque[int] = deque()
        best = None
        for j in range(n):
            while window and stops[window[-1]] <= stops[j]:
                window.pop()
            window.append(j)
            i = j - keep + 1
            if i < 0:
                continue
            if window[0] < i:
                window.popleft()
            end = stops[window[0]]
            if best is None or end - starts[i] < best[1] - best[0]:
                best = (starts[i], end)
        if best and (best[1] - best[0]) < (last - first) / 2:
            lo, hi = best
    pad = max((hi - lo) / 20, dt.timedelta(days=1))
    lo = lo - pad if lo - dt.datetime.min > pad else dt.datetime.min
    hi = hi + pad if dt.datetime.max - hi > pad else dt.datetime.max
    return lo, hi


def chart_rows(events: Iterable[Event], href: Callable[[Event], str], locale: str = "en",
               drafts: str = "show", focus: tuple[dt.datetime, dt.datetime] | None = None) -> list[dict[str, Any]]:
    """One JSON-ready row per event, in time order, packed into lanes.

    The event's flat row (`fields.flat_row`: id, title, tags, actors, n_sources; start and stop
    as local instants, which Vega reads as dates in the reader's time zone) and what the
    charts draw with: the date as a reader writes it (`when`), `span` (drawn as a bar), the
    first tag, the page's address and its lane. Events share a lane when they do not overlap,
    counting the room their label takes at the first view's scale (`focus`, by default
    `focus_span`); `next` is where the next event of the lane starts, so that a label never
    runs into it. With
    `drafts="mark"`, `review` says whether a person reviewed the event (the chart styles
    drafts apart, with a legend entry).
    """
    ordered = sorted(events, key=Event.sort_key)
    if not ordered:
        return []
    lo, hi = focus or focus_span(ordered)
    # a point occupies a sliver of the axis too: keep marks about 1/150 of the view apart
    gap = (hi - lo) / 150
    labels = len(ordered) <= LABELS_UP_TO
    per_px = (hi - lo) / _VIEW_PX  # the time one pixel stands for in the first view
    lane_ends: list[dt.datetime] = []
    lane_last: list[dict[str, Any]] = []
    marking = drafts == "mark" and any(e.status == "draft" for e in ordered)
    rows = []
    for e in ordered:
        span = bool(e.end) or e.date.precision != "day"
        # (no further than the last instant there is: an event of 9998-12-31 has no room after it)
        start, stop = e.start, max(e.stop, e.start + min(gap, dt.datetime.max - e.start))
        taken = stop
        if labels:  # the label's room, after the mark (a bar's end), is part of what the lane holds
            room = per_px * (min(len(e.title), _LABEL_CHARS) * _CHAR_PX + _LABEL_GAP_PX)
            after = e.stop if span else start
            taken = max(stop, after + min(room, dt.datetime.max - after))
        lane = next((i for i, end in enumerate(lane_ends) if end <= start), len(lane_ends))
        flat = flat_row(e)
        row = {
            **{name: flat[name] for name in ("id", "title", "tags", "actors", "n_sources")},
            "start": start.isoformat(),
            "stop": e.stop.isoformat(),
            "when": e.date_label(locale),
            "span": span,
            "tag": e.tags[0] if e.tags else UNTAGGED,
            "href": href(e),
            "lane": lane,
        }
        if marking:
            row["review"] = DRAFT if e.status == "draft" else REVIEWED
        if labels:
            row["label"] = cut_at_word(e.title, _LABEL_CHARS)  # the full title: tooltip, event page
            row["next"] = None
        if lane == len(lane_ends):
            lane_ends.append(taken)
            lane_last.append(row)
        else:
            lane_ends[lane] = taken
            if labels:
                lane_last[lane]["next"] = row["start"]
            lane_last[lane] = row
        rows.append(row)
    return rows


def _tooltip() -> list[alt.Tooltip]:
    return [alt.Tooltip("when:N", title="Date"), alt.Tooltip("title:N", title="Event"),
            alt.Tooltip("n_sources:Q", title="Sources")]


def timeline_chart(rows: list[dict[str, Any]], focus: tuple[dt.datetime, dt.datetime] | None = None
                   ) -> alt.VConcatChart:
    """Focus + context: the detail view shows what the brush selects on the overview strip.

    The brush starts on `focus` (the densest stretch, `focus_span`), the strip shows all.
    Colour is the first tag, size the number of sources; the search box (title) and the tag
    select filter the marks; clicking an event opens its page. Labels are cut to the room
    they have (before the next mark of their lane and the view's edge), never clipped; the
    full title is in the tooltip.
    """
    data = alt.Data(name=DATA)
    lanes = max((r["lane"] for r in rows), default=0) + 1
    brush_options: dict[str, Any] = {"encodings": ["x"], "name": "brush"}
    if focus is not None:
        brush_options["value"] = {"x": [_datetime(focus[0]), _datetime(focus[1])]}
    brush = alt.selection_interval(**brush_options)
    tags = sorted({t for r in rows for t in r["tags"]}, key=str.casefold)
    if any(not r["tags"] for r in rows):
        tags.append(UNTAGGED)
    # the tag is a plain param bound to a select (reachable by keyboard); clicking the colour
    # legend sets the same param (timeline.js), since a legend shared by the two views cannot
    # drive a Vega-Lite selection itself
    tag = alt.param(name="tag", value="", bind=alt.binding_select(
        options=["", *tags], labels=["All tags", *tags], name="Tag "))
    search = alt.param(name="search", value="", bind=alt.binding(
        input="search", placeholder="Search events", name="Search "))
    matches = ("indexof(lower(datum.title), lower(search)) >= 0 && (tag === '' || indexof(datum.tags, tag) >= 0"
               f" || (tag === '{UNTAGGED}' && length(datum.tags) === 0))")
    color = alt.Color("tag:N", title="Tag", scale=alt.Scale(scheme="tableau10"),
                      legend=alt.Legend(orient="top", symbolType="circle", labelLimit=160))
    x = alt.X("start:T", title=None, scale=alt.Scale(domain={"param": "brush"}),
              axis=alt.Axis(grid=True, labelOverlap=True, labelFlush=True))
    y = alt.Y("lane:O", axis=None, scale=alt.Scale(paddingInner=0.35, paddingOuter=0.2))
    detail_base = (alt.Chart(data)
                   .transform_filter(matches)
                   .encode(y=y, tooltip=_tooltip(), href="href:N"))
    marked = any("review" in r for r in rows)
    review: dict[str, Any] = {}
    if marked:  # drafts are drawn faint, with a legend entry
        # (the legend names only the kinds there are: no "Reviewed" entry when nothing is)
        present = {r["review"] for r in rows}
        kinds = [(kind, value) for kind, value in ((REVIEWED, 0.9), (DRAFT, 0.35)) if kind in present]
        review = {"opacity": alt.Opacity("review:N", title=None, sort=[k for k, _ in kinds], scale=alt.Scale(
            domain=[k for k, _ in kinds], range=[v for _, v in kinds]), legend=alt.Legend(
                # below the view: beside the tags it would run off a phone's screen
                orient="bottom", direction="horizontal", symbolType="circle", symbolFillColor="#7f7f7f"))}
    spans = detail_base.transform_filter("datum.span").mark_bar(
        cornerRadius=3, opacity=0.6, cursor="pointer", clip=True).encode(
        x=x, x2="stop:T", color=color, size=alt.Size("n_sources:Q", scale=alt.Scale(range=[8, 18]), legend=None),
        **review)
    points = detail_base.transform_filter("!datum.span").mark_circle(
        opacity=0.9, cursor="pointer", stroke="white", strokeWidth=0.5, clip=True).encode(
        x=x, color=color, size=alt.Size("n_sources:Q", scale=alt.Scale(range=[80, 400]), legend=None),
        **review)
    layers = [spans, points]
    if rows and "label" in rows[0]:
        # a label starts past its mark (a bar's end, a point's edge) and stops before the next
        # mark of its lane and the view's right edge; one too narrow to read is not drawn
        at = "scale('detail_x', datum.span ? datum.stop_ms : datum.start_ms)"
        room = (f"min({_LABEL_PX}, range('detail_x')[1] - {at} - 14, "
                f"datum.next_ms == null ? 1e9 : scale('detail_x', datum.next_ms) - {at} - 20)")
        layers.append(
            detail_base.transform_calculate(
                start_ms="toDate(datum.start)", stop_ms="toDate(datum.stop)",
                next_ms="datum.next == null ? null : toDate(datum.next)",
                label_at="datum.span ? datum.stop : datum.start",
            ).mark_text(
                align="left", dx=10, fontSize=12, cursor="pointer", clip=True,
                limit=alt.ExprRef(f"max(0, {room})"),
                opacity=alt.ExprRef(f"{at} >= 0 && ({room}) >= {_MIN_LABEL_PX} && bandwidth('detail_y') >= 12 ? 1 : 0"),
            ).encode(x=alt.X("label_at:T", scale=alt.Scale(domain={"param": "brush"})), text="label:N"))
    # bars and points size by sources on scales of their own (a bar's thickness, a point's area)
    height = min(max(lanes * _LANE_PX, 120), 640)
    detail = alt.layer(*layers).resolve_scale(size="independent").properties(
        width="container", height=height, name="detail")
    overview = (alt.Chart(data).mark_tick(thickness=2, size=14, cursor="crosshair")
                .encode(x=alt.X("start:T", title=None, axis=alt.Axis(grid=False, labelOverlap=True, labelFlush=True)),
                        color=color,
                        opacity=alt.condition(matches, alt.value(0.9), alt.value(0.15)))
                .add_params(brush)
                .properties(width="container", height=36, name="overview"))
    return (alt.vconcat(detail, overview, spacing=8)
            .add_params(search, tag)
            .properties(description="Timeline: each event on a lane at its date; a strip below selects the "
                                    "period shown.", usermeta={"embedOptions": {"actions": False}})
            .configure_view(stroke=None)
            .configure(background="transparent", autosize={"type": "fit-x", "contains": "padding"}))


def _datetime(instant: dt.datetime) -> dict[str, int]:
    return {"year": instant.year, "month": instant.month, "date": instant.day,
            "hours": instant.hour, "minutes": instant.minute}


# A period a chart counts events by: its Vega-Lite time unit, the axis label format, and the
# longest span (in days) for which it is the one chosen (past the last, years).
PERIODS = {
    "day": ("yearmonthdate", "%b %d", 62),
    "week": ("yearweek", "%b %d, %Y", 550),
    "month": ("yearmonth", "%b %Y", 8 * 366),
    "quarter": ("yearquarter", "Q%q %Y", 25 * 366),
    "year": ("year", "%Y", None),
}


def period(events: Sequence[Event], coarser: int = 0) -> str:
    """The period to count `events` by: bins that follow their span (a day for a few weeks,
    a week for a year, a month for a few years, ...), `coarser` steps coarser."""
    names = list(PERIODS)
    if not events:
        return names[min(coarser, len(names) - 1)]
    days = (max(e.stop for e in events) - min(e.start for e in events)).days
    index = next((i for i, (_, _, most) in enumerate(PERIODS.values()) if most is not None and days <= most),
                 len(names) - 1)
    return names[min(index + coarser, len(names) - 1)]


def _period_axis(name: str, title: str | None) -> alt.Axis:
    return alt.Axis(title=title, format=PERIODS[name][1], formatType="time", labelOverlap=True, labelFlush=True)


def period_chart(name: str = "week") -> alt.Chart:
    """Events per period (`period`), stacked by tag."""
    unit, fmt, _ = PERIODS[name]
    return (alt.Chart(alt.Data(name=DATA)).mark_bar()
            .encode(x=alt.X(f"{unit}(start):T", axis=_period_axis(name, name.capitalize())),
                    y=alt.Y("count():Q", title="Events"),
                    color=alt.Color("tag:N", title="Tag", scale=alt.Scale(scheme="tableau10")),
                    tooltip=[alt.Tooltip(f"{unit}(start):T", title=name.capitalize(), format=fmt),
                             alt.Tooltip("tag:N", title="Tag"), alt.Tooltip("count():Q", title="Events")])
            .properties(width="container", height=240,
                        description=f"Number of events per {name}, stacked by tag."))


def actors_chart(actors: int, top: int = TOP_ACTORS, name: str = "month") -> alt.Chart:
    """Actors × period on a time axis: how many events name each of the most frequent actors."""
    unit, fmt, _ = PERIODS[name]
    return (alt.Chart(alt.Data(name=DATA))
            .transform_flatten(["actors"], as_=["actor"])
            .transform_filter("isValid(datum.actor)")
            .transform_joinaggregate(total="count()", groupby=["actor"])
            .transform_window(rank="dense_rank()", sort=[alt.SortField("total", order="descending")])
            .transform_filter(f"datum.rank <= {top}")
            .mark_rect()
            .encode(x=alt.X(f"{unit}(start):T", axis=_period_axis(name, name.capitalize())),
                    y=alt.Y("actor:N", title=None, sort="-color"),
                    color=alt.Color("count():Q", title="Events", scale=alt.Scale(scheme="blues")),
                    tooltip=[alt.Tooltip("actor:N", title="Actor"),
                             alt.Tooltip(f"{unit}(start):T", title=name.capitalize(), format=fmt),
                             alt.Tooltip("count():Q", title="Events")])
            # a fixed height: a step height makes Vega-Lite warn about fitting with the width
            .properties(width="container", height=max(18 * min(actors, top), 40),
                        description=f"Heatmap of the {top} most named actors by {name}: darker cells, more events."))


def sources_chart() -> alt.Chart:
    """How many events rest on one, two, three... sources."""
    return (alt.Chart(alt.Data(name=DATA)).mark_bar()
            .encode(x=alt.X("n_sources:O", title="Sources per event"),
                    y=alt.Y("count():Q", title="Events"),
                    tooltip=[alt.Tooltip("n_sources:O", title="Sources"), alt.Tooltip("count():Q", title="Events")])
            .properties(width="container", height=200,
                        description="Number of events by how many sources report them."))


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The Vega-Lite specification of `chart` (data stays a named, external dataset)."""
    out = chart.to_dict(validate=True)
    # charts fill their container's width; their height is their own
    out["autosize"] = {"type": "fit-x", "contains": "padding"}
    out.setdefault("config", {}).setdefault("background", "transparent")
    return out


def static_spec(chart_spec: dict[str, Any], rows: list[dict[str, Any]], width: int = 760) -> dict[str, Any]:
    """A copy of `chart_spec` with its data inlined and a fixed width, for a static SVG."""
    import copy

    out = copy.deepcopy(chart_spec)

    def fix(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("width") == "container":
                node["width"] = width
            node.pop("bind", None)
            for value in node.values():
                fix(value)
        elif isinstance(node, list):
            for value in node:
                fix(value)

    fix(out)
    out.setdefault("config", {}).pop("autosize", None)
    out["datasets"] = {DATA: rows}
    return out
