"""Finding calendar dates in running text: `find_dates(text, published, languages)`.

Two steps, as htmldate does it (cheap and explicit first):

1. **Scan.** Regular expressions compiled per language from dateparser's own vocabulary
   (`lexicon`) find candidates: "January 3, 2026", "3 de enero", "am 3. Januar", "Jan. 3–5",
   "2026-01-03", "01/03/2026", weekdays with their modifiers ("el pasado sábado"), relative
   phrases ("yesterday", "this month", "l'année dernière", "hace un mes"), "early December",
   bare years ("since 2022"). dateparser's `search_dates` is not used: it is slow and splits
   "Jan. 20" into "on Jan" + "20, a".
2. **Resolve.** Each candidate becomes a `PartialDate` at its own precision (a month stays a
   month). What the text leaves open (the year of "Jan. 20", which "Thursday") is resolved
   against the publication date, news-style: the nearest past occurrence, unless the wording
   ("next", "prochain") or the tense of the sentence ("will meet") says future. Without a
   publication date, such candidates are dropped, not guessed; `rejected` says why.

Everything here is pure: text in, mentions out.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import CONNECTORS, DAY_PARTS, ORDINAL, PERIOD_PARTS, Lexicon, lexicon
from .model import PartialDate
from .segment import paragraphs

@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: `text[start:end] == mention.text`, resolved to `value`."""

    start: int
    end: int
    text: str
    value: PartialDate
    range_end: PartialDate | None = None  # "Jan. 3–5": value 2026-01-03, range_end 2026-01-05
    relative: bool = False  # resolved against the publication date

    @property
    def precision(self) -> str:
        return self.value.precision


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    parts: dict = field(default_factory=dict)


# ---------------------------------------------------------------- patterns


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class _Patterns:
    lex: Lexicon
    day_month: re.Pattern
    month_day: re.Pattern
    month_year: re.Pattern
    month_alone: re.Pattern
    weekday: re.Pattern
    relative: re.Pattern | None
    ago: re.Pattern | None
    day_part: re.Pattern | None
    numeric: re.Pattern
    iso: re.Pattern
    year: re.Pattern
    year_range: re.Pattern
    trigger: re.Pattern  # the words without which a kind cannot match (see _scan)


