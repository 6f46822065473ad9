"""English headline tense: a past happening told in the present ("Kast wins run-off",
"Russian minister meets Cuban leaders"), a passive or perfect without its auxiliary ("Maduro
ousted by U.S. forces", "has signed" → "signs"). The irregular verbs news uses most, then
spelling rules for the others. Rules, not a parser. Pure.
"""

from __future__ import annotations

import re

__all__ = ["FINITE", "IRREGULAR_PARTICIPLE", "IRREGULAR_PAST", "PREPOSITIONS", "headline_tense", "past_form",
           "present_tense", "progressive_present"]


# English headlines tell a past happening in the present tense: "Kast wins run-off", "Russian
# minister meets Cuban leaders". The irregular verbs news uses most, then rules for the others.
_IRREGULAR_PRESENT = dict(pair.split(":") for pair in """met:meets won:wins took:takes held:holds began:begins
became:becomes left:leaves told:tells said:says gave:gives made:makes came:comes went:goes saw:sees ran:runs
rose:rises fell:falls led:leads sent:sends spent:spends struck:strikes broke:breaks brought:brings fought:fights
found:finds got:gets kept:keeps lost:loses paid:pays sold:sells wrote:writes chose:chooses drew:draws flew:flies
grew:grows knew:knows threw:throws shot:shoots stood:stands spoke:speaks withdrew:withdraws sank:sinks
sought:seeks taught:teaches swore:swears froze:freezes hid:hides rode:rides bought:buys built:builds
fled:flees sat:sits overtook:overtakes undertook:undertakes forbade:forbids shook:shakes hit:hits
woke:wakes wore:wears tore:tears drove:drives rang:rings sang:sings swept:sweeps slept:sleeps dealt:deals
meant:means felt:feels heard:hears understood:understands adhered:adheres interfered:interferes
persevered:perseveres revered:reveres used:uses died:dies tied:ties slid:slides stole:steals dug:digs
hung:hangs sped:speeds swam:swims lent:lends bent:bends bled:bleeds wept:weeps leapt:leaps sprang:springs
stung:stings shrank:shrinks blew:blows underwent:undergoes overcame:overcomes forgot:forgets foresaw:foresees
arose:arises fed:feeds lit:lights""".split())
# participles that are not the past form: "has spoken" is turned as "spoke" is
IRREGULAR_PARTICIPLE = dict(pair.split(":") for pair in """spoken:spoke taken:took given:gave written:wrote
broken:broke chosen:chose driven:drove fallen:fell frozen:froze hidden:hid risen:rose seen:saw shaken:shook
stolen:stole thrown:threw woken:woke worn:wore known:knew grown:grew flown:flew drawn:drew begun:began
withdrawn:withdrew sworn:swore torn:tore sung:sang gone:went sunk:sank rung:rang ridden:rode
forbidden:forbade overtaken:overtook undertaken:undertook""".split())
IRREGULAR_PAST = frozenset(_IRREGULAR_PRESENT)  # the past forms the rules do not spell ("met", "won")
_IRREGULAR_BASE = {"said": "say", "paid": "pay", "went": "go", "fled": "flee", "flew": "fly", "died": "die",
                   "tied": "tie"}


def _plural(present: str) -> str:
    """The present with a plural subject: "meets" → "meet", "reaches" → "reach"."""
    if present in ("has", "does"):
        return {"has": "have", "does": "do"}[present]
    if present.endswith("ies"):
        return present[:-3] + "y"
    if present.endswith(("ches", "shes", "xes", "sses", "zzes", "goes")):
        return present[:-2]
    return present[:-1]


_PARTICIPLE = (r"(?:[\w-]+ed\b|" + "|".join(sorted({v for pair in _IRREGULAR_PRESENT.items() for v in pair[:1]}
                                                | set(IRREGULAR_PARTICIPLE))) + r")\b")
# (an adverb may come between "was" and its participle: "was temporarily halted")
_AUXILIARY = re.compile(rf"\b(?:(?:was|were)\s+(?=(?:[a-z]+ly\s+)?{_PARTICIPLE})"
                        rf"|(?:has been|have been|had been|has|have|had)\s+(?={_PARTICIPLE}))")
_ADVERBS = frozenset("last also then again later already still just first finally once since never".split())
FINITE = frozenset("is are was were has have had will would can could may might must should does did".split())

