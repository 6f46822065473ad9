import datetime as dt

import pytest

from timeline import InvalidDateError, PartialDate


@pytest.mark.parametrize("value, iso, precision", [
    (dt.date(2026, 1, 3), "2026-01-03", "day"),
    ("2026-01-03", "2026-01-03", "day"),
    ("2026-01", "2026-01", "month"),
    ("2026", "2026", "year"),
    (2026, "2026", "year"),
    (" 2022 ", "2022", "year"),
    (PartialDate(2024, 2, 29), "2024-02-29", "day"),
])
def test_parse_keeps_precision(value, iso, precision):
    date = PartialDate.parse(value)
    assert str(date) == iso
    assert date.precision == precision


@pytest.mark.parametrize("value, message", [
    ("2026-13-01", "'2026-13-01' is not a date: month 13 is out of range (expected 01 to 12)"),
    ("2026-02-30", "'2026-02-30' is not a date: day 30 is out of range for 2026-02 (expected 01 to 28)"),
    ("next week", "'next week' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("2026-1-3", "'2026-1-3' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    (20260103, "20260103 is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD; write 2026-01-03 for a day)"),
    (26, "26 is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    (True, "True is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    (dt.datetime(2026, 1, 3, 10, 0), "'2026-01-03T10:00:00' has a time of day (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    (3.5, "3.5 is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
])
def test_parse_rejects_with_a_reason(value, message):
    with pytest.raises(InvalidDateError) as info:
        PartialDate.parse(value)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("iso, start, end", [
    ("2026-01-03", dt.datetime(2026, 1, 3), dt.datetime(2026, 1, 4)),
    ("2026-01", dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1)),
    ("2024-02", dt.datetime(2024, 2, 1), dt.datetime(2024, 3, 1)),
    ("2022", dt.datetime(2022, 1, 1), dt.datetime(2023, 1, 1)),
    ("2026-12", dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1)),
])
def test_a_date_covers_its_whole_period(iso, start, end):
    date = PartialDate.parse(iso)
    assert (date.start, date.end) == (start, end)


def test_sorting_puts_a_period_before_the_days_it_contains():
    dates = [PartialDate.parse(v) for v in ("2026-01-03", "2026", "2025-12-31", "2026-01", "2022")]
    assert [str(d) for d in sorted(dates)] == ["2022", "2025-12-31", "2026", "2026-01", "2026-01-03"]


def test_contains():
    assert PartialDate.parse("2026-01").contains(PartialDate.parse("2026-01-20"))
    assert not PartialDate.parse("2026-01-20").contains(PartialDate.parse("2026-01"))


@pytest.mark.parametrize("iso, locale, label", [
    ("2026-01-03", "en", "January 3, 2026"),
    ("2026-01", "en", "January 2026"),
    ("2022", "en", "2022"),
    ("2026-01-03", "es", "3 de enero de 2026"),
])
def test_label_is_written_at_its_precision(iso, locale, label):
    assert PartialDate.parse(iso).label(locale) == label
