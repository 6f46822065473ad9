"""Date candidates in running text: the first step of `find_dates`. Pure.

The scanner looks words up instead of trying a per-language regular expression at every
position. The words of the lowercased text that the language's `Lexicon.index` knows (month
and weekday names, relative phrases, day parts, the words of "N days ago") are found by a set
intersection and then located; only around such a word do small patterns look for what
completes the date: the day, year, range or modifier of "3 de enero de 2026", "Jan. 3–5,
2026", "el pasado sábado", "early December". Digit forms ("2026-01-03", "01/03/2026", "since
2022") are tried where a run of digits starts. Every pattern here is the same for all
languages and compiled at most once per process: compiling them per language, with the
vocabulary inside, took longer than scanning a short article (the README's speed section).

Candidates may overlap; the longest wins (then the more specific kind). A weekday joins the
date after it ("Friday, January 23"); two dates joined by "to" / "au" become one range.
"""

from __future__ import annotations

import re

from .lexicon import CONNECTORS, ONE_WORDS, ORDINAL, TIME_OF_DAY_NOUNS, WORD, Lexicon, Phrases, lexicon
from .settings import AGO_WINDOW, DAY_BEFORE_REACH, MAX_YEARS_AHEAD, WORD_EDGE_REACH


class Candidate:
    """A stretch of text that may be a date: `kind` says which form, `parts` holds its pieces
    (`d`, `m`, `y`, `w`, `rel`, `pre`, ... as written in the text)."""

    __slots__ = ("end", "kind", "parts", "start")

    def __init__(self, start: int, end: int, kind: str, parts: dict) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.parts = parts

    def __repr__(self) -> str:
        return f"Candidate({self.start}, {self.end}, {self.kind!r}, {self.parts!r})"


# ---------------------------------------------------------------- patterns (all languages)

_DAY = rf"(?:3[01]|[12]\d|0?[1-9])(?:{ORDINAL})?"
_YEAR = r"(?:1[0-9]|20)\d{2}"
_DASH = r"\s*(?:[-–—/]|to|until|au|al|a|à|bis)\s*"  # (and "the night of 19/20 October")
# two days of one happening: "December 7 and 8", "les 7 et 8 décembre" (the next day only: see
# `_two_days`)
_AND = r"\s+(?:and|et|y|und|e|&)\s+(?:(?:the|el|il|le|dem|den)\s+)?"  # ("tra il 25 e il 26 gennaio")
_CONN = rf"(?:\s*,?\s*(?:{CONNECTORS})\s+|\s*,\s*|\s+)"
# four digits before a time zone are a clock, not a year: "at 1653 (2153 GMT)", "1410 GMT",
# "0910 local time", "19 JANUARY, 1815 GMT" (case kept even in patterns that ignore it: "est")
_CLOCK_AFTER = r"\s*(?:\(\s*\d{4}\s*)?(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[Ll]ocal time|hrs\b)"

# after a month name: "Jan. 3", "January 3–5, 2026", "March 1st"
# (a colon may follow the year, "Jan 12, 2010: Port-au-Prince", and the day before a label's
# text, "Oct. 24: The storm stalled", not a clock's minutes: "May 5:30")
_MONTH_DAY_END = (rf"(?:\s*,?\s*(?P<y>{_YEAR})(?!{_CLOCK_AFTER})(?!(?-i:(?![A-ZÀ-Þ][a-zà-ÿ]))\w|\.\d|,\d)"
                  r"|(?!\w|[.:]\d|,\d))")  # (a word may follow a year at once: "September 18, 2024Business News")
_MONTH_DAY = re.compile(rf"\.?\s*(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY})|{_AND}(?P<d3>{_DAY}))?{_MONTH_DAY_END}", re.I)
# the same without a second day joined by "and" (see `_two_days`)
_MONTH_DAY_ALONE = re.compile(rf"\.?\s*(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?{_MONTH_DAY_END}", re.I)
# before a month name, ending where the name starts: "3 ", "3 de ", "3 au 5 ", "3. "
# (a weekday may name the second day: "dans la nuit de jeudi 18 à vendredi 19 juillet", "el
# miércoles 15 y el jueves 16 de noviembre")
_SECOND_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
                   r"|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì"
                   r"|giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
                   r",?\s+)?")
_DAY_BEFORE = re.compile(rf"(?<![\w.,])(?P<d>{_DAY})\.?(?:{_DASH}{_SECOND_WEEKDAY}(?P<d2>{_DAY})\.?"
                         rf"|{_AND}{_SECOND_WEEKDAY}(?P<d3>{_DAY})\.?)?"
                         rf"(?:{_CONN}|(?<=\d))\Z", re.I)
