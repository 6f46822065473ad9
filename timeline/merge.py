"""The same happening reported several times → one event with all its sources. Pure.

Each source of an event is a *report*: its sentence, reduced to features that survive a change
of language or wording:
- words, transliterated to ASCII (anyascii: "Путин" → "putin"), without an English "-ing" or
  "-ed", and cut to their first letters, so that "signed"/"signing" and
  "presidential"/"presidenciales"/"présidentielle" meet;
- names (capitalised words) also as their consonant outline, which spelling across languages
  keeps: "Putin", "Poutine" and "Путин" are all `ptn`;
- numbers that are not day or year numbers ("25 basis points", "3,000 people");
- the kind of happening a word names (`lexicon.HAPPENING_WORDS`: "stole", "cambriolage" and
  "robaron" are all `~steal`), which a change of language keeps when the words do not. A kind
  adds to what two reports share, but never makes the rare feature they must share: two
  cancellations of one busy day are two happenings unless something of their own agrees.
A feature weighs by how rare it is among all reports being merged (inverse document frequency):
the name of the story's protagonist, present everywhere, says little about *which* happening a
report is about; a shared rare word or name says a lot.

Two reports are the same happening when their dates are the same day (or month, or year), they
share at least one rare feature (one that few of the reports have: `MERGE_RARE_SHARE`,
`MERGE_RARE_REPORTS`), and the weight of what they share, relative to the lighter of the two,
reaches `MERGE_SIMILARITY`; two sentences of one article, which share the words of its story
whatever they tell, must reach the higher `MERGE_SIMILARITY_SAME_ARTICLE`, and a sentence that
opens by telling what happened next ("Shortly after, …", "Poco dopo, …": `sequel`) is no other
happening of its article, whatever it shares with it (a day's tally and one of its medals).
Groups of one date join strongest link first (agglomerative): two groups join when their best
pair of reports resembles enough and at least `MERGE_GROUP_SHARE` of one group's reports resemble
a report of the other, and, when neither is a single report, at least `MERGE_GROUP_SHARE_BOTH` of
each's do: a sentence that tells two happenings of one day does not chain them into one. In a small
set a feature that a quarter of the reports have, on two days or more, is the story's own
(`MERGE_STORY_SHARE`, `MERGE_STORY_DAYS`): it is no rare feature, however few reports have it. Links are
ranked by strength, ties by the events' own order (date, quote, id), never by input order, so the
result does not depend on the order of the input, and at the end no two groups would join, so
merging the output again changes nothing.

A coarser report ("in January", "in 2026") joins the finer happening inside it that it
resembles most, and only when the resemblance reaches the stricter `MERGE_SIMILARITY_COARSE`
(a month the reports tell only one day of needs what two reports of a day need: "last month's
crash", told with a report of July, is the one day of June the story has);
it then counts as a report of that day, and never bridges two days. A report dated only by its
article's day of publication (an undated lead, `Source.undated`) that resembles nothing of that
day joins the happening of the day before that it resembles most: breaking news told the morning
after ("Hurricane Orla made landfall near Port Ellis") is often of the night before; its day
counts for no story feature. The merged event takes the
finest date (day > month > year), the title of its best-sourced member, every source (each
(url, quote) once) and the union of tags, actors and places.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from .model import PRECISIONS, Event, PartialDate
from .names import ascii_text, canonical_actors, outline
from .segment import SENTENCE_STOPS
from .settings import (
    MERGE_GROUP_SHARE,
    MERGE_GROUP_SHARE_BOTH,
    MERGE_NEAR_KEYS,
    MERGE_NEAR_REPORTS,
    MERGE_PREFIX,
    MERGE_RARE_REPORTS,
    MERGE_RARE_SHARE,
    MERGE_SIMILARITY,
    MERGE_SIMILARITY_COARSE,
    MERGE_SIMILARITY_NEAR,
    MERGE_SIMILARITY_SAME_ARTICLE,
    MERGE_STORY_DAYS,
    MERGE_STORY_ROUNDS,
    MERGE_STORY_SHARE,
)

# Function words of the languages the extractor is tested in, transliterated (words shorter than
# four letters never count). What is common in one story but says nothing (its protagonist) is
# weighed down by frequency instead.
_STOP = frozenset("""
about after again against also among another around because been before being between both
could didn does doing down during each early even every from further have having here into just
last later like made make many more most much next only other over same says said should since
some such than that their them then there these they this those through told under until very
were what when where which while will with would year years week weeks month months today
tonight yesterday tomorrow according time first second third people
ante bajo cada como con contra cual cuando desde donde durante entre esta este esto estos
fueron habia hace hacia hasta mientras muy para pero poco porque puede segun sido sobre solo
tambien tiene todo todos tras unos ayer hoy manana semana anos dijo
aussi avant avec avoir cette comme dans depuis donc elle elles encore entre etait etre leur
leurs mais meme moins nous pendant plus pour quand sans selon sont sous tout tous tres vers
cette ceux dont hier demain annee semaine mois
aber alle allem allen aller also sich auch beim bereits damit dann dass denn diese dieser
dieses doch durch eine einem einen einer eines gegen haben hatte heute gestern morgen immer
jetzt kann mehr nach nicht noch oder ohne schon sein seine seiner sind sowie ueber uber unter
viel vier wegen weil wenn werden wird wurde wurden zwischen jahr jahre woche monat
anche alla alle allo anni anno come dalla dalle degli della delle dopo essere fino hanno loro
molto nella nelle oggi ieri domani perche piu quando quella quelle questa queste questo
sono stata stato sulla tutti tutto mentre
como pela pelo para pelos pelas seus suas pelo mais isso esta estao foram sobre
etot eto byli bylo byla kotoryi takzhe posle chtoby tolko ochen
""".split())
# one happening named in several words, written the same way whatever the language: a second
# round of voting ("run-off", "second round", "segunda vuelta", "second tour", "Stichwahl")
_SAME_HAPPENING = re.compile(r"\b(?:run-off|second\s+round|segunda\s+vuelta|second\s+tour|secondo\s+turno"
                             r"|segundo\s+turno|zweiten?\s+wahlgang|ballottaggio|balotaje|stichwahl)\b", re.I)
_EDGES = "\"'([{«‹“‘"  # what may open a word: "«San"
_ENDS = "\"')]}»›”’.,;:!?"  # and close it: "Siro,"
_DAY_NUMBER = re.compile(r"^(?:[12]\d{3}|[0-3]?\d)$")  # 1..31 and years: the date, not the happening
_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")


@cache
def _date_words() -> frozenset[str]:
    """Month and weekday names and relative date words ("yesterday", "pasado") of the common
    languages, transliterated: they say when, which the dates already compare."""
    from .lexicon import lexicon

    words: set[str] = set()
    for language in ("en", "es", "fr", "de", "it", "pt", "nl", "ru"):
        lex = lexicon(language)
        for phrase in (*lex.months, *lex.weekdays, *lex.index):
            words.update(_TOKEN.findall(ascii_text(phrase).lower()))
    # and the parts of a day ("dès la fin de l'après-midi", "on Monday morning", "am Abend"): when
    words.update(_DAY_PARTS)
    return frozenset(words)


_DAY_PARTS = frozenset("""morning afternoon evening night overnight matin matinee apres midi soir soiree nuit
manana tarde noche madrugada morgen vormittag nachmittag abend nacht mattina pomeriggio sera notte mattinata
manha noite""".split())


@cache
def _happening_pattern() -> re.Pattern:
    from .lexicon import HAPPENING_WORDS

    return re.compile("|".join(f"(?P<{kind}>{words})" for kind, words in HAPPENING_WORDS.items()))


@cache
def _sequel_pattern() -> re.Pattern:
    from .lexicon import SEQUEL_OPENERS

    words = "|".join(SEQUEL_OPENERS.values())
    return re.compile(rf"(?:{words})\b(?!-|\s*\d|\s+(?:de|del|da|do|of|this|next|that|in|on)\b)", re.I)


def sequel(quote: str) -> bool:
    """Whether `quote` opens by telling what happened next ("Shortly after, …", "Poco dopo, …",
    `lexicon.SEQUEL_OPENERS`): a happening after the one told before it in its article."""
    return _sequel_pattern().match(quote) is not None


@lru_cache(maxsize=1 << 16)
def _happening(token: str) -> str | None:
    """The kind of happening a word names ("stole", "cambriolage" → "~steal"), or None."""
    m = _happening_pattern().fullmatch(token)
    return f"~{m.lastgroup}" if m else None


@lru_cache(maxsize=1 << 16)
def report_features(text: str) -> frozenset[str]:
    """What a report's sentence says, as features that survive language and wording."""
    date_words = _date_words()
    features: set[str] = set()
    text = _SAME_HAPPENING.sub(" runoff ", text)
    previous = None  # the capitalised word before, when nothing came between: "San Siro", "Costa Rica"
    for m in re.finditer(r"\S+", ascii_text(text)):
        raw = m.group()
        name = raw.lstrip(_EDGES).rstrip(_ENDS)
        name = name if name[:1].isupper() and name.isalpha() and len(name) >= 3 and name.lower() not in _STOP else None
        if name and previous:
            features.add(f"^{previous.lower()} {name.lower()}")  # a name of two words: a bonus when shared
        previous = name if name and raw.endswith(name) else None  # ("Siro," ends the name)
        for token in _TOKEN.findall(raw.lower()):
            if token[0].isdigit():
                number = token.replace(",", "").replace(".", "")
                if not _DAY_NUMBER.match(number):
                    features.add(f"#{number}")
            elif token in date_words:
                continue
            else:
                if (kind := _happening(token)) is not None:
                    features.add(kind)
                if len(token) >= 4 and token not in _STOP:
                    features.add(_stem(token)[:MERGE_PREFIX])
                    if raw[:1].isupper() and len(shape := outline(token)) >= 3:
                        features.add(f"@{shape}")
    return frozenset(features)


