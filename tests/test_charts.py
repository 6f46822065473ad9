"""Chart data and specifications, made directly from events (no site build)."""

import datetime as dt

import pytest

from timeline import charts
from timeline.fields import flat_row
from timeline.model import Event, PartialDate, Source
from timeline.settings import LABELS_UP_TO


def event(id_: str, date: str, **kw) -> Event:
    return Event(id=id_, date=PartialDate.parse(date), title=f"Event {id_}",
                 sources=[Source(url="u", quote="q")], **kw)


def test_chart_rows_carry_the_flat_row_and_what_the_chart_draws_with():
    month = event("m", "2026-01", tags=["cuba", "russia"], actors=["A"])
    (row,) = charts.chart_rows([month], lambda e: f"events/{e.id}/")
    flat = flat_row(month)
    assert {k: row[k] for k in ("id", "title", "tags", "actors", "n_sources")} == {
        k: flat[k] for k in ("id", "title", "tags", "actors", "n_sources")}
    assert (row["start"], row["stop"], row["span"], row["when"]) == (
        "2026-01-01T00:00:00", "2026-02-01T00:00:00", True, "January 2026")
    assert (row["tag"], row["href"]) == ("cuba", "events/m/")


def test_few_events_get_a_lane_each_many_share_lanes():
    few = [event(str(i), "2026-01-20") for i in range(3)]
    assert [r["lane"] for r in charts.chart_rows(few, lambda e: "")] == [0, 1, 2]
    many = [event(f"{i:03d}", f"20{10 + i // 12:02d}-{i % 12 + 1:02d}") for i in range(LABELS_UP_TO + 40)]
    rows = charts.chart_rows(many, lambda e: "")
    assert max(r["lane"] for r in rows) < 5 and "label" not in rows[0]


def test_the_timeline_spec_reads_the_named_data_and_the_flat_columns():
    rows = charts.chart_rows([event("a", "2026-01-03", tags=["x"]), event("b", "2026")], lambda e: "")
    spec = charts.spec(charts.timeline_chart(rows))
    assert spec["data"] == {"name": "events"} and "datasets" not in spec
    detail = spec["vconcat"][0]
    fields = {layer["encoding"].get("size", {}).get("field") for layer in detail["layer"]}
    assert "n_sources" in fields
    static = charts.static_spec(spec, rows)
    assert static["datasets"]["events"] == rows and static["vconcat"][0]["width"] == 760
    assert "bind" not in str(static["params"])


def test_an_untagged_event_can_be_chosen_in_the_tag_select():
    rows = charts.chart_rows([event("a", "2026-01-03")], lambda e: "")
    spec = charts.spec(charts.timeline_chart(rows))
    tag = next(p for p in spec["params"] if p["name"] == "tag")
    assert tag["bind"]["options"] == ["", charts.UNTAGGED]


def test_events_that_do_not_overlap_share_a_lane_label_room_included():
    # a month of daily events: each label takes room, yet far fewer lanes than events
    days = [event(f"d{i:02d}", f"2026-01-{i + 1:02d}") for i in range(31)]
    rows = charts.chart_rows(days, lambda e: "")
    lanes = {r["lane"] for r in rows}
    assert 1 < len(lanes) < 15
    # within a lane no label reaches the next mark: `next` is where that mark starts
    for lane in lanes:
        members = [r for r in rows if r["lane"] == lane]
        assert [r["next"] for r in members] == [r["start"] for r in members[1:]] + [None]


def test_labels_are_cut_at_a_word_the_title_stays_whole():
    long = Event(id="l", date=PartialDate.parse("2026-01-03"), sources=[Source(url="u", quote="q")],
                 title="Ministers of twelve countries agree on a common plan for the river basin")
    (row,) = charts.chart_rows([long], lambda e: "")
    assert row["title"] == long.title
    assert row["label"] == "Ministers of twelve countries agree…"
    assert len(row["label"]) <= charts._LABEL_CHARS


def test_the_first_view_is_the_densest_stretch_not_a_lone_outlier():
    summit = [event(f"s{i}", f"2025-08-{i + 10:02d}") for i in range(8)]
    lo, hi = charts.focus_span([event("old", "2015"), *summit])
    assert dt.datetime(2025, 7, 1) < lo < dt.datetime(2025, 8, 10)
    assert dt.datetime(2025, 8, 18) < hi < dt.datetime(2025, 9, 1)
    # evenly spread events are all shown
    yearly = [event(f"y{i}", f"{2000 + i}-06-01") for i in range(12)]
    lo, hi = charts.focus_span(yearly)
    assert lo < dt.datetime(2000, 6, 1) and hi > dt.datetime(2011, 6, 2)
    # the brush starts there
    rows = charts.chart_rows(summit, lambda e: "")
    spec = charts.spec(charts.timeline_chart(rows, (lo, hi)))
    brush = next(p for p in spec["params"] if p["name"] == "brush")
    assert brush["value"]["x"][0]["year"] == 1999


@pytest.mark.parametrize("dates, name", [
    (["2026-01-03", "2026-01-20"], "day"),
    (["2026-01-03", "2026-09-20"], "week"),
    (["2021-01-03", "2026-09-20"], "month"),
    (["2010", "2026-09-20"], "quarter"),
    (["1950", "2026"], "year"),
])
def test_periods_follow_the_span(dates, name):
    events = [event(str(i), d) for i, d in enumerate(dates)]
    assert charts.period(events) == name
    spec = charts.spec(charts.period_chart(name))
    assert spec["encoding"]["x"]["timeUnit"] == charts.PERIODS[name][0]


def test_drafts_are_marked_with_a_legend_only_when_asked():
    draft, reviewed = event("d", "2026-01-03"), event("r", "2026-01-05", status="reviewed")
    rows = charts.chart_rows([draft, reviewed], lambda e: "", drafts="mark")
    assert [r["review"] for r in rows] == [charts.DRAFT, charts.REVIEWED]
    spec = charts.spec(charts.timeline_chart(rows))
    opacity = spec["vconcat"][0]["layer"][1]["encoding"]["opacity"]
    assert opacity["field"] == "review" and opacity["scale"]["domain"] == [charts.REVIEWED, charts.DRAFT]
    assert "review" not in charts.chart_rows([draft, reviewed], lambda e: "")[0]
    # only drafts: the legend names drafts only
    rows = charts.chart_rows([draft], lambda e: "", drafts="mark")
    opacity = charts.spec(charts.timeline_chart(rows))["vconcat"][0]["layer"][1]["encoding"]["opacity"]
    assert opacity["scale"] == {"domain": [charts.DRAFT], "range": [0.35]}
