"""summarize and top_events: the happenings that matter first, each with the quote that best says
what happened; `extract --top`, `table --top` and `timeline summarize` on top of them."""

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import summarize
from timeline.cli import main
from timeline.merge import merge_events
from timeline.model import Event, Opening, PartialDate, Source
from timeline.summary import top_events

STORY = [  # (date, how many articles report it, the sentence)
    ("2026-03-02", 6, "The river burst its banks at Millbrook and flooded four hundred homes overnight."),
    ("2026-03-03", 3, "Army engineers built a temporary levee along the Millbrook river road."),
    ("2026-03-05", 1, "The Millbrook mayor thanked volunteers at a town hall meeting."),
    ("2026-03-09", 4, "Insurers estimated the Millbrook flood damage at forty million pounds."),
]


def reports(date: str, n: int, sentence: str, published: str | None = None) -> list[Event]:
    """`n` articles reporting one happening, each in slightly different words."""
    out = []
    for i in range(n):
        quote = sentence if i == 0 else f"{sentence[:-1]}, reporter {i} wrote from the scene."
        out.append(Event(id=f"{date}-{i}-{abs(hash(sentence)) % 1000}", date=PartialDate.parse(date),
                         title=sentence[:50], sources=[Source(url=f"https://news{i}.example/{date}", quote=quote,
                                                              published=PartialDate.parse(published or date))]))
    return out


@pytest.fixture
def story() -> list[Event]:
    return merge_events([e for date, n, sentence in STORY for e in reports(date, n, sentence)])


def days(events: list[Event]) -> list[str]:
    return [str(e.date) for e in events]


def test_the_most_reported_happenings_come_first(story):
    assert len(story) == 4  # one event per happening, its reports merged
    assert days(summarize(story, dates=2)) == ["2026-03-02", "2026-03-09"]
    assert days(summarize(story)) == ["2026-03-02", "2026-03-09", "2026-03-03", "2026-03-05"]
    assert [len(e.sources) for e in summarize(story, dates=2)] == [6, 4]  # every source kept


def test_the_window_and_the_limits(story):
    assert days(summarize(story, start=dt.date(2026, 3, 3), end=dt.date(2026, 3, 5))) == ["2026-03-03", "2026-03-05"]
    assert days(summarize(story, start=PartialDate.parse("2026-03-04"))) == ["2026-03-09", "2026-03-05"]
    assert summarize(story, dates=0) == [] and summarize([], dates=3) == []
    assert summarize(story, start=dt.date(2027, 1, 1)) == []


def test_per_date_takes_the_first_of_every_date_before_the_second(story):
    other = reports("2026-03-02", 2, "Rail services to Stanton were suspended after a signal box caught fire.")
    events = merge_events([*story, *other])
    chosen = summarize(events, dates=2, per_date=2)
    assert days(chosen) == ["2026-03-02", "2026-03-09", "2026-03-02"]
    assert "burst its banks" in chosen[0].quote and "Rail services" in chosen[2].quote
    assert days(summarize(events, dates=2, per_date=1)) == ["2026-03-02", "2026-03-09"]


def test_the_quote_is_the_report_that_best_says_what_happened():
    sentences = [
        '"It was terrible," one resident said of the Millbrook flood.',
        "The river burst its banks at Millbrook and flooded four hundred homes overnight.",
        "The river burst its banks at Millbrook on a day when the town also held its market and the "
        "council met to discuss parking fees, a new library wing, the bus timetable and the summer fair.",
        "Four hundred homes in Millbrook were flooded when the river burst its banks.",
    ]
    first = Event(id="x", date=PartialDate.parse("2026-03-02"), title="Flood", sources=[
        Source(url=f"https://news{i}.example/a", quote=q) for i, q in enumerate(sentences)])
    (chosen,) = summarize([first])
    assert chosen.quote in sentences[1::2]  # not the quotation, not the run-on sentence
    assert sorted(s.quote for s in chosen.sources) == sorted(sentences)  # every source kept
    assert first.quote == sentences[0]  # the input is not changed


@pytest.mark.parametrize("witness", [
    "I watched the river burst its banks at Millbrook and flood four hundred homes overnight.",
    "We saw the river burst its banks at Millbrook and flood four hundred homes overnight.",
    "Jane Doe, Millbrook, e-mails: the river burst its banks and flooded four hundred homes overnight.",
])
def test_a_witness_in_the_first_person_is_not_the_quote(witness):
    news = "The river burst its banks at Millbrook and flooded four hundred homes overnight."
    event = Event(id="x", date=PartialDate.parse("2026-03-02"), title="Flood", sources=[
        Source(url="https://news.example/a", quote=news),  # the witness is the centre of the reports
        *(Source(url=f"https://blog{i}.example/a", quote=witness) for i in range(3))])
    (chosen,) = summarize([event])
    assert chosen.quote == news


