import json

import jsonschema
import pytest
from conftest import ROOT
from ruamel.yaml import YAML

from timeline import EventFileError, read_events
from timeline.schema import event_schema
from timeline.store import load

GOOD = """
    title: Raid
    date: 2026-01-03
    sources:
      - url: https://example.org/a
        quote: The raid happened on Jan. 3.
"""


def messages(path, strict=False):
    return [str(p) for p in load(path, strict)[1]]


@pytest.mark.parametrize("written, iso, precision", [
    ("2026-01-03", "2026-01-03", "day"),      # YAML: a date
    ("'2026-01-03'", "2026-01-03", "day"),    # a string
    ("2026-01", "2026-01", "month"),          # YAML: a string
    ("2026", "2026", "year"),                 # YAML: an int
    ("'2026'", "2026", "year"),
])
def test_every_date_form_is_accepted(write, tmp_path, written, iso, precision):
    write("events/e.yaml", f"title: T\ndate: {written}\n")
    (event,) = read_events(tmp_path / "events")
    assert (str(event.date), event.date.precision, event.id) == (iso, precision, "e")


def test_a_full_event_loads(write, tmp_path):
    write("events/2026/raid.yaml", """
        # a comment
        id: maduro-raid
        title: Raid
        date: 2026-01-03
        end: 2026-01-05
        summary: Text.
        tags: [venezuela]
        actors: [Nicolás Maduro]
        places: [Caracas]
        status: reviewed
        confidence: 0.9
        sources:
          - url: https://example.org/a
            title: An article
            published: 2026-01-21
            quote: The raid happened on Jan. 3.
    """)
    (e,) = read_events(tmp_path / "events")
    assert e.id == "maduro-raid" and str(e.end) == "2026-01-05" and e.status == "reviewed"
    assert (e.tags, e.actors, e.places, e.confidence) == (["venezuela"], ["Nicolás Maduro"], ["Caracas"], 0.9)
    assert e.sources[0].title == "An article" and str(e.sources[0].published) == "2026-01-21"
    assert e.quote == "The raid happened on Jan. 3."


def test_a_file_may_hold_a_list_and_ids_default_to_stem_and_position(write, tmp_path):
    write("events/list.yaml", """
        - title: A
          date: 2026
        - title: B
          date: 2025
          id: named
    """)
    events = read_events(tmp_path / "events")
    assert [(e.id, e.title, e.line) for e in events] == [("named", "B", 3), ("list-1", "A", 1)]


def test_every_problem_is_reported_in_one_run(write, tmp_path):
    write("events/a.yaml", """
        - title: Bad month
          date: 2026-13-01
        - title: Words
          date: "next week"
        - title: Digits
          date: 20260103
        - date: 2026-01-03
        - title: Impossible
          date: 2026-02-30
    """)
    assert messages(tmp_path / "events") == [
        f"{tmp_path}/events/a.yaml:2:9: date: '2026-13-01' is not a date: month 13 is out of range (expected 01 to 12)",
        f"{tmp_path}/events/a.yaml:4:9: date: 'next week' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
        f"{tmp_path}/events/a.yaml:6:9: date: 20260103 is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD; "
        "write 2026-01-03 for a day)",
        f"{tmp_path}/events/a.yaml:7:3: title: missing (expected a short headline as text)",
        f"{tmp_path}/events/a.yaml:9:9: date: '2026-02-30' is not a date: day 30 is out of range for 2026-02 "
        "(expected 01 to 28)",
    ]


