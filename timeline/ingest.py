"""Reading articles: files, folders or stdin → `Article` (text, published, url, title, language).

- `.txt` / `.md`: optional YAML front matter (`published` or `date`, `url`, `title`,
  `language`); a leading ` date YYYY-MM-DD Title` line, as in the seed articles, is metadata.
- `.html` / `.htm`: main text with trafilatura, publication date with htmldate, canonical URL
  and `<html lang>`.

The publication date is parsed here, once, into a `PartialDate` (a day). Anything wrong with
one article (binary, not UTF-8, empty, too large, a FIFO, front matter that is not YAML or a
`published: yesterday`) raises `ArticleError` naming the file (and the line), so a caller can
report it and go on with the other articles. Control characters in the text become spaces
(offsets stay as they were): a quote never carries a terminal escape into an event file.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ArticleError, InvalidDateError
from .fields import join_surrogates
from .files import NotRegular, TooLarge, read_limited, walk
from .partial_date import PartialDate
from .segment import BYLINE_NAME, metadata_span
from .settings import (
    BINARY_SNIFF_BYTES,
    DATE_HEADING_BODY_WORDS,
    DATE_HEADING_CHARS,
    DATE_HEADING_LINES,
    EXCERPT_CHARS,
    HTML_DEFAULT_DEPTH,
    HTML_MAX_DEPTH,
    MAX_ARTICLE_BYTES,
)

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


@dataclass
class Article:
    text: str
    source: str              # url if known, else the path
    published: PartialDate | None = None  # a day
    title: str | None = None
    language: str | None = None
    coarse_date: str | None = None  # a date line that gives only a month ("2024-10"): not a day to resolve against


def article_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """The files named, and the article files in folders named (recursively, sorted), with
    '-' for stdin; and a message for each path that is not read (missing, a FIFO, a link out
    of its folder)."""
    names: list[str] = []
    problems: list[str] = []
    for name in paths:
        p = Path(name)
        if name == "-" or p.is_file():
            names.append(name)
        elif p.is_dir():
            found, skipped = walk(p, SUFFIXES)
            names += [str(f) for f in found]
            problems += [f"{path}: {why}" for path, why in skipped]
        elif p.exists():
            problems.append(f"{name}: is not a regular file (a FIFO, socket or device); give an article "
                            "file, or - to read standard input")
        else:
            problems.append(f"{name}: no such file or folder")
    return names, problems


def read_article(name: str, path: str | None = None) -> Article:
    """The article in the file `name` (or at `path`, when the name to report is not where it is
    read: a worker whose working folder is another), '-' for stdin."""
    raw = _read_stdin() if name == "-" else _read_bytes(name, path)
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        raise ArticleError(f"{name}: looks binary, not text (expected .txt, .md or .html)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{name}: is not UTF-8 (byte {e.start}); convert it, e.g. "
                           f"iconv -f latin1 -t utf-8") from None
    if not text.strip():
        raise ArticleError(f"{name}: is empty")
    text = _CONTROL.sub(" ", text)
    if name.lower().endswith((".html", ".htm")) or re.match(r"\s*<(?:!doctype|html)", text, re.I):
        return _from_html(text, name)
    return _from_text(text, name)


def _too_large(name: str, size: int) -> ArticleError:
    return ArticleError(f"{name}: {size:,} bytes is too large for an article (limit {MAX_ARTICLE_BYTES:,}); "
                        "split it or extract its text first")


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("-: standard input is closed; pipe an article into it or name a file")
    try:
        raw = stream.read(MAX_ARTICLE_BYTES + 1)
    except (OSError, ValueError) as e:
        raise ArticleError(f"-: standard input cannot be read ({getattr(e, 'strerror', None) or e})") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise _too_large("-", len(raw))
    return raw


def _read_bytes(name: str, path: str | None = None) -> bytes:
    try:
        return read_limited(path or name, MAX_ARTICLE_BYTES)
    except TooLarge as e:
        raise _too_large(name, e.size) from None
    except NotRegular:
        raise ArticleError(f"{name}: is not a regular file (a FIFO, socket or device); give an article "
                           "file, or - to read standard input") from None
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except OSError as e:
        raise ArticleError(f"{name}: cannot be read ({e.strerror or e})") from None


# ---------------------------------------------------------------- metadata


def publication_date(value: Any) -> PartialDate:
    """A publication date from metadata: a day (`2026-01-21`), or a timestamp whose day is
    taken (`2026-01-21T10:00:00Z`); `InvalidDateError` says what is wrong."""
    from .dates import to_date

    if isinstance(value, bool) or value is None:
        raise InvalidDateError(f"{_show(value)} is not a date (expected YYYY-MM-DD)")
    return PartialDate.from_date(to_date(value))


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"


def _one_line(value: Any) -> str | None:
    """A front matter string as one clean line (numbers are accepted as text: `title: 1984`)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = " ".join(_CONTROL.sub(" ", join_surrogates(str(value))).split())
    return text or None


