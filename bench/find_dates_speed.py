#!/usr/bin/env python3
"""find_dates throughput against Duckling and HeidelTime, as evaluate.py measures it, N times.

    python bench/find_dates_speed.py EVALUATE.PY CORPUS [RUNS=7] [SYSTEMS=project,duckling]

`EVALUATE.PY` is the shared evaluation script (`../shared/bench/evaluate.py`); it times one pass
over `CORPUS` per system in a fresh process, imports and first calls included. One run is noisy
on a shared machine, so this runs it RUNS times and prints the median characters per second of
each system and the median of the per-run ratios to the project, in two settings of Python's bytecode cache:

- `as-is`: the environment unchanged. On a machine with PYTHONDONTWRITEBYTECODE=1 (this one),
  an editable checkout has no compiled modules, so timeline's are compiled from source on every
  start (~14 ms of the project's time); installed packages (the peers) have theirs.
- `cached`: every module's compiled form is kept (in a temporary PYTHONPYCACHEPREFIX), as for
  any package pip installs.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile


def run(evaluate: str, corpus: str, systems: str, env: dict) -> dict:
    out = subprocess.run([sys.executable, evaluate, corpus, systems, "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return {name: r["chars_per_s"] for name, r in json.loads(out).items()}


def main(evaluate: str, corpus: str, runs: int = 7, systems: str = "project,duckling") -> None:
    with tempfile.TemporaryDirectory() as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        settings = {"as-is": dict(os.environ), "cached": {**cached, "PYTHONPYCACHEPREFIX": cache}}
        run(evaluate, corpus, systems, settings["cached"])  # fills the cache
        for setting, env in settings.items():
            samples: dict[str, list[int]] = {}
            ratios: dict[str, list[float]] = {}
            for _ in range(runs):
                speeds = run(evaluate, corpus, systems, env)
                for name, speed in speeds.items():
                    samples.setdefault(name, []).append(speed)
                    if name != "project" and "project" in speeds:
                        ratios.setdefault(name, []).append(speeds["project"] / speed)
            for name, values in samples.items():
                # the ratio within each run (same process, same minute) is steadier than the
                # ratio of the medians on a machine whose speed drifts
                ratio = (f"  project / {name}: median {statistics.median(ratios[name]):.1f}x "
                         f"(runs {min(ratios[name]):.1f}-{max(ratios[name]):.1f}x)") if name in ratios else ""
                print(f"{setting:<7} {name:<11} {statistics.median(values):>11,.0f} chars/s (median of {runs}; "
                      f"min {min(values):,} max {max(values):,}){ratio}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    main(args[0], args[1], int(args[2]) if len(args) > 2 else 7, args[3] if len(args) > 3 else "project,duckling")