def undated_lead(event: Event) -> bool:
    """Whether every report of `event` is dated only by its article's day of publication
    (`Source.undated`: an undated lead)."""
    return bool(event.sources) and all(s.undated for s in event.sources)


def _stem(token: str) -> str:
    """`token` without an English inflection that would part it from its other forms before
    `MERGE_PREFIX` letters ("signing"/"signed" → "sign", "opening" → "open")."""
    for ending in ("ing", "ed"):
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            return token[:-len(ending)]
    return token


def _reports(event: Event) -> list[tuple[tuple[str, str], frozenset[str]]]:
    """(key, features) of each report of `event`; an event without sources reports itself."""
    if event.sources:
        return [((s.url, s.quote), report_features(s.quote or event.title)) for s in event.sources]
    return [((f"#{event.id}", event.title), report_features(f"{event.title} {event.summary}"))]


def report_key(key: tuple[str, str], features: frozenset[str]) -> bytes:
    """A digest naming one distinct report (its url, sentence and features): reports are
    counted once however many copies of them are merged, here or on many machines."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for part in (*key, *sorted(features)):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.digest()


def report_counts(events: Iterable[Event]) -> dict[bytes, frozenset[str]]:
    """Each distinct report of `events` (`report_key`) and its features: what `FeatureWeights`
    counts. Dictionaries of parts of the events can be joined (`dict.update`) and counted once."""
    return {report_key(k, fs): fs for e in events for k, fs in _reports(e)}


def story_days_needed(n: int) -> bool:
    """Whether, among `n` distinct reports, a feature could be both within the rare cap and in
    `MERGE_STORY_SHARE` of them: only then do the days of its reports count (`feature_days`)."""
    return MERGE_STORY_SHARE * n <= max(MERGE_RARE_REPORTS, MERGE_RARE_SHARE * n)


def feature_days(events: Iterable[Event]) -> dict[str, frozenset[dt.date]]:
    """feature → the days (up to `MERGE_STORY_DAYS` of them) of the reports that have it, each
    report that tells one date, a day, and not only its article's (`Source.undated`: it may be
    the day before) (a sentence that dates two happenings tells no one day: its words are not
    spread over days by the story). Merging only adds days (a month report that joins a day
    counts on that day): `merge_events` weighs again until the story's features settle."""
    told: dict[tuple[str, str], tuple[set[PartialDate], frozenset[str]]] = {}
    for e in events:
        if undated_lead(e):
            continue  # (dated by its article's day only: it may tell the day before, no day of the story's)
        for key, features in _reports(e):
            told.setdefault(key, (set(), features))[0].add(e.date)
    days: dict[str, set[dt.date]] = {}
    for dates, features in told.values():
        if len(dates) != 1:
            continue
        (date,) = dates
        if date.precision != "day":
            continue
        for f in features:
            found = days.setdefault(f, set())
            if len(found) < MERGE_STORY_DAYS:
                found.add(date.first_day)
    return {f: frozenset(d) for f, d in days.items()}


