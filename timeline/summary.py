"""Merged events → the happenings that matter, most important first. Pure.

`summarize(events, dates, per_date, start, end)` is timeline summarisation as the research
field frames it (Timeline17; Gholipour Ghalandari & Ifrim 2020): pick the dates that matter and
say what happened on each. Importance comes from the evidence a journalist would weigh:

- how many independent articles report a happening (copies of one wire story count once);
- on how many days it is reported, and whether articles written later still refer back to it
  ("since the January 12 earthquake"): what is remembered mattered;
- how central a report's wording is among the reports of its day, and to the story as a whole,
  and how much its article is about the story (a page of radio listings full of dates is about
  something else, and weighs little).

A date's weight is that of its heaviest event and half of the others', plus the relevant
articles published that day or the next (the day's news); the events of a date are ranked by
their own weight and how central their best report is to the day. Each returned event keeps
every source; its first source (`event.quote`) becomes the report that best says what
happened: the one nearest the centre of its own reports, its day's and the story's, of a
readable length, not a question or a quotation, written that day or the next (the news told as
news), and for `top_events` (drafts) not a sentence that dates several happenings.

A summary may also quote, for a day, the opening sentence of an article published that day or
the next, undated as it usually is ("A 7.0-magnitude quake has struck Haiti"): news writing
tells the day's news first. Each report carries its article's opening sentences (`Source.lead`,
set by `extract_events`, in memory only: event files do not keep them, so a summary of stored
events quotes only their reports); each is a candidate for the chosen event of its day whose
reports it is most like, and becomes that event's first source when it scores above its best
report. A day with fewer events than a summary may give it takes opening sentences of that
day's own articles as events of their own, if they say its news at least half as well as its
weakest chosen event. A sentence is quoted once in a summary. Drafts (`top_events`) always
quote a report of their own.

Time is linear in the number of reports (plus sorting): every report's features are computed
once (`merge.report_features`), centroids are sums of sparse vectors.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import replace

from .extract import event_id, told_as_news
from .headline import clause_breaks, cut_at_word, headline
from .merge import FIRST_PERSON, FeatureWeights, report_features
from .model import PRECISIONS, Event, PartialDate, Source
from .settings import (
    SUMMARY_ARTICLE_POWER,
    SUMMARY_COARSE_WEIGHT,
    SUMMARY_FRESH_WEIGHT,
    SUMMARY_LATER_WEIGHT,
    SUMMARY_LEAD_FILL,
    SUMMARY_PUBLISHED_WEIGHT,
    SUMMARY_QUOTE_OWN,
    SUMMARY_QUOTE_TOPIC,
    SUMMARY_QUOTE_WORDS,
    SUMMARY_RELEVANCE_CAP,
    SUMMARY_RELEVANCE_POWER,
    SUMMARY_WITNESS_WEIGHT,
    TITLE_MAX_CHARS,
)

__all__ = ["summarize", "top_events"]

Vector = dict[str, float]


def summarize(events: Iterable[Event], dates: int | None = None, per_date: int | None = 1,
              start: dt.date | PartialDate | None = None, end: dt.date | PartialDate | None = None) -> list[Event]:
    """The most important of `events` (merged, as `merge_events` returns them): at most `dates`
    distinct dates inside [`start`, `end`] (inclusive; None: no bound) and at most `per_date`
    events on each (None: all), most important first: the first event of every chosen date in
    the order of the dates' weight, then the second ones, and so on. Each event keeps all its
    sources, the one that best says what happened first: one of its reports or, with `per_date`
    set, the opening sentence of an article of its day or the next (added as a source)."""
    lo = _day(start, first=True)
    hi = _day(end, first=False)
    chosen = [e for e in events if _inside(e.date, lo, hi)]
    if not chosen or dates == 0 or per_date == 0:
        return []
    ranked = _Ranking(chosen)
    by_date: dict[PartialDate, list[int]] = {}
    for i in range(len(chosen)):
        by_date.setdefault(chosen[i].date, []).append(i)
    order = sorted(by_date, key=lambda d: (-ranked.date_weight(by_date[d], d), d.start, d.end))
    if dates is not None:
        order = order[:dates]
    picked: dict[PartialDate, list[Event]] = {}
    for d in order:
        best = [(i, *ranked.best_quote(i, by_date[d])) for i in by_date[d]]
        best.sort(key=lambda t: (-t[2], t[1].sort_key()))
        if per_date is None:  # every event, each with its best report
            picked[d] = [event for _, event, _ in best]
        else:
            kept = best[:per_date]
            picked[d] = ranked.with_leads([(i, event) for i, event, _ in kept], by_date[d], per_date - len(kept))
    out: list[Event] = []
    for n in range(max(len(v) for v in picked.values())):
        out += [picked[d][n] for d in order if n < len(picked[d])]
    return out


def top_events(events: Iterable[Event], n: int | None = None, per_date: int | None = None,
               start: dt.date | PartialDate | None = None, end: dt.date | PartialDate | None = None) -> list[Event]:
    """The `n` most important of `events` inside [`start`, `end`] (None: all), at most
    `per_date` on one date, most important first, each with the source that best says what
    happened first: the order of `extract --top`. Ties go to the earlier event."""
    lo = _day(start, first=True)
    hi = _day(end, first=False)
    chosen = [e for e in events if _inside(e.date, lo, hi)]
    if not chosen or n == 0 or per_date == 0:
        return []
    ranked = _Ranking(chosen, one_date_quotes=True)
    by_date: dict[PartialDate, list[int]] = {}
    for i in range(len(chosen)):
        by_date.setdefault(chosen[i].date, []).append(i)
    scored = [ranked.best_quote(i, day) for day in by_date.values() for i in day]
    scored.sort(key=lambda pair: (-pair[1], pair[0].sort_key()))
    out: list[Event] = []
    taken: dict[PartialDate, int] = {}
    for event, _ in scored:
        if per_date is not None and taken.get(event.date, 0) >= per_date:
            continue
        taken[event.date] = taken.get(event.date, 0) + 1
        out.append(event)
        if n is not None and len(out) == n:
            break
    return out


def _day(value, first: bool) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value.first_day if first else value.last_day
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _inside(date: PartialDate, lo: dt.date | None, hi: dt.date | None) -> bool:
    return (lo is None or date.first_day >= lo) and (hi is None or date.last_day <= hi)


class _Ranking:
    """The weights of reports, events and dates of one summary."""

    def __init__(self, events: list[Event], one_date_quotes: bool = False) -> None:
        """`one_date_quotes`: a sentence that dates several happenings is a worse quote (a
        draft's evidence should be about its one happening; a summary's sentence may tell the
        background too, and on Timeline17 such sentences are better summaries)."""
        self.events = events
        features: dict[str, frozenset[str]] = {}
        # the opening sentences of the articles, by the day they were published: the day's news
        # told by the articles themselves, candidates to say what happened that day or the day before
        self.leads: dict[dt.date, dict[str, Source]] = {}
        self.lead_dates: dict[str, tuple[tuple[tuple[int, int], ...], str]] = {}  # their dates, language
        seen_articles: set[str] = set()
        for e in events:
            for s in self._reports(e):
                q = s.quote or e.title
                if q not in features:
                    features[q] = report_features(q)
                if s.lead and s.published is not None and s.url not in seen_articles and not one_date_quotes:
                    seen_articles.add(s.url)
                    told = self.leads.setdefault(s.published.first_day, {})
                    for sentence, dates in zip(s.lead.sentences, s.lead.dates, strict=True):
                        if sentence not in told:
                            told[sentence] = Source(url=s.url, quote=sentence, published=s.published)
                            self.lead_dates.setdefault(sentence, (dates, s.lead.language))
        self.filled: set[str] = set()  # opening sentences a summary has quoted
        reported = list(features)
        for told in self.leads.values():
            for q in told:
                if q not in features:
                    features[q] = report_features(q)
        self.idf = FeatureWeights(((q, ""), fs) for q, fs in features.items()).idf  # as merging weighs them
        self.vectors = {q: _unit({f: self.idf[f] for f in fs}) for q, fs in features.items()}
        # the story's centre: what its articles talk about, each article counted once (a page of
        # listings with a hundred dates is one article, not a hundred voices)
        by_article: dict[str, set[str]] = {}
        for e in events:
            for s in self._reports(e):
                by_article.setdefault(s.url, set()).add(s.quote or e.title)
        self.topic = _unit(_sum(_unit(_sum(self.vectors[q] for q in quotes)) for quotes in by_article.values()))
        self.relevance = {q: _cosine(v, self.topic) for q, v in self.vectors.items()}
        self.mean_relevance = (sum(self.relevance[q] for q in reported) / len(reported) if reported else 0.0) or 1.0
        article_relevance = {url: _cosine(_unit(_sum(self.vectors[q] for q in quotes)), self.topic)
                             for url, quotes in by_article.items()}
        mean_article = (sum(article_relevance.values()) / len(article_relevance)) or 1.0
        # how much an article is about the story: its reports count by that too (a page of radio
        # listings that mentions the story once is not a report of its happenings)
        self.article_about = {url: min(SUMMARY_RELEVANCE_CAP, r / mean_article) ** SUMMARY_ARTICLE_POWER
                              for url, r in article_relevance.items()}
        self.event_weight = [self._weight(e) for e in events]
        # a sentence that reports happenings of several dates says less well what happened on one
        dates_told: dict[str, set[PartialDate]] = {}
        for e in events:
            for s in self._reports(e):
                dates_told.setdefault(s.quote or e.title, set()).add(e.date)
        self.focus = {q: 1.0 / len(told) if one_date_quotes else 1.0 for q, told in dates_told.items()}
        # articles published each day, each by how much it is about the story
        self.published: dict[dt.date, float] = {}
        article_day: dict[str, dt.date] = {}
        for e in events:
            for s in self._reports(e):
                if s.published is not None:
                    article_day[s.url] = s.published.first_day
        for url, day in article_day.items():
            self.published[day] = self.published.get(day, 0.0) + _about(article_relevance[url] / mean_article)
        self._centres: dict[PartialDate, Vector] = {}

    def _reports(self, e: Event) -> list[Source]:
        return e.sources or [Source(url=f"#{e.id}", quote=e.title)]

    def _weight(self, e: Event) -> float:
        """Independent articles reporting `e`, each by how much its report is about the story;
        an article published after the happening's day refers back to it and weighs more."""
        articles: dict[str, float] = {}
        seen_quotes: set[str] = set()
        days: set[dt.date] = set()
        for s in self._reports(e):
            q = s.quote or e.title
            if q in seen_quotes and s.url not in articles:
                continue  # a copy of a report already counted (syndication)
            seen_quotes.add(q)
            w = _about(self.relevance.get(q, 0.0) / self.mean_relevance) * self.article_about[s.url]
            if s.published is not None:
                published = s.published.first_day
                days.add(published)
                if published > e.date.last_day + dt.timedelta(days=1):
                    w *= SUMMARY_LATER_WEIGHT
            articles[s.url] = max(articles.get(s.url, 0.0), w)
        weight = sum(articles.values()) + 0.5 * max(0, len(days) - 1)
        if e.date.precision != "day":
            weight *= SUMMARY_COARSE_WEIGHT ** (PRECISIONS.index("day") - PRECISIONS.index(e.date.precision))
        return weight

    def date_weight(self, members: list[int], date: PartialDate) -> float:
        """The weight of a date: its heaviest event, and half of the rest."""
        weights = sorted((self.event_weight[i] for i in members), reverse=True)
        weight = weights[0] + 0.5 * sum(weights[1:])
        if date.precision == "day":  # the day's news: articles published that day or the next
            day, after = date.first_day, date.first_day + dt.timedelta(days=1)
            weight += SUMMARY_PUBLISHED_WEIGHT * (self.published.get(day, 0.0) + self.published.get(after, 0.0))
        return weight

    def day_centre(self, day: list[int]) -> Vector:
        """The centre of the reports of the events `day` (all of one date)."""
        key = self.events[day[0]].date
        if key not in self._centres:
            self._centres[key] = _unit(_sum(self.vectors[s.quote or self.events[j].title]
                                            for j in day for s in self._reports(self.events[j])))
        return self._centres[key]

    def best_quote(self, i: int, day: list[int]) -> tuple[Event, float]:
        """Event `i` with the report that best says what happened as its first source, and its
        weight among the day's events: its own, by how central that report is to the day."""
        e = self.events[i]
        reports = self._reports(e)
        centre, day_centre = self._centre(i), self.day_centre(day)
        scored = [(self._score(s, e, centre, day_centre), -len(s.quote), n) for n, s in enumerate(reports)]
        top = max(scored)
        best = reports[top[2]]
        weight = self.event_weight[i] * top[0]
        if not e.sources or best is e.sources[0]:
            return e, weight
        return replace(e, sources=[best, *(s for s in e.sources if s is not best)]), weight

    def with_leads(self, chosen: list[tuple[int, Event]], day: list[int], room: int = 0) -> list[Event]:
        """The events `chosen` of one day (index, event as `best_quote` returned it), each with
        the opening sentence of an article published that day or the next as its first source
        when that says better what happened than its best report (each such sentence is a
        candidate for the chosen event whose reports it is most like); then at most `room` more
        events, each an opening sentence of an article published that day that none of the day's
        reports is, that no event chosen before told, and that says the day's news at least
        `SUMMARY_LEAD_FILL` as well as the weakest of the chosen events does."""
        date = self.events[day[0]].date
        leads = [] if date.precision != "day" else \
            [source for d in (date.first_day, date.first_day + dt.timedelta(days=1))
             for source in self.leads.get(d, {}).values()]
        if not leads:
            return [e for _, e in chosen]
        reported = {s.quote for j in day for s in self._reports(self.events[j])} | self.filled
        leads = [source for source in leads if source.quote not in reported]
        centres = [self._centre(i) for i, _ in chosen]
        owned: list[list[Source]] = [[] for _ in chosen]
        for source in leads:
            v = self.vectors[source.quote]
            owned[max(range(len(chosen)), key=lambda n: (_cosine(v, centres[n]), -n))].append(source)
        day_centre = self.day_centre(day)
        out, weakest = [], math.inf
        for (_, e), centre, candidates in zip(chosen, centres, owned, strict=True):
            if e.sources:
                current = self._score(e.sources[0], e, centre, day_centre)
                if candidates:
                    # (the first of equals)
                    score, _, n = max((self._score(s, e, centre, day_centre), -len(s.quote), -n)
                                      for n, s in enumerate(candidates))
                    if score > current:
                        e, current = replace(e, sources=[candidates[-n], *e.sources]), score
                        self.filled.add(candidates[-n].quote)
                weakest = min(weakest, current)
            out.append(e)
        if room <= 0 or weakest == math.inf:
            return out
        spare = [s for s in leads if s.published.first_day == date.first_day and s.quote not in self.filled]
        told = {s.quote: self._score(s, Event(id="", date=date, title=""), day_centre, day_centre) for s in spare}
        for source in sorted(spare, key=lambda s: (-told[s.quote], -len(s.quote), s.url))[:room]:
            if told[source.quote] < SUMMARY_LEAD_FILL * weakest:
                break
            self.filled.add(source.quote)
            dates, language = self.lead_dates[source.quote]
            title = headline(source.quote, list(dates), clause_breaks(source.quote, list(dates)), None, language) \
                or cut_at_word(source.quote, TITLE_MAX_CHARS)
            out.append(Event(id=event_id(date, title, source.quote, source.url), date=date, title=title,
                             sources=[source], confidence=0.5))
        return out

    def _score(self, s: Source, e: Event, centre: Vector, day_centre: Vector) -> float:
        """How well report `s` says what event `e` happened: how like it is to the event's
        reports (`centre`), its day's (`day_centre`) and the story's, how readable, and whether
        it was written as the news."""
        q = s.quote or e.title
        v = self.vectors[q]
        return (SUMMARY_QUOTE_OWN * _cosine(v, centre) + _cosine(v, day_centre)
                + SUMMARY_QUOTE_TOPIC * self.relevance.get(q, 0.0)) \
            * _readable(q) * self.focus.get(q, 1.0) * _fresh(s, e.date)

    def _centre(self, i: int) -> Vector:
        """The centre of the reports of event `i`."""
        e = self.events[i]
        return _unit(_sum(self.vectors[s.quote or e.title] for s in self._reports(e)))


