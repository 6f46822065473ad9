"""Inputs at archive scale: article files and folders, JSONL files and WARC files, cut into
partitions that a worker reads one article at a time (never the archive in memory).

    parts, problems = plan(["articles/", "news-*.jsonl", "crawl.warc.gz"], size=1000)
    for name, article in read_partition(parts[0]):  # an Article, or the ArticleError saying why not
        ...

- Article files (`.txt` `.md` `.html`, alone or found in folders): `size` files a partition.
- JSONL (`.jsonl`): one article a line, a JSON object with `text` (or `html`), and optionally
  `url`, `published` (a day or a timestamp), `title` and `language`. A file is cut at line
  boundaries into partitions of `size` lines, each naming its first byte, last byte and first line
  number, so an error names `file.jsonl:LINE`. `.jsonl.gz` is read whole, one partition a file.
- WARC (`.warc`, `.warc.gz`; warcio): every `response` (or `resource`) record whose content is
  HTML is an article, read as an `.html` file is (trafilatura, htmldate); its address is the
  record's target URI unless the page names a canonical one. One partition a file.

Paths may be globs (`"crawl/*.warc.gz"`, `"**/*.jsonl"`). A partition's `key` changes when its
files change (size, modification time) or the options of the run do, so results kept under that
key (see `engine`) are reused only for the same input.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ArticleError, InvalidDateError
from .files import walk
from .ingest import SUFFIXES, Article, article_paths, dated_by_url, publication_date, read_article
from .settings import MAX_ARTICLE_BYTES, PARTITION_ARTICLES, PLAN_PARTITIONS

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES
_BLOCK = 1 << 20  # bytes read at a time when finding line boundaries


@dataclass(frozen=True)
class Partition:
    """Part of the input that one task reads: `kind` is "files" (`names` are article files),
    "jsonl" (lines of `names[0]` starting in bytes [`start`, `stop`), the first being line
    `line`), "warc" (all of `names[0]`) or "stdin"."""

    kind: str
    names: tuple[str, ...]
    start: int = 0
    stop: int = -1
    line: int = 1
    articles: int | None = None  # how many, when known before reading
    stamp: str = ""  # sizes and modification times of its files
    base: str = ""  # the folder relative names are relative to (a worker's own may be another)

    def path(self, name: str) -> str:
        """Where the file `name` is, wherever the partition is read."""
        return os.path.join(self.base, name)

    def key(self, *options: object) -> str:
        """A name for the results of reading this partition with `options`."""
        text = json.dumps([asdict(self), [str(o) for o in options]], sort_keys=True)
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def label(self) -> str:
        if self.kind == "files":
            return self.names[0] if len(self.names) == 1 else f"{self.names[0]} … ({len(self.names)} files)"
        if self.kind == "jsonl" and self.stop >= 0:
            return f"{self.names[0]}:{self.line}…"
        return self.names[0]


def _stamp(names: list[str]) -> str:
    h = hashlib.sha256()
    for name in names:
        try:
            info = os.stat(name)
            h.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
        except OSError:
            h.update(f"{name}\0missing\0".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files, folders and globs → input files in order (article files, JSONL and WARC files;
    folders walked, sorted), '-' for stdin; and a message for each path not read."""
    names: list[str] = []
    problems: list[str] = []
    for name in paths:
        if name != "-" and not os.path.lexists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                problems.append(f"{name}: no file matches this pattern")
            for match in matches:
                found, skipped = _one(match, glob_match=True)
                names += found
                problems += skipped
        else:
            found, skipped = _one(name)
            names += found
            problems += skipped
    return names, problems


def _one(name: str, glob_match: bool = False) -> tuple[list[str], list[str]]:
    p = Path(name)
    if name != "-" and p.is_dir():
        found, skipped = walk(p, SUFFIXES + ARCHIVE_SUFFIXES)
        return [str(f) for f in found], [f"{path}: {why}" for path, why in skipped]
    if glob_match and not p.name.lower().endswith(SUFFIXES + ARCHIVE_SUFFIXES):
        return [], []  # a pattern's match that is no article or archive (a README.txt is one)
    return article_paths([name])


