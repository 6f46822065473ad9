"""`timeline init`: a new timeline project, ready to build, in the spirit of `mkdocs new`.

The files come from `timeline/template/` (the site configuration with its title, one example
event, an about page, the GitHub Pages workflow, a .gitignore for the built site and the
downloads). Nothing that exists is overwritten: if any of the files is there already, nothing
is written at all.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from string import Template

from .errors import OutputError, TimelineError
from .files import atomic_write

MAX_TITLE_CHARS = 200  # a site title, not a paragraph

# target path in the project → template file
FILES = {
    "mkdocs.yml": "mkdocs.yml",
    "events/example.yaml": "example.yaml",
    "site/about.md": "about.md",
    ".github/workflows/site.yml": "site.yml",
    ".gitignore": "gitignore",
}


def check_title(title: str) -> str:
    """`title` as a site title, or `TimelineError` saying what is wrong with it."""
    title = title.strip()
    if not title:
        raise TimelineError("--title: empty (give the site's title, e.g. --title 'Elections 2026')")
    if len(title) > MAX_TITLE_CHARS:
        raise TimelineError(f"--title: {len(title)} characters (at most {MAX_TITLE_CHARS})")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in title):
        raise TimelineError("--title: holds a line break or control character (give one line of text)")
    if "<" in title or ">" in title:  # the theme puts the site name into <title> as it is
        raise TimelineError("--title: holds < or > (the theme writes the title into the page's HTML as it "
                            "is; write it without angle brackets)")
    return title


def init_project(folder: str | Path, title: str, today: dt.date | None = None) -> list[Path]:
    """Write a new project into `folder` (made if missing); return the files written.

    `OutputError` (nothing written) if any of the files exists already.
    """
    folder = Path(folder)
    title = check_title(title)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a folder")
    targets = [folder / name for name in FILES]
    there = [str(t) for t in targets if t.exists() or t.is_symlink()]
    if there:
        raise OutputError(f"{', '.join(there)}: already there, and init overwrites nothing (run it in a "
                          "new or empty folder, or move these away)")
    template = resources.files("timeline") / "template"
    values = {
        # a JSON string is a YAML double-quoted scalar: any title reads back as itself
        "title": json.dumps(title, ensure_ascii=False),
        "date": (today or dt.date.today()).isoformat(),
    }
    written: list[Path] = []
    try:
        for target, (name, source) in zip(targets, FILES.items(), strict=True):
            text = (template / source).read_text(encoding="utf-8")
            if name in ("mkdocs.yml", "events/example.yaml"):
                text = Template(text).substitute(values)
            atomic_write(target, text)
            written.append(target)
    except BaseException:
        for path in written:  # all or nothing
            path.unlink(missing_ok=True)
        raise
    return written
