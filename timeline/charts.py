"""Altair (Vega-Lite) charts of events. Pure: events in, chart specifications out.

A day event is a point; a month or year event, or a range, is a bar over the period it covers
(a month is not a point on its first day).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import altair as alt

from .model import Event

# wide enough for the longest tooltip line; the chart itself follows its container's width
_LANE_PX = 30


def chart_rows(events: Iterable[Event], href: Callable[[Event], str],
               locale: str = "en") -> list[dict[str, Any]]:
    """One JSON-ready row per event, in time order, each on its own lane."""
    ordered = sorted(events, key=Event.sort_key)
    if not ordered:
        return []
    first, last = ordered[0].start, max(e.stop for e in ordered)
    middle = first + (last - first) / 2
    rows = []
    for lane, e in enumerate(ordered):
        span = bool(e.end) or e.date.precision != "day"
        rows.append({
            "id": e.id,
            "title": e.title,
            "when": e.date_label(locale),
            "start": e.start.isoformat(),
            "end": e.stop.isoformat(),
            "span": span,
            # a label reads away from the nearer edge: after the mark early on, before it late
            "right": e.start > middle,
            "label_at": (e.stop if span and e.start <= middle else e.start).isoformat(),
            "sources": len(e.sources),
            "tag": e.tags[0] if e.tags else "",
            "href": href(e),
            "lane": lane,
        })
    return rows


def timeline_chart(rows: list[dict[str, Any]]) -> alt.LayerChart:
    """The interactive timeline: zoom and pan the time axis, hover for details, click to open."""
    data = alt.Data(values=rows)
    zoom = alt.selection_interval(bind="scales", encodings=["x"], name="zoom")
    lanes = max(len(rows), 1)
    y = alt.Y("lane:O", axis=None, scale=alt.Scale(paddingInner=0.4, paddingOuter=0.2))
    tooltip = [
        alt.Tooltip("when:N", title="Date"),
        alt.Tooltip("title:N", title="Event"),
        alt.Tooltip("sources:Q", title="Sources"),
    ]
    # pad the time axis (in pixels) so marks at either end are not cut by the frame; an explicit
    # domain would conflict with the zoom binding across layers
    scale = alt.Scale(padding=24)
    x = alt.X("start:T", title=None, scale=scale, axis=alt.Axis(grid=True, labelOverlap=True))
    base = alt.Chart(data).encode(y=y, tooltip=tooltip, href="href:N")
    spans = base.transform_filter("datum.span").mark_bar(
        cornerRadius=3, opacity=0.55, cursor="pointer", color="#4051b5",
    ).encode(x=x, x2="end:T")
    points = base.transform_filter("!datum.span").mark_circle(
        size=140, opacity=0.95, cursor="pointer", color="#4051b5",
    ).encode(x=x)
    label_x = alt.X("label_at:T", scale=scale)
    after = base.transform_filter("!datum.right").mark_text(
        align="left", dx=10, fontSize=12, cursor="pointer").encode(x=label_x, text="title:N")
    before = base.transform_filter("datum.right").mark_text(
        align="right", dx=-10, fontSize=12, cursor="pointer").encode(x=label_x, text="title:N")
    return (
        alt.layer(spans, points, after, before)
        .add_params(zoom)
        .properties(width="container", height=lanes * _LANE_PX,
                    usermeta={"embedOptions": {"actions": False}})
        .configure_view(stroke=None)
        .configure(background="transparent")
    )


def timeline_spec(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The Vega-Lite specification of `timeline_chart(rows)`."""
    return timeline_chart(rows).to_dict()
