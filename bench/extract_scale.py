#!/usr/bin/env python3
"""Generate N synthetic articles and time `timeline extract --jobs J` on them, with peak memory.

    python bench/extract_scale.py [N=1000] [JOBS=2]
    python bench/extract_scale.py --topic ../shared/corpus/t17-dev/h1n1 [JOBS=2]
    python bench/extract_scale.py --engine local|dask|both --archive 10000 30000 100000

With --archive, a JSONL archive of each size is generated (`archive_gen.py`: happenings reported
by several articles, ~3 000 characters each) and `timeline extract ARCHIVE --top 100 --jobs 2` is
timed with each engine (local: 2 processes; dask: a LocalCluster of 2 worker processes): articles
a second, and peak resident memory of all processes together, of the command itself and of the
largest worker process.

Articles are built from the seed texts with their dates shifted, so every one is different.
With --topic, the articles are a Timeline17 topic's (its articles.jsonl: id, published, text),
written as Markdown files with their publication date, and the run is raw text to a summary:
`timeline extract --top 50` (read, find dates, extract, merge, rank, write 50 drafts), then
`timeline summarize --dates 20` over the whole topic's events, each timed.
Peak memory is the largest sum of resident memory of the command and its worker processes,
sampled every 250 ms from /proc (Linux; more often, the sampling itself takes a good part of a core).
"""

import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(n: int = 1000, jobs: int = 2) -> None:
    seed = (ROOT / "articles" / "004_4c5db1f2eac7af6e.txt").read_text()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        for i in range(n):
            day = rng.randint(1, 28)
            text = re.sub(r"Jan\. 20", f"Jan. {day}", seed).replace("2022", str(2000 + i % 25))
            text = text.replace("date 2026-01-21", f"date 2026-02-{rng.randint(1, 28):02d}")
            (articles / f"a{i:05d}.txt").write_text(text + f"\n\nArticle number {i}.\n")
        seconds, peak, out = _timed(["extract", str(articles), "--jobs", str(jobs), "--out", str(Path(tmp) / "events")])
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(out)
        print(f"{n} articles, --jobs {jobs}: {seconds:.1f} s, peak memory {peak / 1024:.0f} MB "
              f"(all processes together; largest single process {largest:.0f} MB)")


def topic(folder: Path, jobs: int = 2) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        chars = n = 0
        with open(folder / "articles.jsonl", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                name = re.sub(r"[^\w.-]", "_", a["id"])
                (articles / f"{name}.md").write_text(f"---\npublished: {a['published']}\nurl: {a['id']}\n---\n"
                                                     f"{a['text']}\n", encoding="utf-8")
                chars += len(a["text"])
                n += 1
        events = Path(tmp) / "events"
        for argv in (["extract", str(articles), "--jobs", str(jobs), "--top", "50", "--out", str(events)],
                     ["extract", str(articles), "--jobs", str(jobs), "--out", str(Path(tmp) / "all")],
                     ["summarize", "--events", str(Path(tmp) / "all"), "--dates", "20"]):
            seconds, peak, out = _timed(argv)
            print(f"timeline {argv[0]} {' '.join(a for a in argv[2:] if not a.startswith('/'))}: {seconds:.1f} s, "
                  f"peak memory {peak / 1024:.0f} MB; {out.splitlines()[-1] if argv[0] == 'extract' else ''}")
        print(f"{folder.name}: {n} articles, {chars:,} characters, --jobs {jobs}")


def archive(sizes: list[int], engines: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from archive_gen import write

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = write(n, Path(tmp) / f"news-{n}.jsonl")
            chars = sum(len(json.loads(line)["text"]) for line in open(path, encoding="utf-8"))
            for engine in engines:
                out = Path(tmp) / f"events-{engine}-{n}"
                seconds, peak, line, own, worker = _timed(
                    ["extract", str(path), "--engine", engine, "--jobs", "2", "--top", "100", "--out", str(out)],
                    per_process=True)
                rows.append((engine, n, chars, seconds, peak, own, worker, line.splitlines()[-1]))
                print(f"{engine:5} {n:>7,} articles ({chars / 1e6:,.0f} M chars): {seconds:7.1f} s, "
                      f"{n / seconds:6.1f} articles/s; peak memory {peak / 1024:,.0f} MB all processes, "
                      f"{own / 1024:,.0f} MB the command, {worker / 1024:,.0f} MB largest worker; "
                      f"{line.splitlines()[-1]}", flush=True)
            same = [_tree_bytes(Path(tmp) / f"events-{e}-{n}") for e in engines]
            print(f"  drafts of the engines {'identical' if len(set(same)) == 1 else 'DIFFER'}", flush=True)
    for engine in engines:
        mine = [r for r in rows if r[0] == engine]
        if len(mine) > 1:
            (_, n0, _, s0, *_), (_, n1, _, s1, *_) = mine[0], mine[-1]
            print(f"{engine}: {n1 / n0:.0f}x the articles took {s1 / s0:.1f}x the time")


def _tree_bytes(folder: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in sorted(folder.glob("*.yaml")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def _timed(argv: list[str], per_process: bool = False):
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = own = worker = 0
    while proc.poll() is None:
        sizes = _tree_rss(proc.pid)
        peak = max(peak, sum(sizes.values()))
        own = max(own, sizes.get(proc.pid, 0))
        worker = max(worker, max((v for k, v in sizes.items() if k != proc.pid), default=0))
        time.sleep(0.25)
    out, err = proc.communicate()
    if proc.returncode:
        sys.exit(f"timeline {argv[0]} failed: {err.strip()[-500:]}")
    if per_process:
        return time.perf_counter() - start, peak, out.strip(), own, worker
    return time.perf_counter() - start, peak, out.strip()


def _tree_rss(pid: int) -> dict[int, int]:
    """Resident memory in KiB of `pid` and each of its descendants."""
    sizes, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            sizes[current] = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) if "VmRSS" in status else 0
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return sizes


if __name__ == "__main__":
    if "--archive" in sys.argv:
        at = sys.argv.index("--archive")
        engine = sys.argv[sys.argv.index("--engine") + 1] if "--engine" in sys.argv else "both"
        archive([int(a) for a in sys.argv[at + 1:] if a.isdigit()],
                ["local", "dask"] if engine == "both" else [engine])
    elif sys.argv[1:2] == ["--topic"] and len(sys.argv) > 2:
        topic(Path(sys.argv[2]), *(int(a) for a in sys.argv[3:4]))
    else:
        main(*(int(a) for a in sys.argv[1:3]))
