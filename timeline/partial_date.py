"""`PartialDate`: a calendar date that keeps the precision it was written with.

`2026` is a year, `2026-01` a month, `2026-01-03` a day. A month is not its first day: it
*covers* the month, from its first instant (`start`) to the first instant after it (`end`,
exclusive). `model` re-exports it beside `Event` and `Source`; it lives apart so that the date
finder (`dates`) imports no more than it needs.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import total_ordering

from .errors import InvalidDateError

PRECISIONS = ("year", "month", "day")
DATE_EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD"

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


@total_ordering
class PartialDate:
    """A calendar date at year, month or day precision. Immutable and hashable.

    Written by hand rather than as a dataclass: `dataclasses` imports `inspect`, several
    milliseconds that `find_dates` would pay on every cold start (see bench/ and the README).
    """

    __slots__ = ("day", "month", "year")
    # 9999-12-31 has no first instant after it that `datetime` can hold (nor a 4-digit
    # iCalendar DTEND), so the last year a date may fall in is 9998
    MAX_YEAR = 9998
    year: int
    month: int | None
    day: int | None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if not 1 <= year <= PartialDate.MAX_YEAR:
            raise InvalidDateError(f"year {year} is out of range (expected 0001 to {PartialDate.MAX_YEAR})")
        if month is None:
            if day is not None:
                raise InvalidDateError("a day needs a month")
        elif not 1 <= month <= 12:
            raise InvalidDateError(f"month {month} is out of range (expected 01 to 12)")
        elif day is not None:
            last = days_in_month(year, month)
            if not 1 <= day <= last:
                raise InvalidDateError(
                    f"day {day} is out of range for {year:04d}-{month:02d} (expected 01 to {last:02d})")
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"PartialDate is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"PartialDate is immutable: cannot delete {name!r}")

    def __reduce__(self):  # pickle (extract --jobs) and copy go through the checked constructor
        return (PartialDate, (self.year, self.month, self.day))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    # ---------------------------------------------------------------- constructors

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """A partial date from what YAML or a user gives: a date, `YYYY[-MM[-DD]]` or a year int.

        >>> str(PartialDate.parse("2026-01")), PartialDate.parse(2022).precision
        ('2026-01', 'year')
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise InvalidDateError(f"{value.isoformat()!r} has a time of day ({DATE_EXPECTED})")
        if isinstance(value, dt.date):
            try:
                return cls(value.year, value.month, value.day)
            except InvalidDateError as e:
                raise InvalidDateError(f"{value.isoformat()!r} is not a date: {e}") from None
        if isinstance(value, bool):  # bool is an int: `date: yes` is not year 1
            raise InvalidDateError(f"{value!r} is not a date ({DATE_EXPECTED})")
        if isinstance(value, int):
            if 1000 <= value <= 9999:
                try:
                    return cls(value)
                except InvalidDateError as e:
                    raise InvalidDateError(f"{value} is not a date: {e}") from None
            hint = ""
            if 10000101 <= value <= 99991231:  # YYYYMMDD, as in `date: 20260103`
                digits = str(value)
                try:
                    hint = f"; write {cls(int(digits[:4]), int(digits[4:6]), int(digits[6:]))} for a day"
                except InvalidDateError:
                    pass
            raise InvalidDateError(f"{value} is not a date ({DATE_EXPECTED}{hint})")
        if isinstance(value, str):
            m = _ISO.fullmatch(value.strip())
            if not m:
                raise InvalidDateError(f"{value!r} is not a date ({DATE_EXPECTED})")
            year, month, day = (int(g) if g else None for g in m.groups())
            try:
                return cls(year, month, day)  # type: ignore[arg-type]
            except InvalidDateError as e:
                raise InvalidDateError(f"{value!r} is not a date: {e}") from None
        raise InvalidDateError(f"{value!r} is not a date ({DATE_EXPECTED})")

    @classmethod
    def from_date(cls, value: dt.date, precision: str = "day") -> PartialDate:
        """`value` cut to `precision` ("year", "month" or "day")."""
        if precision == "year":
            return cls(value.year)
        if precision == "month":
            return cls(value.year, value.month)
        if precision == "day":
            return cls(value.year, value.month, value.day)
        raise ValueError(f"unknown precision {precision!r} (expected one of {', '.join(PRECISIONS)})")

    # ---------------------------------------------------------------- views

    @property
    def precision(self) -> str:
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, days_in_month(self.year, self.month))
        return self.first_day

    @property
    def start(self) -> dt.datetime:
        """The first instant of the period."""
        return dt.datetime.combine(self.first_day, dt.time())

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period (exclusive end): a month ends where the next begins."""
        return dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time())

    def label(self, locale: str = "en") -> str:
        """The date as a reader writes it, at its precision: "January 3, 2026", "January 2026"."""
        from babel.dates import format_date, format_skeleton

        skeleton = {"year": "y", "month": "yMMMM"}.get(self.precision)
        if skeleton is None:
            return format_date(self.first_day, "long", locale=locale)
        return format_skeleton(skeleton, self.first_day, locale=locale)

    def contains(self, other: PartialDate) -> bool:
        """Whether `other` lies within this period (a day within its month, a month within its year)."""
        return self.start <= other.start and other.end <= self.end

    def _key(self) -> tuple[int, int, int]:
        # A coarser date sorts before the finer dates it contains: 2026 < 2026-01 < 2026-01-01.
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"
