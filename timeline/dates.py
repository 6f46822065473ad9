"""Finding calendar dates in running text: `find_dates(text, published, languages)`.

Two steps, as htmldate does it (cheap and explicit first):

1. **Scan** (`scan`). Words looked up in dateparser's own vocabulary (`lexicon`), completed
   by small patterns, find candidates: "January 3, 2026", "3 de enero", "am 3. Januar",
   "Jan. 3–5", "2026-01-03", "01/03/2026", weekdays with their modifiers ("el pasado sábado"),
   relative phrases ("yesterday", "this month", "l'année dernière", "hace un mes"), "early
   December", bare years ("since 2022"). dateparser's `search_dates` is not used: it is slow
   and splits "Jan. 20" into "on Jan" + "20, a".
2. **Resolve.** Each candidate becomes a `PartialDate` at its own precision (a month stays a
   month). What the text leaves open (the year of "Jan. 20", which "Thursday") is resolved
   against the publication date, news-style: the nearest past occurrence, unless the wording
   ("next", "prochain") or the tense of the sentence ("will meet") says future. Without a
   publication date, such candidates are dropped, not guessed; `rejected` says why.

Everything here is pure: text in, mentions out.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from .errors import InvalidDateError
from .lexicon import DAY_PARTS, NUMBER_WORDS, ONE_WORDS, WORD, Lexicon, holiday_day, lexicon
from .partial_date import PartialDate, days_in_month
from .scan import Candidate, scan
from .segment import SENTENCE_STOPS, paragraphs, soft_wrap
from .settings import (
    ANCHOR_REACH,
    ANCHORED_DAY_REACH,
    FUTURE_SLACK_DAYS,
    LANGUAGE_SAMPLE_CHARS,
    MONTH_PUBLICATION_REACH,
    NAMED_WEEKDAY_REACH,
    PAST_SLACK_DAYS,
    ROUND_MONTHS,
    TENSE_REACH,
    WEEKDAY_TENSE_REACH,
)


class DateMention(NamedTuple):
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


# ---------------------------------------------------------------- resolving


def to_date(value) -> dt.date | None:
    """The day of publication from a date, datetime, day PartialDate or ISO text (a day, or a
    timestamp whose day is taken); anything else raises `InvalidDateError`, not a guess."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value.strip()) > 10:
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    date = PartialDate.parse(value)
    if date.precision != "day":
        shown = repr(value) if isinstance(value, str) else str(value)
        raise InvalidDateError(f"{shown} is not a day (expected YYYY-MM-DD: relative dates are resolved against "
                               "the day of publication)")
    return date.first_day


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def publication(value) -> tuple[dt.date | None, tuple[int, int] | None]:
    """`to_date(value)`, or, for a month ("2018-01", a month `PartialDate`), no day and that
    (year, month): a scraped page's date line often gives no more."""
    if isinstance(value, str) and _MONTH_ONLY.fullmatch(value.strip()):
        value = PartialDate.parse(value.strip())
    if isinstance(value, PartialDate) and value.precision == "month":
        return None, (value.year, value.month)
    return to_date(value), None


_MONTH_ONLY = re.compile(r"\d{4}-\d{2}")


