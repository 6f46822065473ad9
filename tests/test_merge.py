"""merge_events: one event per happening, every source kept; the finest date wins."""

import pytest

from timeline.merge import Matcher, merge_events, same_happening
from timeline.model import Event, PartialDate, Source

QUOTE = "The Springfield city council approved the new budget for public schools after a long debate."


def report(date: str, url: str, quote: str = "", actors: tuple[str, ...] = ()) -> Event:
    """A report of `QUOTE`'s happening (in the words of `url`, unless `quote` is given)."""
    quote = quote or f"{QUOTE} ({url})"  # one sentence that names two dates is two happenings
    return Event(id=f"{date}-{url}", date=PartialDate.parse(date), title=quote[:40], actors=list(actors),
                 sources=[Source(url=url, quote=quote)])


@pytest.mark.parametrize("dates, kept", [
    (["2026-01", "2026-01-20"], "2026-01-20"),        # a day beats the month that holds it
    (["2026-01-20", "2026-01"], "2026-01-20"),
    (["2026", "2026-01"], "2026-01"),                 # a month beats its year
    (["2026", "2026-01", "2026-01-20"], "2026-01-20"),
])
def test_the_merged_event_keeps_the_finest_date(dates, kept):
    (merged,) = merge_events([report(d, f"https://example.org/{i}") for i, d in enumerate(dates)])
    assert str(merged.date) == kept
    assert sorted(s.url for s in merged.sources) == [f"https://example.org/{i}" for i in range(len(dates))]


def test_every_source_is_kept_once():
    a, b, c = (report("2026-01-20", u, QUOTE) for u in ("https://a.org/x", "https://b.org/y", "https://a.org/x"))
    (merged,) = merge_events([a, b, c])
    assert [s.url for s in merged.sources] == ["https://a.org/x", "https://b.org/y"]


def test_different_days_and_different_happenings_stay_apart():
    other = "Fire crews put out a blaze at the harbour warehouse before dawn, officials said."
    events = [report("2026-01-20", "a"), report("2026-01-21", "b"), report("2026-01-20", "c", quote=other)]
    assert len(merge_events(events)) == 3


def test_a_shared_actor_lowers_the_bar():
    a = report("2026-01-20", "a", "Maduro met the envoy in Caracas to discuss oil exports.", actors=("Nicolás Maduro",))
    b = report("2026-01-20", "b", "Maduro and the envoy talked about sanctions in Caracas.", actors=("Nicolás Maduro",))
    assert same_happening(a, b) and not same_happening(a, report("2026-01-20", "c", b.quote))


def test_the_matcher_finds_a_known_happening_by_year():
    matcher = Matcher()
    known = report("2026-01-20", "a")
    matcher.add("draft-a", known)
    assert matcher.find(report("2026-01", "b")) == "draft-a"
    assert matcher.find(report("2025-01-20", "c")) is None