class FeatureWeights:
    """Inverse document frequency of features over the distinct reports being merged."""

    def __init__(self, reports: Iterable[tuple[tuple[str, str], frozenset[str]]] = (),
                 counts: dict[str, int] | None = None, n: int | None = None,
                 days: dict[str, frozenset[dt.date]] | None = None) -> None:
        """From (key, features) pairs, or from `counts` (feature → the number of distinct
        reports that have it) and `n` (the number of distinct reports) added up elsewhere;
        `days`, when given (`feature_days`), tells which features are the story's."""
        if counts is None:
            unique = {report_key(k, fs): fs for k, fs in reports}
            counts = feature_counts(unique.values())
            n = len(unique)
        n = n or 0
        # smoothed, as scikit-learn's: a feature of every report still weighs 1, a rare one ~ln N
        self.idf = {f: math.log((1 + n) / (1 + c)) + 1 for f, c in counts.items()}
        # a feature few reports have: two reports of one happening share at least one; but in a
        # small set a feature a quarter of the reports have, on several days, is the story's own
        # ("Morocco" in every report of a quake, its toll and the mourning after): no sign of
        # which happening a report tells, however few the reports
        cap = max(MERGE_RARE_REPORTS, MERGE_RARE_SHARE * n)
        story = MERGE_STORY_SHARE * n
        self.small = days is not None  # (only a small set's story features are told by their days)
        days = days or {}
        self.story = frozenset(f for f, c in counts.items()
                               if story <= c <= cap and len(days.get(f, ())) >= MERGE_STORY_DAYS)
        self.rare = frozenset(f for f, c in counts.items() if c <= cap) - self.story
        # features that find a day's near copies of a report (`MERGE_SIMILARITY_NEAR`): rarer than
        # the story's common words, if not rare (not a kind of happening, not a name of two words)
        self.near = frozenset(f for f, c in counts.items() if c <= MERGE_NEAR_REPORTS * cap and f[0] not in "~^")

        self._totals: dict[frozenset[str], float] = {}

    def total(self, features: frozenset[str]) -> float:
        """The weight of a report's features (computed once per distinct set)."""
        found = self._totals.get(features)
        if found is None:  # (a name of two words, "^…", adds when shared and never weighs a report down)
            found = self._totals[features] = math.fsum(self.idf.get(f, 1.0) for f in features if f[0] != "^")
        return found