class _Resolver:
    def __init__(self, text: str, lex: Lexicon, published: dt.date | None, month: tuple[int, int] | None = None):
        self.text = text
        self.lex = lex
        self.published = published
        self.month = month  # (year, month) of publication when only the month is known
        self.anchor: PartialDate | None = None  # the year the text gives a year-less date
        self.told_year: int | None = None  # the year of the last date that gave one, before the mention

    def direction(self, c: Candidate) -> int | None:
        """-1, 0 or +1 from the words of the mention ("last", "ce", "próximo"), or None."""
        for key in ("pre", "post"):
            word = c.parts.get(key)
            if word:
                return self.lex.directions.get(word.lower(), self.lex.directions.get(word))
        return None

    def tense(self, c: Candidate, reach: int = TENSE_REACH) -> int:
        """+1 if the clause around the mention speaks of the future, -1 of the past, 0 unknown.

        `reach` bounds how far (in characters) a cue may be from the mention, and so the text
        looked at: every search here stays within it (a text without a full stop must not be
        searched back to its start for every date). The part of the sentence between the commas
        around the mention speaks first ("talks will go on, a spokesman said on Monday": Monday
        is past); if it has no cue, the sentence does.
        """
        if self.lex.future is None:
            return 0
        text = self.text
        if self.rescheduled_to(c):
            return 1  # "the vote was postponed to Feb. 23": the new date is still to come
        ceiling = min(len(text), c.end + reach)
        lo, near_lo = self.clause_before(c, reach)
        hi = min([i for i in (_full_stop_after(text, c.end, ceiling), _line_break_after(text, c.end, ceiling))
                  if i >= 0] + [ceiling])
        near_hi = min([i for i in (text.find(",", c.end, hi), text.find(";", c.end, hi)) if i >= 0] + [hi])
        if near_hi < hi and (said := self.lex.said_after) is not None and said.match(text[near_hi:hi].lower()):
            hi = near_hi  # "The vote is on Feb. 23, he said.": the saying's past is not the vote's
        nouns = _NOUN if self.lex.language == "de" else None  # German nouns are capitalised: no verbs
        for a, b in ((near_lo, near_hi), (lo, hi)):
            before, after = text[a + 1:c.start], text[c.end:b]
            # "said on Monday that the bridge will reopen": what follows "that" has its own tense
            # (and "said that the bridge will reopen on Monday": what came before it)
            if (that := self.lex.that) is not None:
                if (m := that.search(after)) is not None:
                    after = after[:m.start()]
            if (joined := _SECOND_PREDICATE.search(after)) is not None and self.lex.past.search(before.lower()):
                after = after[:joined.start()]  # "began on Sunday and is expected to last 48 hours": its own tense
            before, expected = self.after_that(before)
            if nouns is not None:
                before, after = nouns.sub(" ", before), nouns.sub(" ", after)
            before = before.lower()
            clause = before + " " + after.lower()
            if expected and not self.lex.past.search(before):
                return 1  # "se espera que llegue a Cuba el miércoles"
            # a future cue wins: news reports the past by default, so a clause that bothers
            # to say "will" is about what comes
            if cues := [m.group() for m in self.lex.future.finditer(clause)]:
                bare = self.lex.bare_plan
                if bare is not None and all(bare.fullmatch(cue) for cue in cues):
                    sentence = text[lo + 1:hi].lower()
                    if self.lex.past.search(sentence) and all(
                            bare.fullmatch(m.group()) for m in self.lex.future.finditer(sentence)):
                        return 0  # "How did the flight, scheduled to leave on 12 June, crash?": either way
                plan = self.lex.past_after_plan
                last = next(reversed(list(self.lex.future.finditer(before))), None) if plan is not None else None
                if last is not None and plan.search(before, last.end()) and not _NEW_DATE.search(before) \
                        and not self.lex.future.search(after.lower()):
                    return -1  # "The summit planned for March 3 was cancelled on Friday"
                return 1
            weak = self.lex.weak_future
            last = None if weak is None else next(reversed(list(weak.finditer(before))), None)
            if last is not None and not self.lex.past.search(before, last.end()):
                return 1
            prospect = self.lex.prospect
            last = None if prospect is None else next(reversed(list(prospect.finditer(before))), None)
            if last is not None and not self.lex.past.search(before, last.end()) \
                    and not self.lex.past.search(after.lower()) and not _WAS_BEFORE.search(before, 0, last.start()):
                return 1  # "a potential interest rate cut in December" (not "There was a chance of rain on …")
            if self.lex.past.search(clause):
                return -1
        return 0

    def rescheduled_to(self, c: Candidate) -> bool:
        """Whether the mention is the day something was moved to (`lexicon.RESCHEDULED_TO`)."""
        if (moved := self.lex.rescheduled) is None:
            return False
        before, after = moved
        if before.search(self.text[max(0, c.start - _RESCHEDULED_REACH):c.start].lower()) is None:
            return False
        return after is None or after.search(self.text[c.end:c.end + _RESCHEDULED_REACH].lower()) is not None

    def planned_before(self, c: Candidate) -> bool:
        """Whether a future cue further back in the mention's own clause still governs it: no
        comma, "that" or past verb between them ("The storm is expected to make landfall on the
        island early Tuesday"; not "The storm will weaken after it struck the island Tuesday")."""
        if self.lex.future is None:
            return False
        before, expected = self.after_that(self.text[self.clause_before(c, TENSE_REACH)[1] + 1:c.start])
        if self.lex.language == "de":
            before = _NOUN.sub(" ", before)
        before = before.lower()
        # (a weak cue too: "si dovrebbero tenere tra il quarto e il sesto giorno, quindi tra venerdì e domenica")
        cues = [m for pattern in (self.lex.future, self.lex.weak_future) if pattern is not None
                for m in pattern.finditer(before)] if not expected else []
        cue = max(cues, key=lambda m: m.end(), default=None)
        return (expected or cue is not None) and not self.lex.past.search(before, cue.end() if cue else 0)

    def clause_before(self, c: Candidate, reach: int) -> tuple[int, int]:
        """Where the mention's sentence starts before it (a full stop or a paragraph's end, at most
        `reach` back), and where its clause does (a comma or semicolon after that): each the
        index of the character before the text to look at."""
        text = self.text
        floor = max(0, c.start - reach)
        lo = max(_full_stop_before(text, floor, c.start), _line_break_before(text, floor, c.start), c.start - reach)
        def comma_before(at: int) -> int:
            return max(lo, text.rfind(",", lo + 1, at), text.rfind(";", lo + 1, at))

        near = comma_before(c.start)
        if near > lo:
            # "si terranno tra il quarto e il sesto giorno, quindi tra venerdì e domenica", "…, that
            # is, on Friday": the date restates what comes before its comma, whose clause it is
            if _RESTATING.fullmatch(text, near + 1, c.start):
                near = comma_before(near)
            elif (earlier := comma_before(near)) > lo and _RESTATING.fullmatch(text, earlier + 1, c.start):
                near = comma_before(earlier)
        return lo, near

    def after_that(self, before: str) -> tuple[str, bool]:
        """The words before a mention from its clause's last that-word on ("said that the bridge
        will reopen on Monday": what came before "that" has its own tense), and whether that
        word opens an expectation ("se espera que", "il est prévu qu'"), which puts it ahead."""
        that = self.lex.that
        last = None if that is None else next(reversed(list(that.finditer(before))), None)
        if last is None:
            return before, False
        expected = self.lex.expected_that
        lead = before[max(0, last.start() - 40):last.start()].lower()
        return before[last.end():], bool(expected and expected.search(lead))

    def resolve(self, c: Candidate) -> tuple[PartialDate, PartialDate | None, bool] | None:
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
        if kind in ("day_month", "month_day", "month_year", "month_alone", "holiday"):
            if kind == "holiday":  # (a moveable feast's day: this year's, until its year is known)
                rule = self.lex.holidays[p["h"].lower()]
                month, day = holiday_day(rule, int(p["y"]) if "y" in p else self._about_year())
                day2 = None
            else:
                month = self.lex.months[p["m"].lower().rstrip(".")]
                day = _number(p.get("d"))
                day2 = _number(p.get("d2") or p.get("d3"))
            relative = "y" not in p
            if not relative:
                year = int(p["y"])
            elif self.published is None and self.month is None:
                return None
            elif "ryear" in p:
                year = (self.published.year if self.published else self.month[0]) \
                    + self.lex.relative[p["ryear"].lower()][0]
            elif self.anchor is not None and not self.rescheduled_to(c):  # "in November 2018 ... in December": 2018's
                year = self.anchor.year + (1 if self.anchor.month and month < self.anchor.month else 0)
            elif self.published is None:
                found = self.year_near_month(month)
                if found is None:
                    return None
                year = found
            else:
                year = self.year_of(c, month, day)
            if kind == "holiday":
                month, day = holiday_day(rule, year)
            value = PartialDate(year, month, day) if day else PartialDate(year, month)
            end = PartialDate(year, month, day2) if day and day2 and day2 > day else None
            return value, end, relative
        if self.published is None and kind == "relative" and self.month is not None:
            offset, unit = self.lex.relative[p["rel"].lower()]  # "last month", "este año": the month tells
            if unit == "month":
                return PartialDate(*_shift_months(*self.month, offset)), None, True
            if unit == "year":
                return PartialDate(self.month[0] + offset), None, True
            return None
        if self.published is None and kind == "weekday" and self.month is not None and p.get("dn"):
            # "na última sexta-feira (3)" when only the month of publication is known: the 3rd of
            # that month, or of the one before or after, that is a Friday
            target, day = self.lex.weekdays[p["w"].lower()], int(p["dn"])
            for shift in (0, -1, 1):
                y, m = _shift_months(*self.month, shift)
                found = _day_in_month(dt.date(y, m, 1), 0, day)
                if found is not None and found.weekday() == target:
                    return PartialDate.from_date(found), None, True
            return None
        if self.published is None and kind != "year":
            return None
        if kind == "weekday":
            return PartialDate.from_date(self.weekday(c)), None, True
        if kind == "relative":
            offset, unit = self.lex.relative[p["rel"].lower()]
            return self.offset(offset, unit), None, True
        if kind == "ago":
            return self.offset(*p["offset"]), None, True
        if kind == "day_part":
            offset = DAY_PARTS[self.lex.language][p["dp"].lower()]
            return PartialDate.from_date(self.published + dt.timedelta(days=offset)), None, True
        if kind == "year":
            return PartialDate(int(p["y"])), None, False
        return None

    def year_near_month(self, month: int) -> int | None:
        """The year of a year-less month when only the month of publication is known: the one
        within `MONTH_PUBLICATION_REACH` months of it (a date half a year off could be either)."""
        year, at = self.month
        for y in (year, year - 1, year + 1):
            if abs((y * 12 + month) - (year * 12 + at)) <= MONTH_PUBLICATION_REACH:
                return y
        return None

    def _about_year(self) -> int:
        """The year of publication, as near as it is known (a moveable feast's day is looked up in
        it before the feast's own year is chosen)."""
        return self.published.year if self.published else self.month[0] if self.month else 2000

    def year_of(self, c: Candidate, month: int, day: int | None) -> int:
        """The year of a year-less date: past-leaning unless the words or tense say future."""
        pub = self.published
        if pub is None:
            raise ValueError("a relative date needs the date of publication")
        if day is not None:  # "martes 28 de noviembre", "Tuesday, Nov. 28": the year whose weekday it is
            named = self.lex.weekdays.get(c.parts["wd"].lower()) if c.parts.get("wd") else None
            # (of the occurrences within half a year: the weekday tells the last from the next,
            # not last year's from this year's, where a wrong weekday is likelier)
            years = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                     if named is not None and day <= days_in_month(y, month)
                     and abs((dt.date(y, month, day) - pub).days) <= 183 and dt.date(y, month, day).weekday() == named]
            if years:
                return years[0]
            # (none near publication: the year the text last gave, or one beside it, when its
            # weekday agrees: "sabato 22 ottobre" after "il 21 luglio 2022", read in 2024, is 2022's)
            told = [y for y in (self.told_year, self.told_year + 1, self.told_year - 1) if named is not None
                    and day <= days_in_month(y, month) and dt.date(y, month, day).weekday() == named] \
                if self.told_year is not None else []
            if told:
                return told[0]
        direction = self.direction(c)
        # a stretch's end or start: the tense is of the stretch ("was suspended until Jan. 15")
        lo = max(0, c.start - _UNTIL_REACH)
        deadline = direction is None and bool(_UNTIL.search(self.text, lo, c.start)
                                              or _STARTING.search(self.text, lo, c.start))
        if direction is None:
            direction = 0 if deadline else self.tense(c)
            if direction == 0 and day is None and self.lex.language in _PRESENT_AHEAD \
                    and _IM.search(self.text, max(0, c.start - 4), c.start):
                direction = 1  # "Im September ist Bundestagswahl": German tells what comes in the present
        last_day = days_in_month(pub.year, month)
        this_year = dt.date(pub.year, month, min(day or last_day, last_day))
        first = dt.date(pub.year, month, min(day or 1, last_day))
        if direction > 0:  # future: this year's unless it is over (some days before publication: not over)
            return pub.year if this_year >= pub - dt.timedelta(days=FUTURE_SLACK_DAYS) else pub.year + 1
        if direction < 0 or (day is None and not deadline):
            # (a day a plan is for, a few days after publication, is this year's even in a past
            # sentence: "anunciaron una huelga para el 5 de julio", written on 28 June)
            near = day is not None and pub < first <= pub + dt.timedelta(days=PAST_SLACK_DAYS) \
                and _PLANNED_FOR.search(self.text, max(0, c.start - 16), c.start) is not None
            return pub.year if first <= pub or near else pub.year - 1
        # a day with no cue either way: the nearer occurrence
        before = this_year if this_year <= pub else this_year.replace(year=pub.year - 1)
        after = this_year if this_year >= pub else this_year.replace(year=pub.year + 1) \
            if not (month == 2 and day == 29) else this_year
        return (after if (after - pub) < (pub - before) else before).year

    def weekday(self, c: Candidate) -> dt.date:
        pub = self.published
        if pub is None:
            raise ValueError("a relative date needs the date of publication")
        target = self.lex.weekdays[c.parts["w"].lower()]
        if c.parts.get("dn"):  # "quarta-feira (26)": the day of that weekday and number nearest publication
            day = int(c.parts["dn"])
            near = [d for d in (_day_in_month(pub, shift, day) for shift in (-1, 0, 1))
                    if d is not None and d.weekday() == target and abs((d - pub).days) <= 45]
            if near:
                return min(near, key=lambda d: abs((d - pub).days))
        if c.parts.get("week"):  # "Tuesday of last week": that weekday of the week named (weeks start on Monday)
            week = self.lex.weeks[" ".join(c.parts["week"].lower().split())]
            return pub + dt.timedelta(days=target - pub.weekday() + 7 * week)
        direction = self.direction(c)
        if direction == 0:
            # "this Friday", "ce dimanche": the one the tense says, the latest or the coming one
            # ("las municipales celebradas este domingo ya han tenido", said on a Monday: the day
            # before); with no tense, the one in the week of publication
            said = self.tense(c)
            if said < 0:
                return pub - dt.timedelta(days=(pub.weekday() - target) % 7)
            if said > 0:
                return pub + dt.timedelta(days=(target - pub.weekday()) % 7)
            return pub + dt.timedelta(days=target - pub.weekday())
        if direction is None:
            # a bare weekday is almost always a recent day; only a cue right beside it
            # ("will meet on Thursday") moves it ahead; a deadline ("will be there by Monday",
            # "hasta el lunes") takes the tense of its whole clause
            lo = max(0, c.start - _UNTIL_REACH)
            deadline = bool(_UNTIL.search(self.text, lo, c.start) or _BY.search(self.text, lo, c.start))
            reach = TENSE_REACH if deadline else WEEKDAY_TENSE_REACH
            said = self.tense(c, reach=reach)
            sentence_lo = self.clause_before(c, TENSE_REACH)[0] + 1
            if said == 0 and self.lex.language == "de" and _SUBORDINATE_DE.search(self.text, sentence_lo, c.start):
                # "legten fest, dass der Sarg am Mittwochmorgen in den Petersdom überführt wird": a
                # German subordinate clause puts its verb, and its tense, last
                said = self.tense(c)
            if self.lex.language == "en" and not c.parts.get("pre") and not c.parts.get("post") and (
                    ((said > 0 or self.planned_before(c)) and _WAS_EXPECTED.search(self.text, sentence_lo, c.start))
                    or ((asked := _ASKED_TO.search(self.text, sentence_lo, c.start)) is not None
                        and not self.lex.past.search(self.text[asked.end():c.start].lower()))):
                # "Helene was expected to hover over the valley on Saturday", published on the
                # Sunday: an expectation told in the past, written shortly before; the nearer one
                # (so is what someone was asked to do: "have been invited to gather on Tuesday")
                ahead, back = (target - pub.weekday()) % 7, (pub.weekday() - target) % 7
                return pub + dt.timedelta(days=ahead) if ahead <= back else pub - dt.timedelta(days=back)
            if said > 0 or self.planned_before(c):
                direction = 1
            elif said == 0 and self.lex.language in _PRESENT_AHEAD and _PLAIN_WEEKDAY_DE.match(c.parts["w"].lower()) \
                    and _AM.search(self.text, max(0, c.start - 4), c.start) and self.tense(c) == 0:
                # "Der Bundestag stimmt am Montag ab": German tells what comes in the present (not a
                # scene: "Im Nordwesten ist noch Freitagvormittag, als das Treffen beginnt")
                direction = 1
            else:
                direction = -1
        if direction > 0:
            modified = bool(c.parts.get("pre") or c.parts.get("post"))  # "next Friday" said on a Friday
            return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or (7 if modified else 0))
        back = (pub.weekday() - target) % 7
        if back == 0 and (c.parts.get("pre") or c.parts.get("post")):
            back = 7  # "last Friday" said on a Friday is a week ago
        elif back == 0 and (pluperfect := _PLUPERFECT.get(self.lex.language)) is not None:
            lo, _ = self.clause_before(c, TENSE_REACH)
            hi = _full_stop_after(self.text, c.end, min(len(self.text), c.end + TENSE_REACH))
            sentence = self.text[lo + 1:hi if hi >= 0 else c.end + TENSE_REACH].lower()
            # (not reported speech, whose pluperfect is only the saying's: "police said the man had
            # been arrested on Tuesday" is today's arrest)
            if pluperfect.search(sentence) and not _SAID.search(sentence):
                back = 7  # "era salpata … di martedì", read on a Tuesday: before a past, not today
        elif self.lex.language == "en" and (c.parts.get("pre") or "").lower() == "last" and back == 1:
            # "last Friday" said on a Saturday is the Friday of last week (the day before would be
            # "Friday" or "yesterday"); "el pasado viernes", "vendredi dernier" are the latest one
            back += 7
        return pub - dt.timedelta(days=back)

    def offset(self, offset: int, unit: str) -> PartialDate:
        pub = self.published
        if pub is None:
            raise ValueError("a relative date needs the date of publication")
        if unit == "day":
            return PartialDate.from_date(pub + dt.timedelta(days=offset))
        if unit == "month":
            y, m = _shift_months(pub.year, pub.month, offset)
            # "18 months ago" is a round figure: it tells the year, not the month
            return PartialDate(y, m) if abs(offset) < ROUND_MONTHS else PartialDate(y)
        return PartialDate(pub.year + offset)


