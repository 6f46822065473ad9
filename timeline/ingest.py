"""Reading articles: files, folders or stdin → `Article` (text, published, url, title, language).

- `.txt` / `.md`: optional YAML front matter (`published` or `date`, `url`, `title`,
  `language`); a leading ` date YYYY-MM-DD Title` line, as in the seed articles, is metadata.
- `.html` / `.htm`: main text with trafilatura, publication date with htmldate, canonical URL
  and `<html lang>`.
Unreadable input (binary, not UTF-8, empty, too large) raises `ArticleError` naming the file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .segment import metadata_span

MAX_BYTES = 5_000_000
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class Article:
    text: str
    source: str              # url if known, else the path
    published: str | None = None
    title: str | None = None
    language: str | None = None


def article_paths(paths: list[str]) -> Iterator[str]:
    """Files named, and article files in folders (recursively, sorted); '-' is stdin."""
    for name in paths:
        p = Path(name)
        if name == "-" or p.is_file():
            yield name
        elif p.is_dir():
            yield from (str(f) for f in sorted(p.rglob("*")) if f.suffix.lower() in SUFFIXES and f.is_file())
        else:
            raise ArticleError(f"{name}: no such file or folder")


def read_article(name: str) -> Article:
    raw = sys.stdin.buffer.read() if name == "-" else _read_bytes(name)
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{name}: {len(raw):,} bytes is too large for an article "
                           f"(limit {MAX_BYTES:,}); split it or extract its text first")
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: looks binary, not text (expected .txt, .md or .html)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{name}: is not UTF-8 (byte {e.start}); convert it, e.g. "
                           f"iconv -f latin1 -t utf-8") from None
    if not text.strip():
        raise ArticleError(f"{name}: is empty")
    if name.lower().endswith((".html", ".htm")) or re.match(r"\s*<(?:!doctype|html)", text, re.I):
        return _from_html(text, name)
    return _from_text(text, name)


def _read_bytes(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as e:
        raise ArticleError(f"{name}: cannot be read ({e.strerror})") from None


def _from_text(text: str, name: str) -> Article:
    article = Article(text=text, source=name)
    front = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    if front:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError

        try:
            meta = YAML(typ="safe").load(front.group(1)) or {}
        except YAMLError as e:
            raise ArticleError(f"{name}: front matter is not valid YAML ({e})") from None
        if isinstance(meta, dict):
            published = meta.get("published") or meta.get("date")
            article.published = str(published) if published else None
            article.source = str(meta.get("url") or name)
            article.title = meta.get("title")
            article.language = meta.get("language")
        # blank the front matter out (same length) so offsets still point into the file
        article.text = re.sub(r"[^\n]", " ", text[:front.end()]) + text[front.end():]
    span = metadata_span(article.text)
    if span and not article.published:
        article.published = re.search(r"\d{4}-\d{2}-\d{2}", article.text[span[0]:span[1]]).group()
    return article


def _from_html(html: str, name: str) -> Article:
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise ArticleError(f"{name}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    published = find_date(html, extensive_search=False, original_date=True)
    lang = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html)
    return Article(text=text, source=(meta.url if meta and meta.url else name), published=published,
                   title=meta.title if meta else None, language=lang.group(1).lower() if lang else None)
