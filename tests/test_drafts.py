"""Articles → draft files (`timeline extract`): no lost edit, no lost source, no traceback."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import files
from timeline.cli import main
from timeline.drafts import extract_drafts
from timeline.store import read_events

SENTENCE = "On Jan. 3, the Springfield city council approved the new budget for public schools."


def article(folder: Path, name: str, body: str, url: str | None = None, published: str = "2026-01-21") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    url_line = f"url: {url}\n" if url else ""
    path.write_text(f"---\npublished: {published}\n{url_line}---\n{body}\n", encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_quotes_round_trip_exactly_so_a_second_run_changes_nothing(tmp_path):
    # a double space where YAML would fold the line used to come back as one space: the next
    # run saw a new quote and appended the same source again
    # double spaces everywhere, so that one stands wherever a line would be folded
    body = "On Jan. 3, " + "  ".join("the city council of Springfield approved the new budget for public schools "
                                     "and libraries after a long debate that went on until late at night".split()) + "."
    article(tmp_path / "articles", "a.md", body, url="https://example.org/a")
    first = extract_drafts([str(tmp_path / "articles")], tmp_path / "events")
    assert (first.new, first.merged) == (1, 0)
    before = snapshot(tmp_path / "events")
    second = extract_drafts([str(tmp_path / "articles")], tmp_path / "events")
    assert (second.new, second.merged, second.untouched) == (0, 0, 1)
    assert snapshot(tmp_path / "events") == before
    (event,) = read_events(tmp_path / "events")
    assert event.quote == body


def test_a_dry_run_merges_into_drafts_it_has_not_written(tmp_path):
    # three reports of one happening make one draft, also in a dry run, where that draft exists
    # only in memory (it used to be read from disk: FileNotFoundError)
    from timeline.drafts import write_drafts
    from timeline.model import Event, PartialDate, Source

    reports = [Event(id=f"e{i}", date=PartialDate(2026, 1, 3), title="Council approves budget",
                     sources=[Source(url=f"https://example.org/{i}", quote=SENTENCE)]) for i in range(3)]
    report = write_drafts(reports, tmp_path / "events", dry_run=True)
    assert (report.new, report.merged) == (1, 0)
    assert not (tmp_path / "events").exists()


WRITER = """
import sys
from timeline.drafts import extract_drafts
extract_drafts([sys.argv[1]], sys.argv[2])
"""


def test_runs_at_the_same_time_keep_every_source(tmp_path):
    article(tmp_path / "first", "a.md", SENTENCE, url="https://example.org/0")
    assert extract_drafts([str(tmp_path / "first")], tmp_path / "events").new == 1
    paths = [article(tmp_path / f"run{i}", "a.md", SENTENCE, url=f"https://example.org/{i}") for i in range(1, 5)]
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(p), str(tmp_path / "events")]) for p in paths]
    assert [r.wait() for r in runs] == [0, 0, 0, 0]
    (event,) = read_events(tmp_path / "events")
    assert sorted(s.url for s in event.sources) == [f"https://example.org/{i}" for i in range(5)]


def test_one_bad_article_is_reported_and_the_others_are_written(tmp_path, capsys):
    folder = tmp_path / "articles"
    article(folder, "a.md", SENTENCE)
    (folder / "b.md").write_text("---\npublished: yesterday\n---\nText.\n")
    (folder / "c.md").write_text("---\nlanguage: 5\n---\nText.\n")
    (folder / "d.md").write_text("---\ntitle: 123\npublished: 2026-01-21\n---\n" + SENTENCE.replace("Jan. 3",
                                                                                                      "Jan. 4") + "\n")
    code = main(["extract", str(folder), "--out", str(tmp_path / "events")])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert err.splitlines() == [
        f"error: {folder}/b.md:2: published: 'yesterday' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
        f"error: {folder}/c.md:2: language: 5 is not a language code (expected an ISO 639-1 code such as en or es)",
    ]
    assert out == "2 articles read, 2 not read, events 2 new, 0 merged, 0 untouched, 0 warnings\n"
    titles = sorted(s.title or "" for e in read_events(tmp_path / "events") for s in e.sources)
    assert titles == ["", "123"]  # a numeric front matter title is text, and the draft is valid


def test_an_output_folder_that_cannot_be_written_is_a_clear_error(tmp_path, capsys, monkeypatch):
    article(tmp_path / "articles", "a.md", SENTENCE)
    (tmp_path / "events").write_text("a file, not a folder")
    assert main(["extract", str(tmp_path / "articles"), "--out", str(tmp_path / "events")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {tmp_path}/events: cannot be opened for writing (")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)  # the disk fills up while the draft is written
    out = tmp_path / "drafts"
    assert main(["extract", str(tmp_path / "articles"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out}/2026-01-03-") and "cannot be written (No space left on device)" in err
    assert list(out.iterdir()) == []  # no half-written draft, no temporary file


@pytest.mark.parametrize("published, message", [
    ("9999-12-31", "error: --published: '9999-12-31' is not a date: year 9999 is out of range (expected 0001 to 9998)"),
    ("2026-01", "error: --published: '2026-01' is not a day"),
])
def test_published_option_is_checked_before_reading(tmp_path, capsys, published, message):
    article(tmp_path / "articles", "a.md", SENTENCE)
    assert main(["extract", str(tmp_path / "articles"), "--published", published]) == 2
    assert capsys.readouterr().err.startswith(message)


def test_the_last_day_there_is_resolves_without_overflowing(tmp_path, capsys):
    article(tmp_path / "articles", "a.md", "The council will meet tomorrow and again on Jan. 3 to vote on the budget.",
            published="9998-12-31")
    assert main(["extract", str(tmp_path / "articles"), "--out", str(tmp_path / "events")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_jobs_must_be_a_sane_number(capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", "x", "--jobs", "0"])
    assert info.value.code == 2 and "'0' is not a number of processes (expected 1 to 256)" in capsys.readouterr().err


def test_merged_happenings_are_written_one_file_each_and_joined_only_to_files_there(tmp_path):
    # `extract --top` passes the chosen few of the merged happenings: merged again on their own
    # they look more alike than among all of them, and two of the 50 asked for used to become one
    from timeline.drafts import write_drafts
    from timeline.model import Event, PartialDate, Source

    def event(i: int, quote: str) -> Event:
        return Event(id=f"e{i}", date=PartialDate(2026, 1, 3), title="Council approves budget",
                     sources=[Source(url=f"https://example.org/{i}", quote=quote)])

    alike = [event(0, SENTENCE), event(1, SENTENCE.replace("new", "next"))]
    assert write_drafts(alike, tmp_path / "once", dry_run=True).new == 1  # reports: one happening
    report = write_drafts(alike, tmp_path / "events", merged=True)
    assert report.new == 2 and len(list((tmp_path / "events").glob("*.yaml"))) == 2
    # a later report of one of them joins its file
    later = write_drafts([event(2, SENTENCE)], tmp_path / "events", merged=True)
    assert (later.new, later.merged) == (0, 1)
