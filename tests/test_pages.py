"""The generated pages, built directly from events (no MkDocs run): escaping, links, page addresses."""

import pytest

from timeline import pages
from timeline.model import Event, PartialDate, Source


def event(id_: str, title: str = "T", date: str = "2026-01-20", **facets) -> Event:
    return Event(id=id_, date=PartialDate.parse(date), title=title,
                 sources=[Source(url="https://example.org/a", quote="Q.")], **facets)


def test_colliding_and_reserved_names_get_pages_of_their_own():
    events = [event("a", tags=["Café", "Index"]), event("b", tags=["cafe"]), event("c", tags=["cafe"]),
              event("d", actors=["Miguel Díaz-Canel"]), event("e", actors=["Miguel Diaz-Canel"]),
              event("f", actors=["Miguel Diaz-Canel"])]
    uris = pages.facet_uris(events)
    assert uris["tags"]["cafe"] == "tags/cafe.md"  # the most used spelling keeps the plain address
    assert uris["tags"]["Café"].startswith("tags/cafe-") and uris["tags"]["Café"] != "tags/cafe.md"
    assert uris["tags"]["Index"].startswith("tags/index-")  # tags/index.md is the tags index itself
    assert uris["actors"]["Miguel Diaz-Canel"] == "actors/miguel-diaz-canel.md"
    assert uris["actors"]["Miguel Díaz-Canel"].startswith("actors/miguel-diaz-canel-")
    assert len({u for by in uris.values() for u in by.values()}) == 5  # one page per name
    assert pages.slug_collisions(uris) == [("tags", ["Café", "cafe"]),
                                           ("actors", ["Miguel Diaz-Canel", "Miguel Díaz-Canel"])]
    assert pages.facet_uris(list(reversed(events))) == uris  # the same whatever the order
    hashed = uris["tags"]["Café"].removeprefix("tags/").removesuffix(".md").replace("-", " ")
    tricky = pages.facet_uris([*events, event("g", tags=[hashed])])["tags"]  # "cafe 1a2b3c" as a tag
    assert len(set(tricky.values())) == len(tricky)


def test_no_escaped_text_can_hold_the_root_marker():
    for hostile in ("__TL_ROOT__", pages.ROOT_MARKER, "<!--tl-root-->"):
        assert pages.ROOT_MARKER not in pages.text(hostile)
        assert pages.ROOT_MARKER not in pages.attr(hostile)
    block = pages.chart_block({"description": "<!--tl-root-->"}, "<!--tl-root-->", "x.svg")
    assert block.count(pages.ROOT_MARKER) == 2  # the two the block itself needs


def test_event_html_escapes_every_value_and_links_facets():
    hostile = event("x", title="<img src=x onerror=alert(1)>", tags=["<b>tag</b>"], summary="<script>1</script>")
    uris = pages.facet_uris([hostile])
    html = pages.event_html(hostile, None, None, lambda uri: f"/{uri}", uris)
    assert "<img" not in html and "<script>" not in html and "<b>" not in html
    assert '<h1 dir="auto">&lt;img src=x onerror=alert(1)&gt;</h1>' in html
    assert f'<a href="/{uris["tags"]["<b>tag</b>"]}" dir="auto">&lt;b&gt;tag&lt;/b&gt;</a>' in html


@pytest.mark.parametrize("url, repo, href", [
    ("https://example.org/a", None, "https://example.org/a"),
    ("javascript:alert(1)", "https://github.com/o/r", None),
    ("articles/a.txt", "https://github.com/o/r", "https://github.com/o/r/blob/HEAD/articles/a.txt"),
    ("articles/a.txt", None, None),
])
def test_source_links_are_only_http_or_repository_paths(url, repo, href):
    assert pages.link(url, repo) == href


def test_page_titles_keep_emoji_and_are_escaped():
    assert pages.page_title("Vote 🗳️ <passed>") == "Vote 🗳️ &lt;passed&gt;"