# after a month name: its year ("December 2024", "enero de 2026", "3 January[ 2026]") or nothing
# (a capital may follow the year at once: "06. Mai 2025Friedrich Merz …", a page's date line run
# into its text)
# a date written with hyphens around its month's name: "Oct-19-2025", "19-Oct-2025"
_HYPHENED_AFTER = re.compile(rf"-(?P<d>3[01]|[12]\d|0?[1-9])-(?P<y>{_YEAR})(?![\w-])")
_HYPHENED_YEAR = re.compile(rf"-(?P<y>{_YEAR})(?![\w-])")
_HYPHENED_BEFORE = re.compile(r"(?<![\w-])(?P<d>3[01]|[12]\d|0?[1-9])-\Z")
_MONTH_YEAR = re.compile(rf"\.?(?:{_CONN}(?P<y>{_YEAR})(?!{_CLOCK_AFTER}))?(?!(?-i:(?![A-ZÀ-Þ]))\w)", re.I)

# Digit forms. The rarer ones are compiled on first use (`re` caches them), when the character
# after a run of digits calls for them: compiling costs more than scanning a short article.
_ISO = r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"
_NUMERIC = r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d./]\d)"
# "2009-2010", "1957-58": two years, each its own mention (this is what follows the first)
_YEAR_RANGE_END = r"\s*[-–/]\s*(\d{4}|\d{2})(?![\w%]|[.,/:-]\d)"
# a year alone: not an amount, a share, a score, a page number or part of a longer number. A
# hyphen may come before it only after a period part ("mid-2024"); `_digits` checks that.
# (a footnote's number glued to its stop is no decimal: "only one cut in 2026.6 Markets expect two")
_YEAR_ALONE = re.compile(rf"(?<![\w$€£¥.,/])(?P<y>{_YEAR})(?![\w%]|(?!\.\d{{1,2}}(?:,\d{{1,2}})*(?:\s+[A-ZÀ-Þ]|\s*$))"
                         rf"[.,/-]\d|\s*%|{_CLOCK_AFTER})")
_NOT_BEFORE_YEAR = "$€£¥.,/-"

# the words of 3 letters or more: "of", "to", "el" are a third of all words, never worth a
# lookup in a language whose vocabulary has no shorter word
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGITS = re.compile(r"\d+")
_WORD_OR_NUMBER = re.compile(r"\d+|[^\W\d_]+")

# the order of preference between kinds when two candidates are as long
_KINDS = ("iso", "numeric", "day_month", "month_day", "holiday", "month_year", "relative", "ago", "anchored",
          "day_part", "weekday", "month_alone", "year")
_RANK = {kind: i for i, kind in enumerate(_KINDS)}
# Compiled on first use (`re` caches them): most articles need none of these.
_PREPOSITION = (r"(?:in|since|until|by|from|of|last|this|next|early|late|mid|through|before|after"
                r"|en|desde|hasta|de|dans|depuis|jusqu'en|im|seit|bis|a|da|fino a|em|desde|до|в|с)\s+$")
_ARTICLE_BEFORE = r"\b(?:a|an|the)\s+(?:\w+\s+)?$"
_BETWEEN_WEEKDAY_AND_DATE = (r"[\s,]*(?:(?:morning|afternoon|evening|night|matin|soir|mañana|tarde|noche|morgen"
                             r"|abend)[\s,]*)?(?:the\s+)?")
_RANGE_JOIN = r"\s*(?:[-–—]|to|until|till|through|thru|al|hasta|au|jusqu'au|bis|zum|a|fino al|até|по)\s*"
# the day of the month after a weekday, alone: "na quarta-feira (26)", "nesta quarta-feira, 26, a lei"
# (not "quarta-feira, 26 de novembro", which is a full date, nor "Friday, 26 people")
_WEEKDAY_NUMBER = re.compile(r"\s*\(\s*(?P<dn>3[01]|[12]\d|0?[1-9])\s*\)"
                             r"|,\s*(?P<dn2>3[01]|[12]\d|0?[1-9])(?=\s*[,;:)])")
_OF_YEAR = re.compile(r"\s+(?:(?:of|de|del|do|da|di|des|du)\s+|dell['’])")  # (a relative year after it: see `_month`)
_DATED_KINDS = ("day_month", "month_day", "iso", "numeric", "holiday")
_HOLIDAY_YEAR = re.compile(rf"\s*,?\s*(?:(?:de|del|of)\s+)?(?P<y>{_YEAR})(?!\w|{_CLOCK_AFTER})", re.I)


# ---------------------------------------------------------------- scanning