def feature_counts(feature_sets: Iterable[frozenset[str]]) -> dict[str, int]:
    """feature → how many of `feature_sets` have it."""
    counts: dict[str, int] = {}
    for features in feature_sets:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    return counts


def similarity(a: frozenset[str], b: frozenset[str], weights: FeatureWeights, names: bool = True) -> float:
    """The weight of what two reports share over the weight of the lighter one (0..1); 0 when
    they share no rare feature but a kind of happening (and a story's own feature counts as rare
    only beside a kind they share: "the quake in Veloria" twice). A name of two words that both write
    ("San Siro") adds its weight when `names` (two articles: one article's sentences all write its
    story's names) and the two tell the same kind of happening (a flood and a summit in one town
    on one day are two), and never weighs a report down. Two reports that share no rare feature
    are still one happening when each is nearly the other (`MERGE_SIMILARITY_NEAR` of the heavier
    one's weight in common): in a big story every word of "As many as 200,000 people died in the
    earthquake" is common."""
    shared = a & b
    if not names or not any(f[0] == "~" for f in shared):
        shared = {f for f in shared if f[0] != "^"}
    evidence = any(f[0] != "~" and f in weights.rare for f in shared) or (
        any(f[0] == "~" for f in shared) and any(f in weights.story for f in shared))
    if not evidence and not any(f in weights.near for f in shared):
        return 0.0  # (the story's name and the kind of happening: "the quake in Veloria" twice)
    lighter, heavier = sorted((weights.total(a), weights.total(b)))
    # fsum: the exact sum, whatever order the set gives (it differs between processes, and the
    # engines must merge alike)
    common = math.fsum(weights.idf.get(f, 1.0) for f in shared)
    if not evidence and (not heavier or common / heavier < MERGE_SIMILARITY_NEAR):
        return 0.0  # (no rare feature in common: only a near copy, both ways, is the same happening)
    return min(1.0, common / lighter) if lighter else 0.0


class _Blocks:
    """Groups indexed by the rare features of their reports: the only groups a report can be
    compared with are those that share one of its rare features."""

    def __init__(self, rare: list[frozenset[str]]) -> None:
        self.rare = rare  # interned set → its rare features
        self.owners: dict[int, set[int]] = {}  # interned set → the group keys holding it
        self.by_feature: dict[str, set[int]] = {}

    def add(self, key: int, sets: Iterable[int]) -> None:
        for x in sets:
            if x not in self.owners:
                for f in self.rare[x]:
                    self.by_feature.setdefault(f, set()).add(x)
            self.owners.setdefault(x, set()).add(key)

    def moved(self, gone: int, key: int, sets: Iterable[int]) -> None:
        sets = list(sets)
        for x in sets:
            if x in self.owners:
                self.owners[x].discard(gone)
        self.add(key, sets)

    def pairs(self, sets: Iterable[int]) -> dict[int, set[tuple[int, int]]]:
        """group key → the (x, y) pairs of a set of `sets` and a set of that group that share a
        rare feature."""
        found: dict[int, set[tuple[int, int]]] = {}
        for x in sets:
            for y in {y for f in self.rare[x] for y in self.by_feature.get(f, ())}:
                for key in self.owners[y]:
                    found.setdefault(key, set()).add((x, y))
        return found