@pytest.mark.parametrize("content, message", [
    ("title: [\n", "2:1: invalid YAML: expected the node content, but found '<stream end>'"),
    ("title: T\ndate: 2026-01-03\nend: 2026-01-01\n",
     "3:6: end: 2026-01-01 is before date 2026-01-03 (expected an end on or after the date)"),
    ("date: 2026\n", "1:1: title: missing (expected a short headline as text)"),
    ("title: T\n", "1:1: date: missing (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("title: T\ndate: 2026\ntags: cuba\n",
     "3:7: tags: expected a list of strings, got the string 'cuba' (write tags: [cuba])"),
    ("title: T\ndate: 2026\nactors: {a: 1}\n", "3:9: actors: expected a list of strings, got a mapping"),
    ("title: T\ndate: 2026\nplaces: [Havana, 3]\n", "3:18: places[1]: 3 is not a place (expected a non-empty string)"),
    ("title: T\ndate: 2026\nsources:\n  - quote: q\n",
     "4:5: sources[0].url: missing (expected the address of the article (or its path in the repository))"),
    ("title: T\ndate: 2026\nsources:\n  - url: https://x.org\n",
     "4:5: sources[0].quote: missing (expected the sentence of the article that reports the event)"),
    ("title: T\ndate: 2026\nsources: https://x.org\n",
     "3:10: sources: expected a list of sources (- url: ..., quote: ...), got the string 'https://x.org'"),
    ("title: T\ndate: 2026\nstatus: done\n",
     "3:9: status: 'done' is not a status (expected draft, reviewed or rejected)"),
    ("title: T\ndate: 2026\nconfidence: 2\n",
     "3:13: confidence: 2 is not a confidence (expected a number from 0 to 1)"),
    ("title: 12\ndate: 2026\n", "1:8: title: 12 is not a short headline as text"),
    ("id: a b\ntitle: T\ndate: 2026\n",
     "1:5: id: 'a b' is not a valid id (expected letters, digits, '.', '_' or '-', starting with a letter or digit, "
     "at most 120 characters)"),
    ("- just text\n", "1:3: expected a mapping of event fields (title: ..., date: ...), got the string 'just text'"),
    ("title: T\ndate: 2026\ndate: 2025\n", "3:1: invalid YAML: found duplicate key \"date\""),
    ("a: !!python/object:os.system x\n", "1:4: the tag '!!python/object:os.system' is not allowed"),
    ("!!python/object/apply:os.system\n- echo hi\n", "1:1: the tag '!!python/object/apply:os.system' is not allowed"),
    ("title: !custom T\ndate: 2026\n", "1:8: the tag '!custom' is not allowed"),
    # values that would crash a reader downstream (a page, a calendar, a terminal)
    ('title: "Bad \\ud800 title"\ndate: 2026\n', "1:8: title: 'Bad \\ud800 title' holds a lone surrogate U+D800"),
    ("title: T\ndate: 9999-12-31\n", "2:7: date: '9999-12-31' is not a date: year 9999 is out of range"),
    ("title: T\ndate: 2026\nend: 9999-12\n", "3:6: end: '9999-12' is not a date: year 9999 is out of range"),
    ('title: "\\e[31mred"\ndate: 2026\n', "1:8: title: '\\x1b[31mred' holds the control character U+001B"),
])
def test_each_problem_names_line_column_and_fix(write, tmp_path, content, message):
    path = write("events/e.yaml", content)
    found = messages(tmp_path / "events")
    assert any(m.startswith(f"{path}:{message}") for m in found), found


def test_syntax_error_names_line_and_column(write, tmp_path):
    path = write("events/e.yaml", "title: T\ndate: 2026\ntags: [a, b\nsummary: x\n")
    (problem,) = load(tmp_path / "events")[1]
    assert (problem.path, problem.line, problem.severity) == (str(path), 4, "error")
    assert problem.message.startswith("invalid YAML: ")
    assert "check the indentation" in problem.message