def _about(ratio: float) -> float:
    """How much a report (or an article) counts, from its likeness to the story's centre over
    the mean likeness: capped and raised to a power, so that off-topic text weighs next to
    nothing and one very central report cannot outweigh several articles."""
    return min(SUMMARY_RELEVANCE_CAP, ratio) ** SUMMARY_RELEVANCE_POWER


def _fresh(source: Source, date: PartialDate) -> float:
    """More for a report published on its happening's day or the next: it tells the news as
    news ("A 7.0-magnitude quake has struck Haiti"); written later, the same happening is
    background to other news ("since the January 12 quake")."""
    return SUMMARY_FRESH_WEIGHT if source.published is not None and told_as_news(date, source.published) else 1.0


def _readable(quote: str) -> float:
    """1 for a sentence of a headline's to a paragraph's length that states something; less
    for a fragment, a run-on list, a question or a quotation."""
    words = len(quote.split())
    lo, hi = SUMMARY_QUOTE_WORDS
    factor = 1.0
    if words < lo:
        factor *= words / lo
    elif words > hi:
        factor *= hi / words
    text = quote.strip()
    if text.endswith("?") or text[:1] in "\"“«„'‘":
        factor *= 0.5
    if FIRST_PERSON.search(text) or _VOICE.match(text):
        factor *= SUMMARY_WITNESS_WEIGHT  # a witness's own words ("I feel sick with worry"), not the news
    return factor


# "Christine Blanchard, New Jersey, US, e-mails: My family is …", "At 18:10, viralmeme wrote:"
_VOICE = re.compile(r"^[^:]{0,80}\b(?:e-?mails|writes|wrote|says|said|tweets|tweeted)\s*:", re.I)


def _sum(vectors: Iterable[Vector]) -> Vector:
    total: Vector = {}
    for v in vectors:
        for f, x in v.items():
            total[f] = total.get(f, 0.0) + x
    return total


def _unit(v: Vector) -> Vector:
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {f: x / norm for f, x in v.items()} if norm else v


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(f, 0.0) for f, x in a.items())
