"""The exceptions `timeline` raises.

Every error the library raises on purpose derives from one root, so callers (and the CLI, which
maps it to a message and exit code 2) need to catch one class::

    TimelineError
    ├── InvalidDateError        a value is not YYYY, YYYY-MM or YYYY-MM-DD (also a ValueError)
    ├── LanguageError           a language code dateparser does not know (also a ValueError)
    ├── EventFileError          events/ holds invalid files; `.problems` lists every one
    ├── ArticleError            an input article cannot be read (binary, empty, too large, ...)
    ├── OutputError             a file or folder cannot be written (full disk, read-only, ...)
    └── BuildError              the site could not be built, or not into that folder
"""

from __future__ import annotations

from typing import NamedTuple


class TimelineError(Exception):
    """Root of every error `timeline` raises on purpose."""


class InvalidDateError(TimelineError, ValueError):
    """A value that is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)."""


class LanguageError(TimelineError, ValueError):
    """A language code that dateparser has no data for."""


class Problem(NamedTuple):
    """One thing wrong (or suspicious) in an event file, with where it is.

    `line` and `column` are 1-based, as editors show them.
    """

    path: str
    line: int
    column: int
    field: str
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        prefix = "warning: " if self.severity == "warning" else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {prefix}{field}{self.message}"


class EventFileError(TimelineError):
    """The event files hold errors; `problems` lists all of them (and the warnings)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        lines = "\n".join(str(p) for p in problems)
        noun = "error" if len(errors) == 1 else "errors"
        super().__init__(f"{len(errors)} {noun} in event files:\n{lines}")


class ArticleError(TimelineError):
    """An article that cannot be read."""


class OutputError(TimelineError):
    """A file or folder that cannot be written: nothing half-written is left behind."""


class BuildError(TimelineError):
    """The site build failed (the previous output is left as it was)."""