def test_the_quote_is_taken_from_the_day_s_news_rather_than_a_later_look_back():
    later = "The river burst its banks at Millbrook and flooded four hundred homes, a month ago."
    fresh = "The river burst its banks at Millbrook and flooded four hundred homes overnight."
    event = Event(id="x", date=PartialDate.parse("2026-03-02"), title="Flood", sources=[
        *(Source(url=f"https://later{i}.example/a", quote=later, published=PartialDate.parse("2026-04-02"))
          for i in range(2)),
        Source(url="https://news.example/a", quote=fresh, published=PartialDate.parse("2026-03-03"))])
    (chosen,) = summarize([event])
    assert chosen.quote == fresh


def lead_story(leads: tuple[str, ...], published: str = "2026-03-03") -> list[Event]:
    """Two happenings of March 2, each told in parts by articles of that day in a sentence with
    its date; one more article, published on `published`, whose opening sentences are `leads`."""
    told = [("flood", "On Monday the river burst its banks at Millbrook, officials said."),
            ("flood", "Four hundred homes at Millbrook were flooded on Monday, the council said."),
            ("flood", "Homes flooded on Monday when the Millbrook river burst its banks, residents said."),
            ("fire", "A signal box at Stanton caught fire on Monday, the rail company said."),
            ("fire", "Rail services to Stanton were suspended on Monday after the fire.")]
    events = [Event(id=f"{name}{i}", date=PartialDate.parse("2026-03-02"), title=name, sources=[
        Source(url=f"https://news{i}.example/a", quote=quote, published=PartialDate.parse("2026-03-02"))])
        for i, (name, quote) in enumerate(told)]
    later = "Volunteers at Millbrook worked through Monday night, the council said."
    events.append(Event(id="late", date=PartialDate.parse("2026-03-02"), title="flood", sources=[
        Source(url="https://late.example/a", quote=later, published=PartialDate.parse(published),
               lead=Opening(leads, tuple(() for _ in leads), "en"))]))
    return merge_events(events)


def test_an_article_s_opening_sentence_may_say_best_what_happened_that_day():
    lead = "The river burst its banks at Millbrook and flooded four hundred homes."
    events = lead_story((lead, "Rail services to Stanton were suspended after a signal box caught fire."))
    assert sorted(e.title for e in events) == ["fire", "flood"]
    chosen = summarize(events, per_date=2)
    by_title = {e.title: e for e in chosen}
    assert by_title["flood"].quote == lead  # more like the day's reports than any of them
    assert by_title["flood"].sources[0].url == "https://late.example/a"
    assert by_title["flood"].sources[0].published == PartialDate.parse("2026-03-03")
    assert len(by_title["flood"].sources) == 5  # the opening sentence beside every report
    # each opening sentence is a candidate only for the happening whose reports it is most like
    assert "signal box" in by_title["fire"].quote and "Millbrook" not in by_title["fire"].quote


def test_opening_sentences_of_other_days_or_unlike_the_reports_are_not_quoted():
    lead = "The river burst its banks at Millbrook and flooded four hundred homes."
    assert summarize(lead_story((lead,), published="2026-03-09"), per_date=2)[0].quote != lead
    unrelated = ("Tickets for the summer fair go on sale next week.",)
    assert all(e.quote not in unrelated for e in summarize(lead_story(unrelated), per_date=3))
    # with every event of a date asked for, each keeps its own best report
    assert all(e.quote != lead for e in summarize(lead_story((lead,)), per_date=None))
    assert all(e.quote != lead for e in top_events(lead_story((lead,))))  # a draft quotes its own report


def test_a_day_with_room_takes_an_opening_sentence_of_that_day_s_articles_as_an_event_of_its_own():
    lead = "The river burst its banks at Millbrook and flooded four hundred homes."
    other = "Engineers were checking the Millbrook river bridge after the flooding of the homes."
    chosen = summarize(lead_story((lead, other), published="2026-03-02"), per_date=3)
    assert [e.quote for e in chosen][:2] != [other] * 2 and len(chosen) == 3
    (added,) = [e for e in chosen if e.quote == other]
    assert added.title == "Engineers check the Millbrook river bridge" and str(added.date) == "2026-03-02"
    assert [s.url for s in added.sources] == ["https://late.example/a"] and added.id.startswith("2026-03-02-")
    assert len(summarize(lead_story((lead, other), published="2026-03-02"), per_date=2)) == 2  # no room
    # only articles of the day itself: one of the next day may tell its own day's news
    assert all(e.quote != other for e in summarize(lead_story((lead, other)), per_date=3))
    # each opening sentence once in a summary, on the first of its dates chosen
    chosen = summarize(merge_events([*lead_story((lead, other), published="2026-03-02"),
                                     *reports("2026-03-03", 3, "Millbrook homes flooded again as the river rose.")]),
                       per_date=3)
    assert [e.quote for e in chosen].count(other) == 1


