"""The scanner: vocabulary looked up by word in every language dateparser has, modifiers around it."""

import datetime as dt
import importlib.util
import itertools
import os

import pytest

from timeline import find_dates
from timeline.lexicon import lexicon
from timeline.scan import scan

DATA = os.path.join(os.path.dirname(importlib.util.find_spec("dateparser").origin), "data", "date_translation_data")
LANGUAGES = sorted(f[:-3] for f in os.listdir(DATA) if f.endswith(".py") and not f.startswith("_"))
PUB = dt.date(2026, 2, 1)  # a Sunday


def _month_back(offset: int) -> str:
    index = PUB.year * 12 + PUB.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _january(language: str) -> str | None:
    """The longest name of January in `language`; None where dateparser writes months with
    digits ("1月" in Chinese, Japanese, Korean), which a word scanner does not read."""
    lex = lexicon(language)
    names = [n for n, m in lex.months.items() if m == 1 and n in lex.full_months]
    return max(names, key=len) if names else None


WITH_JANUARY = [language for language in LANGUAGES if _january(language)]


def test_almost_every_language_names_its_months():
    assert len(LANGUAGES) > 200 and len(WITH_JANUARY) >= len(LANGUAGES) - 10


@pytest.mark.parametrize("language", WITH_JANUARY)
def test_every_language_dates_a_day_month_and_year(language):
    name = _january(language)
    found = [(m.text, str(m.value)) for m in find_dates(f"Ils 3 {name} 2026 ok. Et {name} 2025.", PUB, [language])]
    assert found == [(f"3 {name} 2026", "2026-01-03"), (f"{name} 2025", "2025-01")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_relative_phrase_of_every_language_resolves(language):
    expected = {"day": lambda n: str(PUB + dt.timedelta(days=n)), "month": _month_back,
                "year": lambda n: str(PUB.year + n)}
    for phrase, (offset, unit) in lexicon(language).relative.items():
        text = f"x {phrase} x."
        found = [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])]
        assert found == [(phrase, expected[unit](offset))], (language, phrase)


@pytest.mark.parametrize("language, text, found", [
    # a part of a period keeps the period's precision
    ("en", "Growth slowed in mid-2024, the bank said.", [("mid-2024", "2024")]),
    ("en", "Prices rose at the end of 2025.", [("the end of 2025", "2025")]),
    ("es", "Ocurrió a finales de enero en Lima.", [("a finales de enero", "2026-01")]),
    ("pt", "Aconteceu no início de janeiro em Lisboa.", [("no início de janeiro", "2026-01")]),
    ("de", "Es geschah Anfang Januar in Berlin.", [("Anfang Januar", "2026-01")]),
    ("fr", "Cela a eu lieu mi-janvier à Paris.", [("mi-janvier", "2026-01")]),
    ("it", "È successo all'inizio di gennaio a Roma.", [("all'inizio di gennaio", "2026-01")]),
    # a month placed by a relative year, or by a direction word
    ("en", "He may visit in May next year.", [("May next year", "2027-05")]),
    ("en", "Talks began in March last year.", [("March last year", "2025-03")]),
    ("es", "Se firmó en marzo el año pasado.", [("marzo el año pasado", "2025-03")]),
    ("en", "Talks ended last March.", [("last March", "2025-03")]),
    # a direction word must be a whole word: "pastries" is not "past"
    ("en", "On Monday pastries were sold out.", [("Monday", "2026-01-26")]),
    # "N days ago" needs a count: "25 years of talks" and "last year" are no offsets
    ("en", "After 25 years of talks, the deal came last year.", [("last year", "2025")]),
    ("es", "Se fue hace un mes.", [("hace un mes", "2026-01")]),
    ("fr", "Il est parti il y a trois jours.", [("il y a trois jours", "2026-01-29")]),
    ("de", "Er kam vor zwei Tagen.", [("vor zwei Tagen", "2026-01-30")]),
    ("ru", "Он приехал 3 дня назад.", [("3 дня назад", "2026-01-29")]),
    ("en", "We meet again in 3 days.", [("in 3 days", "2026-02-04")]),
    ("en", "Not a count: in ² days, ³ years ago.", []),  # digits (superscripts) that are no number
])
def test_modifiers_around_a_date(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


def test_offsets_survive_letters_whose_lowercase_is_longer():
    text = "İİ İstanbul hosted talks on 3 January 2026."  # "İ".lower() is two characters
    (m,) = find_dates(text, PUB, ["en"])
    assert (m.text, text[m.start:m.end], str(m.value)) == ("3 January 2026", "3 January 2026", "2026-01-03")


def test_candidates_are_in_order_and_never_overlap():
    text = "On Friday, January 23, and from March 1 to March 3, 2026, then 2009-2010 and May last year."
    spans = [(c.start, c.end) for c in scan(text, "en")]
    assert spans == sorted(spans)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    assert [text[s:e] for s, e in spans] == ["Friday, January 23", "March 1 to March 3, 2026", "2009", "2010",
                                              "May last year"]