def scan(text: str, language: str) -> list[Candidate]:
    """The date candidates of `text` in `language`, in text order, none overlapping."""
    lex = lexicon(language)
    low = _lowercase(text)
    found: list[Candidate] = []
    ago_words: list[tuple[int, int]] = []
    n = len(low)
    for at, entries in _lookup(low, lex):
        for phrase, kind, offset in entries:  # longest first
            s = at - offset
            e = s + len(phrase)
            if (s < 0 or (s and _is_word(low[s - 1]) and not (kind == "month" and _glued_day(low, s)))
                    or (e < n and _is_word(low[e])) or not low.startswith(phrase, s)):
                continue
            if kind == "month":
                _month(text, low, s, e, lex, found)
            elif kind == "weekday":
                _weekday(text, low, s, e, lex, found)
            elif kind == "relative":
                if _time_of_day(text, low, s, e, lex.language) or _in_a_name(text, s):
                    continue
                part = _before(low, s, lex.period_parts, gap=0)
                parts = {"rel": text[s:e]}
                if part:
                    parts["part"] = text[part[0]:part[1]]
                found.append(Candidate(part[0] if part else s, e, "relative", parts))
            elif kind == "holiday":  # "New Year's Day", "Capodanno 2024"
                year = _HOLIDAY_YEAR.match(text, e)
                parts = {"h": text[s:e], "y": year.group("y")} if year else {"h": text[s:e]}
                found.append(Candidate(s, year.end() if year else e, "holiday", parts))
            elif kind == "day_part":
                if e == n or low[e] != "-":
                    found.append(Candidate(s, e, "day_part", {"dp": text[s:e]}))
            else:
                ago_words.append((s, e))
    for s, e in ago_words:  # "hace un mes", "in 3 days": try the patterns with this word around it
        if _count_near(low, s, e, lex):
            for m in lex.ago(low[s:e]).finditer(text, *_window(text, s, e)):
                offset = lex.ago_offset(m)
                if offset is not None and not _duration(low, m.start(), offset):
                    found.append(Candidate(m.start(), m.end(), "ago", {"ago": m.group(), "offset": offset}))
    _digits(text, low, lex, found)
    _anchored(text, low, lex, found)
    # longest first, then the more specific kind; keep what does not overlap a kept candidate
    found.sort(key=lambda c: (c.start - c.end, _RANK[c.kind], c.start))
    kept: list[Candidate] = []
    taken = bytearray(len(text) + 1)
    for c in found:
        if not any(taken[c.start:c.end]):
            kept.append(c)
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    if lex.language in _YEAR_WORD:
        _with_year_word(text, kept, _YEAR_WORD[lex.language])
    return _merge_ranges(text, _merge_weekdays(text, kept))


def _anchored(text: str, low: str, lex: Lexicon, found: list[Candidate]) -> None:
    """"The next day", "two days later", "al día siguiente": a day counted from the day the text
    gave before it (`find_dates` finds that one); the span takes a "the" before it. Each pattern
    is tried only around the words it needs (a pattern that opens with a count would be tried
    at every word)."""
    spans = set()
    for pattern, words, sign, unit in lex.anchored:
        for word in words:
            at = low.find(word)
            while at >= 0:
                for m in pattern.finditer(low, max(0, at - _ANCHORED_LEAD), at + len(word) + _ANCHORED_LEAD):
                    if m.start() <= at < m.end() and m.span() not in spans:
                        spans.add(m.span())
                        _anchored_candidate(text, low, lex, m, sign, unit, found)
                at = low.find(word, at + len(word))


def _anchored_candidate(text: str, low: str, lex: Lexicon, m: re.Match, sign: int, unit: str,
                        found: list[Candidate]) -> None:
    count = 1
    if m.groupdict().get("n"):
        word = m.group("n")
        count = 1 if word in ONE_WORDS else lex.count(word)
        if count is None or not 0 < count <= _ANCHORED_MAX_DAYS:
            return
    start = m.start()
    if (the := _THE_BEFORE.search(low, max(0, start - 8), start)) is not None:
        start = the.start()  # "the next day": a title leaves the whole phrase out
    found.append(Candidate(start, m.end(), "anchored", {"anchored": text[m.start():m.end()], "offset": sign * count,
                                                        "unit": unit}))


_ANCHORED_LEAD = 24  # characters around a needed word in which its pattern is tried
_THE_BEFORE = re.compile(r"(?<!\w)the\s+\Z")
# "entre os dias 10 e 21 de novembro", "between the 10th and the 21st": two days that bound a stretch
_BETWEEN_DAYS = re.compile(r"\b(?:between|entre|tra|fra|zwischen)\s+"
                           r"(?:(?:the|os|as|los|las|el|il|i|le|les|dem|den)\s+)?(?:(?:dias?|días?|days?|giorni|jours)\s+)?\Z",
                           re.I)
_ANCHORED_MAX_DAYS = 31  # "ten days later" is counted; "400 days later" is no day a reader can follow (nor
# "40 years later" a year)


# the word that follows a year in Russian, Ukrainian, Bulgarian ("29 июля 2025 года", "с 1952 года",
# "в 2011 году"): part of the date (a title without the date would keep it: "Событие года")
_YEAR_WORD = {language: re.compile(r"\s*(?:года|году|год|г\.|гг\.|року|рік|р\.|година|г\.)(?!\w)")
              for language in ("ru", "uk", "bg")}


