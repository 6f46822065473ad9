#!/usr/bin/env python3
"""Build the site from N synthetic events and measure it.

    python bench/site_scale.py [N ...]        (default: 100 1000 10000)

For each N: the build time of `timeline build`, the bytes a reader's browser fetches for the
home page (HTML, scripts, styles, chart data; raw and gzip-compressed as a web server sends
them), and, in headless Chromium (/usr/bin/chromium), the time from navigation to an
interactive chart and the time a brush drag on the overview takes to redraw the detail view.
"""

import gzip
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

TAGS = ["politics", "economy", "conflict", "diplomacy", "energy", "health", "sport", "culture"]
ACTORS = [f"Person {i}" for i in range(60)]
PLACES = ["Havana", "Caracas", "Moscow", "Washington", "Madrid", "Rome", "Paris", "Berlin"]


def make_project(folder: Path, n: int, port: int) -> None:
    rng = random.Random(n)
    (folder / "site").mkdir(parents=True)
    (folder / "site" / "about.md").write_text("# About\n")
    events = folder / "events"
    events.mkdir()
    for i in range(n):
        year, month, day = 2020 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28)
        precision = rng.random()
        date = (f"{year}" if precision < 0.05 else f"{year}-{month:02d}" if precision < 0.2
                else f"{year}-{month:02d}-{day:02d}")
        sources = "\n".join(f"  - url: https://news{j}.example.org/story-{i}\n    quote: Sentence {j} of event {i}."
                            for j in range(rng.randint(1, 4)))
        (events / f"e{i:05d}.yaml").write_text(
            f"title: Synthetic event number {i} about {rng.choice(TAGS)}\ndate: {date}\n"
            f"tags: [{rng.choice(TAGS)}]\nactors: [{rng.choice(ACTORS)}]\nplaces: [{rng.choice(PLACES)}]\n"
            f"summary: A generated event for measuring the site at scale.\nsources:\n{sources}\n")
    (folder / "mkdocs.yml").write_text(
        f"site_name: Scale {n}\nsite_url: http://127.0.0.1:{port}/\ndocs_dir: site\nsite_dir: public\n"
        "theme:\n  name: material\n  font: false\n  features: [navigation.instant]\n"
        "plugins:\n  - search\n  - timeline\n")


def home_bytes(public: Path) -> tuple[int, int]:
    html = (public / "index.html").read_text()
    files = [public / "index.html", public / "assets" / "timeline" / "events.json",
             public / "assets" / "timeline" / "vega.js"]
    import re
    files += [public / ref for ref in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
              if not ref.startswith("http")]
    raw = sum(f.stat().st_size for f in set(files))
    packed = sum(len(gzip.compress(f.read_bytes())) for f in set(files))
    return raw, packed


def browser_times(public: Path, port: int) -> tuple[float, float]:
    from browser import ARGS, CHROMIUM, serve
    from playwright.sync_api import sync_playwright

    with serve(public, port) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.perf_counter()
        page.goto(url + "/")
        page.wait_for_selector(".tl-chart.tl-ready", timeout=60_000)
        ready = time.perf_counter() - start
        strip = page.locator(".tl-chart g.overview_group path.background")
        if strip.count():
            box = strip.first.bounding_box()
            y = box["y"] + box["height"] / 2
        else:  # canvas (big sets): the overview strip is the band above the bottom axis
            box = page.locator(".tl-chart canvas").first.bounding_box()
            y = box["y"] + box["height"] - 45
        page.mouse.move(box["x"] + box["width"] * 0.4, y)
        page.mouse.down()
        start = time.perf_counter()
        page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=10)
        page.mouse.up()
        page.evaluate("() => document.querySelector('.tl-chart').tlView.runAsync().then(() => true)")
        brush = (time.perf_counter() - start) / 10
        browser.close()
    return ready, brush


def main(sizes: list[int]) -> None:
    from browser import free_port

    print(f"{'events':>7} {'build s':>8} {'home MB':>8} {'gzip MB':>8} {'ready s':>8} {'brush ms/step':>14}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            port = free_port()
            project = Path(tmp)
            make_project(project, n, port)
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "timeline", "build", "-q", "-f", str(project / "mkdocs.yml")],
                                 capture_output=True, text=True)
            build = time.perf_counter() - start
            if run.returncode:
                sys.exit(run.stderr)
            raw, packed = home_bytes(project / "public")
            ready, brush = browser_times(project / "public", port)
            print(f"{n:>7} {build:>8.1f} {raw / 1e6:>8.2f} {packed / 1e6:>8.2f} {ready:>8.2f} {brush * 1000:>14.1f}")
            shutil.rmtree(project / "public", ignore_errors=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