def cluster(events: Sequence[Event], weights: FeatureWeights | None = None) -> list[list[int]]:
    """Which of `events` report one happening: groups of indices, each sorted, in order of
    their first index. The grouping does not depend on the order of `events`.

    Groups start as the events, those of one date that say the very same thing (copies of one
    report) already together, and grow until nothing changes: groups of the same date join,
    strongest link first, when reports of one resemble reports of the other enough
    (`join_day`); a group of a coarser date
    joins the finer group inside it that it resembles most, if it resembles it enough, and
    takes its date. At the fixed point no two groups would join, which is why merging the
    merged events again changes nothing. Copies are compared once, so a thousand syndicated
    copies of a story cost what one does; distinct reports are compared only with those that
    share a rare feature with them (`_Blocks`).
    """
    reports = [_reports(e) for e in events]
    if weights is None:
        weights = weigh(events)
    interned: dict[frozenset[str], int] = {}
    for rs in reports:
        for _, features in rs:
            interned.setdefault(features, len(interned))
    feature_sets = list(interned)
    urls: dict[int, set[str]] = {}  # interned set → the articles reporting it
    for rs in reports:
        for (url, _), features in rs:
            urls.setdefault(interned[features], set()).add(url)
    cache: dict[tuple[int, int], float] = {}
    sequels = {interned[features] for rs in reports for (_, quote), features in rs if sequel(quote)}

    def needed(x: int, y: int) -> float:
        """The similarity two reports must reach: more within one article, whose sentences all
        share the words of its story, than between articles; none at all for a sentence of one
        article that tells what happened next (`sequel`) and another of that article."""
        ux, uy = urls[x], urls[y]
        if len(ux) == 1 and ux == uy:
            return math.inf if x in sequels or y in sequels else MERGE_SIMILARITY_SAME_ARTICLE
        return MERGE_SIMILARITY

    def pair_score(x: int, y: int) -> float:
        pair = (x, y) if x < y else (y, x)
        found = cache.get(pair)
        if found is None:
            found = cache[pair] = similarity(feature_sets[x], feature_sets[y], weights,
                                             names=needed(x, y) == MERGE_SIMILARITY)
        return found

    undated = [undated_lead(e) for e in events]

    def undated_only(key: int) -> bool:
        """Whether every report of the group is dated only by its article's day (`Source.undated`)."""
        return groups[key].date.precision == "day" and all(undated[i] for i in groups[key].members)

    rank = {i: n for n, i in enumerate(sorted(range(len(events)), key=lambda i: (
        events[i].date.start, events[i].date.end, _order(events[i]))))}

    class Group:
        __slots__ = ("date", "members", "quotes", "sets")

        def __init__(self, i: int) -> None:
            self.date = events[i].date
            self.members = [i]
            self.sets = {interned[f] for _, f in reports[i]}
            self.quotes = {quote for (_, quote), _ in reports[i]}

    groups: dict[int, Group] = {}
    copies: dict[tuple[PartialDate, frozenset[int]], int] = {}
    for i in sorted(range(len(events)), key=rank.__getitem__):
        group = Group(i)
        key = (group.date, frozenset(group.sets))
        if key in copies:  # the same date and the same words: a copy
            first = groups[copies[key]]
            first.members.append(i)
            first.quotes |= group.quotes
        else:
            copies[key] = i
            groups[i] = group

    def group_score(a: int, b: int, pairs) -> float:
        """How much groups a and b resemble: the best of their report `pairs` (those that
        share a rare feature: no other pair can resemble enough), but never a sentence that
        tells what happened next and another of its article."""
        ga, gb = groups[a], groups[b]
        if ga.date != gb.date and not ga.quotes.isdisjoint(gb.quotes):
            return 0.0  # one sentence, two dates: the extractor told the happenings apart
        return max((pair_score(x, y) for x, y in pairs if needed(x, y) < math.inf), default=0.0)

    def join(a: int, b: int, date: PartialDate) -> int:
        key, other = (a, b) if rank[a] < rank[b] else (b, a)
        kept, gone = groups[key], groups.pop(other)
        kept.date = date
        kept.members = sorted(kept.members + gone.members, key=rank.__getitem__)
        kept.sets |= gone.sets
        kept.quotes |= gone.quotes
        return key

    def join_day(keys: list[int]) -> bool:
        """Join the groups `keys` of one date, strongest link first (agglomerative): two groups
        join when their best pair of reports resembles enough, at least `MERGE_GROUP_SHARE` of
        the reports of one of them resemble a report of the other and, unless one is a single
        report, at least `MERGE_GROUP_SHARE_BOTH` of each's do. Joining on any one link would
        chain one day's happenings of one story together: the collapse of a bridge and the end
        of the search that evening share a sentence or two that tells both."""
        sizes = {k: len(groups[k].sets) for k in keys}
        # group → neighbour → (its sets that resemble one of the neighbour's, the best link)
        near: dict[int, dict[int, tuple[frozenset[int], float]]] = {k: {} for k in keys}
        blocks = _Blocks(same_day)
        for k in keys:
            blocks.add(k, groups[k].sets)
        for k in keys:
            for other, pairs in blocks.pairs(groups[k].sets).items():
                if other == k:
                    continue
                linked, best = set(), 0.0
                for x, y in pairs:
                    strength = 1.0 if x == y else pair_score(x, y) / needed(x, y)
                    if strength >= 1.0:
                        linked.add(x)
                        best = max(best, strength)
                if linked:
                    near[k][other] = (frozenset(linked), best)
        heap = [(-best, rank[a], rank[b], a, b) for a in keys for b, (_, best) in near[a].items()
                if rank[a] < rank[b]]
        heapq.heapify(heap)
        joined = False
        while heap:
            _, _, _, a, b = heapq.heappop(heap)
            if a not in near or b not in near[a]:
                continue  # one of them has joined another since: its links were pushed anew
            ours, theirs = len(near[a][b][0]) / sizes[a], len(near[b][a][0]) / sizes[b]
            if max(ours, theirs) < MERGE_GROUP_SHARE \
                    or (min(sizes[a], sizes[b]) > 1 and min(ours, theirs) < MERGE_GROUP_SHARE_BOTH):
                continue  # comes back if either group grows
            key = join(a, b, groups[a].date)
            other = b if key == a else a
            del sizes[other]
            sizes[key] = len(groups[key].sets)
            mine, theirs = near.pop(key), near.pop(other)
            mine.pop(other, None)
            theirs.pop(key, None)
            for c in set(mine) | set(theirs):
                to = [near[c].pop(g) for g in (key, other) if g in near[c]]
                near[c][key] = (frozenset().union(*(s for s, _ in to)), max(best for _, best in to))
                fro = [d[c] for d in (mine, theirs) if c in d]
                mine[c] = (frozenset().union(*(s for s, _ in fro)), max(best for _, best in fro))
                first, second = sorted((key, c), key=rank.__getitem__)
                heapq.heappush(heap, (-mine[c][1], rank[first], rank[second], first, second))
            near[key] = mine
            joined = True
        return joined

    # Only reports that share a rare feature are compared (blocking): a name, a number, an
    # unusual word. Words the whole story shares link everything to everything, in time that
    # grows with the square of a busy day's reports, and say nothing of which happening it is.
    rare = [fs & weights.rare for fs in feature_sets]
    # reports of one day are compared by a story's own features too, evidence beside a kind of
    # happening both tell ("il crollo del ponte Francis Scott Key" / "the Francis Scott Key Bridge
    # collapsed"): a story has them only in a small set, where comparing all a day's reports costs
    # little; a month's report joins a day by rarer evidence (all the story's days share them)
    # ... and by the rarest of its features that are neither (`MERGE_NEAR_KEYS`): a near copy of a
    # report shares them, which is enough to find it (`MERGE_SIMILARITY_NEAR`)
    keyed = weights.rare | weights.story
    same_day = [(fs & keyed) | frozenset(sorted(fs & weights.near - keyed, key=lambda f: (-weights.idf[f], f))
                                         [:MERGE_NEAR_KEYS]) for fs in feature_sets]
    changed = True
    while changed:
        changed = False
        # same date: join what resembles enough
        by_date: dict[PartialDate, list[int]] = {}
        for key in sorted(groups, key=rank.__getitem__):
            by_date.setdefault(groups[key].date, []).append(key)
        for keys in by_date.values():
            if len(keys) >= 2:
                changed |= join_day(keys)
        # an undated lead into the day before: a sentence dated only by its article's day of
        # publication may tell the night before ("Hurricane Milton made landfall in Siesta Key",
        # published the morning after): it joins that day's happening if it resembles it enough
        leads = sorted((g for g in groups if undated_only(g)), key=rank.__getitem__)
        day_keys: dict[dt.date, list[int]] = {}
        for key in sorted(groups, key=rank.__getitem__) if leads else ():  # (most sets have no such lead)
            if groups[key].date.precision == "day":
                day_keys.setdefault(groups[key].date.first_day, []).append(key)
        before_blocks: dict[dt.date, _Blocks] = {}
        for a in leads:
            if a not in groups:
                continue
            day = groups[a].date.first_day - dt.timedelta(days=1)
            if day not in before_blocks:
                before_blocks[day] = _Blocks(rare)
                for b in day_keys.get(day, ()):
                    if b in groups:  # (not one that joined the day before it, in this pass)
                        before_blocks[day].add(b, groups[b].sets)
            candidates = before_blocks[day].pairs(groups[a].sets)
            best, best_score = None, 0.0
            for b in sorted(candidates, key=rank.__getitem__):
                if b in groups and b != a and not undated_only(b):
                    score = max(pair_score(x, y) / needed(x, y) for x, y in candidates[b])
                    if score >= 1.0 and score > best_score:
                        best, best_score = b, score
            if best is not None:
                key = join(a, best, groups[best].date)
                before_blocks[day].moved(best, key, groups[key].sets)
                changed = True
        # coarser into finer: months and years, coarsest last
        for precision in ("month", "year"):
            level = PRECISIONS.index(precision)
            finer: dict[int, _Blocks] = {}
            days_of: dict[tuple[int, int], set[PartialDate]] = {}  # a month → the days told in it
            for g in groups:
                if PRECISIONS.index(groups[g].date.precision) > level:
                    finer.setdefault(groups[g].date.year, _Blocks(rare)).add(g, groups[g].sets)
                    if groups[g].date.precision == "day":
                        days_of.setdefault((groups[g].date.year, groups[g].date.month), set()).add(groups[g].date)
            for a in sorted((g for g in groups if groups[g].date.precision == precision), key=rank.__getitem__):
                date = groups[a].date
                year = finer.get(date.year)
                if year is None:
                    continue
                candidates = year.pairs(groups[a].sets)
                best, best_score = None, MERGE_SIMILARITY if precision == "month" \
                    and len(days_of.get((date.year, date.month), ())) == 1 else MERGE_SIMILARITY_COARSE
                for b in sorted(candidates, key=lambda g: (groups[g].date.start, rank[g])):
                    if date.contains(groups[b].date) and (score := group_score(a, b, candidates[b])) > best_score:
                        best, best_score = b, score
                if best is not None:
                    key = join(a, best, groups[best].date)
                    year.moved(best, key, groups[key].sets)
                    changed = True
    return sorted(sorted(g.members) for g in groups.values())