def _with_year_word(text: str, candidates: list[Candidate], word: re.Pattern) -> None:
    for c in candidates:
        if c.end > 0 and text[c.end - 1].isdigit() and (m := word.match(text, c.end)):
            c.end = m.end()


def _lookup(low: str, lex: Lexicon) -> list[tuple[int, list[tuple[str, str, int]]]]:
    """Where the words of `lex.index` occur in `low` as whole words, with their entries.

    The words the text has and the index knows are found first (a set intersection, in C);
    only they are then located, instead of looking every word of the text up in Python.
    """
    words = (_LONG_WORD if lex.shortest_word >= 3 else WORD).findall(low)
    n = len(low)
    hits = []
    for word in lex.index.keys() & set(words):
        entries = lex.index[word]
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if not (i and _is_letter(low[i - 1])) and not (j < n and _is_letter(low[j])):
                hits.append((i, entries))
            i = low.find(word, j)
    return hits


def _month(text: str, low: str, s: int, e: int, lex: Lexicon, found: list[Candidate]) -> None:
    """The dates a month name at text[s:e] opens, closes or stands for."""
    name = text[s:e]
    part = _before(low, s, lex.period_parts, gap=0)
    start = part[0] if part else s
    head = {"part": text[part[0]:part[1]], "m": name} if part else {"m": name}
    if text.startswith("-", e) and (hyphened := _HYPHENED_AFTER.match(text, e)) is not None:
        # "Oct-19-2025": a day and year joined to the month by hyphens
        found.append(Candidate(start, hyphened.end(), "month_day", {**head, "d": hyphened.group("d"),
                                                                    "y": hyphened.group("y")}))
        return
    if text.startswith("-", e) and (year := _HYPHENED_YEAR.match(text, e)) is not None \
            and (day := _HYPHENED_BEFORE.search(text, max(0, s - 3), s)) is not None:
        # "19-Oct-2025"
        found.append(Candidate(day.start(), year.end(), "day_month", {"d": day.group("d"), "m": name,
                                                                      "y": year.group("y")}))
        return
    m = _two_days(_MONTH_DAY.match(text, e))
    if m:
        groups, end = {**head, **_groups(m)}, m.end()
        if "y" not in groups and (ryear := _after(low, end, lex.years_relative)):  # "March 5 last year"
            groups["ryear"], end = text[ryear[0]:ryear[1]], ryear[1]
        found.append(Candidate(start, end, "month_day", groups))
    after = _MONTH_YEAR.match(text, e)
    if after and after.group("y"):
        found.append(Candidate(start, after.end(), "month_year", {**head, "y": after.group("y")}))
    before = _DAY_BEFORE.search(text, max(0, s - DAY_BEFORE_REACH), s)
    between = before is not None and before.group("d3") and _BETWEEN_DAYS.search(text, max(0, before.start() - 24),
                                                                                  before.start())
    if before and before.group("d3") and not between and not _two_days(before):  # "3 and 10 March": the 10th only
        before = _DAY_BEFORE.search(text, before.start("d3"), s)
    if before and after:
        groups = {**_groups(before), "m": name, **_groups(after)}
        pre = _before(low, before.start(), lex.direction_phrases, gap=1)  # "el próximo 5 de marzo"
        if pre:
            groups["pre"] = text[pre[0]:pre[1]]
        # (the stop after a full name ends the sentence: "el 28 de octubre.")
        end = after.end() if after.group("y") or low[s:e] not in lex.full_months else e
        # "le 9 septembre dernier", "el 5 de marzo pasado", "el 5 de marzo del año pasado": the
        # direction or the relative year after the month is the day's
        if not pre and not after.group("y"):
            ryear = _after(low, e, lex.years_relative)
            if ryear is None and (of := _OF_YEAR.match(low, e)):
                ryear = _phrase_at(low, of.end(), lex.years_relative)
            if ryear is not None:
                groups["ryear"], end = text[ryear[0]:ryear[1]], ryear[1]
            elif post := _after(low, e, lex.direction_phrases):
                groups["post"], end = text[post[0]:post[1]], post[1]
        found.append(Candidate(pre[0] if pre else before.start(), end, "day_month", groups))
    if low[s:e] not in lex.full_months:
        return
    parts = {"m": name}
    pre = _before(low, s, lex.direction_phrases, gap=1)
    if pre:
        parts["pre"] = text[pre[0]:pre[1]]
    part = _before(low, pre[0] if pre else s, lex.period_parts, gap=0)
    if part:
        parts["part"] = text[part[0]:part[1]]
    end = e
    # "May next year", "marzo del año pasado"? a relative year places the month; else a
    # direction may follow it ("sábado pasado", "März nächsten")
    ryear = _after(low, end, lex.years_relative)
    if ryear is None and (of := _OF_YEAR.match(low, end)):  # "marzo del año pasado", "janeiro do próximo ano"
        ryear = _phrase_at(low, of.end(), lex.years_relative)
    post = None if ryear else _after(low, end, lex.direction_phrases)
    if ryear:
        parts["ryear"] = text[ryear[0]:ryear[1]]
        end = ryear[1]
    elif post:
        parts["post"] = text[post[0]:post[1]]
        end = post[1]
    c = Candidate(part[0] if part else pre[0] if pre else s, end, "month_alone", parts)
    if _plausible_word(text, c, name, lex.language):
        found.append(c)


