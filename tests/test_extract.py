"""extract_events, merge_events and `timeline extract` on the seed articles."""

import subprocess
import sys

from timeline import extract_events, merge_events, read_events
from timeline.cli import main

from conftest import ROOT

SEED_004 = ROOT / "articles" / "004_4c5db1f2eac7af6e.txt"
SEED_000 = ROOT / "articles" / "000_569b02a931ca8457.txt"


def test_seed_004_events():
    text = SEED_004.read_text()
    events = extract_events(text, published="2026-01-21", languages=["en"], source="a.txt")
    assert [str(e.date) for e in events] == ["2026-01-20", "2026-01", "2026-01-03", "2026-01-20", "2022", "2026-01-20"]
    for e in events:
        assert e.quote in text and e.sources[0].url == "a.txt" and 0 <= e.confidence <= 1
        assert str(e.date) not in e.title
    raid = events[2]
    assert raid.title.startswith("Leader Nicolas Maduro was ousted by U.S. forces")
    assert "Venezuela" in raid.places
    assert "Havana" in events[0].places and "Cuba" in events[0].places


def test_seed_000_has_no_dated_events_and_repeats_are_read_once():
    from timeline.segment import paragraphs

    text = SEED_000.read_text()
    assert extract_events(text, languages=["en"]) == []
    kept = [p for p in paragraphs(text) if p.kept]
    assert len(kept) == 5 and sum(p.repeated for p in paragraphs(text)) == 4


def test_merge_joins_reports_of_one_happening_and_keeps_sources():
    text = SEED_004.read_text()
    first = extract_events(text, "2026-01-21", ["en"], source="a.txt")
    second = extract_events(text, "2026-01-21", ["en"], source="b.txt")
    merged = merge_events(second + first)
    assert len(merged) == 6
    assert all(len(e.sources) == 2 for e in merged)
    assert [e.id for e in merged] == [e.id for e in merge_events(first + second)]


def test_extract_cli_is_idempotent_and_never_clobbers(tmp_path, capsys):
    out = tmp_path / "events"
    assert main(["extract", str(ROOT / "articles"), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "2 articles read, events 6 new, 0 merged, 0 untouched, 1 warning\n"
    assert "000_569b02a931ca8457.txt: no publication date" in captured.err and "--published" in captured.err
    assert len(read_events(out)) == 6
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["extract", str(ROOT / "articles"), "--out", str(out)]) == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    # a person edits one draft (and adds a comment): a new source never changes it
    edited = sorted(out.iterdir())[0]
    edited.write_text(edited.read_text().replace("status: draft", "status: draft  # checked the title"))
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED_004.read_text())
    capsys.readouterr()
    assert main(["extract", str(copy), "--out", str(out)]) == 0
    assert capsys.readouterr().out == "1 article read, events 0 new, 5 merged, 1 untouched, 0 warnings\n"
    assert "# checked the title" in edited.read_text() and str(copy) not in edited.read_text()


def test_extract_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_text("")
    run = subprocess.run([sys.executable, "-m", "timeline", "extract", str(tmp_path / "bin.txt"),
                          str(tmp_path / "empty.txt"), "--out", str(tmp_path / "ev")], capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "bin.txt: looks binary" in run.stderr and "empty.txt: is empty" in run.stderr
    bad = subprocess.run([sys.executable, "-m", "timeline", "extract", str(SEED_004), "--published", "next week"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--published: 'next week' is not a date" in bad.stderr
