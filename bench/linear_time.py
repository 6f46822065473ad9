"""Work stays linear in the input on adversarial text: measured by hand, with a generous bound.

    python bench/linear_time.py [--scale N] [--clock]

For each hostile input the red-team pass found (and a few more), runs `find_dates`,
`extract_events`, an article's cleaning (`ingest`) or `timeline.store.load` at three sizes, each
four times the last, and prints how the cost grew. Linear work grows about 4x a step; the script
exits 1 if the last step grows more than 6x (quadratic work grows 16x every step). A jump in the
first step alone is reported, not failed: the smallest text begins with the warm-up's text (each
case repeats one phrase), which caches may already hold, and it may still be read as one sentence
where the next size is read in parts (`MAX_SENTENCE_CHARS`); the last step is the one that says
how the work grows.

The cost is counted in CPU instructions with valgrind's callgrind (the same count on every run,
whatever else the machine does), each run minus a run that only warms up (imports, lexicon,
patterns). `--clock` uses CPU time instead (best of three): on a shared virtual machine the
time per instruction itself drifts as a process grows, so clock readings exaggerate growth.
tests/test_properties.py counts function calls in the test suite, which is exact too.
"""

from __future__ import annotations

import argparse
import gc
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dense_sentence(n: int) -> str:
    """One sentence, no full stop, a date every 40 characters (8 KB of it took 29 s to extract)."""
    parts, total, i = [], 0, 0
    while total < n:
        part = f"the council met on {MONTHS[i % 12]} {i % 28 + 1}, {2000 + i % 20} and"
        parts.append(part)
        total += len(part) + 1
        i += 1
    return "Officials said " + " ".join(parts) + " ended."


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


TEXTS: dict[str, Callable[[int], str]] = {
    "'3-days-ago-' without spaces": repeat("3-days-ago-"),
    "'Monday ' without punctuation": repeat("Monday "),
    "a sentence full of dates": dense_sentence,
    "'will meet tomorrow' without stops": repeat("officials will meet tomorrow and "),
    "'1957-58 ' year ranges": repeat("1957-58 "),
    "'el pasado sábado de enero '": repeat("el pasado sábado de enero "),
    "lines wrapped by hand, no stops": repeat("officials met on monday after his arrest on friday and\nthe "),
    "'after the storm on Friday, ' phrases": repeat("the port reopened on Monday after the storm on Friday, "),
    "'the next day', 'two days later' after a day": repeat("On Jan. 3 the ferry sailed; the next day it sank, two days "
                                                           "later it rose and a year later "),
    "'the next day' after years only": repeat("In 2019 it rose. The next day it fell. "),
    "'is expected to … early Tuesday' far from its cue": repeat("the storm is expected to make landfall on the island "
                                                                "early Tuesday and "),
    "German ordinals 'zu seiner 136. '": repeat("zu seiner 136. Sitzung am 3. März "),
    "'Jan. 5. Feb. 6. ' dates cut by stops": repeat("Jan. 5. Feb. 6. "),
    "'On Monday' a line": repeat("On Monday\n"),
    "datelines, holidays, glued days, no stops": repeat(
        "Tokyo, January 02, 2024, The Europe Today: since the 2016 Kumamoto tremors USA Today 15April "
        "New Year's Day 7 and 8 December at 1 a.m. in the U.S. will "),
}
# an article's text as `read_article` cleans it (Markdown markup, symbols glued into words)
ARTICLES: dict[str, Callable[[int], str]] = {
    "unclosed '[' and '](' of Markdown links": repeat("[[a](http://x.org/(y [b]( ![c](/d "),
    "symbols glued into words": repeat("Reser\ua9abve pivo\U0001f44dt \U0001f33aas 5\U0001f52f0 "),
}
YAML: dict[str, Callable[[int], str]] = {
    "nested '[' (refused past 50 levels)": lambda n: "title: T\ndate: 2026\nnote: " + "[" * (n // 40) + "]" * (n // 40),
    "one list of many events": lambda n: "".join(f"- title: Event {i}\n  date: 2026\n  tags: [a, b]\n"
                                                  for i in range(n // 40)),
}


def run_case(kind: str, name: str, function: str, size: int) -> None:
    """What one measured process does: warm up, then (if size > 0) the measured call."""
    from timeline.dates import find_dates
    from timeline.extract import extract_events
    from timeline.store import load

    if kind == "article":
        from timeline.ingest import _from_text

        _from_text(ARTICLES[name](1000), "warm.md")
        if size:
            _from_text(ARTICLES[name](size), "a.md")
        return
    if kind == "text":
        call = {"find_dates": find_dates, "extract_events": extract_events}[function]
        make = TEXTS[name]
        call(make(1000), "2026-01-21", ["en"])  # warm: lexicon, patterns, gazetteers
        if size:
            call(make(size), "2026-01-21", ["en"])
        return
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "warm.yaml").write_text(YAML[name](1000))
        load(tmp)
        if size:
            (Path(tmp) / "e.yaml").write_text(YAML[name](size))
            load(tmp)


def instructions(kind: str, name: str, function: str, size: int) -> float:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
               __file__, "--run", kind, name, function, str(size)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return float(re.search(r"Collected : (\d+)", result.stderr).group(1))


def clock(kind: str, name: str, function: str, size: int) -> float:
    times = []
    for _ in range(3):
        gc.collect()
        start = time.process_time()
        run_case(kind, name, function, size)
        times.append(time.process_time() - start)
    return min(times)


def measure(label: str, sizes: list[int], cost: Callable[[int], float], unit: str) -> bool:
    base = cost(0)
    ok, previous, cells = True, None, []
    for i, size in enumerate(sizes):
        value = max(cost(size) - base, 1e-9)
        growth = ""
        if previous:
            growth = f" ({value / previous:.1f}x)"
            if value > 6 * previous and i == len(sizes) - 1:
                ok = False
                growth += " TOO FAST"
            elif value > 6 * previous:
                growth += " (a jump: judged by the next step)"
        shown = f"{value / 1e6:8.0f} M instr" if unit == "instructions" else f"{value:7.3f} s"
        cells.append(f"{size // 1000:>4} KB {shown}{growth}")
        previous = value
    print(f"{label:<52} " + " | ".join(cells), flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=2000, help="smallest input in characters (default 2000)")
    parser.add_argument("--clock", action="store_true", help="CPU time instead of instructions")
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        kind, name, function, size = args.run
        run_case(kind, name, function, int(size))
        return 0
    use_clock = args.clock or shutil.which("valgrind") is None
    unit = "seconds" if use_clock else "instructions"
    cost_of = clock if use_clock else instructions
    sizes = [args.scale, args.scale * 4, args.scale * 16]
    print(f"cost in {unit}, each size minus a warm-up run; linear work grows ~4x a step")
    ok = True
    for name in TEXTS:
        for function in ("find_dates", "extract_events"):
            ok &= measure(f"{function}: {name}", sizes,
                          lambda size, name=name, function=function: cost_of("text", name, function, size), unit)
    for name in ARTICLES:
        ok &= measure(f"read: {name}", sizes, lambda size, name=name: cost_of("article", name, "read", size), unit)
    for name in YAML:
        ok &= measure(f"load: {name}", sizes, lambda size, name=name: cost_of("yaml", name, "load", size), unit)
    print("linear" if ok else "SUPERLINEAR growth above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