# Kinds that need a word of the language: they are matched only near such a word, found by
# one pass of `trigger` (named groups month, weekday, word). The others need a digit and
# scan the whole text.
_FAMILIES = {"day_month": "month", "month_day": "month", "month_year": "month", "month_alone": "month",
             "weekday": "weekday", "relative": "word", "ago": "word", "day_part": "word"}


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    months = _alt(lex.months)
    # a month in a full date may be abbreviated ("Jan.", "3 janv."); alone it must be whole
    full_months = _alt(n for n in lex.months if not lex.is_abbreviation(n))
    weekdays = _alt(_weekday_names(lex))
    day = rf"(?:3[01]|[12]\d|0?[1-9])(?:{ORDINAL})?"
    year = r"(?:1[0-9]|20)\d{2}"
    dash = r"\s*(?:[-–—]|to|until|au|al|a|bis)\s*"
    conn = rf"(?:\s*,?\s*(?:{CONNECTORS})\s+|\s*,\s*|\s+)"
    parts = PERIOD_PARTS.get(language)
    part = rf"(?:(?P<part>{parts})\s*)?" if parts else ""
    directions = _alt(lex.directions) if lex.directions else None
    pre = rf"(?:(?P<pre>{directions})\s+)?" if directions else ""
    post = rf"(?:\s+(?P<post>{directions}))?" if directions else ""
    flags = re.I | re.U
    relative_phrases = {**lex.relative}
    # "May last year", "en marzo del año pasado": a month placed by a relative year
    years_relative = [p for p, (_, unit) in lex.relative.items() if unit == "year"] or ["\x00"]
    relative = None
    if relative_phrases:
        relative = re.compile(rf"(?<!\w)(?:{part})(?P<rel>{_alt(relative_phrases)})(?!\w)", flags)
    ago = None
    if lex.ago:
        alternatives = [p.pattern for p, _, _ in lex.ago]
        ago = re.compile(rf"(?<!\w)(?P<ago>{'|'.join(sorted(alternatives, key=len, reverse=True))})(?!\w)", flags)
    day_parts = DAY_PARTS.get(language)
    words: set[str] = set()
    for phrase in [*relative_phrases, *(day_parts or {}), *(p.pattern for p, _, _ in lex.ago)]:
        words.update(w for w in re.findall(r"[^\W\d_]{3,}", phrase.lower()) if w not in lex.directions)
    words -= set(lex.numbers)
    trigger = re.compile(rf"(?<!\w)(?:(?P<month>{months})|(?P<weekday>{weekdays})|(?P<word>{_alt(words) or 'x^'}))(?!\w)",
                         flags)
    return _Patterns(
        trigger=trigger,
        lex=lex,
        iso=re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"),
        numeric=re.compile(r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d./]\d)"),
        day_month=re.compile(
            rf"(?<![\w.,])(?P<d>{day})\.?(?:{dash}(?P<d2>{day})\.?)?{conn}(?P<m>{months})\.?"
            rf"(?:{conn}(?P<y>{year}))?(?!\w)", flags),
        month_day=re.compile(
            rf"(?<!\w){part}(?P<m>{months})\.?\s*(?P<d>{day})(?:{dash}(?P<d2>{day}))?"
            rf"(?:\s*,?\s*(?P<y>{year}))?(?![\w:]|\.\d|,\d)", flags),
        month_year=re.compile(rf"(?<!\w){part}(?P<m>{months})\.?{conn}(?P<y>{year})(?!\w)", flags),
        month_alone=re.compile(rf"(?<!\w){part}{pre}(?P<m>{full_months})(?!\w)(?:{post})?"
                               rf"(?:\s+(?P<ryear>{_alt(years_relative)}))?(?!\w)", flags),
        weekday=re.compile(rf"(?<!\w){pre}(?P<w>{weekdays})(?!\w){post}", flags),
        relative=relative,
        ago=ago,
        day_part=re.compile(rf"(?<!\w)(?P<dp>{_alt(day_parts)})(?![\w-])", flags) if day_parts else None,
        year=re.compile(rf"(?<![\w$€£¥.,/-]){part}(?P<y>{year})(?![\w%]|[.,/-]\d|\s*%)", flags),
        # "2009-2010", "1957-58": two years, each its own mention
        year_range=re.compile(rf"(?<![\w$€£¥.,/-])(?P<y>{year})\s*[-–/]\s*(?P<y2>{year}|\d{{2}})(?![\w%]|[.,/-]\d)"),
    )


def _weekday_names(lex: Lexicon) -> list[str]:
    # abbreviations such as German "die" (Dienstag) or English "mon" are ordinary words
    longest: dict[int, int] = {}
    for name, number in lex.weekdays.items():
        longest[number] = max(longest.get(number, 0), len(name))
    return [n for n, d in lex.weekdays.items() if len(n) >= 5 or len(n) == longest[d]]


# ---------------------------------------------------------------- scanning


_KINDS = ("iso", "numeric", "day_month", "month_day", "month_year", "relative", "ago", "day_part",
          "weekday", "month_alone", "year_range", "year")
_PREPOSITION = re.compile(r"(?:in|since|until|by|from|of|last|this|next|early|late|mid|through|before|after"
                          r"|en|desde|hasta|de|dans|depuis|jusqu'en|im|seit|bis|a|da|fino a|em|desde|до|в|с)\s+$",
                          re.I)


