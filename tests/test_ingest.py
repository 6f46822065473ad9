"""Reading articles: metadata parsed once, every bad input named with its file (and line)."""

import io
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from timeline import ingest
from timeline.errors import ArticleError
from timeline.ingest import article_paths, publication_date, read_article
from timeline.partial_date import PartialDate

BODY = "The council met on Jan. 3 to approve the budget for the new year.\n"


def test_the_seed_date_line_gives_a_day():
    article = read_article(str(ROOT / "articles" / "004_4c5db1f2eac7af6e.txt"))
    assert article.published == PartialDate(2026, 1, 21)


@pytest.mark.parametrize("value, day", [
    ("2026-01-21", "2026-01-21"),
    ("'2026-01-21T10:00:00Z'", "2026-01-21"),
    ("2026-01-21 10:00:00", "2026-01-21"),
])
def test_front_matter_dates_and_timestamps_give_their_day(write, value, day):
    path = write("a.md", f"---\npublished: {value}\ntitle: 1984\nurl: https://example.org/a\n---\n{BODY}")
    article = read_article(str(path))
    assert (str(article.published), article.title, article.source) == (day, "1984", "https://example.org/a")


@pytest.mark.parametrize("front, message", [
    ("published: yesterday", "2: published: 'yesterday' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("published: [2026]", "2: published: [2026] is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("published: 2026-13-45", "2: published: '2026-13-45' is not a date: month 13 is out of range (expected 01 to 12)"),
    ("published: 2026-01", "2: published: '2026-01' is not a day (expected YYYY-MM-DD: relative dates are resolved "
                           "against the day of publication)"),
    ("url: x\nlanguage: 5", "3: language: 5 is not a language code (expected an ISO 639-1 code such as en or es)"),
    ("title: {a: 1}", "2: title: {'a': 1} is not text (expected the article's headline)"),
    ("title: [unclosed", "3: front matter is not valid YAML (expected `key: value` lines between two --- lines)"),
    ("- a list", "2: front matter is not a mapping (expected `key: value` lines)"),
])
def test_bad_front_matter_names_file_line_and_field(write, front, message):
    path = write("a.md", f"---\n{front}\n---\n{BODY}")
    with pytest.raises(ArticleError) as info:
        read_article(str(path))
    assert str(info.value) == f"{path}:{message}"


def test_control_characters_become_spaces_and_offsets_stay(write):
    path = write("a.txt", "Officials\x1b[2J said\x00 on Jan. 3 that the vote\x07 passed.\n")
    path.write_bytes(path.read_bytes().replace(b"\x00", b"\x01"))  # NUL alone would read as binary
    article = read_article(str(path))
    assert article.text == "Officials [2J said  on Jan. 3 that the vote  passed.\n"
    assert len(article.text) == len(path.read_text())


def test_special_and_missing_paths_are_named_for_what_they_are(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    names, problems = article_paths([str(tmp_path / "pipe.txt"), "/dev/null", str(tmp_path / "none.txt")])
    assert names == []
    assert problems == [
        f"{tmp_path}/pipe.txt: is not a regular file (a FIFO, socket or device); give an article file, or - to "
        "read standard input",
        "/dev/null: is not a regular file (a FIFO, socket or device); give an article file, or - to read standard "
        "input",
        f"{tmp_path}/none.txt: no such file or folder",
    ]


def test_a_folder_link_out_of_the_folder_is_skipped(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(BODY)
    (tmp_path / "private.txt").write_text("secret")
    (tmp_path / "articles" / "b.txt").symlink_to(tmp_path / "private.txt")
    names, problems = article_paths([str(tmp_path / "articles")])
    assert names == [str(tmp_path / "articles" / "a.txt")]
    assert problems == [f"{tmp_path}/articles/b.txt: is a link to a file outside {tmp_path}/articles: not read "
                        "(copy the file into the folder instead)"]


def test_stdin_is_read_up_to_the_limit(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 10_000)))
    with pytest.raises(ArticleError) as info:
        read_article("-")
    assert str(info.value) == ("-: 101 bytes is too large for an article (limit 100); split it or extract its "
                               "text first")  # it stopped reading one byte past the limit


def test_a_closed_stdin_is_an_error_not_a_traceback(tmp_path):
    # the shell closes stdin (<&-)
    result = subprocess.run(f"{sys.executable} -m timeline extract - --out {tmp_path}/events <&-",  # noqa: S602
                            shell=True, capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "error: -: standard input is closed; pipe an article into it or name a file" in result.stderr


def test_publication_date_wants_a_day():
    assert publication_date("2026-01-21") == PartialDate(2026, 1, 21)
    with pytest.raises(ValueError, match="is not a day"):
        publication_date(2026)


def test_a_date_line_that_gives_only_a_month_is_no_day_and_the_warning_says_so(tmp_path, capsys):
    from timeline.cli import main

    page = tmp_path / "page.txt"
    page.write_text(" date 2024-10 La dana arrasó el martes el Levante y dejó 95 muertos en Valencia.\n\n"
                    "El Gobierno aprobó el 5 de noviembre un plan de ayudas. En abril hubo otra crecida.\n",
                    encoding="utf-8")
    article = read_article(str(page))
    assert (article.published, article.coarse_date) == (None, "2024-10")
    assert main(["extract", str(page), "--out", str(tmp_path / "events"), "--language", "es"]) == 0
    err = capsys.readouterr().err
    assert "its date line gives only the month 2024-10: weekdays and relative days are skipped" in err
    # the month still dates what is near it ("el 5 de noviembre"); a weekday or a month half a
    # year away ("en abril": this year's or last year's) is not guessed
    files = sorted((tmp_path / "events").glob("*.yaml"))
    assert [f.name[:10] for f in files] == ["2024-11-05"]
    assert "published:" not in files[0].read_text(encoding="utf-8")  # no day of publication is made up


@pytest.mark.parametrize("head, published", [
    ("24. Februar, 2025\n\nPolitik\n", "2025-02-24"),        # a page's first line: its date
    ("Tuesday, January 3, 2026\n", "2026-01-03"),
    ("On January 3, 2026 the council met.\n", None),            # a sentence, not a date line
    ("3 January\n", None),                                     # no year: no day to resolve against
    # under the section and the headline; not once the story has begun
    ("Internacional - Población\n\nLluvias intensas en la costa\n\n2018-10-08\n\n", "2018-10-08"),
    ("Politik\n\nDie Union hat nach einer langen Nacht der Auszählung die Wahl in Bayern gewonnen.\n\n"
     "2018-10-08\n", None),
    # a publication stamp with its clock, under the headline
    ("Strike ends\n\nPosted at 5:32 PM, May 13, 2024\nand last updated 2024-05-14 09:10:45-04\n", "2024-05-13"),
    ("Veröffentlicht am 3. Januar 2026, 10:40 Uhr\n", "2026-01-03"),
    ("Published: Tuesday, 3 January 2026, 10:40 GMT\n", "2026-01-03"),
    ("Updated at 5:32 PM, May 13, 2024\n", None),              # updated: maybe days after it appeared
    ("Posted in Politics on May 13, 2024\n", None),            # more than a clock beside the date
    # a line that says it is the publication's date counts below the lead and a caption too
    ("Censure du gouvernement : motion accomplie\n\nLes députés ont renversé mercredi le gouvernement, avec 331 voix, "
     "une première depuis soixante-deux ans.\nLe Premier ministre à l'Assemblée mercredi.\n"
     "publié le 4 décembre 2024 à 21h21\n\n", "2024-12-04"),
    # (after a byline's names too)
    ("Klaus Roth, Hafenbote, veröffentlicht am 26. Juli 2024 um 23:35 Uhr\n", "2024-07-26"),
    ("Strike ends\n\nThe ferry crews ended their strike on Monday after the company agreed to raise their pay.\n"
     "2024-05-13\n", None),                                   # (a bare date there is no stamp)
    # a dateline glued by a dash to the first sentence
    ("Sunday, June 2, 2024 - The ferry crews ended their strike on Saturday after the company agreed to raise "
     "their pay.\n", "2024-06-02"),
])
def test_a_head_line_that_is_only_a_full_date_is_the_date_of_publication(tmp_path, head, published):
    page = tmp_path / "page.txt"
    page.write_text(head + "Die Union hat die Wahl am Sonntag klar gewonnen.\n", encoding="utf-8")
    article = read_article(str(page))
    assert (str(article.published) if article.published else None) == published


@pytest.mark.parametrize("url, published, coarse", [
    # a news URL's path names the day of publication (or its month) when nothing else does
    ("https://example.org/world/2018/01/24/ferry-strike.html", "2018-01-24", None),
    ("https://example.org/a/2023-05-18-flood", "2023-05-18", None),
    ("https://example.org/2023/05/flood.html", None, "2023-05"),
    ("https://example.org/news/3349059", None, None),
    ("https://example.org/id/20881820.html", None, None),
    ("https://example.org/2023/02/30/flood", None, "2023-02"),  # no such day: the month still
])
def test_the_url_dates_an_article_that_gives_no_date(tmp_path, url, published, coarse):
    page = tmp_path / "page.md"
    page.write_text(f"---\nurl: {url}\n---\nThe ferry strike began on Monday in Port Ellis.\n", encoding="utf-8")
    article = read_article(str(page))
    assert (str(article.published) if article.published else None, article.coarse_date) == (published, coarse)


@pytest.mark.parametrize("glued, clean", [
    # spam glues symbols and far scripts' letters into words; an emoji between spaces stays
    ("the Port Authoriꦫty cut fees", "the Port Authority cut fees"),
    ("The commit𝄹tee voted for a 5🔯0-point cut", "The committee voted for a 50-point cut"),
    ("the ferry's pivo👍t 🌺as a sign", "the ferry's pivot as a sign"),
    ("🔴 Última hora del puerto", "🔴 Última hora del puerto"),
    ("Путин и Трамп встретились", "Путин и Трамп встретились"),
])
def test_symbols_glued_into_words_are_spam(write, glued, clean):
    path = write("a.md", f"---\npublished: 2024-05-07\n---\n{glued}\n")
    assert read_article(str(path)).text.split("\n")[3] == clean


def test_markdown_markup_leaves_the_text_and_its_lines(write):
    # an image is a picture's caption, not the story; a link keeps its words; a heading and bold
    # their text: a quote reads as the sentence, not its markup
    path = write("a.md", "---\npublished: 2024-05-07\n---\n# Ferry strike ends\n\nThe crews ended their "
                         "strike on **Monday** after a [long dispute](https://example.org/dispute \"the dispute\") "
                         "with the company.\n\n![The harbour of Port Ellis on Monday, May 3, 2024.]"
                         "(https://example.org/photo.jpg)\n\nThe ferries sail again on Friday, [officials said]"
                         "(/news/ferries_(port)).\n")
    article = read_article(str(path))
    assert article.text.split("\n")[3:] == [
        "Ferry strike ends", "", "The crews ended their strike on Monday after a long dispute with the company.", "",
        "", "", "The ferries sail again on Friday, officials said.", ""]
    assert article.published == PartialDate(2024, 5, 7)


_LEAD = "<p>The ferry crews of Port Ellis went on strike on Monday after talks with the company over pay failed.</p>"
_REST = "<p>The company said on Tuesday that it would cancel every crossing until the end of the week.</p>"


@pytest.mark.parametrize("unclosed", [0, 300, 1500])
def test_an_html_page_of_unclosed_tags_keeps_the_text_after_them(tmp_path, unclosed):
    # libxml2 reads 255 nested elements by default and drops what lies deeper without a word:
    # a page that never closes its <font> tags lost the rest of its article
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Strike</title></head><body><article>{_LEAD}{'<font>' * unclosed}{_REST}"
                    "</article></body></html>", encoding="utf-8")
    text = read_article(str(page)).text
    assert "went on strike on Monday" in text and "cancel every crossing" in text


def test_an_html_page_nested_beyond_what_is_read_says_so(tmp_path):
    from timeline.cli import main

    page = tmp_path / "page.html"
    page.write_text(f"<html><body>{'<div>' * 5000}{_LEAD}{'</div>' * 5000}</body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"page.html: no article text found in the HTML \(its elements nest over "
                                           r"2,048 deep, beyond which nothing is read: close its tags\)"):
        read_article(str(page))
    assert main(["extract", str(page), "--published", "2024-05-01", "--out", str(tmp_path / "events")]) == 2
    assert not (tmp_path / "events").exists() or not list((tmp_path / "events").iterdir())


def test_a_given_date_wins_over_the_url(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("---\nurl: https://example.org/2018/01/24/x\npublished: 2018-01-25\n---\nText here.\n",
                    encoding="utf-8")
    assert str(read_article(str(page)).published) == "2018-01-25"
    page.write_text(" date 2018-02 The strike began on Monday.\n", encoding="utf-8")  # no url: the month line
    assert read_article(str(page)).coarse_date == "2018-02"
