"""Article text → paragraphs and sentences with offsets, page furniture marked. Pure.

News text scraped from a page carries more than the article: teaser lists ("LATEST NEWS",
"Recommended"), template artefacts (`Quark.Models.Entities.Ancestor?.Title?.ToUpperInvariant()`),
cookie and newsletter lines, and paragraphs repeated by a bad scrape. None of it may yield dates
or events. `segment` keeps the offsets into the original text, so mentions and quotes found in
the kept paragraphs still point at the text the user gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A short line that opens a block of links to other stories: everything after it is furniture.
_BLOCK_MARKERS = re.compile(
    r"(?:latest news|latest updates?|recommended(?: for you| stories| articles)?|related(?: news| stories| articles"
    r"| content| coverage)?|read more|read also|more stories|more news|most read|most popular|most viewed"
    r"|trending(?: now)?|top stories|you may also like|you might also like|also read|see also|more from \w+"
    r"|lire aussi|à lire aussi|les plus lus|dernières nouvelles|leer más|lo más leído|noticias relacionadas"
    r"|te puede interesar|mehr zum thema|meistgelesen|auch interessant|leggi anche|più letti|ultime notizie"
    r"|leia também|mais lidas|últimas notícias|читайте также|главное)\s*:?",
    re.I)
# A line that is page machinery, not prose.
_FURNITURE_LINE = re.compile(
    r"\b\w+\.\w+\.\w+\b.*\(\)|\?\.\w|cookies?\b|advertisement|\bsubscribe\b|sign up for|newsletter"
    r"|all rights reserved|©|whatsapp|follow us|share this|click here|publicité|publicidad|werbung"
    r"|abonnez-vous|suscríbete|iscriviti",
    re.I)
_METADATA = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[\"“«¿¡(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|U\.S|U\.K|U\.N|a\.m|p\.m|Sra|Sr|Dña|M|Mme|Nr|Dr)\.)$")


@dataclass(frozen=True)
class Paragraph:
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
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = m.start() + len(line.rstrip())
        if meta and start < meta[1]:  # the stamp is metadata; the title after it is text
            start = meta[1] + len(text[meta[1]:end]) - len(text[meta[1]:end].lstrip())
            if start >= end:
                continue
        key = re.sub(r"\s+", " ", stripped).casefold()
        short = len(stripped) < 60
        if short and _BLOCK_MARKERS.fullmatch(stripped.rstrip(".").strip()):
            in_block = True
        furniture = in_block or (len(stripped) < 300 and bool(_FURNITURE_LINE.search(stripped)))
        # a headline line repeated (title, teaser) is harmless; a repeated prose paragraph is
        # a scrape artefact and must be read once
        repeated = key in seen and len(stripped) >= 60
        seen.add(key)
        out.append(Paragraph(start, end, furniture, repeated))
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not splitting after abbreviations ("Jan. 20")."""
    spans = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[max(begin, m.start() - 12):m.start()]
        if "\n" not in m.group() and _ABBREVIATION.search(before):
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
