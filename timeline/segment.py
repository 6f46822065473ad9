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

from .settings import FURNITURE_LINE_CHARS, SHORT_LINE_CHARS, STAMP_LINE_CHARS

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
    # a blog's or a news site's list of its other posts
    "recent posts", "recent articles", "latest posts", "latest articles", "you may have missed", "articles récents",
    "articles similaires", "sur le même sujet", "dans la même rubrique", "notre sélection pour vous",
    "entradas recientes", "artículos relacionados", "weitere artikel", "ähnliche artikel", "articoli correlati",
    "articoli recenti", "notícias relacionadas", "posts recentes",
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
# A line of prose may name WhatsApp, a newsletter or an advertisement ("… to ban several social
# media platforms, including X, Facebook, WhatsApp."): past this length (and under
# `FURNITURE_LINE_CHARS`) a line is page machinery only by the words no sentence of news uses so
# (`_FURNITURE_STRONG`), or by a second word of a page promoting itself (`_PROMOTION`)
_FURNITURE_PROSE_CHARS = 160
_FURNITURE_STRONG = (r"©|all rights reserved|click here"
                     r"|\bcookies?\b.{0,160}\b(?:accept|consent|privacy|browsing|experience|settings|partners)"
                     r"|\b(?:accept|consent)\w*\b.{0,100}\bcookies?\b")