def _day_in_month(pub: dt.date, shift: int, day: int) -> dt.date | None:
    """Day `day` of the month `shift` months from `pub`'s, if that month has it."""
    y, m = _shift_months(pub.year, pub.month, shift)
    return dt.date(y, m, day) if day <= days_in_month(y, m) else None


def _abbreviation(text: str, i: int) -> bool:
    """The full stop at `i` ends a one-letter abbreviation ("a.m.", "p.m.", "U.S."), not a clause."""
    return i >= 2 and text[i - 1].isalpha() and (text[i - 2] == "." or (i + 2 < len(text) and text[i + 2] == "."))


def _line_break_before(text: str, lo: int, at: int) -> int:
    """The last line break in text[lo:at] that ends a paragraph (not one that wraps a sentence), or -1."""
    while (at := text.rfind("\n", lo, at)) >= 0 and soft_wrap(text, at):
        pass
    return at


def _line_break_after(text: str, at: int, hi: int) -> int:
    """The first line break in text[at:hi] that ends a paragraph, or -1."""
    while (at := text.find("\n", at, hi)) >= 0 and soft_wrap(text, at):
        at += 1
    return at


# a pluperfect: what came before another past ("era salpata", "había zarpado"; not English, whose
# news writes "had" for a backshift of its own: on Timeline17 it dated days of publication a week early)
_PLUPERFECT = {
    "it": re.compile(r"\b(?:era|erano|aveva|avevano)\s+(?:stat[oaie]\s+)?[a-z]+(?:at|it|ut)[oaie]\b"),
    "es": re.compile(r"\b(?:había|habían)\s+[a-záéíóúñ]+(?:ado|ido)s?\b"),
    "fr": re.compile(r"\b(?:avait|avaient|était|étaient)\s+[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|is|it|u|ue)\b"),
    "pt": re.compile(r"\b(?:tinha|tinham|havia|haviam)\s+[a-záéíóúãõç]+(?:ado|ido)s?\b"),
    # (the participle ends the clause: "war am Dienstag entgleist.", not "war am Dienstag erst schlecht")
    "de": re.compile(r"\b(?:hatte|hatten|war|waren)\b[^.;]{0,60}?\b(?:(?:ge|be|ent|er|ver|zer)[a-zäöüß]+(?:t|en)"
                     r"|[a-zäöüß]+iert)(?=\s*(?:[.,;!?]|$))"),
}
# a saying, whose that-clause backshifts its tense: "said (that) the man had been arrested"
_SAID = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|added|dijo|dijeron|informó|afirmó|explicó"
                   r"|indicó|aseguró|señaló|ha\s+detto|hanno\s+detto|ha\s+riferito|ha\s+spiegato|ha\s+dichiarato"
                   r"|disse|sagte|sagten|erklärte|teilte|berichtete|meldete|a\s+dit|a\s+déclaré|a\s+indiqué"
                   r"|a\s+annoncé|a\s+précisé|afirmou|informou)\b")
