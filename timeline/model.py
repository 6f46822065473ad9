"""The domain values: events, their sources, and partial dates (from `partial_date`).

A `PartialDate` keeps the precision it was written with: `2026` is a year, `2026-01` a month,
`2026-01-03` a day; see `timeline.partial_date`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .partial_date import DATE_EXPECTED, PRECISIONS, PartialDate

__all__ = ["DATE_EXPECTED", "PRECISIONS", "STATUSES", "Event", "Opening", "PartialDate", "Source"]

STATUSES = ("draft", "reviewed", "rejected")


@dataclass
class Source:
    """An article that reports an event, and the sentence of it that does."""

    url: str
    quote: str
    title: str | None = None
    published: PartialDate | None = None
    # the opening sentences of the article (in memory only, not stored in event files): what it
    # tells as the day's news, which `summarize` may quote for the day; one for all its reports
    lead: Opening | None = field(default=None, compare=False, repr=False)
    # the sentence gives no date: the event took the article's day of publication (an undated
    # lead, `extract_events`), and what it tells may be of the night before (`merge_events`)
    undated: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class Opening:
    """The first sentences of an article, as `extract_events` read them: the text of each (a
    verbatim substring of the article), the spans of the dates in each, and their language."""

    sentences: tuple[str, ...]
    dates: tuple[tuple[tuple[int, int], ...], ...]
    language: str = ""


@dataclass
class Event:
    """One real-world happening on the timeline."""

    id: str
    date: PartialDate
    title: str
    end: PartialDate | None = None
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    status: str = "draft"
    confidence: float | None = None
    rank: int | None = None  # importance among the events `extract --top` chose, 1 first
    file: str | None = None  # where it was loaded from, None for an event not stored yet
    line: int | None = None

    @property
    def start(self) -> dt.datetime:
        return self.date.start

    @property
    def stop(self) -> dt.datetime:
        """The exclusive end instant: the end of `end` if given, else of `date`."""
        return (self.end or self.date).end

    @property
    def quote(self) -> str:
        """The sentence the event was first taken from ('' if it has no source)."""
        return self.sources[0].quote if self.sources else ""

    def date_label(self, locale: str = "en") -> str:
        """The date, or range, as a reader writes it: "January 3, 2026 – January 5, 2026"."""
        if self.end and self.end != self.date:
            return f"{self.date.label(locale)} – {self.end.label(locale)}"
        return self.date.label(locale)

    def sort_key(self) -> tuple:
        return (self.start, self.stop, self.id)
