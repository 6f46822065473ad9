"""Altair (Vega-Lite) charts of events. Pure: events in, chart specifications out.

Every chart reads the named dataset "events" (`chart_rows`), which the site serves once as a
JSON file next to the pages; the specifications themselves stay small whatever the number of
events, and Altair's 5 000-row limit never applies. A day event is a point; a month or year
event, or a range, is a bar over the period it covers (a month is not a point on its first day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import altair as alt

from .fields import flat_row
from .model import Event
from .settings import LABELS_UP_TO, TOP_ACTORS

DATA = "events"
UNTAGGED = "(untagged)"
_LANE_PX = 26


def chart_rows(events: Iterable[Event], href: Callable[[Event], str],
               locale: str = "en") -> list[dict[str, Any]]:
    """One JSON-ready row per event, in time order, packed into lanes that do not overlap.

    The event's flat row (`fields.flat_row`: id, title, tags, actors, n_sources; start and stop
    as local instants, which Vega reads as dates in the reader's time zone) and what the
    charts draw with: the date as a reader writes it (`when`), `span` (drawn as a bar), the
    first tag, the page's address, its lane and where its label goes.
    """
    ordered = sorted(events, key=Event.sort_key)
    if not ordered:
        return []
    first, last = ordered[0].start, max(e.stop for e in ordered)
    middle = first + (last - first) / 2
    # a point occupies a sliver of the axis too: keep marks about 1/150 of the range apart
    gap = (last - first) / 150
    lane_ends: list = []
    rows = []
    for e in ordered:
        span = bool(e.end) or e.date.precision != "day"
        # (no further than the last instant there is: an event of 9998-12-31 has no room after it)
        start, stop = e.start, max(e.stop, e.start + min(gap, dt.datetime.max - e.start))
        # with labels (few events) each event has its own lane, so no label runs over a mark
        lane = len(rows) if len(ordered) <= LABELS_UP_TO else \
            next((i for i, end in enumerate(lane_ends) if end <= start), len(lane_ends))
        if lane >= len(lane_ends):
            lane_ends.append(stop)
        else:
            lane_ends[lane] = stop
        flat = flat_row(e)
        rows.append({
            **{name: flat[name] for name in ("id", "title", "tags", "actors", "n_sources")},
            "start": start.isoformat(),
            "stop": e.stop.isoformat(),
            "when": e.date_label(locale),
            "span": span,
            "tag": e.tags[0] if e.tags else UNTAGGED,
            "href": href(e),
            "lane": lane,
            # a label reads away from the nearer edge: after the mark early on, before it late
            "right": e.start > middle,
            "label_at": (e.stop if span and e.start <= middle else e.start).isoformat(),
        })
        if len(ordered) > LABELS_UP_TO:  # no labels drawn: keep the data file small
            del rows[-1]["right"], rows[-1]["label_at"]
    return rows


def _tooltip() -> list[alt.Tooltip]:
    return [alt.Tooltip("when:N", title="Date"), alt.Tooltip("title:N", title="Event"),
            alt.Tooltip("n_sources:Q", title="Sources")]


def timeline_chart(rows: list[dict[str, Any]]) -> alt.VConcatChart:
    """Focus + context: the detail view shows what the brush selects on the overview strip.

    Colour is the first tag, size the number of sources; the search box (title) and the tag
    select filter the marks; clicking an event opens its page.
    """
    data = alt.Data(name=DATA)
    lanes = max((r["lane"] for r in rows), default=0) + 1
    brush = alt.selection_interval(encodings=["x"], name="brush")
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
                      legend=alt.Legend(orient="top", symbolType="circle"))
    x = alt.X("start:T", title=None, scale=alt.Scale(domain={"param": "brush"}, padding=24),
              axis=alt.Axis(grid=True, labelOverlap=True))
    y = alt.Y("lane:O", axis=None, scale=alt.Scale(paddingInner=0.35, paddingOuter=0.2))
    detail_base = (alt.Chart(data)
                   .transform_filter(matches)
                   .encode(y=y, tooltip=_tooltip(), href="href:N"))
    spans = detail_base.transform_filter("datum.span").mark_bar(
        cornerRadius=3, opacity=0.6, cursor="pointer").encode(
        x=x, x2="stop:T", color=color, size=alt.Size("n_sources:Q", scale=alt.Scale(range=[8, 18]), legend=None))
    points = detail_base.transform_filter("!datum.span").mark_circle(
        opacity=0.9, cursor="pointer", stroke="white", strokeWidth=0.5).encode(
        x=x, color=color, size=alt.Size("n_sources:Q", scale=alt.Scale(range=[80, 400]), legend=None))
    layers = [spans, points]
    if len(rows) <= LABELS_UP_TO:
        label_x = alt.X("label_at:T", scale=alt.Scale(domain={"param": "brush"}, padding=24))
        text = alt.Text("title:N")
        layers += [
            detail_base.transform_filter("!datum.right").mark_text(
                align="left", dx=10, fontSize=12, cursor="pointer", clip=True).encode(x=label_x, text=text),
            detail_base.transform_filter("datum.right").mark_text(
                align="right", dx=-10, fontSize=12, cursor="pointer", clip=True).encode(x=label_x, text=text),
        ]
    # bars and points size by sources on scales of their own (a bar's thickness, a point's area)
    height = min(max(lanes * _LANE_PX, 120), 640)
    detail = alt.layer(*layers).resolve_scale(size="independent").properties(
        width="container", height=height, name="detail")
    overview = (alt.Chart(data).mark_tick(thickness=2, size=14, cursor="crosshair")
                .encode(x=alt.X("start:T", title=None, axis=alt.Axis(grid=False, labelOverlap=True)),
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


def weekly_chart() -> alt.Chart:
    """Events per week, stacked by tag."""
    return (alt.Chart(alt.Data(name=DATA)).mark_bar()
            .encode(x=alt.X("yearweek(start):T", title="Week"),
                    y=alt.Y("count():Q", title="Events"),
                    color=alt.Color("tag:N", title="Tag", scale=alt.Scale(scheme="tableau10")),
                    tooltip=[alt.Tooltip("yearweek(start):T", title="Week of"), alt.Tooltip("tag:N", title="Tag"),
                             alt.Tooltip("count():Q", title="Events")])
            .properties(width="container", height=240, description="Number of events per week, stacked by tag."))


def actors_chart(actors: int, top: int = TOP_ACTORS) -> alt.Chart:
    """Actors × month: how many events name each of the most frequent actors, month by month."""
    return (alt.Chart(alt.Data(name=DATA))
            .transform_flatten(["actors"], as_=["actor"])
            .transform_filter("isValid(datum.actor)")
            .transform_joinaggregate(total="count()", groupby=["actor"])
            .transform_window(rank="dense_rank()", sort=[alt.SortField("total", order="descending")])
            .transform_filter(f"datum.rank <= {top}")
            .mark_rect()
            .encode(x=alt.X("yearmonth(start):O", title="Month"),
                    y=alt.Y("actor:N", title=None, sort="-color"),
                    color=alt.Color("count():Q", title="Events", scale=alt.Scale(scheme="blues")),
                    tooltip=[alt.Tooltip("actor:N", title="Actor"), alt.Tooltip("yearmonth(start):T", title="Month"),
                             alt.Tooltip("count():Q", title="Events")])
            # a fixed height: a step height makes Vega-Lite warn about fitting with the width
            .properties(width="container", height=max(18 * min(actors, top), 40),
                        description=f"Heatmap of the {top} most named actors by month: darker cells, more events."))


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