def past_form(low: str) -> bool:
    """Whether a lowercase word reads as an English past form ("met", "signed")."""
    return low in _IRREGULAR_PRESENT or (low.endswith("ed") and len(low) > 4)

# a title that opens with a subordinate clause keeps its "will" ("While all eyes will be on the Fed")
_SUBORDINATORS = frozenset("while when if as although though because after before until unless once whether".split())
_PRONOUNS = frozenset("he she it they we you i".split())
# what opens a clause that may keep only its participle ("if convicted", "when asked", "once completed";
# not "before": "a strain never seen before killed 60 people")
_ELLIPTICAL = frozenset("if when once unless while though although as".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our your my no every each".split())
# after these a past form is an adjective or a participle, not the verb: "a truck full of injured people"
PREPOSITIONS = frozenset("of in on at to for with by from into onto about over under than as".split())


# after a participle that needs an object, these say it has none: a passive ("sentenced to life",
# "arrested in Paris"); "killed over 2,000 people", "killed about 40" have one
_PASSIVE_AFTER = frozenset("to in at on by for from into with as".split())


_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# a preposition after the head of a subject: "The ferry service between the islands resumes"
_SUBJECT_ENDS = frozenset("of in at from on near between with for across throughout against among under".split())


def headline_tense(title: str, names: frozenset[str] = frozenset()) -> str:
    """`_headline_tense`, and once the main verb is in the present, the verb of an "after"
    clause too ("Eight people die after a truck plowed through a crowd" → "… a truck plows …"),
    and what a saying in the present reports ahead as ahead ("The company announces it would cut
    jobs" → "… it will cut jobs"). A title cut at a word keeps its "…" ("… has risen…" → "… rises…")."""
    if title.endswith("…") and len(title) > 1:
        return headline_tense(title[:-1], names) + "…"
    turned = _REPORTED_WOULD.sub(r"\g<said>\g<what>will", _headline_tense(title, names), count=1)
    turned = _REPORTED_HAD.sub(lambda m: f"{m.group('said')}{m.group('who')}"
                               f"{'have' if m.group('who').strip().lower() in ('they', 'we', 'i', 'you') else 'has'}",
                               turned, count=1)
    if turned == title:
        return turned
    m = _AFTER_CLAUSE.search(turned)
    if m is None or not past_form(m.group("verb")) or m.group("verb") in ("had", "was", "were"):
        return turned
    plural = m.group("noun").endswith("s") and not m.group("noun").endswith(("ss", "us", "is"))
    return turned[:m.start("verb")] + _present_of(m.group("verb"), plural) + turned[m.end("verb"):]


# "says (that) the ban would take effect": the saying is in the present, what it reports comes
_REPORTED_WOULD = re.compile(r"(?P<said>\b(?:says|say|announces|announce|confirms|warns|warn|states|insists|predicts"
                             r"|promises|pledges|vows|vow|reports|signals|tells\s+\w+|agrees|agree|decides|decide))"
                             r"(?P<what>\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?)would\b(?!\s+(?:have|not\s+have)\b)")
# "says it had shot down 40 drones": what a saying in the present reports done is done ("has shot down")
_REPORTED_HAD = re.compile(r"(?P<said>\b(?:says|say|announces|announce|confirms|confirm|reports|report|states|claims"
                           r"|claim)\s+(?:that\s+)?)(?P<who>(?:it|he|she|they|we|i|you)\s+)had\b(?=\s+[a-z]+(?:ed|en|wn)\b"
                           r"|\s+(?:" + "|".join(sorted(IRREGULAR_PAST)) + r")\b)", re.I)
# "after a truck plowed", "after the storm struck": a subordinate clause's subject and its verb
_AFTER_CLAUSE = re.compile(r"\b(?:after|as|when|before)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
                           r"(?P<noun>[a-z]+)\s+(?P<verb>[a-z]{3,})\b")


def _headline_tense(title: str, names: frozenset[str] = frozenset()) -> str:
    """An English title in headline form: the auxiliary of a passive or perfect dropped
    ("Maduro was ousted" → "Maduro ousted"), the first past-tense verb in the present
    ("Kolokoltsev met with" → "Kolokoltsev meets with"), "will" as "to" ("Portugal will face a
    run-off" → "Portugal to face a run-off"). `names`: words its sentence writes as a name (a
    capital inside it: "On Friday, Kroos announced"), one subject even when they end in "s"."""
    words = title.split(" ")
    if (have := _HAVE_CONTRACTED.match(words[0])) and len(words) > 1:
        if words[1] == "got":
            return title  # "I've got a ticket": I have one
        words[:1] = [have.group(1), "have"]  # "We've bought" as "We have bought": "We buy"
    relative_at = None  # the participle of the subject's, when one comes before the verb ("The talks held in")
    for i in range(1, min(len(words), 12)):
        word, before = words[i], words[i - 1].lower()
        comma = "," if word.endswith(",") and len(word) > 1 else ""  # "The minister resigned, citing …"
        word = word[:-1] if comma else word
        low = word.lower()
        if low == "will" and before not in _DETERMINERS and before not in _PRONOUNS \
                and words[0].lower() not in _SUBORDINATORS \
                and i + 1 < len(words) and words[i + 1].isalpha() \
                and words[i + 1].islower() and words[i + 1] not in ("not", "never", "have", "also", "still"):
            return " ".join([*words[:i], "to", *words[i + 1:]])  # "Portugal will face a run-off" → "Portugal to face …"
        if low in _SAYS and before not in _DETERMINERS and before not in PREPOSITIONS:
            return title  # "Officials says it has halted …": the main verb is already in the present
        if low in ("is", "are") and i + 2 < len(words) and words[i + 1] in _PLANNED and words[i + 2] == "to" \
                and before not in _PRONOUNS:
            return " ".join([*words[:i], *words[i + 1:]])  # "The storm is expected to move": "expected to move"
        if low in ("is", "are", "was", "were") and i + 2 < len(words) and (now := progressive_present(words[i + 1])):
            # "Traders are working on the floor" → "Traders work on the floor"
            now = _plural(now) if low in ("are", "were") or before in ("i", "you") else now
            return " ".join([*words[:i], now, *words[i + 2:]])
        if (low in FINITE and not (low == "will" and before in _DETERMINERS)) \
                or (before in ("who", "which", "that", "whom") and words[i - 1] != "WHO"):
            # the main verb is another ("Smith is a lawmaker who led ..."); only a passive or
            # perfect auxiliary of the main verb goes ("Maduro was ousted")
            if low not in ("was", "were", "has", "have", "had") \
                    or (low in ("was", "were") and before in ("who", "which", "that", "whom")):
                return title  # ("Gonaives, which was affected by hurricanes": the relative clause's passive)
            if before in _PRONOUNS and i >= 2 and _noun_like(words[i - 2]):
                return title  # "whatever data we had nudged the Fed": "we had" is a clause of the noun's
            rest = " ".join(words[i:])
            if _AUXILIARY.match(rest) is None:
                return title
            if low in ("has", "have", "had") and words[i + 1].lower() != "been":  # (the auxiliary has a word after it)
                participle = words[i + 1].lower()
                if participle in IRREGULAR_PARTICIPLE:  # "had spoken" → "spoke": the past the rules turn
                    words = [*words[:i + 1], IRREGULAR_PARTICIPLE[participle], *words[i + 2:]]
                out = _headline_tense(" ".join(words[:i] + words[i + 1:]), names).split(" ")  # "has signed" → "signs"
                past = words[i + 1].lower()
                one = _IRREGULAR_PRESENT.get(past) or present_tense(past)
                if low == "has" and i < len(out) and out[i] in (_plural(one), _IRREGULAR_BASE.get(past)) \
                        and out[i] != one:
                    out[i] = one  # "Daniels has claimed" → "Daniels claims": "has" says one
                return " ".join(out)
            if i == 1 and low in ("was", "were") and before in _PRONOUNS:
                # "He was arrested": "He arrested" would say he arrested someone
                return " ".join([words[0], "are" if before in ("they", "we", "you") else "is", *words[2:]])
            return " ".join([*words[:i], _AUXILIARY.sub("", rest, count=1)])
        if before in ("was", "were", "been", "has", "have", "had", "be", "being", "will", "would") \
                or before in _DETERMINERS or before in PREPOSITIONS or not word.isalpha() or not word.islower():
            continue
        if past_form(low) and before in _ELLIPTICAL and i > 1:
            if words[i - 2].endswith(","):
                continue  # "Officials, when asked, declined": an aside's
            return title  # "faces four years in prison if convicted": the verb came before, in the present
        if past_form(low) and before.endswith(",") and not any(w.endswith(",") for w in words[:i - 1]):
            continue  # "The thieves, disguised as workers, parked …": an aside's participle, not the verb
        if past_form(low) and before in ("—", "–", "-"):
            continue  # "10 medals to be awarded — tied for the most": a participle after a dash is an aside's
        if low.endswith("ed") and before.endswith("ing") and len(before) > 5 and before.isalpha() \
                and (i < 2 or words[i - 2].lower() not in _DETERMINERS) \
                and i + 1 < len(words) and (after := words[i + 1].strip(",")).isalpha() and after.islower() \
                and after not in _DETERMINERS and after not in PREPOSITIONS and not after.endswith("ly"):
            continue  # "The hurricane, packing sustained winds, …": an adjective before its noun, after a participle
        if past_form(low):
            lead = [w.lower() for w in words[:i]]
            while lead and (lead[-1].endswith("ly") or lead[-1] in _ADVERBS):
                lead.pop()
            if not lead or lead[-1] in _DETERMINERS or lead[-1] in PREPOSITIONS:
                # "Internationally recognised groups condemned …", "Envoys of internationally
                # recognised groups met": an adverb before an adjective, no subject before a verb
                continue
        if low == "left" and (comma or i + 1 == len(words)
                              or words[i + 1].lower() in ("that", "to", "before", "until")):
            continue  # "With only two Fed meetings left that …": what remains, no verb
        if past_form(low):
            if low == "used" and i + 1 < len(words) and words[i + 1].lower() == "to":
                return title  # "Officials used to meet": a habit, not a happening
            if i + 1 < len(words) and words[i + 1].lower() == "by":
                return title  # "Maduro ousted by U.S. forces": a headline already
            if low in _APPOINTED and i + 1 < len(words) and words[i + 1].islower() \
                    and words[i + 1] not in _DETERMINERS and words[i + 1] not in PREPOSITIONS:
                return title  # "Christopher Stevens named official envoy": a passive ("Trump named Rubio …" is not)
            if not comma and _reduced_relative(words, i):
                relative_at = relative_at if relative_at is not None else i
                continue  # "The man found appeared in court": the subject's participle; its verb follows
            if low in _NEEDS_OBJECT and i + 1 < len(words) and words[i + 1].lower().strip(",") in _COMPLEMENTS:
                return title  # "Conrad Murray found guilty of manslaughter": a passive with its complement
            if not comma and i + 2 == len(words) - 1 and words[i + 1] in ("and", "or") \
                    and words[i + 2].lower() in _NEEDS_OBJECT:
                return title  # "Muammar Qaddafi ousted and killed": two participles, a passive
            if low in _NEEDS_OBJECT and (comma or i + 1 == len(words) or words[i + 1].lower() in _PASSIVE_AFTER or (
                    # "Sam Altman fired and President Greg Brockman removed": two subjects, two passives
                    words[i + 1] == "and" and i + 2 < len(words) and words[i + 2][:1].isupper())):
                # "The agreement announced", "Yoon sentenced to life": a participle (passive), the
                # object it would need is missing
                return title
            present = _IRREGULAR_PRESENT.get(low) or present_tense(low)
            subject = [w.lower() for w in words[:i if relative_at is None else relative_at]]
            if len(subject) > 2 and subject[-1].endswith(","):  # "The quake, Haiti's worst in two centuries, struck"
                subject = subject[:next(j for j, w in enumerate(subject) if w.endswith(",")) + 1]
            subject = [w.strip(",") for w in subject]
            while len(subject) > 1 and (subject[-1] in _ADVERBS or subject[-1].endswith("ly")):
                subject.pop()  # "The two leaders last met", "Officials quickly agreed"
            head = next((j for j, w in enumerate(subject) if (j and w in _SUBJECT_ENDS)
                         or (j >= 1 and w.endswith("ing") and subject[j - 1] not in _DETERMINERS)), None)
            if head is not None and subject[head - 1] not in PREPOSITIONS:
                subject = subject[:head]  # "Rescue efforts in Morocco became", "A ferry carrying 300 passengers sank"
            # (not "a truck full of injured people"; "about 45,000 people" is a count)
            collective = subject[-1] in ("police", "people", "children", "men", "women") and \
                not any(w in PREPOSITIONS for w in subject if w not in _QUANTIFIERS)
            # (the subject's head, as written: "Christopher Stevens named" is one person)
            name = len(subject) > 1 and words[len(subject) - 1].strip(",")[:1].isupper() \
                and not any(w in _COUNTS for w in subject[:-1])  # ("The Three Lions lose": counted, a plural)
            if name and subject[0] == "the" and subject[-1] not in _SINGULAR_PLURALS:
                name = False  # "The Kansas City Chiefs rally", "The Beatles play": a team's or a band's name, plural
            # ("The National Oceanic and Atmospheric Administration": one name, "and" inside it)
            joined = "and" in subject and not _and_in_name(words[:len(subject)])
            if joined or subject[-1] in ("i", "we", "you", "they") or collective or \
                    (subject[-1].endswith("s") and not subject[-1].endswith(("ss", "us", "is")) and not name
                     and not words[len(subject) - 1].strip(",").isupper()  # (not an acronym: "AWS")
                     and words[len(subject) - 1].strip(",") not in names):  # (nor a name: "Kroos", "Williams")
                present = _IRREGULAR_BASE.get(low) or _plural(present)  # "Russia and Cuba sign", "Officials meet"
            words[i] = present + comma
            plural = present != (_IRREGULAR_PRESENT.get(low) or present_tense(low))
            if i > 1 and words[i - 1].lower() in _EARLIER:  # "The ministry previously issued": the date says when
                del words[i - 1]
                i -= 1
            if not comma and i + 2 < len(words) and words[i + 1] in ("and", "or") and words[i + 2].isalpha() \
                    and past_form(second := words[i + 2]):
                # "entered and exited the museum": one subject's two verbs, both in the present
                words[i + 2] = _present_of(second, plural)
            else:
                _second_predicate(words, i + 1, plural)
            return " ".join(words)
    return title


def _and_in_name(subject: list[str]) -> bool:
    """Whether the "and" of a subject, as written, is inside one name: an institution's, its
    capitalised words on both sides ending in what it is ("the National Oceanic and Atmospheric
    Administration", "the Food and Drug Administration"; not "Russia and Cuba", nor "Von der Leyen
    and EU Trade Commissioner Maroš Šefčovič")."""
    i = next(i for i, w in enumerate(subject) if w.lower() == "and")
    after = [w.strip(",") for w in subject[i + 1:]]
    return i > 0 and subject[i - 1][:1].isupper() and len(after) >= 2 and all(w[:1].isupper() for w in after) \
        and after[-1].lower() in _INSTITUTIONS


# names in the plural form that are one thing ("The New York Times reports", "The United States signs")
_SINGULAR_PLURALS = frozenset("""times news states netherlands philippines bahamas maldives seychelles emirates
comoros grenadines""".split())
_INSTITUTIONS = frozenset("""administration agency department commission association union party committee
council company corporation bank authority office service institute foundation ministry organization organisation
court board group trust fund society league federation""".split())


def _second_predicate(words: list[str], start: int, plural: bool) -> None:
    """The verb after the first "and" from `start` in the present too, when it begins a second
    predicate of the same subject ("consumes 72,500 acres and was 15 percent contained" → "… and
    is 15 percent contained", "hit the coast and flooded the port" → "… and floods the port");
    nothing past a word that opens a clause of its own ("who", "because", a verb)."""
    for j in range(start, len(words) - 1):
        word = words[j].lower().strip(",")
        if word != "and":
            if word in _CLAUSE_OPENS or word in FINITE:
                return
            continue
        if words[j + 1].endswith("ly") and j + 2 < len(words):
            j += 1  # "and quickly intensified": the adverb before the second verb
        nxt, after = words[j + 1], words[j + 2].lower() if j + 2 < len(words) else ""
        if nxt in ("was", "were"):
            words[j + 1] = "are" if plural else "is"
        elif nxt.isalpha() and past_form(nxt) and (after in _DETERMINERS or after[:1].isdigit() or (
                nxt not in _NEEDS_OBJECT and nxt not in _APPOINTED
                and (not after or after in PREPOSITIONS or after in ("up", "down", "off", "out", "back", "away")))):
            words[j + 1] = _present_of(nxt, plural)
        return


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether the past form `words[i]`, a verb that needs an object, is a participle of the
    subject's with none ("The man arrested appeared in court", "Survivors pulled from the rubble
    were taken to hospital", "A man found dead was identified"): a preposition, a complement or
    the verb comes next, and a finite verb of the clause's own follows within a few words, before
    any comma or word that opens another clause ("Police arrested a man who was …" has its object)."""
    if words[i].lower() not in _NEEDS_OBJECT or i + 1 >= len(words):
        return False
    following = words[i + 1].lower()
    if following not in PREPOSITIONS and following not in _COMPLEMENTS and not past_form(following) \
            and following not in _AUXILIARIES:
        return False
    for j in range(i + 1, min(len(words), i + _RELATIVE_REACH)):
        word = words[j].lower()
        if word in _AUXILIARIES:
            return True
        if past_form(word) and word not in _NEEDS_OBJECT and words[j - 1].lower() not in PREPOSITIONS \
                and words[j - 1].lower() not in _DETERMINERS and not words[j - 1].endswith("ly") \
                and (j + 1 == len(words) or words[j + 1].lower() != "by"):
            # ("explosives successfully detonated": an adverb before an adjective's participle)
            return True
        if word.endswith((",", ";", ":")) or word in _CLAUSE_OPENS or word in _CONJUNCTIONS:
            return False
    return False


_AUXILIARIES = frozenset("was were is are has have had".split())
_RELATIVE_REACH = 8  # words from a participle of the subject's to the clause's own verb
# what a passive's participle may be followed by instead of an object: "found guilty", "found dead"
_COMPLEMENTS = frozenset("""guilty innocent dead alive unconscious responsible liable safe unharmed
homeless hostage""".split())


def _present_of(past: str, plural: bool) -> str:
    """The present of a past form, for the subject's number ("exited" → "exits" / "exit")."""
    present = _IRREGULAR_PRESENT.get(past) or present_tense(past)
    return (_IRREGULAR_BASE.get(past) or _plural(present)) if plural else present


_HAVE_CONTRACTED = re.compile(r"^(I|[Ww]e|[Yy]ou|[Tt]hey)['’]ve$")
# words that open a clause of its own, whose verb keeps its tense
_CLAUSE_OPENS = frozenset("""who which that whom whose when where while as after before because but since
until although though if so""".split())


def _noun_like(word: str) -> bool:
    """Whether `word`, right before a pronoun, can be the noun of a clause the pronoun opens
    ("the data we had"): a word, not a function word or a verb ("and we had", "said they had")."""
    low = word.lower()
    return word.isalpha() and low not in _DETERMINERS and low not in PREPOSITIONS and low not in _SUBORDINATORS \
        and low not in FINITE and low not in _CONJUNCTIONS and not past_form(low) and low not in _SAYS


_CONJUNCTIONS = frozenset("and or but nor so then that which who yet".split())
# the words of a count before its noun ("about 45,000 people", "as many as 200,000 people")
_QUANTIFIERS = frozenset("about around over some nearly almost as many more than at least up to".split())
# what a headline in the present does not say of its own verb: its date tells when
_EARLIER = frozenset("previously earlier formerly".split())
# verbs that name someone to an office: "X named envoy" is a headline passive
_APPOINTED = frozenset("named appointed elected nominated chosen picked crowned installed".split())
# verbs of saying in the present: what follows them is what was said, in its own tense
_SAYS = frozenset("says say tells tell reports report adds add warns warn insists insist claims claim".split())
# "is expected to", "are set to": a headline drops the auxiliary
_PLANNED = frozenset("expected scheduled set due slated poised likely unlikely forecast predicted".split())


def progressive_present(word: str) -> str | None:
    """The third person present of the verb of a progressive's participle ("working" →
    "works", "making" → "makes", "trying" → "tries"); None for a word that is no such
    participle, or one that reads as an adjective ("missing", "ongoing") or a future ("going")."""
    if not (word.isalpha() and word.islower() and word.endswith("ing") and len(word) > 4) or word in _NOT_PROGRESSIVE:
        return None
    stem = word[:-3]
    if not any(c in "aeiouy" for c in stem):
        return None  # "bring", "string"
    if word in _IRREGULAR_ING:
        return _IRREGULAR_ING[word]
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1] + "s"  # "kidding", "running", "stopping": a doubled consonant
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"  # "trying", "carrying"
    if stem.endswith(("ch", "sh", "x", "ss", "zz")):
        return stem + "es"  # "reaching", "pushing": no e was dropped
    if len(stem) >= 3 and stem[-2] in "aeiou" and stem[-3] in "aeiou" and stem[-1] not in "aeiouscgvz":
        return stem + "s"  # "tearing", "heading", "meeting": a verb whose vowels are two keeps no silent e
    return present_tense(stem + "ed")  # "working" → "works", "making" as "maked" → "makes", "running" → "runs"