def _front_matter(text: str, name: str) -> tuple[dict, int] | None:
    """The front matter mapping of `text` and the length of its block, or None if it has none."""
    front = re.match(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not front:
        return None
    from .yamltext import YamlLimit, load_fast, load_round_trip

    block = front.group(1) or ""
    try:
        meta = load_fast(block)
    except YamlLimit as e:
        raise ArticleError(f"{name}:{e.line + 2}: front matter {e.message}") from None
    except Exception:  # libyaml refuses it (or `published: 2026-13-45`): ask the YAML 1.2 loader
        try:
            meta = load_round_trip(block)
        except YamlLimit as e:
            raise ArticleError(f"{name}:{e.line + 2}: front matter {e.message}") from None
        except Exception:
            raise ArticleError(f"{name}:{_yaml_error_line(block) + 1}: front matter is not valid YAML "
                               "(expected `key: value` lines between two --- lines)") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}:2: front matter is not a mapping (expected `key: value` lines)")
    return meta, front.end()


def _yaml_error_line(block: str) -> int:
    """The 1-based line, within the file, of the first YAML error in a front matter block."""
    from ruamel.yaml.error import MarkedYAMLError

    from .yamltext import load_round_trip

    try:
        load_round_trip(block)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        return (mark.line if mark else 0) + 1
    except Exception:  # libyaml refused it, ruamel.yaml did not: no line to point at
        return 1
    return 1


def _key_line(text: str, key: str) -> int:
    """The line of `key:` in the front matter at the start of `text` (1-based)."""
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _from_text(text: str, name: str) -> Article:
    article = Article(text=text, source=name)
    found = _front_matter(text, name)
    if found:
        meta, length = found
        head = text[:length]
        key = "published" if meta.get("published") is not None else "date"
        if meta.get(key) is not None:
            try:
                article.published = publication_date(meta[key])
            except InvalidDateError as e:
                raise ArticleError(f"{name}:{_key_line(head, key)}: {key}: {e}") from None
        for field in ("url", "title"):
            if meta.get(field) is not None:
                value = _one_line(meta[field])
                if value is None:
                    raise ArticleError(f"{name}:{_key_line(head, field)}: {field}: {_show(meta[field])} is not "
                                       f"text (expected the article's {'address' if field == 'url' else 'headline'})")
                setattr(article, "source" if field == "url" else "title", value)
        if meta.get("language") is not None:
            language = meta["language"]
            if not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
                raise ArticleError(f"{name}:{_key_line(head, 'language')}: language: {_show(language)} is not a "
                                   "language code (expected an ISO 639-1 code such as en or es)")
            article.language = language.lower().replace("_", "-").split("-")[0]
        # blank the front matter out (same length) so offsets still point into the file
        article.text = re.sub(r"[^\n]", " ", text[:length]) + unglued(plain_markdown(text[length:]))
    else:
        article.text = unglued(plain_markdown(text))
    span = metadata_span(article.text)
    if span and article.published is None:
        m = re.search(r"\d{4}-\d{2}-\d{2}", article.text[span[0]:span[1]])
        try:
            article.published = publication_date(m.group()) if m else None
        except InvalidDateError as e:
            raise ArticleError(f"{name}:1: the date line: {e}") from None
        if m is None:
            article.coarse_date = article.text[span[0]:span[1]].split()[-1]
    if article.source != name:
        dated_by_url(article)
    if article.published is None and article.coarse_date is None:
        article.published = _date_heading(article.text, article.language)
    return article


