"""Article text → paragraphs and sentences with offsets, page furniture marked. Pure.

News text scraped from a page carries more than the article: teaser lists ("LATEST NEWS",
"Recommended"), template artefacts (`Quark.Models.Entities.Ancestor?.Title?.ToUpperInvariant()`),
cookie and newsletter lines, and paragraphs repeated by a bad scrape. None of it may yield dates
or events. `segment` keeps the offsets into the original text, so mentions and quotes found in
the kept paragraphs still point at the text the user gave.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .settings import FURNITURE_LINE_CHARS, SHORT_LINE_CHARS

# A short line that opens a block of links to other stories: everything after it is furniture.
_BLOCK_MARKERS = frozenset([
    "latest news", "latest update", "latest updates", "recommended", "recommended for you", "recommended stories",
    "recommended articles", "related", "related news", "related stories", "related articles", "related content",
    "related coverage", "read more", "read also", "more stories", "more news", "most read", "most popular",
    "most viewed", "trending", "trending now", "top stories", "you may also like", "you might also like",
    "also read", "see also", "lire aussi", "à lire aussi", "les plus lus", "dernières nouvelles", "leer más",
    "lo más leído", "noticias relacionadas", "te puede interesar", "mehr zum thema", "meistgelesen",
    "auch interessant", "leggi anche", "più letti", "ultime notizie", "leia também", "mais lidas",
    "últimas notícias", "читайте также", "главное",
])
# A line that is page machinery, not prose. Cheap substring tests pick the lines worth the
# regular expression (an alternation tried at every position was most of `paragraphs`' time).
_FURNITURE_HINTS = ("cookie", "advertisement", "subscribe", "sign up for", "newsletter", "all rights reserved", "©",
                    "whatsapp", "follow us", "share this", "click here", "publicité", "publicidad", "werbung",
                    "abonnez-vous", "suscríbete", "iscriviti")
# The patterns below are compiled on first use (`re` caches them): `find_dates`, which runs on
# every article, needs none of them for most lines, and compiling costs more than scanning.
_FURNITURE_WORDS = (r"cookies?\b|advertisement|\bsubscribe\b|sign up for|newsletter|all rights reserved|©|whatsapp"
                    r"|follow us|share this|click here|publicité|publicidad|werbung|abonnez-vous|suscríbete|iscriviti")
_TEMPLATE_ARTEFACT = r"\b\w+\.\w+\.\w+\b.*\(\)|\?\.\w"  # `Quark.Models.Entities.Ancestor?.Title?.X()`
_METADATA = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
_SENTENCE_END = r"(?<=[.!?…»”\"])\s+(?=[\"“«¿¡(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n+"
_ABBREVIATION = (
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|U\.S|U\.K|U\.N|a\.m|p\.m|Sra|Sr|Dña|M|Mme|Nr|Dr)\.)$")


class Paragraph(NamedTuple):
    start: int
    end: int
    furniture: bool = False   # page furniture: skip
    repeated: bool = False    # the same text appeared earlier: read once

    @property
    def kept(self) -> bool:
        return not (self.furniture or self.repeated)


def metadata_span(text: str) -> tuple[int, int] | None:
    """The ` date YYYY-MM-DD` stamp that opens the seed articles (the title follows it)."""
    m = _METADATA.match(text)
    return (m.start(), m.end()) if m else None


def paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs (non-empty lines or blocks), with furniture and repeats marked."""
    out: list[Paragraph] = []
    seen: set[str] = set()
    in_block = False
    meta = metadata_span(text)
    at = 0
    for line in text.split("\n"):
        line_start, at = at, at + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        start = line_start + (len(line) - len(line.lstrip()))
        end = line_start + len(line.rstrip())
        if meta and start < meta[1]:  # the stamp is metadata; the title after it is text
            start = meta[1] + len(text[meta[1]:end]) - len(text[meta[1]:end].lstrip())
            if start >= end:
                continue
        if len(stripped) < SHORT_LINE_CHARS and _is_block_marker(stripped):
            in_block = True
        furniture = in_block or (len(stripped) < FURNITURE_LINE_CHARS and _is_furniture(stripped))
        # a headline line repeated (title, teaser) is harmless; a repeated prose paragraph is
        # a scrape artefact and must be read once
        repeated = False
        if len(stripped) >= SHORT_LINE_CHARS:
            key = " ".join(stripped.split()).casefold()
            repeated = key in seen
            seen.add(key)
        out.append(Paragraph(start, end, furniture, repeated))
    return out


def _is_block_marker(line: str) -> bool:
    """"LATEST NEWS", "Read more:", "More from Reuters"."""
    key = line.rstrip(".").strip()
    key = key.removesuffix(":").rstrip().lower()
    if key.startswith("more from "):
        rest = key[len("more from "):]
        return bool(rest) and all(c.isalnum() or c == "_" for c in rest)
    return key in _BLOCK_MARKERS


def _is_furniture(line: str) -> bool:
    low = line.lower()
    if any(hint in low for hint in _FURNITURE_HINTS) and re.search(_FURNITURE_WORDS, low):
        return True
    return ("()" in line or "?." in line) and bool(re.search(_TEMPLATE_ARTEFACT, line))


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not splitting after abbreviations ("Jan. 20")."""
    spans = []
    begin = start
    for m in re.compile(_SENTENCE_END).finditer(text, start, end):
        before = text[max(begin, m.start() - 12):m.start()]
        if "\n" not in m.group() and re.search(_ABBREVIATION, before):
            continue
        if m.start() > begin:
            spans.append((begin, m.start()))
        begin = m.end()
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