def test_a_page_of_listings_weighs_little_however_many_dates_it_gives(story):
    listings = [Event(id=f"l{d}", date=PartialDate(2026, 3, d), title="Radio", sources=[Source(
        url="https://radio.example/schedule", quote=f"At {d} pm the evening concert series continues with "
        f"string quartets and a brass band on Radio Three, day {d}.", published=PartialDate(2026, 3, 1))])
        for d in range(1, 29)]
    assert days(summarize([*story, *listings], dates=2)) == ["2026-03-02", "2026-03-09"]


def test_a_report_weighs_more_in_an_article_about_the_story_than_on_a_page_of_listings(story):
    def one(day: int, url: str) -> Event:
        return Event(id=f"c{day}", date=PartialDate(2026, 3, day), title="Concert", sources=[Source(
            url=url, quote="A benefit concert for the Millbrook flood victims fills the town hall.",
            published=PartialDate(2026, 3, 1))])
    listings = [Event(id=f"l{d}", date=PartialDate(2026, 3, d), title="Radio", sources=[Source(
        url="https://radio.example/schedule", quote=f"At {d} pm the evening concert series continues with "
        f"string quartets and a brass band on Radio Three, day {d}.", published=PartialDate(2026, 3, 1))])
        for d in range(20, 29)]
    news = Event(id="n", date=PartialDate(2026, 3, 16), title="Appeal", sources=[Source(
        url="https://news.example/appeal", quote="The Millbrook flood appeal has raised two million pounds.",
        published=PartialDate(2026, 3, 1))])
    # the same sentence on the listings page (the 12th) and in a report on the flood (the 14th)
    events = [*story, *listings, news, one(12, "https://radio.example/schedule"), one(14, "https://news.example/appeal")]
    ranked = days(summarize(events))
    assert ranked.index("2026-03-14") < ranked.index("2026-03-12")


def test_later_articles_that_refer_back_make_a_happening_weigh_more():
    early = reports("2026-03-03", 2, "The Millbrook council voted to rebuild the flood wall.")
    late = reports("2026-03-04", 2, "Stanton opened a new ferry terminal on the estuary.")
    remembered = reports("2026-03-03", 1, "The Millbrook council voted to rebuild the flood wall.",
                         published="2026-03-20")
    remembered[0].sources[0].url = "https://later.example/review"
    events = merge_events([*early, *late, *remembered])
    assert days(summarize(events, dates=1)) == ["2026-03-03"]


def test_top_events_ranks_happenings_not_dates(story):
    other = reports("2026-03-02", 1, "Rail services to Stanton were suspended after a signal box caught fire.")
    events = merge_events([*story, *other])
    assert days(top_events(events, n=2)) == ["2026-03-02", "2026-03-09"]
    everything = top_events(events)
    assert len(everything) == 5 and days(everything)[:3] == ["2026-03-02", "2026-03-09", "2026-03-03"]
    assert days(top_events(events, per_date=1)) == ["2026-03-02", "2026-03-09", "2026-03-03", "2026-03-05"]
    assert top_events(events, n=0) == [] and top_events(events, end=dt.date(2026, 3, 1)) == []


# ---------------------------------------------------------------- the command line


ARTICLES = {
    "a.md": ("2026-03-03", "The river burst its banks at Millbrook on March 2 and flooded four hundred homes.\n\n"
                           "Army engineers built a temporary levee along the Millbrook river road on Tuesday.\n\n"
                           "The Millbrook mayor thanked volunteers at a town hall meeting on February 27."),
    "b.md": ("2026-03-04", "Four hundred homes were flooded at Millbrook when the river burst its banks on March 2.\n\n"
                           "Insurers will meet in London on March 9 to estimate the Millbrook flood damage."),
    "c.md": ("2026-03-10", "Insurers estimated the Millbrook flood damage at forty million pounds on March 9, a "
                           "week after the river burst its banks at Millbrook on March 2."),
}