# a social network's post embedded in the page: its link, or its signature (who, @handle, when)
_EMBED = (r"pic\.twitter\.com/\w+|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
          r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$|A post shared by [^\n]{1,60}\(@[\w.]{1,30}\)")
_PROMOTION = frozenset(("subscribe", "sign up for", "newsletter", "follow us", "share this", "abonnez-vous",
                        "suscríbete", "iscriviti"))
_TEMPLATE_ARTEFACT = r"\b\w+\.\w+\.\w+\b.*\(\)|\?\.\w"  # `Quark.Models.Entities.Ancestor?.Title?.X()`
_METADATA = re.compile(r"\A\s*date (\d{4}-\d{2}(?:-\d{2})?)\b")  # a scraped page's date may be a month
# (a closing quotation mark ends a sentence after a stop only: '"We met on Friday," Smith told
# reporters' is one)
# (a footnote's number glued to the stop of a word or a year goes with neither sentence: "only one
# cut in 2026.6 Markets, on the other hand, …", "more optimistic about growth.4", "on Thursday.7,8 The",
# "a target level of 3.50-3.75%.1,2 A sinking jobs market")
_SENTENCE_END = (r"(?:(?<=[.!?…])|(?<=[.!?…][»”\"]))\s+(?=[\"“«¿¡(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n+"
                 # a stop glued to the next sentence on a scraped page: "… des médias français.La cathédrale …"
                 r"|(?:(?<=[a-zà-ÿ]{3}[.!?])|(?<=\b(?:19|20)\d\d\.))(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
                 r"|(?:(?<=[a-zà-ÿ]{2}[.!?])|(?<=\d%[.!?])|(?<=\b(?:19|20)\d\d\.))\d{1,2}(?:,\d{1,2})*(?:\s+(?=[\"“«(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ])|(?=\s*$))")
# a German ordinal after an article or a possessive ("zu seiner 136. Sitzung", "beim 3. Versuch"),
# or after "und", "oder", "als" ("zum Bischof von Rom und 266. Papst gewählt")
_ORDINAL_BEFORE = re.compile(r"\b(?:der|die|das|dem|den|des|zum|zur|am|im|vom|beim|ins|seiner|seinem|seinen|seine"
                             r"|ihrer|ihrem|ihren|ihre|einer|einem|einen|eine|unserer|unserem|und|oder|als)\s+\d{1,3}\.$")
_ABBREVIATION = (
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|U\.S|U\.K|U\.N|a\.m|p\.m|Sra|Sr|Dña|M|Mme|Nr|Dr"
    # Polish and Czech: "po godz. 12:00", "woj. dolnośląskie", "insp. Katarzyna Nowak", "tys. osób"
    r"|godz|ul|woj|tys|mln|mld|np|tzw|insp|płk|ks|mgr|inż|św|hod|tj|resp)\.)$")


_PARENTHESIS_REACH = 100  # characters back to an open parenthesis that keeps a sentence going


class Paragraph(NamedTuple):
    start: int
    end: int
    furniture: bool = False   # page furniture: skip
    repeated: bool = False    # the same text appeared earlier: read once
    stamp: bool = False       # a page clock or publication stamp: its date dates no happening

    @property
    def kept(self) -> bool:
        return not (self.furniture or self.repeated)


def metadata_span(text: str) -> tuple[int, int] | None:
    """The ` date YYYY-MM-DD` stamp that opens the seed articles (the title follows it); on
    some scraped pages it gives only the month (` date 2024-10`)."""
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
        if not line.strip():
            continue
        first = line_start + (len(line) - len(line.lstrip()))
        last = line_start + len(line.rstrip())
        if meta and first < meta[1]:  # the stamp is metadata; the title after it is text
            first = meta[1] + len(text[meta[1]:last]) - len(text[meta[1]:last].lstrip())
            if first >= last:
                continue
        for start, end, embedded in _embeds(text, first, last):
            stripped = text[start:end]
            if embedded:
                out.append(Paragraph(start, end, furniture=True))
                continue
            marker = len(stripped) < SHORT_LINE_CHARS and _is_block_marker(stripped)
            if in_block and _ENTRY_LABEL.match(stripped):
                in_block = False  # "Latest updates" over a live page's entries: "Update 10:56 a.m. ET July 19: …"
            if (marker and any(p.kept for p in out)) or _is_comment_header(stripped):
                in_block = True  # (a section's label over the headline, "Trending", is no list after the story)
            furniture = in_block or marker or (len(stripped) < FURNITURE_LINE_CHARS and _is_furniture(stripped)) \
                or _GLUED_MARKER.match(stripped) is not None or (bool(out) and _is_author_bio(stripped, text, out[-1]))
            if in_block and len(stripped) < SHORT_LINE_CHARS and stripped.lower().endswith("end of list"):
                in_block = False  # "Recommended Stories / list of 3 items … end of list": a widget inside the story
            # a headline line repeated (title, teaser) is harmless; a repeated prose paragraph is
            # a scrape artefact and must be read once
            repeated = False
            if len(stripped) >= SHORT_LINE_CHARS:
                key = " ".join(stripped.split()).casefold()
                repeated = key in seen
                seen.add(key)
            stamp = not furniture and (
                (len(stripped) < STAMP_LINE_CHARS and _is_stamp(stripped, stripped.lower()))
                or (len(stripped) < FURNITURE_LINE_CHARS and _PRINT_CREDIT.match(stripped) is not None))
            if out and out[-1].kept and not out[-1].stamp and not (furniture or repeated or stamp) \
                    and text.count("\n", out[-1].end, start) == 1 \
                    and soft_wrap(text, text.find("\n", out[-1].end, start)):
                out[-1] = out[-1]._replace(end=end)  # a line of a paragraph wrapped by hand goes on it
                continue
            out.append(Paragraph(start, end, furniture, repeated, stamp))
    return out


def _is_author_bio(line: str, text: str, before: Paragraph) -> bool:
    """Whether `line` is the author's note under an article, below a line of the author's name
    ("Tom Ignudo\n\nTom Ignudo is a digital content producer at CBS Philadelphia. Before he joined
    CBS Philadelphia in 2021, Tom covered …"): what the author did is no happening of the story."""
    m = _AUTHOR_BIO.match(line)
    return m is not None and text[before.start:before.end].strip() == m.group("name")


_AUTHOR_BIO = re.compile(
    r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’.-]+)\s+(?:is|was|es|est|ist|è|é)\s+[^.\n]{0,80}?"
    r"\b(?i:reporter|writer|editor|producer|journalist|correspondent|columnist|contributor|photographer|anchor"
    r"|periodista|redactora?|corresponsal|journaliste|rédact(?:eur|rice)|correspondante?|journalistin|redakteurin?"
    r"|korrespondentin|korrespondent|giornalista|redatt(?:ore|rice)|corrispondente|jornalista|repórter)s?\b")