def _windows(text: str, hits: list[tuple[int, int]], reach: int = 48) -> list[tuple[int, int]]:
    """Merged stretches of `reach` characters around each hit, widened to whitespace so that
    no word is cut (a pattern's end-of-word check at a window's end must see a real word end)."""
    out: list[list[int]] = []
    n = len(text)
    for start, end in hits:
        lo, hi = max(0, start - reach), min(n, end + reach)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _scan(text: str, language: str) -> list[_Candidate]:
    patterns = _patterns(language)
    hits: dict[str, list[tuple[int, int]]] = {"month": [], "weekday": [], "word": []}
    for m in patterns.trigger.finditer(text):
        hits[m.lastgroup or "word"].append((m.start(), m.end()))
    windows = {family: _windows(text, spans) for family, spans in hits.items()}
    whole = [(0, len(text))]
    found: list[_Candidate] = []
    for kind in _KINDS:
        pattern = getattr(patterns, kind)
        if pattern is None:
            continue
        spans = windows[_FAMILIES[kind]] if kind in _FAMILIES else whole
        for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
            if kind in ("month_alone", "weekday") and not _plausible_word(text, m, kind, language):
                continue
            if kind == "year_range":
                first, second = m.group("y"), m.group("y2")
                if len(second) == 2:
                    second = first[:2] + second
                if int(second) <= int(first):
                    continue
                found.append(_Candidate(m.start("y"), m.end("y"), "year", {"y": first}))
                found.append(_Candidate(m.start("y2"), m.end("y2"), "year", {"y": second}))
                continue
            found.append(_Candidate(m.start(), m.end(), kind, {k: v for k, v in m.groupdict().items() if v}))
    # longest first, then the more specific kind; keep what does not overlap a kept candidate
    found.sort(key=lambda c: (-(c.end - c.start), _KINDS.index(c.kind), c.start))
    kept: list[_Candidate] = []
    taken = bytearray(len(text) + 1)
    for c in found:
        if not any(taken[c.start:c.end]):
            kept.append(c)
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return _merge_ranges(text, _merge_weekdays(text, kept))


_BETWEEN_WEEKDAY_AND_DATE = re.compile(
    r"[\s,]*(?:(?:morning|afternoon|evening|night|matin|soir|mañana|tarde|noche|morgen|abend)[\s,]*)?(?:the\s+)?",
    re.I)


_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|until|till|through|thru|al|hasta|au|jusqu'au|bis|zum|a|fino al|até|по)\s*",
                         re.I)
_DATED_KINDS = ("day_month", "month_day", "iso", "numeric")


