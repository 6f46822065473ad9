"""The same happening reported several times → one event with all its sources. Pure.

Two events are the same happening when their dates agree (equal, or one contains the other: a
day within its month) and they say similar things: enough shared content words in title and
quote, or a shared actor and some shared words. The merged event takes the finer date, the
title of its best-sourced member, every source (each quote once) and the union of tags,
actors and places. Order and ids are deterministic: the same input gives the same output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import PRECISIONS, Event
from .settings import MERGE_COMPARED, MERGE_OVERLAP, MERGE_OVERLAP_WITH_ACTOR

_STOP = set("""a an the of to in on at by for with and or but from as is was were be been has have had
that this which who whose it its their his her they he she said says told after before over since
el la los las de del y en que por con una un para su al es fue le les des et du une dans pour qui sur
der die das und den dem von mit ein eine im zu il di che per non con""".split())


def _words(event: Event) -> set[str]:
    text = f"{event.title} {event.quote}".lower()
    return {w for w in re.findall(r"[^\W\d_]{3,}", text) if w not in _STOP}


def _compatible(a: Event, b: Event) -> bool:
    return a.date == b.date or a.date.contains(b.date) or b.date.contains(a.date)


def same_happening(a: Event, b: Event, words: dict[int, set[str]] | None = None) -> bool:
    """Whether `a` and `b` report the same happening (`words` caches content words by id())."""
    if not _compatible(a, b):
        return False
    if a.date != b.date and {s.quote for s in a.sources} & {s.quote for s in b.sources}:
        return False  # one sentence, two dates: the extractor already told the happenings apart
    wa, wb = _cached_words(a, words), _cached_words(b, words)
    if not wa or not wb:
        return False
    overlap = len(wa & wb) / min(len(wa), len(wb))
    shared_actor = bool(set(a.actors) & set(b.actors))
    return overlap >= MERGE_OVERLAP or (shared_actor and overlap >= MERGE_OVERLAP_WITH_ACTOR)


def _cached_words(event: Event, words: dict[int, set[str]] | None) -> set[str]:
    if words is None:
        return _words(event)
    found = words.get(id(event))
    if found is None:
        found = words[id(event)] = _words(event)
    return found


class Matcher:
    """The events seen so far, each with a payload, and which one a new event reports again
    (`find`); only events of the same year are compared."""

    def __init__(self) -> None:
        self._by_year: dict[int, list[tuple[Event, object]]] = {}
        self._words: dict[int, set[str]] = {}

    def add(self, payload: object, event: Event) -> None:
        self._by_year.setdefault(event.date.year, []).append((event, payload))

    def find(self, event: Event) -> object | None:
        """The payload of the first event seen that reports the same happening, or None."""
        for known, payload in self._by_year.get(event.date.year, []):
            if same_happening(known, event, self._words):
                return payload
        return None


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One event per real-world happening, every source kept, sorted by date then id.

    Events are taken in date order and each joins the first group one of whose first members
    reports the same happening; only groups of the same year are compared, so a thousand
    near-copies of one article merge in linear time per group.
    """
    items = sorted(events, key=lambda e: (e.sort_key(), e.quote))
    groups: list[list[Event]] = []
    by_year: dict[int, list[list[Event]]] = {}
    words: dict[int, set[str]] = {}
    for event in items:
        candidates = by_year.setdefault(event.date.year, [])
        for group in candidates:
            if any(same_happening(member, event, words) for member in group[:MERGE_COMPARED]):
                group.append(event)
                break
        else:
            group = [event]
            candidates.append(group)
            groups.append(group)
    return sorted((_combine(group) for group in groups), key=Event.sort_key)


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    # the finest date: a day beats the month that holds it, a month its year
    finest = max(group, key=lambda e: PRECISIONS.index(e.date.precision))
    lead = min(group, key=lambda e: (-len(e.sources), e.sort_key()))
    sources, seen = [], set()
    for event in group:
        for source in event.sources:
            key = (source.url, source.quote)
            if key not in seen:
                seen.add(key)
                sources.append(source)

    def union(attr: str) -> list[str]:
        out: list[str] = []
        for event in group:
            out += [v for v in getattr(event, attr) if v not in out]
        return out

    confidence = [e.confidence for e in group if e.confidence is not None]
    return Event(
        id=lead.id, date=finest.date, end=finest.end, title=lead.title, summary=lead.summary,
        tags=union("tags"), actors=union("actors"), places=union("places"), sources=sources,
        status=lead.status, confidence=max(confidence) if confidence else None,
    )