# "-ing" words after "is" that say what something is, not what it does; "going (to)" is a future
_NOT_PROGRESSIVE = frozenset("""going being missing ongoing pending interesting outstanding willing amazing boring
worrying surprising encouraging disappointing exciting concerning promising appealing alarming shocking striking
confusing convincing misleading damaging devastating overwhelming thriving booming during according including
something nothing anything everything morning evening thing king""".split())
_IRREGULAR_ING = {"doing": "does", "seeing": "sees", "having": "has", "dying": "dies", "lying": "lies", "tying": "ties",
                  "fleeing": "flees", "agreeing": "agrees", "freeing": "frees", "saying": "says", "paying": "pays",
                  "writing": "writes", "biting": "bites", "riding": "rides", "hiding": "hides"}


# verbs that take an object: one that ends its title has none, so it is a passive participle
_NEEDS_OBJECT = frozenset("""announced signed approved unveiled launched released adopted published presented
introduced issued confirmed arrested killed injured wounded elected appointed named found discovered completed
reached seized captured detained charged convicted sentenced fired dismissed banned suspended cancelled canceled
postponed delayed rejected passed awarded made held built bought sold sent brought kept sought taught
achieved destroyed damaged demolished evacuated rescued recovered identified pulled freed trapped buried
accused suspected jailed deported expelled kidnapped abducted airlifted quarantined hospitalised
hospitalized""".split())


