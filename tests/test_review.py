"""Review that sticks, end to end: a small multilingual set of articles (tests/data/summit,
written for these tests) extracted into drafts, re-run, deleted, rejected, reviewed."""

import shutil

import yaml
from conftest import ROOT

from timeline.cli import main
from timeline.review import LEDGER, REJECTED

SUMMIT = ROOT / "tests" / "data" / "summit"


def drafts(folder):
    """(date, title, sorted source urls) of each event file in `folder`, sorted."""
    out = []
    for path in folder.glob("*.yaml"):
        event = yaml.safe_load(path.read_text())
        out.append((str(event["date"]), event["title"], sorted(s["url"] for s in event["sources"])))
    return sorted(out, key=lambda item: (item[0], item[2]))


def files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def extract(capsys, *args):
    capsys.readouterr()
    code = main(["extract", *map(str, args)])
    return code, capsys.readouterr().out


def test_one_draft_per_happening_across_languages(tmp_path, capsys):
    out = tmp_path / "events"
    assert extract(capsys, SUMMIT, "--out", out) == (
        0, "5 articles read, events 4 new, 0 merged, 0 untouched, 0 warnings\n")
    found = drafts(out)
    assert [(date, urls) for date, _, urls in found] == [
        ("2024-10", ["https://example.org/en/summit"]),
        ("2026-03-14", ["https://example.org/de/gipfel", "https://example.org/en/summit",
                        "https://example.org/es/cumbre", "https://example.org/ru/vstrecha"]),
        ("2026-03-14", ["https://example.org/en/flood"]),  # the same town, the same day: another happening
        ("2026-03-20", ["https://example.org/en/summit", "https://example.org/es/cumbre"]),
    ]
    titles = [title for _, title, _ in found]
    assert titles[2] == "Heavy rain floods the harbour district of Port Ellis"
    assert titles[0] == "The two leaders last meet in Geneva"


def test_rerunning_writes_nothing_whether_the_folder_started_empty_or_not(tmp_path, capsys):
    one, two = tmp_path / "one", tmp_path / "two"
    extract(capsys, SUMMIT, "--out", one)
    before = files(one)
    assert extract(capsys, SUMMIT, "--out", one)[1].startswith("5 articles read, events 0 new, 0 merged")
    assert files(one) == before
    # articles given one by one, in another order, into an empty folder: the same happenings
    # with the same sources (a draft keeps the title of the report that made it)
    for name in ("ru.md", "flood.md", "es.md", "de.md", "en.md"):
        extract(capsys, SUMMIT / name, "--out", two)
    assert [(d, urls) for d, _, urls in drafts(two)] == [(d, urls) for d, _, urls in drafts(one)]
    assert extract(capsys, SUMMIT, "--out", two)[1].startswith("5 articles read, events 0 new, 0 merged")


def test_deleted_and_rejected_drafts_are_not_written_again_until_undone(tmp_path, capsys):
    out = tmp_path / "events"
    extract(capsys, SUMMIT, "--out", out)
    by_title = {yaml.safe_load(p.read_text())["title"]: p for p in out.glob("*.yaml")}
    flood = next(p for t, p in by_title.items() if "flood" in t)
    geneva = next(p for t, p in by_title.items() if "Geneva" in t)
    flood.unlink()
    geneva.write_text(geneva.read_text().replace("status: draft", "status: rejected  # not news"))
    code, summary = extract(capsys, SUMMIT, "--out", out)
    assert code == 0
    assert summary == ("5 articles read, events 0 new, 0 merged, 3 untouched, 1 rejected (see rejected.txt), "
                       "1 deleted drafts recorded as rejected, 0 warnings\n")
    assert not flood.exists() and "status: rejected  # not news" in geneva.read_text()
    record = (out / REJECTED).read_text()
    assert "https://example.org/en/flood\tHeavy rain flooded the harbour district" in record
    assert record.startswith("# Reports `timeline extract` will not write again")
    assert "flood" not in (out / LEDGER).read_text()
    # a rejected event stays in git, out of the site and the downloads
    assert main(["export", "--events", str(out), "--format", "csv", "--out", "-"]) == 0
    assert "Geneva" not in capsys.readouterr().out
    # the same run again: nothing changes, not even the record
    before = files(out)
    extract(capsys, SUMMIT, "--out", out)
    assert files(out) == before
    # undo: delete the line, and the next run writes the draft again
    (out / REJECTED).write_text("".join(line for line in record.splitlines(keepends=True) if "flood" not in line))
    assert extract(capsys, SUMMIT, "--out", out)[1].startswith("5 articles read, events 1 new")
    assert any("flood" in yaml.safe_load(p.read_text())["title"] for p in out.glob("*.yaml"))


def test_new_reports_of_reviewed_events_are_counted_and_added_only_when_asked(tmp_path, capsys):
    out = tmp_path / "events"
    extract(capsys, SUMMIT / "en.md", SUMMIT / "es.md", "--out", out)
    summit = next(p for p in out.glob("2026-03-14-*.yaml"))
    reviewed = summit.read_text().replace("status: draft", "status: reviewed  # checked with the wire")
    summit.write_text(reviewed)
    assert extract(capsys, SUMMIT / "de.md", "--out", out)[1] == (
        "1 article read, events 0 new, 0 merged, 0 untouched, 1 for reviewed events (not added: see "
        "--add-to-reviewed), 0 warnings\n")
    assert summit.read_text() == reviewed and len(list(out.glob("*.yaml"))) == 3
    assert extract(capsys, SUMMIT / "de.md", "--out", out, "--add-to-reviewed")[1].startswith(
        "1 article read, events 0 new, 1 merged")
    text = summit.read_text()
    assert "# checked with the wire" in text and "https://example.org/de/gipfel" in text
    assert main(["validate", "--events", str(out)]) == 0


def test_nothing_counts_as_deleted_while_a_file_does_not_load(tmp_path, capsys):
    out = tmp_path / "events"
    extract(capsys, SUMMIT, "--out", out)
    draft = next(out.glob("2026-03-20-*.yaml"))
    draft.write_text(draft.read_text().replace("status: draft", "status: [draft"))
    _, summary = extract(capsys, SUMMIT, "--out", out)
    assert "deleted" not in summary and "rejected" not in summary
    assert not (out / REJECTED).exists()


def test_the_record_files_are_plain_text_a_person_can_edit(tmp_path, capsys):
    out = tmp_path / "events"
    shutil.copytree(SUMMIT, tmp_path / "articles")
    extract(capsys, tmp_path / "articles", "--out", out)
    ledger = (out / LEDGER).read_text().splitlines()
    assert ledger[0].startswith("# ") and all(len(line.split("\t")) == 4 for line in ledger if not line.startswith("#"))
    # a line added by hand (its fingerprint copied from the ledger) rejects that report
    line = next(line for line in ledger if "ru/vstrecha" in line)
    (out / REJECTED).write_text(line + "\n")
    for path in out.glob("*.yaml"):
        path.unlink()
    (out / LEDGER).unlink()
    extract(capsys, tmp_path / "articles", "--out", out)
    assert "https://example.org/ru/vstrecha" not in "".join(p.read_text() for p in out.glob("*.yaml"))