def test_chronology_and_facet_pages_list_events_in_time_order():
    events = [event("b", "Second", "2026-02-01", tags=["x"]), event("a", "First", "2025-12-31", tags=["x"])]
    chronology = pages.chronology_markdown(events)
    assert chronology.index("First") < chronology.index("Second")
    assert '## <time datetime="2025">2025</time>' in chronology
    here = pages.facet_uris(events)["tags"]["x"]
    page = pages.facet_value_markdown("tags", "x", events, here)
    assert page.index("First") < page.index("Second") and "[Tags](../tags.md)" in page


def test_event_pages_say_how_many_articles_reported_it():
    many = event("m")
    many.sources += [Source(url="https://example.org/b", quote="Q2."), Source(url="https://example.org/a", quote="Q3.")]
    html = pages.event_html(many, None, None, lambda uri: uri, pages.facet_uris([many]))
    assert '<p class="tl-reported">Reported by 2 articles.</p>' in html  # two addresses, three quotes
    html = pages.event_html(event("o"), None, None, lambda uri: uri, {f: {} for f in pages.FACETS}, locale="es")
    assert '<p class="tl-reported">Lo informa 1 artículo.</p>' in html


def test_the_home_page_leads_with_the_key_events():
    a, b, c = event("a", "Alpha"), event("b", "Bravo", "2026-01-21"), event("c", "Charlie", "2026-01-22")
    b.sources.append(Source(url="https://example.org/b", quote="Q."))
    home = pages.home_markdown("Site", [a, b, c], "<chart>")
    key = home.split("## Key events")[1].split("## Latest events")[0]
    assert "Bravo" in key and "Alpha" not in key  # unranked: the events more than one article reported
    a.rank, c.rank = 2, 1
    key = pages.home_markdown("Site", [a, b, c], "<chart>").split("## Key events")[1].split("##")[0]
    assert key.index("Charlie") < key.index("Alpha") and "Bravo" not in key  # ranked: by rank
    assert "## Key events" not in pages.home_markdown("Site", [event("z")], "<chart>")  # nothing stands out


def test_chronology_puts_year_and_month_events_under_their_own_heading_first():
    events = [event("d1", "Day one", "2025-01-01"), event("y", "The year", "2025"),
              event("m", "The month", "2025-01"), event("d2", "Day two", "2025-01-15"),
              event("f", "February", "2025-02-03")]
    chronology = pages.chronology_markdown(events)
    year = chronology.index('## <time datetime="2025">')
    january = chronology.index('### <time datetime="2025-01">')
    assert year < chronology.index("The year") < january  # not under January
    assert january < chronology.index("The month") < chronology.index("Day one") < chronology.index("Day two")
    assert chronology.index("Day two") < chronology.index('### <time datetime="2025-02">')


def test_drafts_carry_a_badge_only_when_marked():
    draft, reviewed = event("d"), event("r", status="reviewed")
    uris = pages.facet_uris([draft, reviewed])
    badge = '<span class="tl-badge tl-badge--draft"'
    assert badge in pages.event_html(draft, None, None, lambda uri: uri, uris, mark_draft=True)
    assert badge not in pages.event_html(reviewed, None, None, lambda uri: uri, uris, mark_draft=True)
    assert badge not in pages.event_html(draft, None, None, lambda uri: uri, uris)
    assert ">Borrador sin revisar<" in pages.event_html(draft, None, None, lambda uri: uri, uris, locale="es",
                                                         mark_draft=True)


def test_the_home_page_says_what_the_timeline_covers():
    a, b = event("a", date="2025-08-15"), event("b", date="2026-01-20", status="reviewed")
    b.sources.append(Source(url="https://example.org/b", quote="Q."))
    home = pages.home_markdown("Site", [a, b], "<chart>", mark_drafts=True)
    facts = home.split('<p class="tl-facts">')[1].split("</p>")[0]
    assert facts == ("<span>August 15, 2025 – January 20, 2026</span><span>2 events</span>"
                     "<span>2 sources</span><span>1 not yet reviewed</span>")