# the day a plan is for: "a strike for July 5", "una huelga para el 5 de julio", "pour le 5 juillet"
_PLANNED_FOR = re.compile(r"\b(?:for|para|pour|per|für)\s+(?:the\s+|el\s+|le\s+|il\s+|den\s+|o\s+)?\Z", re.I)
# a second predicate of the same subject, with a verb of its own: "… and is expected to", "… y se espera"
_SECOND_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:is|are|will|would|has|have|could|may|might|should|must)\b", re.I)


def _full_stop_before(text: str, floor: int, start: int) -> int:
    """Where the sentence before `start` ended (a full stop that ends no abbreviation, or a
    question or exclamation mark: "So when will crews refloat the ship? Here is the admiral at a
    hearing on Wednesday"), at `floor` or after; -1 if none."""
    i = text.rfind(".", floor, start)
    while i >= 0 and _abbreviation(text, i):
        i = text.rfind(".", floor, i)
    return max(i, text.rfind("?", floor, start), text.rfind("!", floor, start))


def _full_stop_after(text: str, end: int, ceiling: int) -> int:
    i = text.find(".", end, ceiling)
    while i >= 0 and _abbreviation(text, i):
        i = text.find(".", i + 1, ceiling)
    stops = [j for j in (i, text.find("?", end, ceiling), text.find("!", end, ceiling)) if j >= 0]
    return min(stops) if stops else -1


def _number(value: str | None) -> int | None:
    if not value:
        return None
    digits = re.match(r"\d+", value)
    return int(digits.group()) if digits else None


# ---------------------------------------------------------------- public


