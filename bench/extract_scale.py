#!/usr/bin/env python3
"""Generate N synthetic articles and time `timeline extract --jobs J` on them, with peak memory.

    python bench/extract_scale.py [N=1000] [JOBS=2]

Articles are built from the seed texts with their dates shifted, so every one is different.
Peak memory is the largest resident set of the command and its worker processes (ru_maxrss).
"""

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
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "timeline", "extract", str(articles), "--jobs", str(jobs),
                              "--out", str(Path(tmp) / "events")], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(run.stdout.strip() or run.stderr.strip()[-500:])
        print(f"{n} articles, --jobs {jobs}: {seconds:.1f} s, peak memory {peak:.0f} MB (largest process)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
