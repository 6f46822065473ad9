"""Inputs at archive scale (`timeline.archive`): JSONL lines cut into partitions that name their
lines, WARC responses read as HTML pages, globs, and what is wrong with a bad line or file."""

import io
import json

import pytest

from timeline.archive import jsonl_article, plan, read_partition
from timeline.errors import ArticleError
from timeline.ingest import Article

ARTICLE = ("Officials said the Harbour Authority opened the new northern pier in Valletta on March 3, 2026. "
           "The pier had been closed since a storm on January 12, 2026.")


def _jsonl(path, records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def _read(parts):
    return [read for part in parts for read in read_partition(part)]


def _names(parts):
    return [name for name, _ in _read(parts)]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 100])
def test_jsonl_partitions_read_every_line_once_with_its_number(tmp_path, size):
    records = [{"text": f"{ARTICLE} Report {i}.", "url": f"https://example.org/{i}", "published": "2026-03-04"}
               for i in range(7)]
    path = _jsonl(tmp_path / "news.jsonl", records)
    parts, problems = plan([str(path)], size=size)
    assert problems == []
    assert len(parts) == -(-7 // size)
    assert _names(parts) == [f"{path}:{n}" for n in range(1, 8)]
    assert sum(p.articles for p in parts) == 7
    urls = [a.source for part in parts for _, a in read_partition(part)]
    assert urls == [f"https://example.org/{i}" for i in range(7)]


def test_a_last_line_without_newline_blank_lines_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": ARTICLE}) + "\r\n\n" + json.dumps({"text": ARTICLE, "url": "u"}),
                    encoding="utf-8-sig")
    parts, _ = plan([str(path)], size=2)
    assert [(p.line, p.articles) for p in parts] == [(1, 2), (3, 1)]
    assert _names(parts) == [f"{path}:1", f"{path}:3"]
    assert [type(a).__name__ for _, a in _read(parts)] == ["Article", "Article"]


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not a JSON object"),
    ("[1, 2]", "a JSON list, not an object"),
    (json.dumps({"url": "https://example.org"}), 'expected a non-empty "text"'),
    (json.dumps({"text": "  "}), 'expected a non-empty "text"'),
    (json.dumps({"text": ARTICLE, "published": "yesterday"}), "published: 'yesterday' is not a date"),
    (json.dumps({"text": ARTICLE, "published": "2026-02-30"}), "published:"),
    (json.dumps({"text": ARTICLE, "language": "english!"}), "is not a language code"),
    (json.dumps({"text": ARTICLE, "url": ["a", "b"]}), "url: "),
])
def test_a_bad_line_is_an_error_naming_the_file_and_line_and_the_others_are_read(tmp_path, line, message):
    path = _jsonl(tmp_path / "news.jsonl", [{"text": ARTICLE}, line, {"text": ARTICLE}])
    read = _read(plan([str(path)])[0])
    assert [type(a).__name__ for _, a in read] == ["Article", "ArticleError", "Article"]
    error = str(read[1][1])
    assert error.startswith(f"{path}:2: ") and message in error


def test_a_line_too_long_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    import timeline.archive as archive

    monkeypatch.setattr(archive, "MAX_ARTICLE_BYTES", 1000)
    path = _jsonl(tmp_path / "news.jsonl", [{"text": "x " * 2000}, {"text": ARTICLE}])
    read = _read(plan([str(path)])[0])
    assert "over 1,000 bytes" in str(read[0][1]) and read[0][0] == f"{path}:1"
    assert read[1][0] == f"{path}:2" and read[1][1].text == ARTICLE


def test_jsonl_html_records_and_metadata():
    article = jsonl_article(json.dumps({
        "html": f"<html lang='es'><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>",
        "url": "https://example.org/a", "title": "Pier\nopens", "published": "2026-03-04T08:00:00Z",
        "language": "en-GB"}).encode(), "x.jsonl:1")
    assert ARTICLE in article.text
    assert (article.source, article.title, str(article.published), article.language) == (
        "https://example.org/a", "Pier opens", "2026-03-04", "en")


