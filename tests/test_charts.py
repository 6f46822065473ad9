"""Chart data and specifications, made directly from events (no site build)."""

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
    assert max(r["lane"] for r in rows) < 5 and "label_at" not in rows[0]


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