def test_python_tags_never_create_objects(write, tmp_path):
    marker = tmp_path / "pwned"
    write("events/e.yaml", f"!!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(EventFileError):
        read_events(tmp_path / "events")
    assert not marker.exists()


def test_unknown_fields_warn_and_fail_under_strict(write, tmp_path):
    path = write("events/e.yaml", "title: T\ndate: 2026\ntagz: [a]\nsources:\n  - url: u\n    quote: q\n    note: n\n")
    expected = [
        f"{path}:3:1: warning: tagz: unknown field (expected one of id, title, date, end, summary, tags, "
        "actors, places, sources, status, confidence, rank; did you mean 'tags'?)",
        f"{path}:7:5: warning: sources[0].note: unknown field (expected one of url, title, published, quote)",
    ]
    assert messages(tmp_path / "events") == expected
    assert len(read_events(tmp_path / "events")) == 1
    assert messages(tmp_path / "events", strict=True) == [m.replace("warning: ", "") for m in expected]
    with pytest.raises(EventFileError):
        read_events(tmp_path / "events", strict=True)


def test_duplicate_ids_across_files(write, tmp_path):
    write("events/a.yaml", "id: same\ntitle: A\ndate: 2026\n")
    write("events/b.yaml", "- title: B\n  date: 2026\n  id: same\n")
    assert messages(tmp_path / "events") == [
        f"{tmp_path}/events/b.yaml:1:1: id: 'same' is already used by {tmp_path}/events/a.yaml:1 "
        "(expected an id unique across all event files)"]
    with pytest.raises(EventFileError) as info:
        read_events(tmp_path / "events")
    assert str(info.value).startswith("1 error in event files:\n")


def test_not_utf8_and_empty_files(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "bin.yaml").write_bytes(b"title: \xff\xfe\n")
    (tmp_path / "events" / "empty.yaml").write_text("# only a comment\n")
    assert messages(tmp_path / "events") == [
        f"{tmp_path}/events/bin.yaml:1:1: is not UTF-8 text (byte 7: invalid start byte); save it as UTF-8",
        f"{tmp_path}/events/empty.yaml:1:1: warning: holds no event (expected a mapping of event fields "
        "or a list of them)",
    ]


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(EventFileError) as info:
        read_events(tmp_path / "nowhere")
    assert "no such file or folder (expected the folder of event YAML files, e.g. events/)" in str(info.value)


def test_events_are_sorted_by_start(write, tmp_path):
    write("events/a.yaml", "title: Day\ndate: 2026-01-03\n")
    write("events/b.yaml", "title: Month\ndate: 2026-01\n")
    write("events/c.yaml", "title: Year\ndate: 2022\n")
    assert [e.title for e in read_events(tmp_path / "events")] == ["Year", "Month", "Day"]


def test_seed_events_are_valid_and_match_the_schema():
    events = read_events(ROOT / "events", strict=True)
    assert sorted(str(e.date) for e in events) == ["2022", "2026-01", "2026-01-03", "2026-01-20", "2026-01-20"]
    schema = event_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for file in sorted((ROOT / "events").glob("*.yaml")):
        data = json.loads(json.dumps(YAML(typ="safe").load(file), default=str))
        jsonschema.validate(data, schema)


@pytest.mark.parametrize("document, valid", [
    ({"title": "T", "date": "2026-01"}, True),
    ({"title": "T", "date": 2026}, True),
    ([{"title": "T", "date": "2026-01-03"}], True),
    ({"title": "T", "date": "2026-13"}, False),
    ({"title": "T"}, False),
    ({"title": "T", "date": "2026", "tagz": []}, False),
    ({"title": "T", "date": "2026", "sources": [{"url": "u"}]}, False),
    ({"title": "T", "date": "2026", "status": "done"}, False),
])
def test_schema_agrees_with_the_loader(document, valid):
    validator = jsonschema.Draft202012Validator(event_schema())
    assert validator.is_valid(document) is valid


def test_fast_and_round_trip_loaders_agree(write, tmp_path, monkeypatch):
    """Valid files take libyaml's fast path; the result must equal the round-trip loader's."""
    from timeline import store

    write("events/a.yaml", "# comment\n\ntitle: A\ndate: 2026-01-03\ntags: [x, y]\nconfidence: 0.5\n"
                           "sources:\n  - url: u\n    quote: q\n    published: 2026-01-04\n")
    write("events/b.yaml", "- title: 'yes'\n  date: '2026'\n")
    fast = read_events(tmp_path / "events")

    def refuse(text):
        raise ValueError("the fast path is off")

    monkeypatch.setattr(store, "load_fast", refuse)
    assert read_events(tmp_path / "events") == fast and len(fast) == 2


def test_yaml_1_1_values_take_the_slow_path(write, tmp_path):
    write("events/a.yaml", "title: yes\ndate: 2026\n")  # YAML 1.1 reads a boolean; 1.2 a string
    (event,) = read_events(tmp_path / "events")
    assert event.title == "yes"
    from timeline.yamltext import load_fast
    assert load_fast("title: yes\n") == {"title": True}


# ---------------------------------------------------------------- hostile files


def test_a_billion_laughs_file_is_refused_at_once(write, tmp_path):
    from test_yamltext import laughs

    path = write("events/bomb.yaml", laughs(8))
    assert messages(tmp_path / "events") == [
        f"{path}:7:5: aliases (*name) repeat values until they make over 13,942 values (at most 10,000 more than "
        "written); write the values out instead of repeating aliases"]


def test_deep_nesting_in_an_unknown_field_is_an_error_not_a_crash(write, tmp_path):
    path = write("events/deep.yaml", "title: T\ndate: 2026\nnote: " + "[" * 200 + "]" * 200 + "\n")
    assert messages(tmp_path / "events") == [
        f"{path}:3:156: nests values 51 levels deep (at most 50; an event file needs 5)"]


def test_links_out_of_the_events_folder_are_not_followed(write, tmp_path):
    secret = write("secret.txt", "root:x:0:0:root:/root:/bin/bash\n" * 50)
    write("events/ok.yaml", "title: T\ndate: 2026\n")
    (tmp_path / "events" / "leak.yaml").symlink_to(secret)
    events, problems = load(tmp_path / "events")
    assert [e.id for e in events] == ["ok"]
    assert [str(p) for p in problems] == [
        f"{tmp_path}/events/leak.yaml:1:1: warning: is a link to a file outside {tmp_path}/events: not read "
        "(copy the file into the folder instead)"]
    assert "root:x" not in str(problems)


def test_a_non_event_file_is_quoted_only_in_part(write, tmp_path):
    path = write("events/notes.yaml", "root:x:0:0:root:/root:/bin/bash " * 100 + "\n")
    (problem,) = load(tmp_path / "events")[1]
    assert str(problem).startswith(f"{path}:1:1: expected a mapping of event fields (title: ..., date: ...), got "
                                   "the string 'root:x:0:0:root:/root:/bin/bash root:x:0:0:root:/root:/bin/b…'")


def test_ids_may_not_differ_only_in_case(write, tmp_path):
    write("events/a.yaml", "id: Raid\ntitle: A\ndate: 2026\n")
    write("events/b.yaml", "id: raid\ntitle: B\ndate: 2026\n")
    assert messages(tmp_path / "events") == [
        f"{tmp_path}/events/b.yaml:1:1: id: 'raid' is already used as 'Raid' (ids may not differ only in case) by "
        f"{tmp_path}/events/a.yaml:1 (expected an id unique across all event files)"]


def test_an_oversized_event_file_is_refused(write, tmp_path, monkeypatch):
    from timeline import store

    monkeypatch.setattr(store, "MAX_EVENT_FILE_BYTES", 100)
    path = write("events/big.yaml", "title: T\ndate: 2026\nsummary: " + "x" * 200 + "\n")
    assert messages(tmp_path / "events") == [
        f"{path}:1:1: is too large for an event file (230 bytes, at most 100); split it into several files"]
