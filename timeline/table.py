"""Events as a pandas DataFrame: one row per event, typed columns, sorted by start."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .fields import CATEGORIES, COLUMNS, flat_row
from .model import Event

COLUMN_NAMES = (*(c.name for c in COLUMNS), "file")


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A DataFrame of `events`, sorted by start (then stop, then id).

    The columns are the flat row of the event format (`fields.COLUMNS`), the same as the CSV
    and JSON downloads, plus `file`. `date` and `end` are ISO text at their precision; `start`
    and `stop` are the Timestamps the event covers, `stop` exclusive: a month event of 2026-01
    runs from 2026-01-01 to 2026-02-01, and a range stops after the end of its `end` date.
    """
    rows = [{**flat_row(e), "file": e.file} for e in sorted(events, key=Event.sort_key)]
    frame = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    dtypes = {c.name: pd.CategoricalDtype(CATEGORIES[c.name]) if c.dtype == "category" else c.dtype
              for c in COLUMNS}
    return frame.astype({**dtypes, "file": "string"}).reset_index(drop=True)


def load_events(path: str | Path = "events", strict: bool = False) -> pd.DataFrame:
    """The events under `path` as a DataFrame (see `events_frame`).

    Raises `EventFileError`, listing every problem with file, line and column, if any file is
    invalid. Warnings (unknown fields) are kept in `frame.attrs["warnings"]`.
    """
    from .store import load  # store is an edge module; the table itself stays pure

    events, problems = load(path, strict)
    if any(p.severity == "error" for p in problems):
        from .errors import EventFileError
        raise EventFileError(problems)
    frame = events_frame(events)
    frame.attrs["warnings"] = [str(p) for p in problems]
    return frame
