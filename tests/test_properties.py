"""Properties over generated input (hypothesis) that would have caught the hostile-input defects:

- any document the loader accepts exports, tables, charts and pages without error, and the
  loader itself answers every text with events or problems, never an exception;
- `find_dates` and `extract_events` do work linear in the text on adversarial input: counted
  in function calls (Python and C), not wall time, so the test is exact on any machine.
  (`bench/linear_time.py` measures the time itself.)
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import charts, exports, pages
from timeline.dates import find_dates
from timeline.extract import extract_events
from timeline.fields import FIELD_NAMES
from timeline.store import load
from timeline.table import events_frame

# Text as hostile as a valid file may hold (markup, formulas, right-to-left, emoji, names that
# collide), so that events load and reach every renderer; then, in about one event in four, a
# value the loader must refuse (controls, lone surrogates, line breaks in a title, bad dates).
VALID_TEXT = st.text(st.characters(codec=None, exclude_categories=("Cc", "Cs", "Zl", "Zp", "Zs")), min_size=1,
                     max_size=30)
SPICY = st.sampled_from(["<script>alert(1)</script>", "=HYPERLINK(\"x\")", "@SUM(1)", "__TL_ROOT__",
                         "<!--tl-root-->", "Index", "index", "Café", "cafe", "\u202eevil", "🗳️ vote", "a  b",
                         "javascript:alert(1)", "](x)", "*bold* _it_", "{{ x }}", "{% raw %}", "é" * 40])
GOOD = st.one_of(VALID_TEXT, SPICY)
GOOD_DATE = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)).map(str),
    st.integers(min_value=1000, max_value=9998),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1, 9998), st.integers(1, 12)),
    st.sampled_from(["9998-12-31", "0001-01-01", "0800"]),
)
BROKEN = st.one_of(st.text(st.characters(codec=None, categories=("Cc", "Cs", "Zl", "Zp")), max_size=6),
                   st.sampled_from(["", " ", "x\r\nEND:VEVENT", "a\x1b[2Jb", "9999-12-31", "2026-02-30", "next week"]),
                   st.integers(-5, 12000), st.floats(allow_nan=True))
JUNK = st.recursive(st.none() | st.booleans() | st.integers() | GOOD | BROKEN,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(GOOD, inner, max_size=3),
                    max_leaves=10)
SOURCE = st.fixed_dictionaries({"url": GOOD, "quote": GOOD}, optional={"title": GOOD, "published": GOOD_DATE})
GOOD_EVENT = st.fixed_dictionaries(
    {"title": GOOD, "date": GOOD_DATE},
    optional={"id": st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True), "end": GOOD_DATE,
              "summary": GOOD, "tags": st.lists(GOOD, max_size=4), "actors": st.lists(GOOD, max_size=3),
              "places": st.lists(GOOD, max_size=2), "sources": st.lists(SOURCE, max_size=3),
              "status": st.sampled_from(["draft", "reviewed"]), "confidence": st.floats(0, 1),
              "rank": st.integers(1, 1000), "extra": JUNK})
BREAKAGE = st.dictionaries(st.sampled_from(["title", "date", "end", "id", "summary", "tags", "actors", "sources",
                                            "status", "confidence", "rank"]),
                           st.one_of(BROKEN, JUNK, st.lists(BROKEN, min_size=1, max_size=2)), min_size=1, max_size=2)
EVENT = st.builds(lambda good, bad: {**good, **bad}, GOOD_EVENT, st.one_of(st.just({}), st.just({}), st.just({}),
                                                                           BREAKAGE))


def render_everything(events) -> None:
    """What a build, an export and a table do with events: all pure, so all run here."""
    for fmt in exports.FORMATS:
        exports.render(events, fmt, "Site <name>", "https://example.org/")
    events_frame(events)
    rows = charts.chart_rows(events, lambda e: f"events/{e.id}/")
    json.dumps(rows, ensure_ascii=False).encode("utf-8")
    if any(e.tags for e in events):  # the one spec that holds event text: the tag select (Altair
        # takes a second to make it, and its schema validation, which the build runs, checks types)
        json.dumps(charts.timeline_chart(rows).to_dict(validate=False), ensure_ascii=False).encode("utf-8")
    uris = pages.facet_uris(events)
    texts = [pages.home_markdown("Site", events, "<chart>"), pages.chronology_markdown(events),
             pages.sources_markdown(events, "https://github.com/o/r")]
    for i, event in enumerate(events):
        texts.append(pages.event_html(event, events[i - 1] if i else None, None, lambda uri: uri, uris))
        texts.append(pages.json_ld_script(pages.json_ld(event, "https://example.org/x/")))
        texts.append(pages.page_title(event.title))
    texts += [pages.facet_index_markdown(facet, events, uris[facet]) for facet in pages.FACETS]
    for text in texts:
        text.encode("utf-8")  # a lone surrogate would fail here, as it failed the build


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EVENT, min_size=1, max_size=4))
def test_any_document_the_loader_accepts_renders_everywhere(tmp_path_factory, documents):
    folder = tmp_path_factory.mktemp("events")
    for i, document in enumerate(documents):
        if isinstance(document.get("id"), str):
            document["id"] += f"-{i}"  # ids shared by two files are a problem of their own, tested elsewhere
        # JSON is YAML: its \u escapes carry surrogates and controls into the file as YAML would
        (folder / f"e{i}.yaml").write_text(json.dumps(document), encoding="utf-8")
    events, problems = load(folder)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)
    errors = {p.path for p in problems if p.severity == "error"}
    assert len(events) + len(errors) == len(documents)  # each file gives its event or says why not
    render_everything(events)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_the_loader_answers_any_text_with_events_or_problems(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("events")
    (folder / "e.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    events, problems = load(folder)  # never raises
    render_everything(events)
    assert all(str(p).startswith(str(folder)) for p in problems)


# ---------------------------------------------------------------- linear work on adversarial text

TOKENS = ["Monday", "Jan.", "January", "3", "2026", "3-", "days", "ago", "-", " ", "  ", ",", ".", ";", "\n",
          "tomorrow", "this month", "last", "next", "de", "enero", "el pasado", "sábado", "mid-", "–", "/", "to",
          "said", "will", "would", "early", "1957-58", "am", "3.", "Januar", "hace", "un", "mes", "(", "a",
          "in", "on", "since", "MADRID,", "Officials", "met"]


def calls(function, *args) -> int:
    """The function calls (Python and C) made while `function(*args)` runs."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return count


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), st.sampled_from([" ", "", "-", ", "]))
def test_date_finding_and_extraction_do_linear_work(tokens, glue):
    unit = glue.join(tokens) + glue
    small, large = unit * (1500 // len(unit) + 1), unit * (6000 // len(unit) + 1)
    for function in (find_dates, extract_events):
        function(large, "2026-01-21", ["en"])  # warm: lexicon, compiled patterns, gazetteers
        function(small, "2026-01-21", ["en"])
        ratio = calls(function, large, "2026-01-21", ["en"]) / max(calls(function, small, "2026-01-21", ["en"]), 1)
        # four times the text: about four times the calls (quadratic work would be sixteen)
        assert ratio < 6, (function.__name__, repr(unit), ratio)


@pytest.mark.parametrize("unit", [
    "Jan. 5. Feb. 6. ",  # every date cut by a stop: the sentences joined again grow one long sentence
    "On Monday\n",  # one weekday a line: none names the day of the next
])
def test_pages_of_one_short_dated_line_do_linear_work(unit):
    small, large = unit * (3000 // len(unit)), unit * (12000 // len(unit))
    for function in (find_dates, extract_events):
        function(large, "2026-01-21", ["en"])
        ratio = calls(function, large, "2026-01-21", ["en"]) / max(calls(function, small, "2026-01-21", ["en"]), 1)
        assert ratio < 6, (function.__name__, repr(unit), ratio)


def test_the_declared_fields_are_what_the_generator_covers():
    covered = {"title", "date", "id", "end", "summary", "tags", "actors", "places", "sources", "status", "confidence",
               "rank"}
    assert covered == set(FIELD_NAMES)