def _weekday(text: str, low: str, s: int, e: int, lex: Lexicon, found: list[Candidate]) -> None:
    parts = {"w": text[s:e]}
    pre = _before(low, s, lex.direction_phrases, gap=1)
    if pre:
        parts["pre"] = text[pre[0]:pre[1]]
    end = e
    week = _after(low, e, lex.week_phrases)  # "Tuesday of last week", "Dienstag vergangener Woche"
    post = None if week else _after(low, e, lex.direction_phrases)
    if week:
        parts["week"] = text[week[0]:week[1]]
        end = week[1]
    elif post:
        parts["post"] = text[post[0]:post[1]]
        end = post[1]
    elif (number := _WEEKDAY_NUMBER.match(text, e)) is not None:  # "quarta-feira (26)", "quarta-feira, 26,"
        parts["dn"] = number.group("dn") or number.group("dn2")
        end = number.end()
    c = Candidate(pre[0] if pre else s, end, "weekday", parts)
    if _plausible_word(text, c, parts["w"], lex.language):
        found.append(c)


def _digits(text: str, low: str, lex: Lexicon, found: list[Candidate]) -> None:
    """"2026-01-03", "01/03/2026", "2009-2010", "since 2022", "mid-2024": each starts a run of digits."""
    n = len(text)
    live = None  # whether paragraphs open with a clock ("1040 Rescuers reach ..."): found on first need
    for run in _DIGITS.finditer(text):
        s, e = run.span()
        after = text[e] if e < n else ""
        if e - s <= 2:
            m = re.compile(_NUMERIC).match(text, s) if after in (".", "/") else None
            if m:
                found.append(Candidate(s, m.end(), "numeric", _groups(m)))
            continue
        if e - s != 4:
            continue
        m = re.compile(_ISO).match(text, s) if after == "-" else None
        if m:
            found.append(Candidate(s, m.end(), "iso", _groups(m)))
            continue
        first = run.group()
        if text[e:e + 16].lstrip()[:1] in ("-", "–", "/") and _is_year(first) \
                and not (s and (_is_word(text[s - 1]) or text[s - 1] in _NOT_BEFORE_YEAR)):
            m = re.compile(_YEAR_RANGE_END).match(text, e)
            if m and (len(m.group(1)) == 2 or _is_year(m.group(1))):
                second = first[:2] + m.group(1) if len(m.group(1)) == 2 else m.group(1)
                if int(second) > int(first):
                    found.append(Candidate(s, e, "year", {"y": first}))
                    found.append(Candidate(m.start(1), m.end(1), "year", {"y": second}))
                continue
        m = _YEAR_ALONE.match(text, s)
        if not m or _counts(text, low, s, e, lex) or _clock_time(low, s, first):
            continue
        if (s == 0 or text[s - 1] == "\n") and text[e:e + 2][:1] == " " and text[e + 1:e + 2].isupper():
            if live is None:
                live = live_blog(text)
            if live:
                continue
        part = _before(low, s, lex.period_parts, gap=0, stops=_NOT_BEFORE_YEAR)
        if part:
            found.append(Candidate(part[0], m.end(), "year", {"part": text[part[0]:part[1]], "y": m.group("y")}))
        elif not (s and text[s - 1] == "-"):
            found.append(Candidate(s, m.end(), "year", {"y": m.group("y")}))


# ---------------------------------------------------------------- helpers

# a number in parentheses that cannot be a year: the others of its list count too
# ("in Al Haouz (1293) and Taroudant (452)")
_COUNT_IN_PARENTHESES = re.compile(r"\(\s*(?:\d{1,3}|\d{1,3}(?:[.,\s]\d{3})+)\s*\)")
_TIME_BEFORE_COUNT = re.compile(r"(?<![\w'’])(?:until|till|since|by|from|before|after|in|through|depuis|avant|après"
                                r"|jusqu['’]en|hasta|desde|antes\s+de|bis|seit|vor|nach|fino\s+al|dal|entro\s+il|até"
                                r"|em)\s+\Z")
_COUNT_REACH = 120  # characters either side of a number in parentheses to look for its list


