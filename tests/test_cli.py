import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from timeline.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_the_seed_events(capsys):
    assert run(capsys, "validate", "--strict", "--events", str(ROOT / "events")) == (0, "5 events valid\n", "")


def test_validate_reports_every_error_and_exits_2(capsys, write, tmp_path):
    write("events/a.yaml", "title: A\ndate: 2026-13-01\n")
    write("events/b.yaml", "date: 2026\ntagz: []\n")
    code, out, err = run(capsys, "validate", "--events", str(tmp_path / "events"))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"{tmp_path}/events/a.yaml:2:7: date: '2026-13-01' is not a date: month 13 is out of range (expected 01 to 12)",
        f"{tmp_path}/events/b.yaml:1:1: title: missing (expected a short headline as text)",
        f"{tmp_path}/events/b.yaml:2:1: warning: tagz: unknown field (expected one of id, title, date, end, "
        "summary, tags, actors, places, sources, status, confidence, rank; did you mean 'tags'?)",
        f"2 errors, 1 warning in {tmp_path}/events: fix the lines above",
    ]


def test_warnings_pass_unless_strict(capsys, write, tmp_path):
    write("events/a.yaml", "title: A\ndate: 2026\nnote: hi\n")
    code, out, err = run(capsys, "validate", "--events", str(tmp_path / "events"))
    assert (code, out) == (0, "1 event valid, 1 warning\n") and "warning: note: unknown field" in err
    code, out, err = run(capsys, "validate", "--strict", "--events", str(tmp_path / "events"))
    assert code == 2 and "1 error, 0 warnings" in err


def test_table_formats(capsys):
    events = str(ROOT / "events")
    code, out, _ = run(capsys, "table", "--events", events)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["date", "title", "sources", "status", "id"]
    assert lines[1].startswith("2022") and len(lines) == 6
    code, out, _ = run(capsys, "table", "--format", "csv", "--events", events)
    assert out.splitlines()[0] == ("id,title,date,precision,start,end,stop,summary,tags,actors,places,sources,"
                                   "n_sources,status,confidence,rank")
    assert "2026-01,month,2026-01-01,,2026-02-01" in out
    # one format, one set of columns: the table's CSV and JSON are the downloads
    assert run(capsys, "export", "--events", events, "--format", "csv", "--out", "-")[1] == out
    code, out, _ = run(capsys, "table", "--format", "json", "--events", events)
    records = json.loads(out)
    assert [r["date"] for r in records] == ["2022", "2026-01", "2026-01-03", "2026-01-20", "2026-01-20"]
    assert records[3]["n_sources"] == 2 and records[3]["sources"][0]["url"] == "articles/004_4c5db1f2eac7af6e.txt"
    assert run(capsys, "export", "--events", events, "--format", "json", "--out", "-")[1] == out


def test_table_of_invalid_events_exits_2(capsys, write, tmp_path):
    write("events/a.yaml", "title: [\n")
    code, out, err = run(capsys, "table", "--events", str(tmp_path / "events"))
    assert code == 2 and out == ""
    assert err.startswith("error: 1 error in event files:\n") and "a.yaml:2:1: invalid YAML" in err


def test_schema_is_json_schema(capsys):
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["$defs"]["event"]["required"] == ["title", "date"]


def test_console_script_help_and_errors_without_traceback(tmp_path):
    help_ = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True)
    assert help_.returncode == 0
    for name in ("validate", "table", "schema", "build", "serve"):
        assert name in help_.stdout
    bad = subprocess.run([sys.executable, "-m", "timeline", "table", "--events", str(tmp_path / "none")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "no such file or folder" in bad.stderr


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from timeline.cli import _parser; _parser().format_help(); "
            "print(sorted(m for m in ('pandas', 'altair', 'mkdocs', 'ruamel') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_command_is_a_usage_error():
    bad = subprocess.run([sys.executable, "-m", "timeline", "frobnicate"], capture_output=True, text=True)
    assert bad.returncode == 2 and "invalid choice: 'frobnicate'" in bad.stderr


@pytest.mark.parametrize("argv", [["table", "--format", "xml"], ["validate", "--bogus"]])
def test_bad_options_exit_2(argv):
    assert subprocess.run([sys.executable, "-m", "timeline", *argv], capture_output=True).returncode == 2


def test_a_closed_pipe_ends_quietly(tmp_path):
    events = tmp_path / "events"
    events.mkdir()
    for i in range(3000):
        (events / f"e{i}.yaml").write_text(f"title: Event {i}\ndate: 2026\n")
    # the shell's pipe is the point of the test
    result = subprocess.run(f"{sys.executable} -m timeline table --events {events} | head -1",  # noqa: S602
                            shell=True, capture_output=True, text=True)
    assert result.stdout.split() == ["date", "title", "sources", "status", "id"]
    assert result.stderr == ""  # no BrokenPipeError traceback, no "Exception ignored"


def test_the_terminal_gets_no_escape_or_direction_override(capsys, write, tmp_path):
    write("events/a.yaml", 'title: "Evil \\u202Eelif\\u202C name"\ndate: 2026\n')
    (tmp_path / "events" / "b\x1b[2J.yaml").write_text("title: [\n")
    code, out, err = run(capsys, "validate", "--events", str(tmp_path / "events"))
    assert code == 2 and "\x1b" not in err and "b\ufffd[2J.yaml:2:1: invalid YAML" in err
    (tmp_path / "events" / "b\x1b[2J.yaml").unlink()
    code, out, err = run(capsys, "table", "--events", str(tmp_path / "events"))
    assert code == 0 and "Evil \ufffdelif\ufffd name" in out and "\u202e" not in out


def test_an_article_from_stdin_takes_url_and_the_placeholder_is_flagged(tmp_path):
    sentence = b"The council approved the budget on Jan. 3, 2026 after a long debate.\n"

    def extract(*args):
        return subprocess.run([sys.executable, "-m", "timeline", "extract", "-", "--out", str(tmp_path / "ev"),
                               *args], input=sentence, capture_output=True)

    assert extract().returncode == 0
    check = subprocess.run([sys.executable, "-m", "timeline", "validate", "--events", str(tmp_path / "ev")],
                           capture_output=True, text=True)
    assert check.returncode == 0 and "warning: sources[0].url: '-' stands for standard input" in check.stderr
    assert "(timeline extract - --url URL)" in check.stderr
    shutil.rmtree(tmp_path / "ev")
    assert extract("--url", "https://example.org/budget").returncode == 0
    assert "url: https://example.org/budget" in next((tmp_path / "ev").glob("*.yaml")).read_text()
    # a URL that names the day dates the article's relative dates
    shutil.rmtree(tmp_path / "ev")
    sentence = b"The harbour master resigned on Monday in Port Ellis.\n"
    assert extract("--url", "https://example.org/2018/01/24/harbour").returncode == 0
    assert [f.name[:10] for f in (tmp_path / "ev").glob("*.yaml")] == ["2018-01-22"]
    bad = extract("--url", "https://example.org/a\nX-Injected: 1")
    assert bad.returncode == 2 and b"--url: expected the article's address on one line" in bad.stderr