def _order(event: Event) -> tuple:
    return (event.quote, event.id)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One event per real-world happening, every source kept, sorted by date then id; each
    person named the same way in all of them (`canonical_actors`).

    Reports are weighed over all `events`, then each year's events are merged on their own
    (`blocks`, `merge_block`): no happening spans two years, so this is what clustering all of
    them at once gives, and the blocks can be merged on different machines (`engine`)."""
    items = list(events)
    weights = weigh(items)
    for _ in range(MERGE_STORY_ROUNDS):
        merged = [m for block in blocks(items).values() for m in merge_block(block, weights)]
        if not weights.small:
            break
        # a small set's story features are those on several days, and merging dates reports (a
        # year's report that joined a day counts on that day): weighed again until they settle,
        # so that merging the merged events again changes nothing
        again = weigh(merged)
        if again.story == weights.story:
            break
        items, weights = merged, again
    return finish(merged)


def weigh(events: Sequence[Event]) -> FeatureWeights:
    """The weights of the reports of `events`, the story's own features told apart."""
    unique = report_counts(events)
    n = len(unique)
    return FeatureWeights(counts=feature_counts(unique.values()), n=n,
                          days=feature_days(events) if story_days_needed(n) else None)


def block_of(event: Event) -> int:
    """The block an event merges in: its year. Every join `cluster` makes is of one date, or
    of a month or year with a date inside it, so no two years ever join."""
    return event.date.year