def test_a_jsonl_record_without_its_date_takes_its_url_s_day():
    article = jsonl_article(json.dumps({"text": ARTICLE, "url": "https://example.org/2026/03/04/pier"}).encode(),
                            "x.jsonl:1")
    assert str(article.published) == "2026-03-04"
    dated = jsonl_article(json.dumps({"text": ARTICLE, "url": "https://example.org/2026/03/04/pier",
                                      "published": "2026-03-05"}).encode(), "x.jsonl:2")
    assert str(dated.published) == "2026-03-05"  # the record's own date wins


def _warc(path, records):
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=str(path).endswith(".gz"))
        for uri, kind, body in records:
            raw = f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(raw), length=len(raw)))
    return path


def test_warc_html_responses_are_articles_and_other_records_are_not(tmp_path):
    page = (f"<html><head><meta property='article:published_time' content='2026-03-04'></head><body><article>"
            f"<p>{ARTICLE}</p><p>Le port a été fermé.</p></article></body></html>").encode("latin-1")
    path = _warc(tmp_path / "crawl.warc.gz", [
        ("https://example.org/pier", "text/html; charset=iso-8859-1", page),
        ("https://example.org/logo.png", "image/png", b"\x89PNG..."),
        ("https://example.org/empty", "text/html", b"<html><body></body></html>"),
    ])
    parts, _ = plan([str(path)])
    assert [p.kind for p in parts] == ["warc"]
    read = list(read_partition(parts[0]))
    assert [name for name, _ in read] == [f"{path}#1", f"{path}#3"]
    article = read[0][1]
    assert article.source == "https://example.org/pier" and str(article.published) == "2026-03-04"
    assert "a été fermé" in article.text  # the record's charset, not UTF-8
    assert "no article text" in str(read[1][1]) and "https://example.org/empty" in str(read[1][1])


def test_a_file_that_is_not_warc_is_one_error(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file\r\n" * 10)
    read = list(read_partition(plan([str(path)])[0][0]))
    assert len(read) == 1 and isinstance(read[0][1], ArticleError)
    assert str(read[0][1]).startswith(f"{path}: not a WARC file")


def test_globs_folders_and_what_is_not_read(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("one.txt", "two.md", "notes.csv"):
        (tmp_path / "a" / name).write_text(ARTICLE)
    _jsonl(tmp_path / "a" / "more.jsonl", [{"text": ARTICLE}] * 3)
    parts, problems = plan([str(tmp_path / "a" / "*"), str(tmp_path / "none-*.jsonl"), str(tmp_path / "missing.md")],
                           size=2)
    assert [(p.kind, p.articles) for p in parts] == [("jsonl", 2), ("jsonl", 1), ("files", 2)]
    assert len(_names(parts)) == 5
    assert problems == [f"{tmp_path / 'none-*.jsonl'}: no file matches this pattern",
                        f"{tmp_path / 'missing.md'}: no such file or folder"]


def test_the_key_of_a_partition_changes_with_its_input_and_options(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [{"text": ARTICLE}])
    first = plan([str(path)])[0][0]
    assert first.key("en") == plan([str(path)])[0][0].key("en") != first.key("es")
    _jsonl(path, [{"text": ARTICLE + " More."}])
    assert plan([str(path)])[0][0].key("en") != first.key("en")


def test_partitions_option_sets_their_number(tmp_path):
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text(ARTICLE)
    _jsonl(tmp_path / "news.jsonl", [{"text": ARTICLE}] * 10)
    parts, _ = plan([str(tmp_path)], partitions=4)
    assert len(parts) == 4 and sum(p.articles for p in parts) == 20
    assert len(plan([str(tmp_path)])[0]) == 10  # 16 by default: 20 articles in parts of 2


def test_a_warc_file_broken_midway_reads_what_comes_before(tmp_path, capfd):
    page = f"<html><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>".encode()
    path = _warc(tmp_path / "crawl.warc", [("https://example.org/a", "text/html", page)] * 2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])  # the second record cut short
    read = list(read_partition(plan([str(path)])[0][0]))
    assert isinstance(read[0][1], Article)
    assert all(isinstance(a, ArticleError) for _, a in read[1:])  # warcio drops a cut record silently
    assert capfd.readouterr().err == ""  # warcio's complaints are not on the terminal
