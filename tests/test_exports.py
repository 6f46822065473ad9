"""Downloads: CSV, JSON, iCalendar (RFC 5545) and TimelineJS3, from the library and the CLI."""

import csv
import io
import json

import pytest
from conftest import ROOT

from timeline import read_events
from timeline.cli import main
from timeline.exports import to_csv, to_ics, to_json, to_timelinejs
from timeline.model import Event, PartialDate, Source


@pytest.fixture
def events():
    return read_events(ROOT / "events")


def test_ics_is_rfc5545_all_day_one_vevent_per_event(events, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    ics = to_ics(events, "Seeds", base_url="https://example.org/site/")
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert ics.count("BEGIN:VEVENT") == 5 and ics.count("END:VEVENT") == 5
    unfolded = ics.replace("\r\n ", "")
    month = unfolded.split("UID:2026-01-trump-tells-havana-make-a-deal@timeline")[1].split("END:VEVENT")[0]
    assert "DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260201\r\n" in month  # DTEND exclusive
    assert "DTSTAMP:20260101T000000Z" in month
    assert "URL:https://example.org/site/events/2026-01-trump-tells-havana-make-a-deal/" in month
    assert "CATEGORIES:cuba,united-states" in month
    assert 'SUMMARY:Trump tells Havana to "make a deal" or pay a price like Venezuela' in month


def test_ics_escapes_and_folds_multibyte_text_safely():
    long = "Díaz-Canel, " * 20
    event = Event(id="x", date=PartialDate.parse("2026-01-20"), title=long + "; end\\")
    ics = to_ics([event])
    for line in ics.split("\r\n"):
        line.encode("utf-8").decode("utf-8")  # no character cut in half
        assert len(line.encode()) <= 75
    summary = ics.replace("\r\n ", "").split("SUMMARY:")[1].split("\r\n")[0]
    assert summary == long.replace(",", "\\,") + "\\; end\\\\"


def test_timelinejs_dates_keep_their_precision(events):
    data = json.loads(to_timelinejs(events, "Seeds"))
    assert data["title"]["text"]["headline"] == "Seeds"
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["2022-russia-cuba-ties-intensify"]["start_date"] == {"year": "2022"}
    assert by_id["2026-01-trump-tells-havana-make-a-deal"]["start_date"] == {"year": "2026", "month": "1"}
    raid = by_id["2026-01-03-maduro-ousted"]
    assert raid["start_date"] == {"year": "2026", "month": "1", "day": "3"} and raid["group"] == "venezuela"
    assert raid["text"]["headline"].startswith("U.S. forces oust") and "<blockquote>" in raid["text"]["text"]


def test_timelinejs_escapes_html():
    event = Event(id="x", date=PartialDate.parse("2026"), title="<img src=x onerror=alert(1)>",
                  sources=[Source(url="u", quote="<script>alert(1)</script>")], end=PartialDate.parse("2027"))
    (item,) = json.loads(to_timelinejs([event]))["events"]
    assert item["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<script>" not in item["text"]["text"] and item["end_date"] == {"year": "2027"}


def test_csv_and_json(events):
    rows = list(csv.DictReader(io.StringIO(to_csv(events))))
    assert [r["date"] for r in rows] == ["2022", "2026-01", "2026-01-03", "2026-01-20", "2026-01-20"]
    assert rows[1]["precision"] == "month" and rows[3]["n_sources"] == "2"
    assert json.loads(rows[3]["sources"])[0]["url"] == "articles/004_4c5db1f2eac7af6e.txt"
    records = json.loads(to_json(events))
    assert records[1]["start"] == "2026-01-01" and records[1]["stop"] == "2026-02-01"


def test_export_cli_writes_the_four_files(tmp_path, capsys):
    assert main(["export", "--events", str(ROOT / "events"), "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "events.ics", "events.json", "timelinejs.json"]
    assert capsys.readouterr().out.splitlines()[0] == f"wrote {tmp_path}/events.csv (5 events)"
    assert main(["export", "--events", str(ROOT / "events"), "--format", "ics", "--out", "-"]) == 0
    assert capsys.readouterr().out.startswith("BEGIN:VCALENDAR")
    assert main(["export", "--events", str(ROOT / "events"), "--out", "-"]) == 2
    assert "give exactly one --format" in capsys.readouterr().err


# ---------------------------------------------------------------- hostile text stays inert


def hostile_event(**kw) -> Event:
    return Event(id="x", date=PartialDate.parse("2026-01-20"), title=kw.pop("title", "Vote"), **kw)


@pytest.mark.parametrize("where", ["url", "title", "summary", "quote"])
def test_a_line_break_in_any_value_cannot_make_an_ics_property(where):
    from icalendar import Calendar

    inject = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\nATTENDEE:mailto:a@b.c\x1b"
    url = "https://example.org/" + inject if where == "url" else "https://example.org/a"
    source = Source(url=url, quote=inject if where == "quote" else "Q.")
    kw = {"title": inject} if where == "title" else {"summary": inject} if where == "summary" else {}
    ics = to_ics([hostile_event(sources=[source], **kw)], calendar_name="Cal\nX-EVIL:1")
    calendar = Calendar.from_ical(ics)
    (vevent,) = calendar.walk("VEVENT")  # one event: no second VEVENT was smuggled in
    assert str(vevent["UID"]) == "x@timeline" and "ATTENDEE" not in vevent and "X-EVIL" not in calendar
    assert "\x1b" not in ics
    if where in ("title", "summary", "quote"):
        text = str(vevent["SUMMARY" if where == "title" else "DESCRIPTION"])
        assert text == inject.replace("\r\n", "\n").replace("\x1b", "")  # read back as the text it was
    else:
        assert "URL" not in vevent  # an address with a line break is no address


def test_years_before_1000_are_written_with_four_digits():
    from icalendar import Calendar

    ics = to_ics([Event(id="old", date=PartialDate(800), title="Charlemagne crowned")])
    assert "DTSTART;VALUE=DATE:08000101\r\nDTEND;VALUE=DATE:08010101\r\n" in ics
    (vevent,) = Calendar.from_ical(ics).walk("VEVENT")
    assert vevent.decoded("DTSTART").year == 800


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
                                   "\tx", "\rx", "＝1+1"])
def test_csv_cells_that_look_like_formulas_are_disarmed(value):
    event = hostile_event(title=value if not value.startswith(("\t", "\r")) else "T", tags=[value],
                          actors=[value], summary=value)
    rows = list(csv.DictReader(io.StringIO(to_csv([event]))))
    for column in ("tags", "actors", "summary"):
        assert rows[0][column] == "'" + value
    assert rows[0]["id"] == "x" and rows[0]["date"] == "2026-01-20"  # ordinary cells unchanged


def test_write_exports_never_leaves_a_half_written_file(tmp_path, monkeypatch, events):
    import errno
    import os

    from timeline import files
    from timeline.errors import OutputError
    from timeline.exports import write_exports

    (tmp_path / "events.csv").write_text("previous\n")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OutputError, match=r"events\.csv: cannot be written \(No space left on device\)"):
        write_exports(events, tmp_path, ["csv"])
    assert os.listdir(tmp_path) == ["events.csv"] and (tmp_path / "events.csv").read_text() == "previous\n"