def write_articles(folder: Path) -> Path:
    folder.mkdir()
    for name, (published, body) in ARTICLES.items():
        (folder / name).write_text(f"---\npublished: {published}\nurl: https://example.org/{name}\n---\n{body}\n")
    return folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_top_writes_the_most_important_and_a_larger_top_adds_the_next(tmp_path, capsys):
    articles, events = write_articles(tmp_path / "articles"), tmp_path / "events"
    code, out, _ = run(capsys, "extract", articles, "--out", events, "--top", "1")
    assert code == 0 and "1 new" in out and "left out (not among --top" in out
    (first,) = events.glob("*.yaml")
    before = first.read_bytes()
    assert b"date: '2026-03-02'\n" in before and b"rank: 1\n" in before
    # its quote (the first source's) is a report of the flood, not the sentence about the insurers
    first_quote = before.split(b"sources:")[1].split(b"  - url")[1]
    assert b"burst its banks" in first_quote and b"Insurers" not in first_quote
    assert len({line for line in before.decode().splitlines() if line.startswith("  - url:")}) == 3  # all sources
    code, out, _ = run(capsys, "extract", articles, "--out", events, "--top", "3")
    assert code == 0 and "2 new" in out
    assert first.read_bytes() == before  # the first is left as it was
    ranks = sorted(int(line.split()[1]) for p in events.glob("*.yaml") for line in p.read_text().splitlines()
                   if line.startswith("rank:"))
    assert ranks == [1, 2, 3]
    code, out, _ = run(capsys, "table", "--events", events, "--top", "2")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["rank", "date"] and [line.split()[0] for line in lines[1:]] == ["1", "2"]


def test_extract_since_and_until_keep_what_is_inside(tmp_path, capsys):
    articles, events = write_articles(tmp_path / "articles"), tmp_path / "events"
    code, out, _ = run(capsys, "extract", articles, "--out", events, "--since", "2026-03-03", "--until", "2026-03")
    assert code == 0 and "2 left out" in out  # the flood of March 2 and the mayor's thanks of February 27
    dates = sorted(line.split()[1].strip("'") for p in events.glob("*.yaml") for line in p.read_text().splitlines()
                   if line.startswith("date:"))
    assert dates and all("2026-03-03" <= d <= "2026-03-31" for d in dates)
    assert not any("rank:" in p.read_text() for p in events.glob("*.yaml"))  # ranks come with --top only


@pytest.mark.parametrize("argv, message", [
    (["--top", "0"], "argument --top: '0' is not a count"),
    (["--top", "many"], "argument --top: 'many' is not a count"),
    (["--per-date", "-1"], "argument --per-date: '-1' is not a count"),
    (["--since", "March"], "argument --since: 'March'"),
])
def test_bad_top_and_window_options_are_usage_errors(tmp_path, capsys, argv, message):
    articles = write_articles(tmp_path / "articles")
    with pytest.raises(SystemExit) as caught:
        main(["extract", str(articles), "--out", str(tmp_path / "events"), *argv])
    assert caught.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "events").exists()


def test_a_window_that_ends_before_it_starts_is_an_error(tmp_path, capsys):
    articles = write_articles(tmp_path / "articles")
    window = ["--since", "2026-04", "--until", "2026-03"]
    code, _, err = run(capsys, "extract", articles, "--out", tmp_path / "events", *window)
    assert code == 2 and err == "error: --since 2026-04 is after --until 2026-03: nothing is between them\n"
    assert not (tmp_path / "events").exists()
    code, _, err = run(capsys, "summarize", "--events", tmp_path, "--since", "2027", "--until", "2026")
    assert code == 2 and "--since 2027 is after --until 2026" in err


def test_summarize_prints_the_timeline_that_matters(tmp_path, capsys):
    articles, events = write_articles(tmp_path / "articles"), tmp_path / "events"
    run(capsys, "extract", articles, "--out", events)
    code, out, _ = run(capsys, "summarize", "--events", events, "--dates", "2")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("2026-03-02") and "(3 articles)" in first
    assert "burst its banks" in out.splitlines()[1]
    code, out, _ = run(capsys, "summarize", "--events", events, "--dates", "2", "--format", "json")
    timeline = json.loads(out)
    assert list(timeline["dates"]) == sorted(timeline["dates"]) and "2026-03-02" in timeline["dates"]
    assert all(isinstance(s, str) for sentences in timeline["dates"].values() for s in sentences)
    (tmp_path / "empty").mkdir()
    code, out, _ = run(capsys, "summarize", "--events", tmp_path / "empty")
    assert code == 0 and "no events" in out
    code, _, err = run(capsys, "summarize", "--events", tmp_path / "missing")
    assert code == 2 and "missing" in err