# a 24-hour clock in four digits, as British news writes it: "at 1040", "was 0930" (a year that
# early is rare in news; "at" comes before a year only in "at 2010 prices", which dates nothing)
_AT_CLOCK = re.compile(r"(?<![\w'’])at\s+\Z")
_EARLY_CLOCK = re.compile(r"(?<![\w'’])(?<!year\s)(?:was|until|till|around|about)\s+\Z")
_EARLIEST_NEWS_YEAR = 1500


def _clock_time(low: str, s: int, digits: str) -> bool:
    """Whether the four digits at `s` are a clock time, not a year."""
    if not _HHMM.fullmatch(digits):
        return False
    return _AT_CLOCK.search(low, max(0, s - 8), s) is not None or (
        int(digits) < _EARLIEST_NEWS_YEAR and _EARLY_CLOCK.search(low, max(0, s - 10), s) is not None)


def _counts(text: str, low: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether the four digits text[s:e] count something rather than name a year: "at least 1037
    people", "fait état de 1037 morts", "Al Haouz (1293) et Taroudant (452)"."""
    after = lex.count_after.match(low, e) if lex.count_after is not None else None
    if after is not None and (lex.language == "de" or text[e:after.end()].lstrip()[:1].islower()):
        return True  # (a capital is a name's, but in German: "the 1997 Children in Need appeal")
    before = lex.count_before.search(low, max(0, s - 24), s) if lex.count_before is not None else None
    if before is not None and not _TIME_BEFORE_COUNT.search(low, max(0, before.start() - 16), before.start()):
        return True  # (not "until at least 2014", "seit mindestens 2010")
    if s and text[s - 1] == "(" and text[e:e + 1] == ")":
        lo, hi = max(0, s - _COUNT_REACH), min(len(text), e + _COUNT_REACH)
        return _COUNT_IN_PARENTHESES.search(text, lo, hi) is not None
    return False



# A live page opens its entries with the time ("2358 UN chief gives an update", "1040 Hundreds
# feared dead"): several paragraphs open with four digits that read as a clock, and at least one
# cannot be a year (00-09 or 21-23 hours), so that a list of years ("2010 Vancouver") is not one.
CLOCK_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour clock in four digits, as live pages write it
_HHMM = re.compile(CLOCK_HHMM)
# an entry's clock: "1040 Hundreds feared dead", "9.45 Emergency services are called", "14:05 Police …",
# "8:48 AM (Oct 20) Increased error rates …", "11:48 PM PDT – DNS failure begins"
CLOCK_DOTTED = (r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?(?-i:[AaPp])\.?(?-i:[Mm])\.?)?"
                r"(?:\s+(?-i:PDT|PST|EDT|EST|CDT|CST|MDT|MST|UTC|GMT|BST|CET|CEST|ET|PT|IST|SAST|JST))?")
_ENTRY_CLOCK = re.compile(rf"^(?:{CLOCK_HHMM} (?=[^\W\d_])|{CLOCK_DOTTED}(?:\s+[–—-])? (?=[A-ZÀ-ÝА-ЯЁ(]))", re.M)


def live_blog(text: str) -> bool:
    """Whether `text` is a live page whose entries open with their clock ("1040 Hundreds feared
    dead"): then `after_entry_clock` tells where an entry's own words start."""
    clocks = [m.group().strip() for m in _ENTRY_CLOCK.finditer(text)]
    return len(clocks) >= 2 and not all(c.isdigit() and _is_year(c) for c in clocks)


def after_entry_clock(text: str, at: int) -> int:
    """Where the words of a live page's entry that starts at `at` begin: past its clock."""
    m = _ENTRY_CLOCK.match(text, at)
    return m.end() if m and (at == 0 or text[at - 1] == "\n") else at



# Words that introduce a year; capitalised only when they open a sentence ("In 2025, ...").
# (and the articles and determiners a sentence may open with: "A 2019 earthquake destroyed …" is no name)
_YEAR_INTRODUCERS = frozenset("""a an this that these those his her its their our every un una une ein eine einen
einem einer le la les il lo los las der die das dem den
in since by until from before after during of the early late mid end for between
and or to around circa en desde hasta de del el año antes después durante entre hacia seit bis ab im vor nach von
jahr anfang ende mitte depuis dans avant après pendant jusqu fin début dal nel fino dopo prima entro anno em
até no ano desde до с в после года""".split())


# "the worst earthquake in 200 years", "for the first time in ten years": a span up to now,
# not a date ahead. Nor is a date decades ahead news ("in 50 years' time" is a forecast).
# (and a count of them: "their third title in five years", "the fourth straight win in two years")
_SPAN_CUE = re.compile(r"\b(?:first|last|only|never|worst|best|most|least|biggest|largest|greatest|highest"
                       r"|lowest|strongest|deadliest|longest|heaviest|second|third|fourth|fifth|sixth|seventh"
                       r"|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|straight|consecutive|record)\b[^.;:!?]{0,60}$")