def unglued(text: str) -> str:
    """`text` without the symbols and stray letters of another script that spam glues into words
    ("the Federal Reserꦫve", "commit𝄹tee", "pivo👍t 🌺as", "5🔯0-point"): a symbol (an emoji, a
    pictograph) touching a Latin letter or digit, and a letter of a far script between two Latin
    letters, go; an emoji between spaces stays."""
    if not _FAR.search(text):
        return text
    out = []
    for i, ch in enumerate(text):
        if ord(ch) > 0x2000:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            category = unicodedata.category(ch)
            if category in ("So", "Sk", "Co") and (_latin(before) or _latin(after)):
                continue
            if category.startswith("L") and ord(ch) > 0x2FFF and _latin(before) and _latin(after):
                continue
            if category == "Mn" and ch in "\ufe0e\ufe0f" and out and out[-1] != before:
                continue  # (the variation selector of a symbol that went)
        out.append(ch)
    return "".join(out)


_FAR = re.compile("[\u2001-\U0010ffff]")


def _latin(ch: str) -> bool:
    return (ch.isascii() and ch.isalnum()) or "\u00c0" <= ch <= "\u024f"


def plain_markdown(text: str) -> str:
    """`text` without the Markdown a scraped page or a .md file carries, its lines kept: an
    image ("![caption](https://…/photo.jpg)") goes, a link keeps its words ("a [long
    dispute](https://…)" → "a long dispute"), a heading its text ("## Paiporta" → "Paiporta"),
    bold its words; a quote then reads as the sentence, not its markup."""
    if "](" in text:
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text or "__" in text:
        text = _MD_BOLD.sub(r"\1\2", text)
    return text


_MD_TARGET = r"\((?:https?://|/|\.{1,2}/|mailto:|#)[^()\s]{0,2000}(?:\([^()\s]{0,200}\)[^()\s]{0,200})*(?:\s+\"[^\"\n]{0,300}\")?\)"
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]" + _MD_TARGET)
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]{1,500})\]" + _MD_TARGET)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)\*\*|__(?=\S)([^_\n]{1,500}?)__")


# a day or a month in a news URL's path: "/2018/01/24/czech-…", "/2023-05-18-alluvione", "/2023/05/emilia-…"
_URL_DAY = re.compile(r"/((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])(?=/)")


def dated_by_url(article: Article) -> None:
    """Give `article` the day of publication its URL's path names, when nothing else gave one
    (or only its month, and the URL's day is in it); or the month the path names, when nothing
    gave that either. Most news sites put the day in the path: "/2018/01/24/czech-government-…"."""
    if article.published is not None or not re.match(r"https?://", article.source):
        return
    path = re.sub(r"^https?://[^/]+", "", article.source.split("?")[0].split("#")[0])
    day = _URL_DAY.search(path)
    if day is not None:
        y, _, m, d = day.groups()
        try:
            found = PartialDate(int(y), int(m), int(d))
        except InvalidDateError:  # "/2023/02/30/"
            found = None
        if found is not None and article.coarse_date in (None, f"{y}-{m}"):
            article.published, article.coarse_date = found, None
            return
    month = _URL_MONTH.search(path)
    if month is not None and article.coarse_date is None:
        article.coarse_date = f"{month.group(1)}-{month.group(2)}"


# a head line that says when the page was published: "Posted at 5:32 PM, May 13, 2024", "Publié le 3
# janvier 2026 à 10h40" (not "Updated …": a page may be updated days after)
# (after a byline too: "Clément Pédron, Media365, publié le vendredi 26 juillet 2024 à 23h35")
_PUBLISHED_LABEL = re.compile(rf"(?i)(?:{BYLINE_NAME}){{0,3}}(?:first\s+)?(?:published|posted|publicado"
                              r"|publicada|publié|publiée|veröffentlicht|pubblicato|pubblicata|publicat|опубликовано)\b\s*:?")
_CLOCK_WORDS = re.compile(r"(?i)\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?(?!\w))?"
                          r"|(?<!\w)(?:on|at|le|el|am|um|il|à|alle|[ap]\.?m\.?|uhr|utc|gmt|et|est|edt|cet|cest|bst)(?!\w)")