def blocks(events: Iterable[Event]) -> dict[int, list[Event]]:
    """The events of each block (`block_of`), blocks in order."""
    out: dict[int, list[Event]] = {}
    for event in events:
        out.setdefault(block_of(event), []).append(event)
    return dict(sorted(out.items()))


def merge_block(events: Sequence[Event], weights: FeatureWeights) -> list[Event]:
    """The happenings of one block's events, with the weights of all the events merged; a
    happening told in several languages is titled in the block's main one (`main_language`)."""
    language = main_language(events)
    return [combine([events[i] for i in group], language) for group in cluster(events, weights)]


def main_language(events: Sequence[Event]) -> str:
    """The language most of the distinct reports of `events` are written in (by their function
    words, `dates.detect_language`); ties go to the first in alphabetical order."""
    quotes = {s.quote or e.title for e in events for s in e.sources} | {e.title for e in events if not e.sources}
    counts: dict[str, int] = {}
    for quote in quotes:
        language = _language_of(quote)
        counts[language] = counts.get(language, 0) + 1
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else "en"


def finish(merged: Iterable[Event]) -> list[Event]:
    """Merged events of all blocks → one name per person across them, sorted by date then id."""
    merged = list(merged)
    names = canonical_actors(merged)
    for event in merged:
        actors = [names.get(a, a) for a in event.actors]
        event.actors = [a for i, a in enumerate(actors) if a not in actors[:i]]
    return sorted(merged, key=Event.sort_key)


def _centrality(group: list[Event]) -> dict[int, float]:
    """id(event) → how much its report shares with the group's other reports: the features it
    has that others have too, over the square root of its size (a long sentence has more)."""
    features = [report_features(e.quote or e.title) for e in group]
    counts: dict[str, int] = {}
    for fs in features:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return {id(e): sum(counts[f] - 1 for f in fs) / math.sqrt(len(fs)) if fs else 0.0
            for e, fs in zip(group, features, strict=True)}


def _fragment(title: str) -> bool:
    """A title too short to say who did what, or that starts inside a sentence or with a
    subordinate clause ("Nachdem Merz im ersten Wahlgang gescheitert war") or with a subject
    a comma cuts off its verb ("Sánchez, ha anunciado"), or one a witness
    says in the first person ("I decide to go to Haiti"): not a headline."""
    return len(title.split()) < 4 or not title[:1].isalnum() or title[:1].islower() or \
        FIRST_PERSON.search(title) is not None or _SUBORDINATE.match(title) is not None \
        or _CUT_SUBJECT.match(title) is not None or title.rsplit(" ", 1)[-1].lower() in _NEEDS_MORE \
        or title.split(" ", 1)[0].lower() in _PRONOUN_SUBJECTS


@lru_cache(maxsize=1 << 16)
def _language_of(text: str) -> str:
    """`dates.detect_language` of a report, once: `main_language` and `_foreign` ask for the same ones."""
    from .dates import detect_language

    return detect_language(text)


def _foreign(group: list[Event], language: str | None) -> dict[int, bool]:
    """id(event) → whether its title is in another language than `language` (or, when none of
    the group's reports is in it, than the one most of them are in), when the group's reports
    are in more than one (else False for all: one language needs no detecting)."""
    if language is None:
        return {id(e): False for e in group}
    found = {id(e): _language_of(e.quote or e.title) for e in group}
    if len(set(found.values())) < 2:
        return {id(e): False for e in group}
    if language not in found.values():  # (none in it: the language most of the group's reports are in)
        counts = {lang: list(found.values()).count(lang) for lang in set(found.values())}
        language = min(counts, key=lambda lang: (-counts[lang], lang))
    return {i: lang != language for i, lang in found.items()}


def _told_later(event: Event) -> bool:
    """Whether `event`'s report was published two days or more after its day: told as the
    background of later news ("After Monday's demolition, officials expected …"), where a report
    of the day tells the happening itself."""
    pub = event.sources[0].published if event.sources else None
    return event.date.precision == "day" and pub is not None and (pub.first_day - event.date.first_day).days > 1


def _told_before(event: Event) -> bool:
    """Whether `event`'s report was published before its day: a plan or a preview ("The first vote
    will take place on November 16"), where a report of the day or after tells what happened."""
    pub = event.sources[0].published if event.sources else None
    return pub is not None and pub.last_day < event.date.first_day