def find_dates(text: str, published=None, languages: list[str] | None = None) -> list[DateMention]:
    """Every calendar date expression in `text`, resolved against `published`.

    `published` is a date, datetime, PartialDate or ISO string (None: relative and year-less
    expressions are skipped, not guessed; a month, "2018-01": year-less dates within
    `MONTH_PUBLICATION_REACH` months of it and "last month" / "this year" resolve, weekdays and
    relative days do not). `languages` are ISO 639-1 codes; None detects one.
    Mentions are in text order and never overlap; `text[m.start:m.end] == m.text`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text:
        return []
    pub, month = publication(published)
    langs = list(languages) if languages else [detect_language(text)]
    kept = [(p.start, p.end) for p in paragraphs(text) if p.kept]
    starts = [s for s, _ in kept]
    mentions: list[DateMention] = []
    seen: set[tuple[int, int]] = set()
    blocks: list[int] = []  # where each language's mentions start in `mentions` (each block in text order)
    for language in langs:
        blocks.append(len(mentions))
        resolver = _Resolver(text, lexicon(language), pub, month)
        last_explicit: tuple[int, PartialDate] | None = None
        last_weekday: DateMention | None = None  # the mention just made, when it was a weekday
        sentence_weekday: DateMention | None = None  # the last weekday named
        last_yearless: DateMention | None = None  # ... when it was a day or month without its year
        named: dict[int, tuple[int, PartialDate]] = {}  # weekday → where and which day it was last named with its day
        span: tuple[int, dt.date, dt.date] | None = None  # where the last short span of days ended, and its days
        for c in _years_of_lists(text, scan(text, language), resolver.lex):
            at = bisect.bisect_right(starts, c.start) - 1
            if at < 0 or c.end > kept[at][1]:
                continue  # page furniture, a repeated paragraph, the metadata line
            if seen and any(s < c.end and c.start < e for s, e in seen):
                continue  # a mention found in another of `languages`
            if c.kind == "anchored":  # "the next day", "a year later": from the last day or year the text gave
                days = c.parts["unit"] == "day"
                last = _day_before(text, mentions, blocks, c.start, days)
                try:
                    value = None if last is None else \
                        PartialDate.from_date(last.value.first_day + dt.timedelta(days=c.parts["offset"])) \
                        if days else PartialDate(last.value.year + c.parts["offset"])
                except (ValueError, OverflowError):  # "0001-01-01 … the previous day": no calendar day
                    value = None
                if value is not None:
                    mentions.append(DateMention(c.start, c.end, text[c.start:c.end], value, None, True))
                continue
            resolver.anchor = _anchor(text, c, last_explicit)
            resolver.told_year = last_explicit[1].year if last_explicit is not None else None
            listed = resolver.anchor is None and last_yearless is not None and c.kind in _YEARLESS \
                and not ({"y", "ryear", "pre"} & c.parts.keys()) \
                and last_yearless is (mentions[-1] if len(mentions) > blocks[-1] else None) \
                and bool(_WEEKDAY_LINK.fullmatch(text, last_yearless.end, c.start))
            try:
                resolved = resolver.resolve(c)
            except (ValueError, KeyError, OverflowError):  # "February 30", an unknown word form, year 10000
                continue
            # (only asked when a weekday was named with its day: most texts have none)
            same_week = bool(named) and c.kind == "weekday" and set(c.parts) <= {"w", "pre", "post"} \
                and resolver.direction(c) in (0, None)
            if resolved is None and same_week:
                # (a bare weekday, or "this Sunday", a month-only date line leaves unresolved, named
                # with its day before)
                told = named.get(resolver.lex.weekdays[c.parts["w"].lower()])
                resolved = (told[1], None, True) if told and c.start - told[0] <= NAMED_WEEKDAY_REACH else None
            if resolved is None:
                continue
            value, range_end, relative = resolved
            if c.kind in _DATED_OFFSET_KINDS and value.precision == "day" and range_end is None \
                    and (offset := _offset_before(text, c.start, language)) is not None:
                # "vier Tage vor Heiligabend", "two days after March 3": that many days off the day named
                start, days = offset
                value = _offset_day(value, days, relative, resolver.tense(c), pub)
                c = Candidate(start, c.end, c.kind, c.parts)
            # the day a plan was moved to, after the day it was set for: after that one ("originally
            # scheduled for March 3, was postponed to March 10", published in June: that March's 10th)
            moved = not listed and last_yearless is not None and c.kind in _YEARLESS \
                and not ({"y", "ryear", "pre"} & c.parts.keys()) \
                and last_yearless is (mentions[-1] if len(mentions) > blocks[-1] else None) \
                and _full_stop_before(text, last_yearless.end, c.start) < 0 and resolver.rescheduled_to(c)
            if (listed or moved) and value.precision == "day":  # "on Jan. 3 and Jan. 5": the year of the first
                value = _in_line(last_yearless.value, value, pub)
            if ("y" in c.parts or c.kind in ("iso", "numeric")) \
                    and not _COMPARED_WITH.search(text, max(0, c.start - 16), c.start):
                last_explicit = (c.end, value)  # a date that gives its year (not one compared with: "Comme en 2021")
            if "end" in c.parts:  # a range of two full dates: the end resolves on its own
                try:
                    end = resolver.resolve(c.parts["end"])
                except (ValueError, KeyError, OverflowError):
                    end = None
                if end is not None and end[0] >= value:
                    range_end = end[0]
            if c.kind == "weekday" and value.precision == "day":
                # "Segunda (6) e terça (7) não deve chover … Na segunda, a chance …": the Monday named
                # with its day shortly before
                if c.parts.get("dn"):
                    named[value.first_day.weekday()] = (c.end, value)
                elif same_week and (told := named.get(value.first_day.weekday())) is not None \
                        and c.start - told[0] <= NAMED_WEEKDAY_REACH:
                    value = told[1]
            if c.kind == "weekday" and set(c.parts) == {"w"} and span is not None \
                    and c.start - span[0] <= NAMED_WEEKDAY_REACH and value.precision == "day":
                value = _in_span(span, value, resolver.tense(c), pub)
            if c.kind == "weekday" and len(c.parts) == 1 and last_weekday is not None \
                    and last_weekday is (mentions[-1] if len(mentions) > blocks[-1] else None) \
                    and _WEEKDAY_LINK.fullmatch(text, last_weekday.end, c.start):
                value = _next_in_line(last_weekday.value, value, pub)
            elif c.kind == "weekday" and len(c.parts) == 1 and sentence_weekday is not None and pub is not None \
                    and value.precision == "day" and pub > value.first_day \
                    and c.start - sentence_weekday.end <= TENSE_REACH \
                    and _full_stop_before(text, sentence_weekday.end, c.start) < 0 and resolver.tense(c) >= 0:
                # "expects Melissa to move over Jamaica on Tuesday, cross Cuba the following night
                # and reach the Bahamas by Wednesday": a later weekday of the sentence that tells
                # what is to come follows the one before it
                first = sentence_weekday.value.first_day
                gap = (value.first_day.weekday() - first.weekday()) % 7 or 7
                value = PartialDate.from_date(first + dt.timedelta(days=gap))
            mentions.append(DateMention(c.start, c.end, text[c.start:c.end], value, range_end, relative))
            if range_end is not None and value.precision == range_end.precision == "day" \
                    and 0 < (range_end.first_day - value.first_day).days < 7:
                span = (c.end, value.first_day, range_end.first_day)
            last_weekday = mentions[-1] if c.kind == "weekday" else None
            if c.kind == "weekday" and value.precision == "day":
                # (a weekday of what is to come: the later weekdays of its sentence follow it)
                sentence_weekday = mentions[-1] if pub is not None and value.first_day >= pub \
                    and resolver.tense(c) > 0 else None
            last_yearless = mentions[-1] if c.kind in _YEARLESS and relative and value.precision == "day" else None
        seen.update((m.start, m.end) for m in mentions)
    mentions.sort(key=lambda m: m.start)
    return _weekdays_with_their_day(text, mentions)


def _in_span(span: tuple[int, dt.date, dt.date], value: PartialDate, tense: int, pub: dt.date | None) -> PartialDate:
    """A bare weekday shortly after a span of days still to come that holds one (the weekend "les
    7 et 8 décembre", then "dès le dimanche"): that span's day, unless it is told in the past (a
    past weekday is no day of a span still to come)."""
    _, first, last = span
    day = first + dt.timedelta(days=(value.first_day.weekday() - first.weekday()) % 7)
    if day > last or day == value.first_day or pub is None or tense < 0 or day <= pub:
        return value  # (a span gone by: the weekday told in the past is the latest one, as news tells it)
    return PartialDate.from_date(day)


_DATED_OFFSET_KINDS = frozenset({"day_month", "month_day", "holiday", "iso", "numeric"})
_OFFSET_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "tag": 1, "tage": 1, "tagen": 1, "woche": 7,
                 "wochen": 7, "jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "día": 1, "días": 1, "semana": 7,
                 "semanas": 7, "giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7, "dia": 1, "dias": 1}
# a count of days or weeks before or after, right before the day it counts from ("vier Tage vor
# Heiligabend", "two days after March 3", "trois jours avant Noël", "dos días antes del 5 de mayo")
_OFFSET_BEFORE = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}|[^\W\d_]{1,8})\s+(?P<u>days?|weeks?|tage?n?|wochen?|jours?|semaines?|días?|semanas?"
    r"|giorn[oi]|settimane?|dias?)\s+(?P<dir>before|after|ahead\s+of|prior\s+to|vor|nach|avant|après|antes|después"
    r"|prima|dopo|depois)(?:\s+(?:the|dem|der|den|le|la|l['’]|de|del|de\s+la|di|del|della|dello|il|do|da|d[eo]s?))*"
    r"\s*\Z", re.I)
_OFFSET_BACK = frozenset("before ahead prior vor avant antes prima".split())
_OFFSET_REACH = 60  # characters before a date in which its count of days is looked for


def _offset_before(text: str, at: int, language: str) -> tuple[int, int] | None:
    """(where it starts, the days it counts, negative before) of a count of days or weeks right
    before the date at `at`, or None."""
    m = _OFFSET_BEFORE.search(text, max(0, at - _OFFSET_REACH), at)
    if m is None:
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(language, {}).get(word) or (1 if word in ONE_WORDS else None)
    if not n:
        return None
    days = n * _OFFSET_UNITS[m.group("u").lower()]
    return m.start(), -days if m.group("dir").split()[0].lower() in _OFFSET_BACK else days


def _offset_day(value: PartialDate, days: int, relative: bool, tense: int, pub: dt.date | None) -> PartialDate:
    """The day `days` off `value`; when `value`'s year was not written, the year that puts that day
    where the clause's `tense` says, as the day itself would be put ("vier Tage vor Heiligabend
    ist ein Anschlag verübt worden", published on December 20: this year's, not last year's)."""
    if not relative or pub is None:
        return PartialDate.from_date(value.first_day + dt.timedelta(days=days))
    options = []
    for shift in (-1, 0, 1):
        try:
            options.append(value.first_day.replace(year=value.first_day.year + shift) + dt.timedelta(days=days))
        except ValueError:  # (February 29)
            continue
    if tense < 0:
        best = max((d for d in options if d <= pub), default=None)
    elif tense > 0:
        best = min((d for d in options if d >= pub), default=None)
    else:
        best = None
    best = best or min(options, key=lambda d: abs((d - pub).days))
    return PartialDate.from_date(best)


