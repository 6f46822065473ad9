"""Events as a pandas DataFrame: one row per event, typed columns, sorted by start."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .model import Event

COLUMNS = ("id", "date", "precision", "start", "end", "title", "summary", "tags", "actors",
           "places", "sources", "n_sources", "status", "confidence", "file")


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A DataFrame of `events`, sorted by start (then end, then id).

    `date` is the ISO text at its precision; `start` and `end` are the Timestamps the event
    covers, `end` exclusive: a month event of 2026-01 runs from 2026-01-01 to 2026-02-01, and
    a range runs to the end of its `end` date.
    """
    rows = [{
        "id": e.id,
        "date": str(e.date),
        "precision": e.date.precision,
        "start": e.start,
        "end": e.stop,
        "title": e.title,
        "summary": e.summary,
        "tags": list(e.tags),
        "actors": list(e.actors),
        "places": list(e.places),
        "sources": [s.to_dict() for s in e.sources],
        "n_sources": len(e.sources),
        "status": e.status,
        "confidence": e.confidence,
        "file": e.file,
    } for e in sorted(events, key=Event.sort_key)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({
        "id": "string", "date": "string", "title": "string", "summary": "string", "file": "string",
        "precision": pd.CategoricalDtype(["year", "month", "day"]),
        "status": pd.CategoricalDtype(["draft", "reviewed"]),
        "start": "datetime64[s]", "end": "datetime64[s]",
        "n_sources": "int64", "confidence": "float64",
        "tags": "object", "actors": "object", "places": "object", "sources": "object",
    }).reset_index(drop=True)


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