def _duration(low: str, s: int, offset: tuple[int, str]) -> bool:
    """Whether an "in N units" at low[s:] ahead of publication is a span, not a date."""
    count, unit = offset
    if count <= 0:
        return False
    if unit == "year" and count > MAX_YEARS_AHEAD:
        return True
    return bool(_SPAN_CUE.search(low, max(0, s - 80), s))


def names_an_edition(text: str, s: int, language: str) -> bool:
    """Whether the year at `s` is part of a name: "Alaska 2025", "Euro 2024", "Agenda 2030"
    (a capitalised word right before it that does not introduce years or name a month). Such a
    year is a date, but no happening. (A year before a name, "their 2018 Helsinki meeting",
    dates one.)"""
    lex = lexicon(language)
    end = s
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == s:
        return False
    begin = end
    while begin > 0 and _is_letter(text[begin - 1]):
        begin -= 1
    word = text[begin:end]
    if not word or not word[0].isupper() or (begin and _is_word(text[begin - 1])):
        return False
    key = word.lower()
    return key not in _YEAR_INTRODUCERS and key not in lex.months and key not in lex.weekdays


def _time_of_day(text: str, low: str, s: int, e: int, language: str) -> bool:
    """"por la mañana", "am Morgen": the time of day, not the relative day it also names."""
    noun = TIME_OF_DAY_NOUNS.get(language)
    if noun is None or low[s:e] != noun[0]:
        return False
    if language == "de" and text[s].isupper():  # the noun; "Morgen" opening a sentence is ambiguous
        before = text[max(0, s - 3):s].rstrip()
        if before and before[-1] not in ".!?:\n\"„“«":
            return True
    return bool(re.compile(noun[1]).search(low, max(0, s - 24), s))


def _two_days(m: re.Match | None) -> re.Match | None:
    """`m`, unless it joins two days with "and" that are not one after the other ("March 3 and
    10": two happenings; `_month` then takes the first day alone)."""
    if m is None or not m.group("d3"):
        return m
    if int(_DIGITS.match(m.group("d3")).group()) == int(_DIGITS.match(m.group("d")).group()) + 1:
        return m
    return _MONTH_DAY_ALONE.match(m.string, m.start()) if m.re is _MONTH_DAY else None


def _glued_day(low: str, s: int) -> bool:
    """A day number written against the month name at `s` ("15April 2019": a web page's
    non-breaking space lost), one or two digits after a non-word."""
    i = s
    while i > 0 and s - i < 3 and low[i - 1].isdigit():
        i -= 1
    return 1 <= s - i <= 2 and (i == 0 or not _is_word(low[i - 1]))


def _in_a_name(text: str, s: int) -> bool:
    """A capitalised relative word right after a capitalised word is part of a name: "USA
    Today", "The Europe Today", "the BBC's Today programme" (not "Monday. Today the …")."""
    if not text[s:s + 1].isupper() or s < 2 or text[s - 1] != " ":
        return False
    j = s - 1
    while j > 0 and text[j - 1] not in " \n\t":
        j -= 1
    word = text[j:s - 1]
    return bool(word) and word[:1].isupper() and word[-1:] not in ".!?:;,\"”»)"


def _lowercase(text: str) -> str:
    """`text` lowercased, offset for offset: the rare letter whose lowercase is longer ("İ" is
    "i̇") becomes the first letter of it."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return text.translate({ord(c): c.lower()[0] for c in set(text) if len(c.lower()) != 1}).lower()


def _is_word(char: str) -> bool:  # what `\w` matches
    return char.isalnum() or char == "_"


def _is_year(digits: str) -> bool:  # four digits that `_YEAR` matches: 1000-2099
    return (digits[0] == "1" and digits[1] in "0123456789") or digits[:2] == "20"


def _is_letter(char: str) -> bool:  # what `[^\W\d_]` matches
    return char.isalnum() and not char.isdecimal()


def _before(low: str, at: int, phrases: Phrases, gap: int, stops: str = "") -> tuple[int, int] | None:
    """The span of the longest of `phrases` that ends before `at` with at least `gap` spaces
    between, and starts a word (nor after one of `stops`)."""
    j = at
    while j > 0 and low[j - 1].isspace():
        j -= 1
    if at - j < gap or not j or low[j - 1] not in phrases.lasts:
        return None
    for phrase in phrases.phrases:
        i = j - len(phrase)
        if i >= 0 and low.startswith(phrase, i) and not (i and (_is_word(low[i - 1]) or low[i - 1] in stops)):
            return i, j
    return None


def _after(low: str, at: int, phrases: Phrases) -> tuple[int, int] | None:
    """The span of the longest of `phrases` that follows `at` after spaces, as a whole word."""
    n = len(low)
    if at >= n or not low[at].isspace():
        return None
    i = at
    while i < n and low[i].isspace():
        i += 1
    return _phrase_at(low, i, phrases)


def _phrase_at(low: str, i: int, phrases: Phrases) -> tuple[int, int] | None:
    """The span of the longest of `phrases` that starts at `i`, as a whole word."""
    n = len(low)
    if i >= n or low[i] not in phrases.firsts:
        return None
    for phrase in phrases.phrases:
        j = i + len(phrase)
        if low.startswith(phrase, i) and not (j < n and _is_word(low[j])):
            return i, j
    return None


def _count_near(low: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a count ("3", "two", "un") is within two words of low[s:e]: an "N days ago"
    phrase has one, "last year" and "this month" do not (and then its patterns need not be
    compiled)."""
    near = _WORD_OR_NUMBER.findall(low, max(0, s - 32), s)[-2:] + _WORD_OR_NUMBER.findall(low, e, e + 32)[:2]
    return any(w[0].isdecimal() or w in lex.numbers for w in near)