def _years_of_lists(text: str, candidates: Iterable[Candidate], lex: Lexicon) -> list[Candidate]:
    """`candidates`, a year-less month or day in a list whose last item gives its year taking
    that year ("in January and February 2024", "on Jan. 3 and Feb. 5, 2024", "between March and
    May 2023"; "December and January 2024": December 2023)."""
    out = list(candidates)
    for i in range(len(out) - 2, -1, -1):
        c, nxt = out[i], out[i + 1]
        if c.kind not in _YEARLESS or set(c.parts) & {"y", "ryear", "pre", "part", "end"} \
                or nxt.kind not in (*_YEARLESS, "month_year") or "y" not in nxt.parts \
                or not _LIST_LINK.fullmatch(text, c.end, nxt.start):
            continue
        try:
            year = int(nxt.parts["y"]) - (lex.months[c.parts["m"].lower().rstrip(".")]
                                          > lex.months[nxt.parts["m"].lower().rstrip(".")])
        except (KeyError, ValueError):
            continue
        out[i] = Candidate(c.start, c.end, c.kind, {**c.parts, "y": str(year)})
    return out


# what joins the items of a list of dates ("January, February and March", "Jan. 3 to Feb. 5")
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+)?|\s+(?:and|or|to|through|until|y|o|a|al"
                        r"|et|ou|au|und|oder|bis|e|fino\s+a)\s+|\s*[-–—]\s*)", re.I)


def _day_before(text: str, mentions: list[DateMention], blocks: list[int], at: int, days: bool) -> DateMention | None:
    """The nearest mention that ends before `at`, within `ANCHORED_DAY_REACH`, of a day (or of
    any precision when not `days`), no range and no bound ("suspended until Wednesday": the
    story is not on Wednesday yet): what "the next day" counts from. Each block of `mentions`
    is in text order, so the search stops at the first mention out of reach (looking further
    back for every "the next day" made a text of them quadratic)."""
    for lo, hi in reversed(list(itertools.pairwise([*blocks, len(mentions)]))):
        for m in reversed(mentions[lo:hi]):
            if m.end > at:
                continue
            if at - m.end > ANCHORED_DAY_REACH:
                break
            if (m.precision == "day" or not days) and m.range_end is None \
                    and not _BOUND.search(text, max(0, m.start - _BOUND_REACH), m.start) \
                    and not _subheading(text, m):
                return m
    return None