# an embedded post's link and signature inside a paragraph a page was flattened into: "… the entire
# Unified Command. @USACE @USCG pic.twitter.com/vkNZf039cz — Port of Baltimore (@portofbalt) May 13,
# 2024 Inclement weather led …"
_EMBED_INLINE = re.compile(r"(?:@\w{1,30}\s+)*pic\.twitter\.com/\w+\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+"
                           r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")


def _embeds(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """text[start:end] (one line) as its pieces: (start, end, whether it is an embedded post's
    link and signature), the line itself when it holds none or is nothing else."""
    if "pic.twitter.com" not in text[start:end]:
        return [(start, end, False)]
    out, at = [], start
    for m in _EMBED_INLINE.finditer(text, start, end):
        if m.start() > at:
            out.append((at, at + len(text[at:m.start()].rstrip()), False))
        out.append((m.start(), m.end(), True))
        at = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
    if at < end:
        out.append((at, end, False))
    return out if len(out) > 1 else [(start, end, False)]


# a line break inside a sentence wrapped by hand: the next line goes on in lowercase after a line
# with no stop at its end ("… in der Villa Borsig\npräsentierte die Bundesregierung"), or with a
# number after a lowercase word ("para el próximo\n23 de julio tras …")
_WRAPPED_END = re.compile(r"(?:\b[a-zß-ÿа-яё]+,?|,)[ \t]*$")
_OPEN_END = re.compile(r"[\w,][ \t]*$")
_WRAPPED_START = re.compile(r"[ \t]*[a-zß-ÿа-яё0-9]")


def soft_wrap(text: str, at: int) -> bool:
    """Whether the line break at text[at] only wraps a sentence (no paragraph ends there). A
    number may start a wrapped line only after a lowercase word, on a line of wrapping width
    ("The union's leader\n2 min read" is a heading and a byline)."""
    start = _WRAPPED_START.match(text, at + 1)
    if start is None:
        return False
    if not start.group().strip().isdigit():
        return _OPEN_END.search(text, max(0, at - 2), at) is not None
    return _WRAPPED_END.search(text, max(0, at - _WRAP_REACH), at) is not None \
        and text.rfind("\n", max(0, at - _WRAP_REACH), at) < 0 <= at - _WRAP_REACH


_WRAP_REACH = 40  # characters: the width a wrapped line has at least; back to the word before a break


# The first reader comment under an article ("At 3:23 pm on 18 Jan 2010, Marcus wrote: ..."):
# what follows is readers' talk, not reports, whatever dates it gives.
_COMMENT_HEADER = (r"At \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                    r"[A-Za-z]{3,9}\.?\s+\d{4},\s*[^,\n]{1,40}?\s+wrote:")


def _is_comment_header(line: str) -> bool:
    return line.startswith("At ") and bool(re.match(_COMMENT_HEADER, line))


# a link to another story glued to its label: "Related Ranking the 20 Best Managers in World Football …",
# "Lire aussi Le port de Bastia rouvre", "Read more: Ferry strike ends"
_GLUED_MARKER = re.compile(r"(?:Related|RELATED|Read\s+more|READ\s+MORE|Read\s+also|Also\s+read|See\s+also|Lire\s+aussi"
                           r"|À\s+lire\s+aussi|A\s+lire\s+aussi|Leer\s+más|Lee\s+también|Leggi\s+anche|Mehr\s+zum\s+Thema"
                           r"|Leia\s+também|Читайте\s+также)\s*[:|–—-]?\s+(?=[A-ZÀ-ÞА-Я\"“«])")
# a live page's entry label, which only the story's own entries have: "Update 10:56 a.m. ET July 19: ",
# "26/07 à 23:38 | "
_ENTRY_LABEL = re.compile(r"(?:Update|UPDATE|Updated|UPDATED|Actualización|Mise à jour|Aktualisierung|Aggiornamento)"
                          r"\s+(?=[^\n]{0,60}?\d)[^\n]{0,60}?:\s+(?=[A-ZÀ-Þ\"“‘'])"
                          r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+(?:(?:à|a\s+las|alle|um|at)\s+)?\d{1,2}[:h.]\d{2}\s*\|\s+\S")


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
    if any(hint in low for hint in _FURNITURE_HINTS) and (m := re.search(_FURNITURE_WORDS, low)):
        if len(line) < _FURNITURE_PROSE_CHARS or re.search(_FURNITURE_STRONG, low):
            return True
        later = re.finditer(_FURNITURE_WORDS, low[m.end():])
        if any(w.group() != m.group() and w.group() in _PROMOTION for w in later):
            return True  # "Sign up for our free newsletter and get …": a page promoting itself
    if ("(@" in line or "pic.twitter.com" in low) and re.search(_EMBED, line):
        return True  # an embedded post: "… pic.twitter.com/W6f — SpaceX (@SpaceX) August 27, 2025"
    if len(line) < STAMP_LINE_CHARS and (_is_byline(line) or _is_navigation(line) or _is_share_bar(low)):
        return True
    if "." in line and len(line) < STAMP_LINE_CHARS and re.search(_IMAGE_FILE, low):
        return True  # "Image Name: 04 2024 Notre Dame Paris 8862.jpg": an infobox's or a gallery's line
    return ("()" in line or "?." in line) and bool(re.search(_TEMPLATE_ARTEFACT, line))


_IMAGE_FILE = r"\.(?:jpe?g|png|gif|webp|svg|tiff?|heic)\b"


# A page clock or a publication stamp: "Tuesday, 02 January 2024 12:17 GMT", "15.08.2025 - 07:13
# Uhr", "Published 2025-08-17 02:29:32 | Updated ...", "16. August 2025 | Lesezeit: 6 Min.", "Source:
# www.latimes.com – Monday, February 13, 2017". Its date is a date (find_dates reports it) but
# dates the page, not a happening: it makes no event and dates no sentence after it.
_STAMP_START = (r"(?:published|updated|last updated|posted|modified|first published|publicado|actualizado"
                r"|publié|mis à jour|modifié|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|pubblicato"
                r"|aggiornato|atualizado|опубликовано|обновлено)\b"
                # "Source: www.latimes.com – Monday, February 13, 2017": where a repost comes from
                r"|(?:source|sources|via|credit|fuente|fuentes|quelle|fonte|источник)\s*:")
# where and when the page appeared in print or on air: "This article appeared on p28 of the Main
# section of the Guardian on Monday 27 April 2009", "A version of this article appeared in print
# on Jan. 3, 2026, Section A, Page 1", "Broadcast on BBC Radio 4, 4:30 PM Thu, 11 Jun 2009
# Available until …": a stamp, however long
_PRINT_CREDIT = re.compile(r"(?:a version of )?this (?:article|story) (?:was )?(?:first )?(?:appeared|published|ran)\b"
                           r"|(?:first )?broadcast on\b.*\bavailable (?:until|for)\b", re.I)
# "News Arena Network - Washington D.C. - UPDATED: September 18, 2025, 12:16 AM - 2 min read": a
# byline's parts, one of them the stamp
_STAMP_AFTER_BAR = r"\s[|•·–—-]\s*" + _STAMP_START
# ... or after the byline's names: "Clément Pédron, Media365, publié le vendredi 26 juillet 2024 à 23h35"
BYLINE_NAME = r"[^\W\d_][^,.;:|\n]{1,40},\s*"  # one name of a byline and its comma ("Clément Pédron, ")
_BYLINE_THEN_STAMP = rf"(?:{BYLINE_NAME}){{1,3}}" + _STAMP_START
_TIME_OF_DAY = r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b"
_LEADING_FULL_DATE = re.compile(r"(?:[A-Z][a-zé]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d{2}"
                                r"|\d{1,2}\.?\s+[A-Za-zà-ÿ]{3,9}\.?\s+(?:1[89]|20)\d{2}|(?:1[89]|20)\d{2}-\d{2}-\d{2}"
                                r"|\d{1,2}[./]\d{1,2}[./](?:1[89]|20)\d{2})")
_LABELLED_DATE = r"^[^.!?:]{3,40}:\s*[^.!?:]{0,24}\b(?:1[89]|20)\d{2}\s*$"
# a byline and the page's date right after the names ("By Ana Ruiz 18 September 2025 …")
_BYLINE_DATED = (r"(?i:by|por|par|von|di|de)\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,4}"
                 r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4})\b")
_PROSE_WORD = r"\b[a-zà-öø-ÿа-яё]{3,}\b"  # a lowercase word: what stamps have none of
_CLOCK_LEAD_CHARS = 30  # how far into a line a page's clock may start, after its date
SENTENCE_STOPS = frozenset('.!?…"”»')
_GLUED_PROSE_WORDS = 6  # lowercase words of a sentence: a stamp has none, or a few ("via the news desk")
_STAMP_ALLOWED = frozenset(["min", "uhr", "utc", "gmt", "est", "edt", "cet", "cest", "bst", "hrs", "mins",
                            # "16:03 JST, January 3, 2024 (updated at 19:20 JST)"
                            "updated", "actualizado", "actualizada", "aktualisiert", "modifié", "mis", "jour",
                            "aggiornato", "atualizado", "обновлено",
                            # "Wednesday, Nov 19, 2025 4:44 pm ET 3 min read": a reading time
                            "read", "reading", "time", "lectura", "lecture", "leitura", "lettura", "lesezeit"])


def _is_stamp(line: str, low: str) -> bool:
    if not any(c.isdigit() for c in line):
        return False
    if re.match(_STAMP_START, low) or re.search(_STAMP_AFTER_BAR, low) or re.match(_BYLINE_THEN_STAMP, low):
        # unless a sentence is glued to it: "Last updated: 12 March, 2010 - 17:26 GMT A ferry …"
        return len(re.findall(_PROSE_WORD, line)) < _GLUED_PROSE_WORDS
    if re.match(_BYLINE_DATED, line) and line.rstrip()[-1:] not in SENTENCE_STOPS:
        return True  # "Par Le Reporter.ma 06/10/2025 Actualités, Monde Laisser un commentaire"
    if "|" in line and all(len(part.split()) <= 4 for part in line.split("|")):
        return True  # "17 August 2025 | Reading time: 4 min": short parts, one of them dated
    if len(line) < SHORT_LINE_CHARS and re.search(_LABELLED_DATE, line):
        return True  # "Weekly Economic Update: December 16th, 2025": a page's label and date
    if len(line) < SHORT_LINE_CHARS and (lead := _LEADING_FULL_DATE.match(line)) is not None \
            and line.rstrip()[-1:] not in SENTENCE_STOPS and len(rest := line[lead.end():].split()) <= 4 \
            and (any(w.lower() in _SHARE_WORDS for w in rest)
                 or (0 < len(rest) <= 2 and all(w[:1].isupper() and w.isalpha() for w in rest))):
        # "September 18, 2024Business News (share)": the page's date, its section (and share button);
        # not a line that is only its date, a diary's heading
        return True
    if not (clock := re.search(_TIME_OF_DAY, low)):
        return False
    # (a live page's entry may end in empty table cells: "26/07 à 23:38 | Merci … Paris. | |")
    if clock.start() <= _CLOCK_LEAD_CHARS and line[:1].isdigit() and line.rstrip(" |")[-1:] not in SENTENCE_STOPS:
        return True  # "15. Februar 2017, 10:40 Uhr Bundesregierung Schnell noch Gesetze …": a clock and a headline
    return all(w in _STAMP_ALLOWED for w in re.findall(_PROSE_WORD, line))


_BYLINE = (r"(?:by|por|par|von|di|de|от)\s+[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*){0,3}"
           r"(?:\s*(?:,|and|y|et|und|e|&)\s*[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*){0,3})*\s*")


def _is_byline(line: str) -> bool:
    """"By Jane Smith, Reuters", "Por María López y Juan Pérez"."""
    return line[:1] in "BbPpVvDdО" and bool(re.fullmatch(_BYLINE, line))


def _is_navigation(line: str) -> bool:
    """"Home | News | Sport | Entertainment", "Home › World › Europe"."""
    for bar in ("|", "›", ">", "»", "·", "•"):
        if line.count(bar) >= 2:
            parts = [p.strip() for p in line.split(bar)]
            if all(len(p.split()) <= 3 and not p.endswith(".") for p in parts):
                return True
    return False


_SHARE_WORDS = ("share", "facebook", "twitter", "email", "e-mail", "whatsapp", "linkedin", "telegram",
                "pinterest", "reddit", "copy link", "print", "compartir", "partager", "teilen", "condividi",
                "compartilhar", "поделиться")


def _is_share_bar(low: str) -> bool:
    """"Share on Facebook Share on X Email": two or more sharing words, and no sentence."""
    return sum(word in low for word in _SHARE_WORDS) >= 2 and not re.search(r"[.!?]\s+\w", low)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not splitting after abbreviations ("Jan. 20")."""
    spans = []
    begin = start
    for m in re.compile(_SENTENCE_END).finditer(text, start, end):
        before = text[max(begin, m.start() - 12):m.start()]
        if "\n" not in m.group() and re.search(_ABBREVIATION, before):
            continue
        if "\n" not in m.group() and _ORDINAL_BEFORE.search(before):
            continue  # "zu seiner 136. Sitzung", "am 3. Spieltag": a German ordinal, no full stop
        if m.group() == "\n" and soft_wrap(text, m.start()):
            continue  # a sentence wrapped by hand
        if "\n" not in m.group() and open_parenthesis(text, max(begin, m.start() - _PARENTHESIS_REACH), m.start()):
            continue  # "(CC. OO., UGT y Semaf)": a stop inside parentheses ends no sentence
        if m.start() > begin:
            spans.append((begin, m.start()))
        begin = m.end()
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def open_parenthesis(text: str, lo: int, at: int) -> bool:
    """Whether a parenthesis opened in text[lo:at] is still open at `at`."""
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (text[end - 1] == "|" and end - start > 1
                                                       and text[end - 2] in " |")):
        end -= 1  # (and the empty cells a table row ends with: "… come back. | |")
    return start, end
