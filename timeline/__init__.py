"""timeline: turn news articles into a curated, published event timeline.

The public API is what `__all__` lists. Names are imported on first use, so `import timeline`
(and `timeline --help`) stays fast: pandas and Altair load only when a table or chart is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "ArticleError",
    "BuildError",
    "DateMention",
    "Event",
    "EventFileError",
    "InvalidDateError",
    "LanguageError",
    "OutputError",
    "PartialDate",
    "Problem",
    "Source",
    "TimelineError",
    "event_schema",
    "events_frame",
    "extract_drafts",
    "extract_events",
    "find_dates",
    "load_events",
    "merge_events",
    "read_events",
    "summarize",
]

_WHERE = {
    "ArticleError": "errors", "BuildError": "errors", "EventFileError": "errors",
    "InvalidDateError": "errors", "LanguageError": "errors", "OutputError": "errors", "Problem": "errors",
    "TimelineError": "errors",
    "Event": "model", "PartialDate": "partial_date", "Source": "model",
    "event_schema": "schema", "events_frame": "table", "load_events": "table",
    "read_events": "store",
    "DateMention": "dates", "find_dates": "dates", "extract_events": "extract",
    "merge_events": "merge", "extract_drafts": "drafts", "summarize": "summary",
}

if TYPE_CHECKING:  # for type checkers and editors; at run time names load lazily
    from .dates import DateMention, find_dates
    from .drafts import extract_drafts
    from .errors import (
        ArticleError,
        BuildError,
        EventFileError,
        InvalidDateError,
        LanguageError,
        OutputError,
        Problem,
        TimelineError,
    )
    from .extract import extract_events
    from .merge import merge_events
    from .model import Event, Source
    from .partial_date import PartialDate
    from .schema import event_schema
    from .store import read_events
    from .summary import summarize
    from .table import events_frame, load_events


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