def _date_heading(text: str, language: str | None) -> PartialDate | None:
    """The day a line of a page's head gives when that line is nothing but a full date ("24.
    Februar, 2025", "Tuesday, January 3, 2026", "2018-10-08" under the section and the
    headline), or that date after "Posted"/"Published" and with its clock: a scraped page's date
    of publication. The head is its first `DATE_HEADING_LINES`
    lines, up to the first that reads as the story (`DATE_HEADING_BODY_WORDS` words)."""
    from .dates import detect_language, find_dates

    lines, head = [], True
    for raw in text.lstrip()[:DATE_HEADING_LINES * 400].splitlines():  # (a blanked front matter is spaces)
        line = raw.strip()
        if not line:
            continue
        if len(lines) == DATE_HEADING_LINES or len(line.split()) >= DATE_HEADING_BODY_WORDS:
            head = False  # (past the head only a line that says it is the publication's date counts)
        if head or (len(line) <= DATE_HEADING_CHARS + 40 and _PUBLISHED_LABEL.match(line)):
            lines.append(line)
    candidates = []
    opening = text.lstrip()[:DATE_HEADING_CHARS + 8]
    if (glued := _DATELINE_DASH.match(opening)) is not None:
        candidates.append(glued.group("date"))  # "Sunday, June 2, 2024 - Real Madrid beat …": the page's dateline
    for line in lines:
        label = _PUBLISHED_LABEL.match(line)
        if label:  # "Posted at 5:32 PM, May 13, 2024": the date and nothing but its clock
            line = _CLOCK_WORDS.sub(" ", line[label.end():]).strip(" ,|-–—")
        if len(line) <= DATE_HEADING_CHARS and any(c.isdigit() for c in line):
            candidates.append(line)
    if not candidates:
        return None
    language = language or detect_language(text)
    for line in candidates:
        for lang in dict.fromkeys([language, "en"]):  # (page furniture is often in English)
            found = find_dates(line, None, [lang])
            if len(found) == 1 and found[0].precision == "day" and not found[0].relative:
                rest = line[:found[0].start] + line[found[0].end:]
                if len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1:  # (a weekday's name may be left)
                    return found[0].value
    return None


def _html_tree(html: str):
    """`html` parsed as trafilatura parses it but without libxml2's default limit of 255 nested
    elements, or None if it does not parse: a page of unclosed tags ("<font>" three hundred
    times) nests deeper, and the text past the limit would be lost without a word."""
    import lxml.html
    from lxml.etree import ParserError

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                                  remove_pis=True, huge_tree=True)
    try:
        return lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ParserError, ValueError):
        return None  # (trafilatura reads the text itself, and says when it finds nothing)


def _depth(tree) -> int:
    """How deep `tree`'s elements nest (without recursion: a page may nest thousands deep)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


# a full date, with its weekday, glued by a dash to the story's first sentence
_DATELINE_DASH = re.compile(r"(?P<date>(?:[^\W\d_]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]+\.?,?"
                            r"|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{2})\s+[-–—]\s+(?=\S)")


def _from_html(html: str, name: str) -> Article:
    import trafilatura
    from htmldate import find_date

    tree = _html_tree(html)
    depth = _depth(tree) if tree is not None else 0
    # (trafilatura parses the page itself, as it always has, unless that would cut it short)
    text = trafilatura.extract(tree if depth > HTML_DEFAULT_DEPTH else html, include_comments=False,
                               include_tables=False, favor_precision=True)
    if not text:
        deep = depth >= HTML_MAX_DEPTH
        raise ArticleError(f"{name}: no article text found in the HTML" + (
            f" (its elements nest over {HTML_MAX_DEPTH:,} deep, beyond which nothing is read: close its tags)"
            if deep else ""))
    meta = trafilatura.extract_metadata(html)
    found = find_date(html, extensive_search=False, original_date=True)
    try:
        published = publication_date(found) if found else None
    except InvalidDateError:
        published = None  # htmldate guessed something that is not a day: as if it found nothing
    lang = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2,3})\b", html)
    return Article(text=unglued(_CONTROL.sub(" ", text)), source=_one_line(meta.url) if meta and meta.url else name,
                   published=published, title=_one_line(meta.title) if meta and meta.title else None,
                   language=lang.group(1).lower() if lang else None)