def present_tense(past: str) -> str:
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
    if len(stem) >= 4 and stem[-1] == "l" and stem[-2] in "bcdfgkpstz":
        return stem + "es"  # "resembled", "settled", "handled", "struggled": the stem ended in "le"
    if stem.endswith(("plet", "cret", "compet", "delet", "nit", "vit")) \
            or (stem.endswith("cit") and not stem.endswith("licit")):
        # "completed", "secreted", "competed", "deleted": a long e, then its silent one; "ignited",
        # "united", "invited", "cited", "excited" too (not "solicited", "elicited", "visited")
        return stem + "es"
    if stem.endswith(_NO_SILENT_E_R) or (stem.endswith("eat") and not stem.endswith("creat")):
        return stem + "s"  # "appeared", "poured", "aired", "honored", "repeated", "defeated": no e before the d
    if stem.endswith(("v", "c", "g", "z", "u", "ar", "ur", "ir", "or", "os", "us", "as", "is", "ib", "at",
                     "ps", "ns", "rs", "ls")):
        return stem + "es"  # "approved", "announced", "declared", "closed": the stem ended in e
    vowel_consonant = len(stem) >= 3 and stem[-3] not in "aeiou" and stem[-2] in "aiou" and stem[-1] not in "aeiouwxy"
    if vowel_consonant and (len(stem) <= 3 or stem[-2:] not in _NO_SILENT_E):
        return stem + "es"  # "voted", "decided", "traded", "created"
    return stem + "s"


# stems in r that had no silent e: "appear", "pour", "air", "honor" (not "declare", "secure", "fire", "ignore")
_NO_SILENT_E_R = ("ear", "eer", "our", "air", "oor", "nsor", "ntor", "itor", "ctor", "utor", "avor", "abor", "onor",
                  "thor", "chor")
# endings of longer stems that had no silent e ("visited", "opened", "developed", "signaled")
_NO_SILENT_E = frozenset(["it", "et", "en", "on", "er", "el", "al", "ol", "em", "ip", "op", "ap", "at"])