def _groups(m: re.Match) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v}


def _window(text: str, start: int, end: int, reach: int = AGO_WINDOW) -> tuple[int, int]:
    """`reach` characters around text[start:end], widened to a word boundary so that no word
    is cut (a pattern's end-of-word check at the window's end must see a real word end), but
    by at most `WORD_EDGE_REACH`: a text without spaces must not make every window the text."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    floor, ceiling = max(0, lo - WORD_EDGE_REACH), min(len(text), hi + WORD_EDGE_REACH)
    while lo > floor and _is_word(text[lo - 1]):
        lo -= 1
    while hi < ceiling and _is_word(text[hi]):
        hi += 1
    return lo, hi


def _plausible_word(text: str, c: Candidate, word: str, language: str) -> bool:
    """A month or weekday name standing alone: real in "in May", not in "may be" or "march on"."""
    if language in ("en", "de") and not word[0].isupper():
        return False  # these languages capitalise month and weekday names (Dutch does not)
    if c.kind == "weekday":
        return True
    if word.isupper() and len(word) > 3:
        return True
    if language == "en" and re.compile(_ARTICLE_BEFORE, re.I).search(text, max(0, c.start - 20), c.start):
        return False  # "a strong January", "the January effect": a month used as a noun
    before = text[max(0, c.start - 16):c.start]
    placed = bool(c.parts.get("pre") or c.parts.get("part") or c.parts.get("ryear")
                  or re.search(_PREPOSITION, before, re.I))  # "last May", "early March", "in May"
    if language != "de" and word[0].isupper() and not word.isupper() and _NAME_AFTER.match(text, c.end) \
            and not (placed or c.parts.get("post")):
        return False  # a first name: "Julio Sánchez", "April Ryan", "Avril Dupont" (German nouns have capitals)
    if language == "en" and word.lower() in ("may", "march"):
        return placed or bool(_AFTER_MONTH.search(before))
    if language not in ("en", "de") and word[0].isupper() and not word.isupper() \
            and _NAME_OF_BEFORE.search(text, max(0, c.start - 40), c.start):
        return False  # a name's last word: "Rio de Janeiro", "Plaza de Mayo" (months are written small)
    return True


_NAME_AFTER = re.compile(r" (?-i:[A-ZÀ-ÞА-Я][a-zß-ÿа-я]+)\b")  # a surname after a month name
_NAME_OF_BEFORE = re.compile(r"(?-i:[A-ZÀ-Þ][a-zß-ÿ]+)\s+(?:de|do|da|di|del|della|du)\s+\Z")
# "in January and March", "February, March": a month name after another is one too
_AFTER_MONTH = re.compile(r"(?-i:January|February|April|June|July|August|September|October|November|December)"
                          r"(?:\s*,\s*|\s+(?:and|or|to|through)\s+)\Z")


def _merge_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"from March 1 to March 3", "du 3 au 5 janvier 2026": one mention, start and end."""
    out: list[Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in _DATED_KINDS and c.kind in _DATED_KINDS
                and "d2" not in prev.parts and "end" not in prev.parts
                and re.compile(_RANGE_JOIN, re.I).fullmatch(text, prev.end, c.start)):
            parts = dict(prev.parts)
            parts["end"] = c
            if "y" in c.parts and "y" not in parts and prev.kind in ("day_month", "month_day"):
                parts["y"] = c.parts["y"]  # "March 1 to March 3, 2026": the year covers both
            out[-1] = Candidate(prev.start, c.end, prev.kind, parts)
            continue
        out.append(c)
    return out


def _merge_weekdays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Friday, January 23", "este domingo 14 de diciembre": the weekday joins the date after it."""
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        c = candidates[i]
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if (c.kind == "weekday" and nxt is not None and nxt.kind in _DATED_KINDS
                and re.compile(_BETWEEN_WEEKDAY_AND_DATE, re.I).fullmatch(text, c.end, nxt.start)):
            out.append(Candidate(c.start, nxt.end, nxt.kind, {**nxt.parts, "wd": c.parts["w"]}))
            i += 2
            continue
        out.append(c)
        i += 1
    return out