def _subheading(text: str, m: DateMention) -> bool:
    """Whether `m` is in a line of a few words of its own and no stop at its end ("Letzter
    Auftritt am Ostersonntag"): a subheading sums up what follows, whose "am Vortag" is not the
    day before it (a line that is only its date, "Monday, March 3", is the diary's day)."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    if not line or line[-1] in SENTENCE_STOPS or line[-1] in "\"”»)’'" or len(line) > _SUBHEADING_CHARS:
        return False
    own = WORD.findall(text, start, m.start) + WORD.findall(text, m.end, end if end >= 0 else len(text))
    return len(own) >= 2


_SUBHEADING_CHARS = 80


# a date that bounds a time, not the day the story has come to: "until Wednesday", "hasta el
# lunes", "jusqu'à mardi", "bis Freitag", "fino a lunedì", "até segunda"
_BOUND = re.compile(r"\b(?:until|till|hasta|jusqu['’]\s*(?:à|au)|bis(?:\s+(?:zum|zur|am))?|fino\s+a(?:l|d)?|até)"
                    r"\s+(?:the\s+|el\s+|la\s+|le\s+|den\s+|o\s+|a\s+)?\Z", re.I)
_BOUND_REACH = 20


_YEARLESS = ("day_month", "month_day", "month_alone")
# what opens a date that restates the words before its comma ("…, that is on Friday", "…, quindi tra
# venerdì e domenica", "…, also am Freitag")
_RESTATING = re.compile(r"\s*(?:that\s+is|i\.\s?e\.|namely|quindi|cioè|ossia|ovvero|es\s+decir|o\s+sea"
                        r"|c['’]est-à-dire|soit|also|das\s+heißt|d\.\s?h\.|ou\s+seja|isto\s+é),?"
                        r"(?:\s+(?:on|in|tra|fra|entre|between|el|le|il|la|am|im|no|na|em))*\s+", re.I)
# two weekdays in a line, "on Friday and Saturday", "von Freitag bis Sonntag", "del viernes al domingo"
_WEEKDAY_LINK = re.compile(r"\s*,?\s+(?:and|or|to|through|thru|until|till|und|oder|bis|y|o|a|al|et|ou|au|à|e|fino\s+a"
                           r"|en|of|tot)\s+(?:(?:on|am|el|le|il|lo|o|den|zum)\s+)?|\s*[-–—/]\s*", re.I)


def _in_line(first: PartialDate, second: PartialDate, pub: dt.date | None) -> PartialDate:
    """The year-less day `second` listed after the day `first` ("on Jan. 3 and Jan. 5", "Dec. 30
    and Jan. 2"): in the year that puts it on or after the first, unless that would be ahead of a
    publication the first is not ahead of."""
    year = first.year + (1 if (second.month, second.day) < (first.month, first.day) else 0)
    try:
        placed = PartialDate(year, second.month, second.day)
    except ValueError:  # (Feb. 29)
        return second
    if pub is not None and first.first_day <= pub < placed.first_day:
        return second
    return placed


def _next_in_line(first: PartialDate, second: PartialDate, pub: dt.date | None) -> PartialDate:
    """The weekday `second` that follows the weekday `first` it is coordinated with: the first
    one after it ("will vote on Friday and Saturday": the Saturday after that Friday, not the
    last one), unless that one would be ahead of a publication the first is not ahead of."""
    a, b = first.first_day, second.first_day
    after = a + dt.timedelta(days=(b.weekday() - a.weekday()) % 7 or 7)
    if pub is not None and a <= pub < after:
        return second
    return PartialDate.from_date(after)


def _weekdays_with_their_day(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A weekday a word or two before the day it names ("el martes negro 29 de octubre",
    "Tuesday night, Oct. 29") is one mention with that day, not a second, bare weekday (a day
    a week before another is not a weekday: "le 12 janvier et libéré le 19 janvier"; nor is the
    same weekday said again: "Monday … Monday" named no day, and would chain a page of them). So is
    the weekday right after the day it is, after a comma ("September 24, 2024, Tuesday")."""
    out: list[DateMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.relative and last.precision == "day" and m.precision == "day" \
                and last.range_end is None and m.start - last.end <= _WEEKDAY_GAP \
                and _DIGIT.search(text, max(last.start, last.end - _WEEKDAY_GAP), last.end) is None \
                and _WEEKDAY_TO_DAY.fullmatch(text, last.end, m.start) \
                and _DIGIT.search(text, m.start, m.end) is not None \
                and (last.value.first_day - m.value.first_day).days % 7 == 0:
            out[-1] = m._replace(start=last.start, text=text[last.start:m.end])
        elif last is not None and m.relative and m.precision == "day" and last.precision == "day" \
                and last.range_end is None and _DIGIT.search(text, last.start, last.end) is not None \
                and _DIGIT.search(text, m.start, m.end) is None and _COMMA_ONLY.fullmatch(text, last.end, m.start) \
                and (last.value.first_day - m.value.first_day).days % 7 == 0:
            out[-1] = last._replace(end=m.end, text=text[last.start:m.end])  # "September 24, 2024, Tuesday"
        elif last is not None and m.relative and last.relative and m.precision == "day" and last.precision == "day" \
                and last.range_end is None and _DIGIT.search(text, last.start, m.end) is None \
                and _COMMA_ONLY.fullmatch(text, last.end, m.start) \
                and (last.value.first_day - m.value.first_day).days % 7 == 0:
            out[-1] = last._replace(end=m.end, text=text[last.start:m.end])  # "demain, dimanche": that day
        else:
            out.append(m)
    return out


_COMMA_ONLY = re.compile(r"\s*,\s*")  # (a weekday after its day: "3 March 2025, Monday")


# an expectation told in the past ("was expected to", "were due to"), a few words before a weekday
_WAS_EXPECTED = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:expected|set|due|scheduled|slated|forecast|predicted"
                           r"|supposed)\s+to\b(?![^.;]*\b(?:but|however|until)\b)", re.I)
_WAS_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?\Z")  # ("there was a chance of …": told in the past)
_RESCHEDULED_REACH = 80  # characters around a date in which the words that moved something to it are looked for
# languages whose news tells the past in past forms and what comes in the present tense: a bare
# weekday in a sentence with no past form is the coming one
_PRESENT_AHEAD = frozenset({"de"})
# (with a part of its day: "am Mittwochmorgen")
_PLAIN_WEEKDAY_DE = re.compile(r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
                               r"(?:morgen|vormittag|mittag|nachmittag|abend)?\Z")
# what opens a German subordinate clause, whose verb comes last: a conjunction, or a relative
# pronoun after its comma (", vor denen Macron am Samstag eine Rede halten will")
_SUBORDINATE_DE = re.compile(r"\b(?:dass|daß|ob|weil|damit|sodass|nachdem|bevor|sobald|wenn|obwohl)\b"
                             r"|,\s*(?:(?:an|auf|aus|bei|für|gegen|in|mit|nach|über|um|unter|von|vor|zu|zwischen)\s+)?"
                             r"(?:denen|deren|dessen|dem|den|der|die|das|welche[mnrs]?)\s+(?![A-ZÄÖÜ]\w*\s*,)", re.I)
# what someone was asked to do is still to come when asked ("invited to gather on Tuesday")
_ASKED_TO = re.compile(r"\b(?:invited|asked|urged|summoned|told|ordered|called\s+on\s+\w+)\s+to\s+[a-z]+\b"
                       r"(?![^.;]*\b(?:but|however|until)\b)", re.I)
_AM = re.compile(r"\b[Aa]m\s+\Z")
_IM = re.compile(r"\b[Ii]m\s+\Z")
_DIGIT = re.compile(r"\d")
_WEEKDAY_GAP = 16  # characters between a weekday and the day it names ("negro ", " night, ")
_WEEKDAY_TO_DAY = re.compile(r"[,\s]+(?:[^\W\d_]+[,\s]+){0,2}(?:(?:el|le|der|den|il|o|the|on)\s+)?", re.I)


# (or a stop glued to the next sentence: "2019.Notre-Dame", "français.La")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\S|\n|(?:(?<=[a-zà-ÿ]{3}[.!?])|(?<=\d{4}\.))(?=[A-ZÀ-Ý][a-zà-ÿ])")
_NOUN = re.compile(r"(?<!\w)[A-ZÄÖÜ]\w*")
# "until Jan. 15", "hasta el 15 de enero", "jusqu'au 15 janvier", "bis zum 15. Januar"; "starting
# April 3", "à partir du 3 avril", "a partir del 3 de abril": an end or a start of a stretch that
# reaches the present, so the verb's tense is of the stretch and a year-less date takes its
# nearer occurrence
_UNTIL = re.compile(r"(?:\buntil|\btill|\bhasta(?:\s+(?:el|finales\s+de|mediados\s+de))?|\bjusqu['’](?:au|à|en)"
                   r"|\bbis(?:\s+(?:zum|am|Ende|Mitte))?|\bfino\s+(?:al|a)|\baté(?:\s+(?:o|ao|a))?|\bdo)\s*\Z", re.I)
_STARTING = re.compile(r"(?:\bstarting|\bbeginning|\bà\s+partir\s+d[eu]|\ba\s+partir\s+del?|\ba\s+partire\s+dal)"
                       r"\s*\Z", re.I)
_BY = re.compile(r"\bby\s+\Z", re.I)  # "by Monday": a deadline, in English
# what brings in a date only compared with, whose year the dates after it do not take ("Comme en
# 2021, la Seine a débordé en janvier": this January)
_COMPARED_WITH = re.compile(r"\b(?:comme\s+en|like\s+in|as\s+in|than\s+in|como\s+en|come\s+nel"
                            r"|wie\s+(?:im\s+jahr\s+)?)\s*\Z", re.I)
_UNTIL_REACH = 24  # characters before a date in which "until" / "starting" is looked for
# "that December", "ese diciembre", "aquel mes de diciembre": a month the text has dated before
_DEMONSTRATIVE = re.compile(r"\b(?:that|those|ese|esa|aquel|aquella|jenem|jenen|diesem|ce|cette|quel|quello"
                            r"|quella|esse|essa|naquele)\s+(?:\w+\s+(?:de\s+)?)?\Z", re.I)


def _anchor(text: str, c: Candidate, last: tuple[int, PartialDate] | None) -> PartialDate | None:
    """The year-giving date a year-less month or day follows: an earlier one in the same
    sentence ("a finales de noviembre de 2018 ... en diciembre"), or in the same paragraph when
    a demonstrative points back ("In December 2018 ... That December")."""
    if last is None or c.kind not in ("day_month", "month_day", "month_alone") or "y" in c.parts \
            or "ryear" in c.parts or c.parts.get("pre"):
        return None
    if c.start - last[0] > ANCHOR_REACH:  # checked before slicing: the scan stays linear
        return None
    between = text[last[0]:c.start]
    if "\n" in between:
        return None
    if not _SENTENCE_BREAK.search(text, last[0], c.start):
        opens = max(_full_stop_before(text, max(0, last[0] - ANCHOR_REACH), last[0]),
                    text.rfind("\n", max(0, last[0] - ANCHOR_REACH), last[0]))
        if "," in between and _PARTICIPLE_OPENING.match(text[opens + 1:last[0]].lstrip()):
            # "Dévastée par un incendie en avril 2019, la cathédrale a rouvert le 7 décembre": an aside's year
            return None
        return last[1]
    return last[1] if _DEMONSTRATIVE.search(text, max(0, c.start - 30), c.start) else None


# a sentence that opens with a participle's phrase ("Dévastée par un incendie en avril 2019, …",
# "Gutted by fire in April 2019, …"): background to the main clause after its comma
_PARTICIPLE_OPENING = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie]|ed|en)\b"
                                 r"|(?:Gutted|Hit|Struck|Built|Founded|Born)\b")


