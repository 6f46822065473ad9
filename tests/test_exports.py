"""Downloads: CSV, JSON, iCalendar (RFC 5545) and TimelineJS3, from the library and the CLI."""

import csv
import io
import json

import pytest

from timeline import read_events
from timeline.cli import main
from timeline.exports import to_csv, to_ics, to_json, to_timelinejs
from timeline.model import Event, PartialDate, Source

from conftest import ROOT


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
