"""The event format, declared once: the validator, the schema, the writer and the flat row agree."""

import datetime as dt

import jsonschema
import pytest

from timeline import fields
from timeline.fields import (
    COLUMN_NAMES,
    EVENT_FIELDS,
    FIELD_NAMES,
    SOURCE_FIELD_NAMES,
    check_event,
    flat_row,
    path_label,
    to_mapping,
)
from timeline.model import Event, PartialDate, Source
from timeline.schema import event_schema

FULL = {
    "id": "raid", "title": "Raid", "date": "2026-01-03", "end": "2026-01-05", "summary": "Text.",
    "tags": ["venezuela"], "actors": ["Nicolás Maduro"], "places": ["Caracas"],
    "sources": [{"url": "https://example.org/a", "title": "A", "published": "2026-01-21", "quote": "Q."}],
    "status": "reviewed", "confidence": 0.9, "rank": 3,
}


def test_every_consumer_follows_the_one_declaration():
    schema = event_schema()
    assert tuple(schema["$defs"]["event"]["properties"]) == FIELD_NAMES
    assert tuple(schema["$defs"]["source"]["properties"]) == SOURCE_FIELD_NAMES
    assert schema["$defs"]["event"]["required"] == [f.name for f in EVENT_FIELDS if f.required] == ["title", "date"]
    event, issues = check_event(FULL, "x")
    assert issues == [] and tuple(to_mapping(event)) == FIELD_NAMES  # the writer's order
    # the flat row: every field, in declared order, with the derived columns after their field
    assert [c for c in COLUMN_NAMES if c in FIELD_NAMES] == list(FIELD_NAMES)
    assert COLUMN_NAMES == ("id", "title", "date", "precision", "start", "end", "stop", "summary", "tags", "actors",
                            "places", "sources", "n_sources", "status", "confidence", "rank")


def test_a_full_event_round_trips_through_the_writer():
    event, _ = check_event(FULL, "x")
    again, issues = check_event(to_mapping(event), "x")
    assert issues == [] and again == event
    jsonschema.validate(to_mapping(event), event_schema())


def test_flat_row_values():
    event, _ = check_event({**FULL, "date": "2026-01", "end": None}, "x")
    row = flat_row(event)
    assert (row["date"], row["precision"], row["start"], row["end"], row["stop"]) == (
        "2026-01", "month", dt.date(2026, 1, 1), None, dt.date(2026, 2, 1))
    assert row["n_sources"] == 1 and row["sources"][0] == FULL["sources"][0]


@pytest.mark.parametrize("data, path, message", [
    ({"title": "a\ud800b", "date": 2026}, ("title",),
     "'a\\ud800b' holds a lone surrogate U+D800 at character 2, which is not a character (remove it, or write "
     "the whole character)"),
    ({"title": "Ti\x1b[2Jtle", "date": 2026}, ("title",),
     "'Ti\\x1b[2Jtle' holds the control character U+001B at character 3 (remove it)"),
    ({"title": "One\nTwo", "date": 2026}, ("title",),
     "'One\\nTwo' is more than one line (expected one line; for a folded `>` block write `>-`)"),
    ({"title": "T", "date": 2026, "tags": ["ok", "bad\x07"]}, ("tags", 1),
     "'bad\\x07' holds the control character U+0007 at character 4 (remove it)"),
    ({"title": "T", "date": 2026, "sources": [{"url": "https://x.org/\nEND:VEVENT", "quote": "q"}]},
     ("sources", 0, "url"), "'https://x.org/\\nEND:VEVENT' is more than one line (expected one line; for a folded "
                            "`>` block write `>-`)"),
    ({"title": "T", "date": "9999-12-31"}, ("date",),
     "'9999-12-31' is not a date: year 9999 is out of range (expected 0001 to 9998)"),
    ({"title": "T", "date": 2026, "end": "9999-12"}, ("end",),
     "'9999-12' is not a date: year 9999 is out of range (expected 0001 to 9998)"),
    ({"title": "T", "date": 9999}, ("date",), "9999 is not a date: year 9999 is out of range (expected 0001 to 9998)"),
    ({"title": "T", "date": 2026, "id": "x" * 121}, ("id",),
     f"'{'x' * 60}…' is not a valid id (expected letters, digits, '.', '_' or '-', starting with a letter or digit, "
     "at most 120 characters)"),
])
def test_text_and_dates_that_would_break_a_reader_are_refused(data, path, message):
    event, issues = check_event(data, "x")
    assert event is None
    assert [(i.path, i.message) for i in issues] == [(path, message)]


def test_a_summary_and_a_quote_may_span_lines():
    event, issues = check_event({"title": "T", "date": 2026, "summary": "One.\n\nTwo.",
                                 "sources": [{"url": "u", "quote": "a\r\nb"}]}, "x")
    assert issues == [] and event.summary == "One.\n\nTwo."


def test_messages_quote_only_an_excerpt_of_a_value():
    secret = "root:x:0:0:root:/root:/bin/bash\n" * 100
    _, issues = check_event(secret, "x")
    (issue,) = issues
    assert len(issue.message) < 160 and issue.message.endswith("…'")  # 60 characters of 3 300


def test_paths_read_as_in_the_file():
    assert path_label(("sources", 0, "url")) == "sources[0].url"
    assert path_label(("tags", 2)) == "tags[2]"
    assert path_label(()) == ""


def test_the_writer_leaves_out_empty_fields_but_a_status():
    event = Event(id="e", date=PartialDate(2026), title="T", sources=[Source(url="u", quote="q")])
    assert to_mapping(event) == {"id": "e", "title": "T", "date": "2026",
                                 "sources": [{"url": "u", "quote": "q"}], "status": "draft"}
    assert fields.field("confidence").expected == "a number from 0 to 1"


def test_a_json_escaped_surrogate_pair_is_the_character_it_stands_for():
    # JSON (which YAML is meant to read) writes 🗳 as "\ud83d\uddf3"; ruamel.yaml reads each half
    # alone (libyaml refuses the escape, and the store then reads the file with ruamel.yaml)
    from timeline.yamltext import load_round_trip

    data = load_round_trip('{"title": "Vote \\ud83d\\uddf3", "date": 2026, "tags": ["\\ud83d\\uddf3"]}')
    assert data["title"] == "Vote \ud83d\uddf3"
    event, issues = check_event(data, "x")
    assert issues == [] and event.title == "Vote 🗳" and event.tags == ["🗳"]
    _, issues = check_event({"title": "half \ud83d", "date": 2026}, "x")
    assert "holds a lone surrogate U+D83D at character 6" in issues[0].message


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "1", 1_000_001])
def test_a_rank_is_a_whole_number_from_one(value):
    _, issues = check_event({"title": "T", "date": 2026, "rank": value}, "x")
    assert [i.message for i in issues] == [f"{value!r} is not a rank (expected a whole number from 1 to 1,000,000)"]
    event, issues = check_event({"title": "T", "date": 2026, "rank": 7}, "x")
    assert issues == [] and event.rank == 7