_STOPWORDS = {
    "en": "the and of to in is that for was with on as by at from his her have has said will were",
    "es": "el la de que y en los las del se por con una para su al es fue como dijo según este",
    "fr": "le la les de des et en un une du est que pour dans qui sur au par pas a été selon",
    "de": "der die und das ist den dem nicht von mit sich des auf für ein eine im zu am vor bei nach wurde hat",
    "it": "il di che la è per un una del della in non con sono si le da al gli ha nel alla",
    "pt": "o a de que e do da em um para com não uma os no se na por mais foi ao",
    "nl": "de het een en van in is dat op te zijn voor met niet aan er werd",
    "ru": "и в не на что он с по это как из за от к но так же был была",
    # languages dateparser reads that the extractor has no word lists of its own for: without their
    # words, Polish ("w", "na", "do") read as Portuguese and its weekdays were not found
    "pl": "i w na z że się nie do to jest jak ale od po przez dla czy już oraz który która które został została",
    "cs": "a v na se je že s z do to jako by ale od po pro jsou který která které bylo byl také",
    "ro": "și în la cu pe nu că un este din care mai pentru fost sunt au ale într",
    "hu": "a az és hogy nem is egy van meg el ki be volt már csak mint után között",
    "sv": "och i att det som en på är av för med till den har inte om ett var de",
    "da": "og i at det som en på er af for med til den har ikke om et var blev",
    "tr": "ve bir bu da de için ile olarak çok daha en gibi ama olan sonra kadar",
    "uk": "і в на що не з у та як до це за від по його але був була",
    "el": "και το της του η ο να σε με για από που είναι τα στο στην",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh sebagai adalah bahwa",
}
_STOPWORD_SETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def detect_language(text: str) -> str:
    """The likeliest language of `text` by function words ('en' when unsure)."""
    words = WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower())
    if not words:
        return "en"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORD_SETS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"
# a date the past verb moved or set, still to come: "was postponed to Friday", "were pushed back
# until March", "was rescheduled for Monday", "wurde auf Freitag verschoben"
_NEW_DATE = re.compile(r"\b(?:to|until|till|for|auf|bis)\s+(?:the\s+|den\s+)?\Z", re.I)