def _merge_ranges(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """"from March 1 to March 3", "du 3 au 5 janvier 2026": one mention, start and end."""
    out: list[_Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in _DATED_KINDS and c.kind in _DATED_KINDS
                and "d2" not in prev.parts and "end" not in prev.parts
                and _RANGE_JOIN.fullmatch(text, prev.end, c.start)):
            parts = dict(prev.parts)
            parts["end"] = c
            if "y" in c.parts and "y" not in parts and prev.kind in ("day_month", "month_day"):
                parts["y"] = c.parts["y"]  # "March 1 to March 3, 2026": the year covers both
            out[-1] = _Candidate(prev.start, c.end, prev.kind, parts)
            continue
        out.append(c)
    return out


def _merge_weekdays(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """"Friday, January 23", "este domingo 14 de diciembre": the weekday joins the date after it."""
    out: list[_Candidate] = []
    i = 0
    while i < len(candidates):
        c = candidates[i]
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if (c.kind == "weekday" and nxt is not None and nxt.kind in ("day_month", "month_day", "iso", "numeric")
                and _BETWEEN_WEEKDAY_AND_DATE.fullmatch(text, c.end, nxt.start)):
            out.append(_Candidate(c.start, nxt.end, nxt.kind, nxt.parts))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _plausible_word(text: str, m: re.Match, kind: str, language: str) -> bool:
    """A month or weekday name standing alone: real in "in May", not in "may be" or "march on"."""
    word = m.group("m" if kind == "month_alone" else "w")
    if language in ("en", "de", "nl") and not word[0].isupper():
        return False  # these languages capitalise month and weekday names
    if word.isupper() and len(word) > 3 and kind == "month_alone":
        return True
    if kind == "month_alone" and language == "en" and re.search(r"\b(?:a|an|the)\s+(?:\w+\s+)?$",
                                                                text[max(0, m.start() - 20):m.start()], re.I):
        return False  # "a strong January", "the January effect": a month used as a noun
    if kind == "month_alone" and language == "en" and word.lower() in ("may", "march"):
        before = text[max(0, m.start() - 16):m.start()]
        groups = m.groupdict()
        return bool(groups.get("pre") or groups.get("part") or groups.get("ryear") or _PREPOSITION.search(before))
    return True


# ---------------------------------------------------------------- resolving


def to_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, PartialDate):
        return value.first_day
    return dt.date.fromisoformat(str(value)[:10])


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


class _Resolver:
    def __init__(self, text: str, lex: Lexicon, published: dt.date | None):
        self.text = text
        self.lex = lex
        self.published = published

    def direction(self, c: _Candidate) -> int | None:
        """-1, 0 or +1 from the words of the mention ("last", "ce", "próximo"), or None."""
        for key in ("pre", "post"):
            word = c.parts.get(key)
            if word:
                return self.lex.directions.get(word.lower(), self.lex.directions.get(word))
        return None

    def tense(self, c: _Candidate, reach: int = 160) -> int:
        """+1 if the clause around the mention speaks of the future, -1 of the past, 0 unknown.

        `reach` bounds how far (in characters) a cue may be from the mention.
        """
        if self.lex.future is None:
            return 0
        lo = max(self.text.rfind(".", 0, c.start), self.text.rfind("\n", 0, c.start), c.start - reach)
        hi_candidates = [i for i in (self.text.find(".", c.end), self.text.find("\n", c.end)) if i >= 0]
        hi = min(hi_candidates + [c.end + reach])
        clause = self.text[lo + 1:c.start] + " " + self.text[c.end:hi]
        # a future cue anywhere in the clause wins: news reports the past by default, so a
        # sentence that bothers to say "will" is about what comes
        if self.lex.future.search(clause):
            return 1
        return -1 if self.lex.past.search(clause) else 0

    def resolve(self, c: _Candidate) -> tuple[PartialDate, PartialDate | None, bool] | None:
        p = c.parts
        kind = c.kind
        if kind == "iso":
            return PartialDate(int(p["y"]), int(p["m"]), int(p["d"])), None, False
        if kind == "numeric":
            a, b, y = int(p["a"]), int(p["b"]), int(p["y"])
            day, month = (b, a) if self.lex.date_order.startswith("M") else (a, b)
            if month > 12 and day <= 12:
                day, month = month, day
            return PartialDate(y, month, day), None, False
        if kind in ("day_month", "month_day", "month_year", "month_alone"):
            month = self.lex.months[p["m"].lower().rstrip(".")]
            day = _number(p.get("d"))
            day2 = _number(p.get("d2"))
            relative = "y" not in p
            if not relative:
                year = int(p["y"])
            elif self.published is None:
                return None
            elif "ryear" in p:
                year = self.published.year + self.lex.relative[p["ryear"].lower()][0]
            else:
                year = self.year_of(c, month, day)
            value = PartialDate(year, month, day) if day else PartialDate(year, month)
            end = PartialDate(year, month, day2) if day and day2 and day2 > day else None
            return value, end, relative
        if self.published is None and kind != "year":
            return None
        if kind == "weekday":
            return PartialDate.from_date(self.weekday(c)), None, True
        if kind == "relative":
            offset, unit = self.lex.relative[p["rel"].lower()]
            return self.offset(offset, unit), None, True
        if kind == "ago":
            return self.ago(p["ago"]), None, True
        if kind == "day_part":
            offset = DAY_PARTS[self.lex.language][p["dp"].lower()]
            return PartialDate.from_date(self.published + dt.timedelta(days=offset)), None, True
        if kind == "year":
            return PartialDate(int(p["y"])), None, False
        return None

    def year_of(self, c: _Candidate, month: int, day: int | None) -> int:
        """The year of a year-less date: past-leaning unless the words or tense say future."""
        pub = self.published
        assert pub is not None
        direction = self.direction(c)
        if direction is None:
            direction = self.tense(c)
        last_day = calendar.monthrange(pub.year, month)[1]
        this_year = dt.date(pub.year, month, min(day or last_day, last_day))
        first = dt.date(pub.year, month, min(day or 1, last_day))
        if direction > 0:  # future: this year's unless it is over
            return pub.year if this_year >= pub else pub.year + 1
        if direction < 0 or day is None:
            return pub.year if first <= pub else pub.year - 1
        # a day with no cue either way: the nearer occurrence
        before = this_year if this_year <= pub else this_year.replace(year=pub.year - 1)
        after = this_year if this_year >= pub else this_year.replace(year=pub.year + 1) \
            if not (month == 2 and day == 29) else this_year
        return (after if (after - pub) < (pub - before) else before).year

    def weekday(self, c: _Candidate) -> dt.date:
        pub = self.published
        assert pub is not None
        target = self.lex.weekdays[c.parts["w"].lower()]
        direction = self.direction(c)
        if direction == 0:  # "this Friday", "ce dimanche": in the week of publication
            return pub + dt.timedelta(days=target - pub.weekday())
        if direction is None:
            # a bare weekday is almost always a recent day; only a cue right beside it
            # ("will meet on Thursday") moves it ahead
            direction = 1 if self.tense(c, reach=40) > 0 else -1
        if direction > 0:
            return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or (7 if c.parts.get("pre") or c.parts.get("post") else 0))
        back = (pub.weekday() - target) % 7
        if back == 0 and (c.parts.get("pre") or c.parts.get("post")):
            back = 7  # "last Friday" said on a Friday is a week ago
        return pub - dt.timedelta(days=back)

    def offset(self, offset: int, unit: str) -> PartialDate:
        pub = self.published
        assert pub is not None
        if unit == "day":
            return PartialDate.from_date(pub + dt.timedelta(days=offset))
        if unit == "month":
            y, m = _shift_months(pub.year, pub.month, offset)
            return PartialDate(y, m)
        return PartialDate(pub.year + offset)

    def ago(self, phrase: str) -> PartialDate:
        for pattern, sign, unit in self.lex.ago:
            m = pattern.fullmatch(phrase)
            if m:
                raw = m.group(1).lower()
                n = int(raw) if raw.isdigit() else self.lex.numbers[raw]
                return self.offset(sign * n, unit)
        raise AssertionError(f"no pattern for {phrase!r}")  # the scanner matched one of them