# a subject that says who only to the article's reader ("Il a remis sa démission à Emmanuel Macron")
_PRONOUN_SUBJECTS = frozenset("he she it they il elle ils elles él ella ellos ellas er sie es lui lei loro ele ela "
                              "eles elas celle-ci celui-ci ceux-ci celles-ci ce cela ça this that das dies esto eso "
                              "ciò".split())


# a verb that cannot end a sentence: its complement was cut ("Emmanuel Macron devait avoir")
_NEEDS_MORE = frozenset("""is are was were has have had will would can could should must be been being
avoir être devait devaient doit doivent peut peuvent va vont a ont est sont était étaient
haber ser estar debía debían debe deben puede pueden va van ha han es son era eran fue
hat haben hatte hatten ist sind war waren wird werden wurde wurden kann können muss müssen soll sollen
avere essere deve devono doveva può possono ha hanno è sono era erano""".split())


# a subject cut off its verb by a comma ("Sánchez, ha anunciado …": the rest of a name's aside)
_CUT_SUBJECT = re.compile(r"[\w'’.-]+,\s+[a-zà-ÿ]")
_SUBORDINATE = re.compile(r"(?:after|although|though|because|while|when|whereas|if|unless|nachdem|als|weil|obwohl"
                          r"|während|wenn|après que|bien que|parce que|lorsque|quand|puisque|cuando|aunque|porque"
                          r"|después de que|mientras|si|dopo che|quando|sebbene|perché|mentre|quando|embora"
                          r"|enquanto|depois que)\s", re.I)


# a photo's caption, however often it is repeated, is not the happening's headline
_STOPS = tuple(SENTENCE_STOPS | {"’", "'", ")"})  # what a sentence's last character may be
_CAPTION = re.compile(r"^(?:[\w-]+\s+){0,2}(?:image|picture|photo|photograph|video|map|footage)s?\s+"
                      r"(?:of|from|shows?)\b|.*\b(?:taken|pictured)$", re.I)
# English first-person words ("US" in capitals is the country, not "us")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Ww]e|[Ww]e're|[Mm]y|[Oo]ur|me|us)\b")


def combine(group: list[Event], language: str | None = None) -> Event:
    """One event from the reports of one happening (see the module's docstring); with
    `language`, a report in it titles a happening told in several languages, all else equal in
    sources and precision."""
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda e: (e.sort_key(), _order(e)))
    # the finest date: a day beats the month that holds it, a month its year
    finest = max(group, key=lambda e: PRECISIONS.index(e.date.precision))
    # the title of the best-sourced, most precise report; of equals, one told on the day or soon
    # after (not as the background of later news, nor as a plan before it), one that reads as a headline
    # (not a fragment such as "Soon" or ") At 4:23 pm"; a title cut with "…" is better), whole, of the report that
    # shares most with the others (the centre of the happening, not an aside), the shortest
    central = _centrality(group)
    foreign = _foreign(group, language)
    # (a happening told mostly after it is titled by one of those reports, not by a plan before it;
    # one told mostly in advance, a ceremony covered in previews, as its previews tell it)
    planned = {id(e): _told_before(e) for e in group}
    if 2 * sum(planned.values()) > len(group):
        planned = dict.fromkeys(planned, False)
    # (an undated lead that joined the day before never leads it: its id would name its own day)
    # (nor does a line with no stop at its end: a photo's caption, a label, "… en el Zócalo el 29 de mayo de 2024")
    lead = min(group, key=lambda e: (_CAPTION.match(e.title) is not None or _CAPTION.match(e.quote or "") is not None,
                                     bool(e.quote) and not e.quote.rstrip().endswith(_STOPS),
                                     e.date != finest.date and undated_lead(e), -len(e.sources),
                                     -PRECISIONS.index(e.date.precision), foreign[id(e)], _told_later(e),
                                     planned[id(e)], _fragment(e.title),
                                     e.title.endswith("…"), -central[id(e)], len(e.title), e.sort_key(), _order(e)))
    sources, seen = [], set()
    for event in [lead, *group]:
        for source in event.sources:
            key = (source.url, source.quote)
            if key not in seen:
                seen.add(key)
                sources.append(source)

    def union(attr: str) -> list[str]:
        out: list[str] = []
        for event in [lead, *group]:
            out += [v for v in getattr(event, attr) if v not in out]
        return out

    confidence = [e.confidence for e in group if e.confidence is not None]
    ranks = [e.rank for e in group if e.rank is not None]
    return Event(
        id=lead.id, date=finest.date, end=finest.end, title=lead.title, summary=lead.summary,
        tags=union("tags"), actors=union("actors"), places=union("places"), sources=sources,
        status=lead.status, confidence=max(confidence) if confidence else None,
        rank=min(ranks) if ranks else None,
    )


__all__ = ["FIRST_PERSON", "FeatureWeights", "PartialDate", "block_of", "blocks", "canonical_actors", "cluster",
           "combine", "feature_counts", "feature_days", "finish", "main_language", "merge_block", "merge_events",
           "report_counts", "report_features", "similarity", "story_days_needed", "weigh"]