def plan(paths: list[str], size: int | None = None, partitions: int | None = None
         ) -> tuple[list[Partition], list[str]]:
    """The partitions of the inputs at `paths` (see the module's docstring), and a message for
    each path not read. Each holds `size` articles (the last of a file or of the files fewer);
    with `partitions` instead, the size is chosen to give about that many; with neither, to give
    `PLAN_PARTITIONS` of at most `PARTITION_ARTICLES` articles. Article files and JSONL lines are
    counted for that; a `.jsonl.gz` or WARC file is one partition whatever it holds. The same
    input and options always give the same partitions, whatever the engine and its workers, so
    a run resumed on another cluster finds the results kept of the first."""
    names, problems = expand(paths)
    if size is None:
        files = sum(1 for n in names if n != "-" and not n.lower().endswith(ARCHIVE_SUFFIXES))
        total = files + sum(_count_lines(n) for n in names if n.lower().endswith(".jsonl"))
        if partitions:
            whole = sum(1 for n in names if n.lower().endswith((".jsonl.gz", *WARC_SUFFIXES)))
            size = -(-total // max(1, partitions - whole))
        else:
            size = min(PARTITION_ARTICLES, -(-total // PLAN_PARTITIONS))
    size = max(1, size)
    out: list[Partition] = []
    batch: list[str] = []
    base = os.getcwd()

    def flush() -> None:
        if batch:
            out.append(Partition("files", tuple(batch), articles=len(batch), stamp=_stamp(batch), base=base))
            batch.clear()

    for name in names:
        lower = name.lower()
        if name == "-":
            flush()
            out.append(Partition("stdin", ("-",), articles=1, base=base))
        elif lower.endswith(".jsonl"):
            flush()
            stamp = _stamp([name])
            for start, stop, line, n in _line_ranges(name, size):
                out.append(Partition("jsonl", (name,), start, stop, line, n, stamp, base))
        elif lower.endswith(".jsonl.gz"):
            flush()
            out.append(Partition("jsonl", (name,), stamp=_stamp([name]), base=base))
        elif lower.endswith(WARC_SUFFIXES):
            flush()
            out.append(Partition("warc", (name,), stamp=_stamp([name]), base=base))
        else:
            batch.append(name)
            if len(batch) >= size:
                flush()
    flush()
    return out, problems


def _count_lines(name: str) -> int:
    n = last = 0
    try:
        with open(name, "rb") as f:
            while block := f.read(_BLOCK):
                n += block.count(b"\n")
                last = block[-1]
    except OSError:
        return 0
    return n + (last not in (0, 10))  # a last line without its newline


def _line_ranges(name: str, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(first byte, end byte, first line number, lines) of each run of `size` lines of `name`."""
    try:
        f = open(name, "rb")
    except OSError:
        yield 0, -1, 1, 0  # reading it will say why
        return
    with f:
        start = offset = 0
        line = first = 1  # the number of the line being read, and of the run's first
        last = b"\n"
        while block := f.read(_BLOCK):
            at = 0
            while (nl := block.find(b"\n", at)) >= 0:
                at = nl + 1
                line += 1
                if line - first == size:
                    yield start, offset + at, first, size
                    start, first = offset + at, line
            offset += len(block)
            last = block[-1:]
        if offset > start:
            yield start, offset, first, line - first + (last != b"\n")


def read_partition(part: Partition) -> Iterator[tuple[str, Article | ArticleError]]:
    """The articles of `part`, in order: (name, Article), or (name, ArticleError) for one that
    cannot be read (the others go on)."""
    if part.kind in ("files", "stdin"):
        for name in part.names:
            try:
                yield name, read_article(name, None if name == "-" else part.path(name))
            except ArticleError as e:
                yield name, e
    elif part.kind == "jsonl":
        yield from _read_jsonl(part)
    else:
        yield from _read_warc(part.names[0], part.path(part.names[0]))


# ---------------------------------------------------------------- JSONL


def _read_jsonl(part: Partition) -> Iterator[tuple[str, Article | ArticleError]]:
    path = part.names[0]
    try:
        where = part.path(path)
        f = gzip.open(where, "rb") if path.lower().endswith(".gz") else open(where, "rb")
    except OSError as e:
        yield path, ArticleError(f"{path}: cannot be read ({e.strerror or e})")
        return
    line = part.line
    try:
        with f:
            if part.start:
                f.seek(part.start)
            pos = part.start
            while part.stop < 0 or pos < part.stop:
                raw = f.readline(MAX_ARTICLE_BYTES + 1)
                if not raw:
                    break
                pos += len(raw)
                name = f"{path}:{line}"
                line += 1
                if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
                    while (rest := f.readline(_BLOCK)) and not rest.endswith(b"\n"):  # skip the line
                        pos += len(rest)
                    pos += len(rest)
                    yield name, ArticleError(f"{name}: the line is over {MAX_ARTICLE_BYTES:,} bytes, too large "
                                             "for an article")
                    continue
                if line == 2 and raw.startswith(b"\xef\xbb\xbf"):  # a byte order mark before the first line
                    raw = raw[3:]
                if not raw.strip():
                    continue
                try:
                    yield name, jsonl_article(raw, name)
                except ArticleError as e:
                    yield name, e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield f"{path}:{line}", ArticleError(f"{path}:{line}: cannot be read further ({e})")


def jsonl_article(raw: bytes, name: str) -> Article:
    """One JSONL line → an `Article` (`ArticleError` naming `name` if it is not one)."""
    from .ingest import _CONTROL, _LANGUAGE, _from_html, _one_line, _show

    try:
        record = json.loads(raw)
    except (ValueError, RecursionError) as e:
        raise ArticleError(f"{name}: not a JSON object ({str(e)[:80]}); expected one article per line, "
                           'e.g. {"text": "…", "url": "…", "published": "2026-01-21"}') from None
    if not isinstance(record, dict):
        raise ArticleError(f"{name}: a JSON {type(record).__name__}, not an object; expected one article per "
                           'line, e.g. {"text": "…", "url": "…", "published": "2026-01-21"}')
    text, html = record.get("text"), record.get("html")
    body = text if text is not None else html
    if not isinstance(body, str) or not body.strip():
        raise ArticleError(f"{name}: no article: expected a non-empty \"text\" (or \"html\") string")
    if len(body.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: the article is over {MAX_ARTICLE_BYTES:,} bytes, too large")
    body = _CONTROL.sub(" ", body)
    if text is None:
        article = _from_html(body, name)
    else:
        article = Article(text=body, source=name)
    for field in ("url", "title"):
        if record.get(field) is not None:
            value = _one_line(record[field])
            if value is None:
                raise ArticleError(f"{name}: {field}: {_show(record[field])} is not text")
            if field == "url":
                article.source = value
            else:
                article.title = value
    if record.get("published") is not None:
        try:
            article.published = publication_date(record["published"])
        except InvalidDateError as e:
            raise ArticleError(f"{name}: published: {e}") from None
    language = record.get("language")
    if language is not None:
        if not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
            raise ArticleError(f"{name}: language: {_show(language)} is not a language code (expected an "
                               "ISO 639-1 code such as en or es)")
        article.language = language.lower().replace("_", "-").split("-")[0]
    dated_by_url(article)  # (a record without its date: the day its URL names, if any)
    return article


# ---------------------------------------------------------------- WARC


def _read_warc(path: str, where: str) -> Iterator[tuple[str, Article | ArticleError]]:
    """The articles of the WARC file `path` (messages name it so), read at `where`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .ingest import _from_html

    n = 0
    try:
        with open(where, "rb") as f:
            head = f.read(2)
            if head == b"\x1f\x8b":
                with gzip.open(where, "rb") as g:
                    head = g.read(5)
            else:
                head += f.read(3)
            if head != b"WARC/":
                yield path, ArticleError(f"{path}: not a WARC file (it does not start with a WARC/1.x record; "
                                         "for articles give .txt, .md, .html or .jsonl files)")
                return
            f.seek(0)
            records = ArchiveIterator(f)
            quiet = io.StringIO()  # warcio writes its complaints on stderr: not the user's business
            while True:
                with contextlib.redirect_stderr(quiet):
                    record = next(records, None)
                    if record is None:
                        break
                    if record.rec_type not in ("response", "resource"):
                        continue
                    n += 1
                    headers = record.http_headers or record.rec_headers
                    kind = headers.get_header("Content-Type") or ""
                    if "html" not in kind.lower():
                        continue
                    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
                    quiet.seek(0)
                    quiet.truncate()
                name = f"{path}#{n}"
                if len(data) > MAX_ARTICLE_BYTES:
                    yield name, ArticleError(f"{name}: the page is over {MAX_ARTICLE_BYTES:,} bytes, too large")
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or name
                try:
                    article = _from_html(data.decode(_charset(kind), errors="replace"), name)
                except ArticleError as e:
                    yield name, ArticleError(f"{name} ({uri}): {str(e).split(': ', 1)[-1]}")
                    continue
                if article.source == name:
                    article.source = uri
                yield name, article
    except OSError as e:
        yield path, ArticleError(f"{path}: cannot be read ({e.strerror or e})")
    except (ArchiveLoadFailed, ValueError, EOFError) as e:
        where = f"{path} after record {n}" if n else path
        yield path, ArticleError(f"{where}: not a readable WARC file ({str(e)[:100]})")


def _charset(content_type: str) -> str:
    import codecs
    import re

    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    if m:
        try:
            return codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    return "utf-8"