def _number(value: str | None) -> int | None:
    if not value:
        return None
    digits = re.match(r"\d+", value)
    return int(digits.group()) if digits else None


# ---------------------------------------------------------------- public


def find_dates(text: str, published=None, languages: list[str] | None = None) -> list[DateMention]:
    """Every calendar date expression in `text`, resolved against `published`.

    `published` is a date, datetime, PartialDate or ISO string (None: relative and year-less
    expressions are skipped, not guessed). `languages` are ISO 639-1 codes; None detects one.
    Mentions are in text order and never overlap; `text[m.start:m.end] == m.text`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text:
        return []
    pub = to_date(published)
    langs = list(languages) if languages else [detect_language(text)]
    kept = [(p.start, p.end) for p in paragraphs(text) if p.kept]
    starts = [s for s, _ in kept]
    mentions: list[DateMention] = []
    seen: set[tuple[int, int]] = set()
    for language in langs:
        resolver = _Resolver(text, lexicon(language), pub)
        for c in _scan(text, language):
            at = bisect.bisect_right(starts, c.start) - 1
            if at < 0 or c.end > kept[at][1]:
                continue  # page furniture, a repeated paragraph, the metadata line
            if any(s < c.end and c.start < e for s, e in seen):
                continue
            try:
                resolved = resolver.resolve(c)
            except (ValueError, KeyError):  # "February 30", an unknown word form
                continue
            if resolved is None:
                continue
            value, range_end, relative = resolved
            if "end" in c.parts:  # a range of two full dates: the end resolves on its own
                end = resolver.resolve(c.parts["end"])
                if end is not None and end[0] >= value:
                    range_end = end[0]
            mentions.append(DateMention(c.start, c.end, text[c.start:c.end], value, range_end, relative))
            seen.add((c.start, c.end))
    mentions.sort(key=lambda m: m.start)
    return mentions


_STOPWORDS = {
    "en": "the and of to in is that for was with on as by at from his her have has said",
    "es": "el la de que y en los las del se por con una para su al es fue como",
    "fr": "le la les de des et en un une du est que pour dans qui sur au par pas",
    "de": "der die und das ist den dem nicht von mit sich des auf für ein eine im zu",
    "it": "il di che la è per un una del della in non con sono si le da al gli",
    "pt": "o a de que e do da em um para com não uma os no se na por mais",
    "nl": "de het een en van in is dat op te zijn voor met niet aan er",
    "ru": "и в не на что он с по это как из за от к но так же",
}
_STOPWORD_SETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def detect_language(text: str) -> str:
    """The likeliest language of `text` by function words ('en' when unsure)."""
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if not words:
        return "en"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORD_SETS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"
