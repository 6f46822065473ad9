"""The scanner's vocabulary comes from dateparser's data, read without importing dateparser."""

import importlib.util
import os

import pytest
from dateparser.languages.loader import default_loader

from timeline.lexicon import lexicon, locale_info

DATA = os.path.join(os.path.dirname(importlib.util.find_spec("dateparser").origin), "data", "date_translation_data")
LANGUAGES = sorted(f[:-3] for f in os.listdir(DATA) if f.endswith(".py") and not f.startswith("_"))


def test_every_language_reads_as_dateparser_loads_it():
    assert len(LANGUAGES) > 150
    for language in LANGUAGES:
        expected = {k: v for k, v in default_loader.get_locale(language).info.items() if k != "locale_specific"}
        assert locale_info(language) == expected, language


@pytest.mark.parametrize("language, month, weekday", [
    ("en", "january", "thursday"), ("es", "enero", "sábado"), ("pt", "janeiro", "sábado"),
    ("de", "januar", "donnerstag"), ("fr", "janvier", "samedi"), ("it", "gennaio", "sabato"),
    ("ru", "января", "суббота"),
])
def test_month_and_weekday_names(language, month, weekday):
    lex = lexicon(language)
    assert lex.months[month] == 1 and weekday in lex.weekdays


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        lexicon("xx")
