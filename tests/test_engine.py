"""The engines (`timeline.engine`): Dask on a real LocalCluster writes the drafts the local engine
writes, byte for byte, from a folder, a JSONL file and a WARC file; a run stopped midway (Ctrl-C)
and run again reuses the partitions it finished and ends with the same drafts."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from archive_gen import write

from timeline.drafts import extract_drafts
from timeline.engine import load_result
from timeline.merge import merge_events


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    write(24, root / "folder", seed=1)
    write(40, root / "news.jsonl", seed=2)
    write(24, root / "crawl.warc.gz", seed=3)
    return root


def test_dask_writes_the_local_engines_drafts_byte_for_byte(archive, tmp_path):
    sources = [str(archive / "folder"), str(archive / "news.jsonl"), str(archive / "crawl.warc.gz")]
    local = extract_drafts(sources, tmp_path / "local")
    dask = extract_drafts(sources, tmp_path / "dask", engine="dask", jobs=2, partitions=7)
    assert (local.read, local.new, local.errors) == (88, dask.new, []) and dask.read == 88
    assert dask.parts == 8 and local.parts == 17  # cut differently, merged alike
    local_files, dask_files = _files(tmp_path / "local"), _files(tmp_path / "dask")
    assert len(local_files) == local.new > 20
    assert local_files == dask_files
    text = b"".join(local_files.values())
    for seed_url in (b"https://news.example/", b"sources:"):
        assert seed_url in text
    # each input gave events, and reports of one happening from different inputs were merged
    assert text.count(b"- url:") > local.new


def test_the_engines_merge_as_merging_everything_at_once(archive):
    """Year blocks with weights over all events are what one `cluster` over all of them gives."""
    from timeline.archive import plan, read_partition
    from timeline.drafts import events_of
    from timeline.merge import cluster, combine, finish

    events = [e for part in plan([str(archive / "news.jsonl")])[0] for _, a in read_partition(part)
              for e in events_of(a)]
    assert len({e.date.year for e in events}) > 3
    at_once = finish([combine([events[i] for i in g]) for g in cluster(events)])
    assert [(e.id, e.date, len(e.sources)) for e in merge_events(events)] == \
        [(e.id, e.date, len(e.sources)) for e in at_once]


def _run(args, cwd, **kw):
    return subprocess.Popen([sys.executable, "-m", "timeline", "extract", *args], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _stopped_run(args, cwd: Path, work: Path) -> tuple[subprocess.Popen, str, int]:
    """A run sent Ctrl-C once three partitions are done: the run, its stderr and how many
    partitions were done when the signal went (all of them when a busy machine woke this test
    too late: the run may then have ended as it should, with its drafts written)."""
    # (as from a terminal: a suite started in the background, `pytest &`, ignores SIGINT, and its
    # children would inherit that)
    run = _run(args, cwd, start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and run.poll() is None and len(list(work.glob("*.json"))) < 3:
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before it could be stopped"
    done = len(list(work.glob("*.json")))
    os.killpg(run.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, err = run.communicate(timeout=120)
    return run, err, done


def test_a_run_stopped_midway_reuses_the_partitions_it_finished(tmp_path):
    write(400, tmp_path / "news.jsonl", seed=4)
    args = ["news.jsonl", "--engine", "dask", "--jobs", "2", "--partitions", "20", "--work", "work", "--out", "events"]
    work = tmp_path / "work"
    tries = []  # (partitions done when the signal went, exit status, partitions done at the end)
    for _ in range(3):  # (the signal must reach the run while it reads: on a busy machine, try again)
        run, err, done = _stopped_run(args, tmp_path, work)
        tries.append((done, run.returncode, len(list(work.glob("*.json")))))
        # (too late too: the last partitions finished between the count and the signal, and the
        # run ended as it should, every partition done)
        if done < 20 and not (run.returncode == 0 and tries[-1][2] == 20):
            break
        for path in [*work.glob("*.json"), *(tmp_path / "events").glob("*.yaml")]:
            path.unlink()
    assert done < 20, f"every partition was done before Ctrl-C, three times: {tries}"
    assert run.returncode == 130, f"{tries}: {err}"
    assert "Traceback" not in err and err.strip().endswith("interrupted"), err
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and subprocess.run(["pgrep", "-g", str(run.pid)],
                                                         capture_output=True).returncode == 0:
        time.sleep(0.1)  # the cluster's processes end soon after the command
    assert not (tmp_path / "events").exists() or not list((tmp_path / "events").glob("*.yaml"))
    kept = {p.name: p.stat().st_mtime_ns for p in work.glob("*.json")}
    assert 3 <= len(kept) < 20
    assert all(load_result(work / name) is not None for name in kept)  # whole results, none half-written

    again = _run(args, tmp_path)
    out, err = again.communicate(timeout=900)
    assert again.returncode == 0, err
    assert f"20 partitions, {len(kept)} reused from work (dask engine)" in out
    assert all((work / name).stat().st_mtime_ns == mtime for name, mtime in kept.items())  # not read again
    assert len(list(work.glob("*.json"))) == 20

    local = extract_drafts([str(tmp_path / "news.jsonl")], tmp_path / "local", jobs=2)
    assert _files(tmp_path / "events") == _files(tmp_path / "local") and local.new > 30


def test_a_result_spoiled_in_the_work_folder_is_read_again(tmp_path):
    write(12, tmp_path / "news.jsonl", seed=5)
    first = extract_drafts([str(tmp_path / "news.jsonl")], tmp_path / "events", work=tmp_path / "work", partitions=3)
    assert (first.parts, first.reused) == (3, 0)
    results = sorted((tmp_path / "work").glob("*.json"))
    results[0].write_text('{"format": 1, "key": "not this one"')
    results[1].write_text(results[1].read_text().replace('"read":', '"read":"x","was":'))
    again = extract_drafts([str(tmp_path / "news.jsonl")], tmp_path / "again", work=tmp_path / "work", partitions=3)
    assert (again.parts, again.reused) == (3, 1)
    assert _files(tmp_path / "events") == _files(tmp_path / "again")


def test_work_folder_and_engine_options_are_checked(tmp_path):
    from timeline.cli import main

    (tmp_path / "a.txt").write_text("The bridge opened on March 3, 2026.")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "events"),
                 "--work", str(tmp_path / "events" / "work")]) == 2
    assert main(["extract", str(tmp_path / "a.txt"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "events"), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert not (tmp_path / "events").exists()


def test_a_running_cluster_started_with_the_dask_commands(tmp_path):
    """What the README says: `dask scheduler`, `dask worker`, then `--scheduler ADDRESS`."""
    import json
    import shutil

    dask = shutil.which("dask") or pytest.fail("the dask command is not installed")
    info = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0",
                                  "--scheduler-file", str(info)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        deadline = time.monotonic() + 120
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        worker = subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        write(16, tmp_path / "news.jsonl", seed=6)
        done = _run(["news.jsonl", "--engine", "dask", "--scheduler", address, "--out", "events"], tmp_path)
        out, err = done.communicate(timeout=600)
        assert done.returncode == 0, err
        assert "16 partitions (dask engine)" in out and "16 articles read" in out
        extract_drafts([str(tmp_path / "news.jsonl")], tmp_path / "local")
        assert _files(tmp_path / "events") == _files(tmp_path / "local")
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)


def test_a_kept_result_keeps_what_summaries_and_merging_read(tmp_path):
    # the article's opening sentences (what --top quotes for a day) and whether a report is dated
    # only by its article's day (an undated lead) survive the work folder
    from timeline.engine import PartResult, save_result
    from timeline.model import Event, Opening, PartialDate, Source

    opening = Opening(("Hurricane Orla made landfall near Port Ellis.", "It weakened on Thursday."),
                      ((), ((3, 11),)), "en")
    event = Event(id="e1", date=PartialDate.parse("2026-10-10"), title="Hurricane Orla makes landfall",
                  sources=[Source(url="https://c.example/", quote=opening.sentences[0],
                                  published=PartialDate.parse("2026-10-10"), lead=opening, undated=True)])
    save_result(tmp_path / "k.json", PartResult("k", "part", 1, [event], [], []))
    (kept,) = load_result(tmp_path / "k.json").events
    assert kept.sources[0].lead == opening and kept.sources[0].undated is True
