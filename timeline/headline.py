"""A headline for a happening from the sentence that reports it: "who did what (where)".

`headline` takes the clause that holds the happening's date (the whole sentence when that
clause does not stand alone), drops the date phrase with the word that introduces it, the
attribution ("..., officials said"), asides in parentheses, a scene-setting phrase before the
subject and, in a long title, a side clause the date is not in; tidies the words a cut leaves
hanging; keeps about 90 characters at most, never cutting inside a word; and in English puts
the verb in headline tense ("Kolokoltsev meets ...", "Maduro ousted by ..."). Rules, not a
parser: they hold for the languages the extractor is tested in. Pure.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from .lexicon import NUMBER_WORDS, PERSON_TITLES, WORD
from .scan import CLOCK_DOTTED, CLOCK_HHMM
from .segment import open_parenthesis
from .settings import TITLE_FALLBACK_CHARS, TITLE_MAX_CHARS, TITLE_SIDE_CLAUSE_WORDS, TITLE_WORDS
from .tense import (
    FINITE,
    IRREGULAR_PARTICIPLE,
    IRREGULAR_PAST,
    PREPOSITIONS,
    headline_tense,
    past_form,
    progressive_present,
)

# ", the ministry said." / "according to a statement": who said it, not what happened
# (what follows the verb is short: "…, the ministry said in a statement"; a verb that takes an object
# and has one is the main clause: ", la CGT a annoncé une grève de 36 jours")
_ATTRIBUTION = re.compile(
    # (who may be long: "…, World Health Organization chief Margaret Chan said on Friday")
    # (not a number's comma: "had burned 33,046 acres with no reported containment")
    r"(?<!\d),(?!\d)[\"”’»]?\s*(?:[\w.'’-]+\s+){0,7}(?:said|says|told|dijo|declaró|afirmó|señaló|a déclaré|a indiqué"
    r"|sagte"
    r"|erklärte|ha detto|ha dichiarato|disse|afirmou|declarou"
    r"|(?:reported|announced|informó|anunció|a annoncé|teilte|ha annunciato|anunciou)(?!\s+(?:a|an|the|un|une|le|la"
    r"|les|des|du|el|los|las|una|uno|ein|eine|einen|der|die|das|il|lo|gli|um|uma|o|os|as)\b))\b"
    # (not the ordinal: "il secondo Consiglio dei ministri", "o segundo turno")
    # (who, after the verb, may be told at length: "…, a déclaré mardi le chef de la junte au pouvoir
    # dans le pays asiatique.")
    r"[^,;]{0,80}$|,?\s+(?:according to|según|selon|laut|(?<!\bil\s)(?<!\bla\s)(?<!\bun\s)(?<!\bo\s)(?<!\ba\s)"
    r"(?<!\bdo\s)(?<!\bda\s)(?<!\bel\s)(?<!\bdel\s)(?<!\bal\s)(?:secondo|segundo))\b.*$"
    # "…, informó el Centro Nacional de Huracanes": the verb first, then who (a name)
    r"|,\s*(?:informó|anunció|indicó|explicó|precisó|detalló|confirmó|informou|anunciou|ha\s+annunciato"
    r"|ha\s+comunicato|a\s+annoncé|a\s+indiqué|a\s+précisé)\s+(?:el|la|los|las|o|a|il|la|le|les|l['’])\s*"
    r"(?-i:[A-ZÀ-Ý])[^,;]{0,80}$"
    # (after a closing quotation mark, who said it may be told at length: '…", dijo la estudiante
    # de 23 años que solo quería ser conocida como J.')
    r"|\s*(?:[\"”»],|,[\"”»])\s*(?:[\w.'’-]+\s+){0,3}(?:said|says|told|added|stated|noted|explained|wrote"
    r"|dijo|declaró|afirmó|señaló"
    r"|explicó|añadió|contó|relató|a déclaré|a indiqué|a expliqué|a ajouté|sagte|erklärte|ha detto|ha spiegato"
    r"|disse|afirmou|declarou|contou)\b[^;\"“”«»]{0,140}$"
    # (or only who, as under a quote: '… by June 2025," Olivier Josse, Secretary General, Notre Dame.')
    r"|\s*(?:[\"”»],|,[\"”»])\s*(?-i:[A-ZÀ-Ý][\w.'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w.'’-]+)){1,3}(?:,[^;\"“”«»]{0,80})?\.?$",
    re.I)
# "According to the ministry, ..." / "Según fuentes oficiales, ...": the same, leading
# "as the New York Times explains": who tells it, in the middle of what happened
_AS_ATTRIBUTION = re.compile(r",?\s+as\s+(?:the\s+)?(?-i:(?:[A-Z][\w.'’&-]*\s+){1,4})(?:explains|explained|reports"
                             r"|reported|notes|noted|writes|wrote|puts it)\b", re.I)
_LEADING_ATTRIBUTION = re.compile(r"^(?:(?:according to|según|selon|laut|secondo|segundo)\b[^,]{0,80}"
                                  # ("As CBS News' Chris Martinez reported, more than 50 people …")
                                  r"|as\s+[^,]{2,60}?\s+(?:reported|reports|said|says|noted|wrote|explained|told\s+\w+))"
                                  r",\s*", re.I)
# "Officials in Kabul said the minister signed ...", "La policía dijo que el sospechoso ...": who
# said it, before what happened ("reported" and "confirmed" with an object are the happening);
# dropped when the happening's date is in what was said (with "said on Tuesday that ...", the
# saying is what the date tells of) and what was said has its own subject
_REPORTED = re.compile(
    r"^(?:[\w.'’-]+\s+){1,5}?(?:(?:said|says|say|believe|believes|believed)\s+(?:that\s+)?"
    r"|(?:stated|states|added|noted|explained)\s+that\s+|(?:reported|confirmed)\s+(?:that\s+"
    # "Mexico reported the virus to the WHO", "confirmed 40 cases": what they reported is an object
    r"|(?!(?:a|an|the|its|his|her|their|\d[\d,.]*)\s))|told(?:\s+[\w.'’-]+){1,3}?\s+that\s+"
    r"|(?:dijo|informó|aseguró|afirmó|señaló|indicó|confirmó|declaró)\s+que\s+"
    r"|(?:a|ont)\s+(?:déclaré|indiqué|affirmé|confirmé|précisé)\s+que\s+|(?:sagte|sagten|erklärte|bestätigte),?\s+dass\s+"
    r"|(?:ha|hanno)\s+(?:detto|dichiarato|confermato)\s+che\s+|(?:disse|afirmou|confirmou|informou)\s+que\s+)"
    r"(?!(?:it|he|she|they|we|i|you|there|this|these|il|elle|ils|elles|on|nous|er|sie|es|wir)\b)"
    # ("said in a statement on Saturday that …": the date is of the saying, still to come)
    r"(?!(?:in\s+(?:a|an|his|her|its|their)\s+(?:statement|interview|post|letter|speech|tweet|message)"
    r"|at\s+(?:a|an|the)\s+|to\s+(?:reporters|journalists)|on\s+(?:x|twitter|facebook|television|tv|radio)\b))"
    r"(?=\S+(?:\s+\S+){2,})", re.I)
# what was said is a promise, a forecast or a possibility: then the saying is the news ("Clinton
# tells Haitians that the US would be here"), and who said it stays
_MODAL = re.compile(r"\b(?:would|will|could|may|might|should|must|can|podría|podrá|puede|va a|pourrait|pourra"
                    r"|peut|va|würde|wird|könnte|kann|potrebbe|potrà|può|poderia|poderá|pode)\b", re.I)
# "… dates back to October 14, 2015, when the minister cancelled …", "since 2010, when rebels …": the
# clause after a date the sentence points back to says what happened on it (unless it starts with a
# pronoun, which says less than the date's clause); "They met in Geneva in 2024, when talks
# collapsed" is titled by the meeting
# (and "the events of January 8, 2023, when …", "los eventos del 8 de enero de 2023, cuando …")
_BACK_TO = re.compile(r"\b(?:to|since|desde|depuis|seit|dal|a|of|del|du|vom)\s+(?:(?:the|el|le|la|dem)\s+)?\Z", re.I)
# "The last time was in 2005, when …", "It happened in 1986, when …": a frame that says only when;
# what happened comes after the date
_FRAME = re.compile(r"\s*(?:(?:the|that|this|it|el|la|lo|eso|c['’]|das|es)\s*)?(?:\w+\s+){0,2}?"
                    r"(?:time\s+|vez\s+|fois\s+|mal\s+)?(?:was|happened|came|occurred|fue|ocurrió|était|fut|est|war|geschah|era|fu|è\s+stato)\s+"
                    r"(?:(?:in|on|back\s+in|en|el|la|au|le|en|im|am|nel|il)\s+)?", re.I)
_WHEN_AFTER = re.compile(r",?\s*(?:when|cuando|quand|lorsque|als|quando|когда)\s+"
                         r"(?!(?:it|he|she|they|we|i|you|there|this|il|elle|ils|elles|on|nous|er|sie|es|wir)\b)"
                         r"(?=\S+(?:\s+\S+){3,})", re.I)
# words that introduce a date and go with it: "on Jan. 3", "el 3 de enero", "am 3. Januar" (not
# "a": "in a Jan. 3 raid" keeps its article)
_DATE_PREPOSITION = (r"a partir de|à partir du|à partir de|a partire da|on|in|of|for|since|by|from|until|through|till"
                     r"|starting|beginning|effective"  # ("with impacts starting Wednesday")
                     # ("As late as early Tuesday morning, …", "as of Thursday morning")
                     r"|as\s+(?:late|early|recently|soon)\s+as|as\s+of"
                     r"|para|pour|dès"  # ("dès le dimanche")
                     r"|between|entre|zwischen|tra|fra"
                     # ("died less than 50 years ago", "born about 1850")
                     r"|less\s+than|more\s+than|no\s+later\s+than|not\s+later\s+than|nearly|almost|about|around|some|just|only"
                     # ("proprio ieri", "justo ayer", "erst gestern", "noch am Sonntag", "lo scorso 23 marzo")
                     r"|proprio|justo|erst|noch"
                     r"|giorno|jour"  # ("il giorno di Pasquetta", "le jour de Noël")
                     r"|für|per|el|la|le|il|lo|am|im|vom|seit|bis|ab|en|di"
                     # ("bis zum späten Samstagabend", "in der Nacht zu Sonntag")
                     r"|zum|zur|zu|beim|späten|frühen|nacht|von|auf|into|overnight"
                     r"|w|we|v|ve|z|ze|od|do|przed"  # Polish and Czech ("W niedzielę", "ve čtvrtek")
                     r"|pada|sejak|hingga|sampai|bulan|hari|tanggal"  # Indonesian ("pada hari Rabu")
                     r"|au\s+plus\s+tard|a\s+más\s+tardar|spätestens|al\s+più\s+tardi|o\s+mais\s+tardar"
                     r"|desde|hasta|fino|dans|depuis|à|au|nel|dal|em|no|na|al|del|de|du|des|that|ese|esa|aquel|aquella|der|den|dem|jenen|jenem"
                     # ("até o dia 21 de novembro", "desta segunda-feira", "entre os dias 10 e 21")
                     r"|até|desta|deste|nesta|neste|dia|dias|día|días|os|o"
                     r"|в|во|на|с|со|к|до|от|по")  # ("Путин в понедельник встретился")
# what goes with a date phrase when it is cut from a title: the spaces and the words before it
# ("on", "el", "ab dem", "für den"), and a word that places the time in the day ("early Tuesday", "late on Friday")
_BEFORE_DATE = re.compile(
    # ("durante la madrugada del 29 de abril", "on the night of Jan. 3", "pendant la nuit du 3 mars")
    r"\s*(?:(?:\b(?:during|in|on|durante|en|por|dans|pendant|nella|nel)\s+)?\b(?:the|la|el|le|il)\s+"
    r"(?:night|morning|evening|afternoon|madrugada|noche|mañana|tarde|nuit|matinée|soirée|notte|mattina|sera)\s+"
    rf"(?:of|del|de|du|della|di)\s+\Z"
    # ("na manhã desta segunda-feira", "na noite de sábado")
    r"|\b(?:na|no|durante\s+a|durante\s+o)\s+(?:manhã|tarde|noite|madrugada)\s+(?:de|do|da|desta|deste|nesta|neste)\s+\Z"
    # ("Am Abend des 24. August", "in der Nacht des 3. März", "am frühen Morgen des")
    r"|\b(?:am|in\s+der)\s+(?:(?:frühen|späten)\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\s+des\s+\Z"
    # ("earlier Thursday morning", not "two days later": that says when, and stays)
    rf"|(?:\b(?:early|late)\s+|(?<![a-z]s\s)\b(?:earlier|later)\s+)?(?:\b(?:{_DATE_PREPOSITION})\s+){{0,4}}"
    r"(?:\b(?:early|late)\s+)?"  # ("as late as early Tuesday")
    # (an article elided onto the date: "l'11 marzo", "dall'8 aprile", "jusqu'au", "d'")
    r"(?:\b(?:l|dell|all|nell|dall|sull|d|jusqu)['’](?:au\s+)?)?\Z"
    # Portuguese "no dia 30 de abril", "desde o último dia 29 de abril", "do dia 3 de maio"
    r"|\b(?:(?:desde|até)\s+)?(?:d[oa]|n[oa]|o|a|em)\s+(?:últim[oa]\s+)?dia\s+\Z"
    # the day a happening was moved to: "postponed to March 10", "delayed to Friday"
    r"|(?:(?<=postponed)|(?<=delayed)|(?<=moved)|(?<=rescheduled)|(?<=deferred)|(?<=adjourned)|(?<=back)"
    r"|(?<=forward))\s+to\s+\Z)", re.I)
# and after it: the part of the day ("Thursday evening", "el lunes por la mañana", "Montagabend")
_DAY_PART_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|(?:por|en)\s+la\s+(?:mañana|tarde|noche)"
                             r"|(?:au\s+)?(?:matin|soir|après-midi)|(?:am\s+)?(?:Morgen|Vormittag|Nachmittag|Abend)"
                             r"|mattina|pomeriggio|sera"
                             # ("le 7 décembre en fin d'après-midi", "dans la matinée", "from 17 December onwards")
                             r"|en\s+(?:fin|début)\s+d(?:e\s+|['’])(?:journée|matinée|soirée|après-midi|nuit)"
                             r"|dans\s+la\s+(?:matinée|soirée|nuit)|onwards?|en\s+adelante|in\s+poi"
                             # ("Dimanche encore, …", "Am Sonntag noch hatte der Papst …": still on that day)
                             r"|encore(?=\s*,)|noch(?=\s+(?:hatte|hat|war|ist|wurde|hatten|haben|waren|sind|wurden)\b)"
                             # the word "year" after a Polish or Czech year: "z 1997 roku", "w 1997 r."
                             r"|roku\b|r\.(?=\s|$))(?:\b|(?<=\.))", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")  # "Tuesday's quake": the date tells which quake
_BEFORE_DATE_REACH = 32  # characters: more than any such word and its spaces
_CLAUSE = re.compile(r",\s+|;\s+|\s+[—–-]\s+")
# (German "der"/"die"/"das" before a noun and its verb is an article: ", der Sturm traf dann auf Land")
_RELATIVE_START = re.compile(r"^(?:whose|which|who|that|where|when|cuyo|cuya|que|qui|quien|che|dont|où|donde|dove|onde"
                             r"|deren|dessen|"
                             r"(?:der|die|das)(?!(?-i:\s+[A-ZÄÖÜ][\wäöüß-]*\s+[a-zäöüß]))|il cui|la cui"
                             r"|cujo|cuja)\s+", re.I)
# ", who " / ", qui " ending the text before a relative clause that stands for its antecedent
# (not German "der"/"die": its relative clause puts the verb last, no headline order)
_RELATIVE_AFTER = re.compile(r"(?:,|\s[—–-])\s+(?:who|which|qui|quien|que|che|который|которая)\s+$", re.I)
# (Portuguese "no"/"na" before a name: "no Rio", "na Alemanha"; Spanish "no" is "not": "no respondió")
_PLACE_GOES_ON = re.compile(r"(?:in|at|near|across|en|à|dans|im|nel|(?:no|na)(?=\s(?-i:[A-ZÀ-Þ])))\s", re.I)
ANTECEDENT_WORDS = 6  # a noun phrase a relative clause hangs on is at most this long ("The former minister")
_LEADING_CLOCK = re.compile(rf"^(?:{CLOCK_HHMM}:?\s+(?=[^\W\d_])|{CLOCK_DOTTED}\s*(?:\([^()]{{0,30}}\)\s*)?[–—-]\s+"
                            r"(?=[^\W\d_]))")  # ("11:48 PM PDT (6:48 AM UTC) – DNS failure begins")
_LEADING_WORDS = (r"on|in|since|by|at|from|starting|beginning|effective|as\s+of|já|ya|déjà|già|no|na|dia"
                  r"|el|la|los|las|le|les|am|an|im|il"
                  r"|lo|em|en|de|del|au|du|this|last|next|в|во|с|со|к|на|до|от|у")
_LEADING = re.compile(rf"^\s*(?:(?:{_LEADING_WORDS})(?!\w)\s*)*[,\s]*", re.I)
_ARTICLES = frozenset("el la los las le les il lo".split())
# "a" before a vowel's sound, as a removed date leaves it ("a 1887 auction" → "a auction"; not "one",
# "once", "eu…", nor "u…": "a one-off", "a European", "a university")
_A_BEFORE_VOWEL = re.compile(r"(?<![\w'’-])([aA]) (?=(?!one\b|once\b|eu|ewe|an?\b)[aeio])")
_DOUBLED_ARTICLE = re.compile(r"(?:A|An|The) (?=(?:a|an|the) )")
# the endings of names that are plurals, capitalised inside a sentence too ("Democrats",
# "Republicans", "Socialists", "Conservatives", "Rangers", "Patriots")
_PLURAL_NAMES = ("ans", "ats", "ists", "ites", "ives", "ers", "ics", "ots", "ens")
_PLACE_AFTER = re.compile(r"\s*(?:the\s+)?[A-ZÀ-ÞА-ЯЁ]")  # a name after the preposition: a place ("in Anchorage")
_LEADING_WORD = re.compile(rf"^[\s,]*(?:{_LEADING_WORDS})(?!\w)", re.I)


def make_title(sentence: str, date_phrases: list[str], focus: str | None = None) -> str:
    """A short headline from a sentence: the clause that holds the date `focus`, without date
    phrases or attribution, cut at a word. (`extract_events` passes the dates' places.)"""
    spans = []
    for phrase in date_phrases:
        at = sentence.find(phrase)
        if at >= 0:
            spans.append((at, at + len(phrase)))
    at = sentence.find(focus) if focus else -1
    dates = sorted(spans)
    return headline(sentence, dates, clause_breaks(sentence, dates),
                    (at, at + len(focus)) if focus and at >= 0 else None)


def clause_breaks(text: str, dates: list[tuple[int, int]]) -> list[int]:
    """Where the clauses of a sentence start (and, last, past its end); a comma inside a date
    ("Jan. 3, 2026") or inside parentheses breaks no clause."""
    starts = [s for s, _ in dates]
    # the commas of a list of three names or more ("CDU/CSU, SPD, Grüne und Linke") break no clause
    lists = sorted([(m.start(), m.end()) for m in _NAME_LIST.finditer(text)
                    if not any(s < m.end() and m.start() < e for s, e in dates)]
                   + [(a - 1, b + 1) for a, b in _appositions(text, dates)])
    list_starts = [s for s, _ in lists]
    # the closing comma of a date written with one inside, before the verb of the subject it is in
    # ("The fire at the port on April 15, 2019, destroyed the roof"): no clause break
    closing = {e for s, e in dates if "," in text[s:e] and _VERB_AFTER_DATE_COMMA.match(text, e)}
    return [0] + [m.end() for m in _CLAUSE.finditer(text)
                  if not _inside(dates, starts, m.start()) and not _inside(lists, list_starts, m.start())
                  and m.start() not in closing
                  and not open_parenthesis(text, max(0, m.start() - _PARENTHESIS_REACH), m.start())] + [len(text) + 2]


_VERB_AFTER_DATE_COMMA = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must"
                                    r"|should|did|[a-z]{3,}ed)\b")


# "Nicolas Sarkozy, the former French president, was sentenced": an apposition after a name,
# between commas, before the name's verb: a headline names the person without it
# a person's office after the name, with no article ("George Kurtz, CEO of CrowdStrike, the company
# responsible for the outage, has released …"), and what the body is, when said after it
_ROLE_APPOSITION = re.compile(
    r"(?<=[A-Za-zÀ-ÿ])(?<![A-Z]{2})(?P<aside>,\s+(?:(?:former|then|acting|interim|deputy|vice)\s+)?"
    r"(?:CEO|chief\s+executive(?:\s+officer)?|chairman|chairwoman|chair|founder|co-founder|head|director|spokesman"
    r"|spokeswoman|spokesperson|secretary[\s-]general|general\s+manager|president|owner)"
    r"\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'’&-]*){0,4}"
    r"(?:,\s+(?:the|a|an)\s+[^,;:()\"“”«»]{2,70}?)?,)\s+"
    r"(?=[a-z])(?!(?:and|or|but|nor|who|which|that|while|when|as|after|in|on|at|the|a|an)\b)")
_APPOSITION = re.compile(
    r"(?<![\w'’.-])(?!(?:In|On|At|By|For|From|With|After|Before|During|Since|Under|Like|As|En|Dans|Bei|Nach|Im|Am"
    r"|Nel|Con|Para|Por|Pour|Sur|The|El|La|Le|Les|Los|Las|Der|Die|Das|Il|Lo|A|An|Un|Une|Una|Ein|Eine)\b)"
    r"(?:[A-ZÀ-Ý][\w'’.-]*\s+(?:(?:de|da|do|dos|del|di|du|von|van|der|bin|al|la|le)\s+)?){0,3}[A-ZÀ-Ý][\w'’.-]*"
    # ("Helene, now a tropical depression, has weakened": what the subject has become)
    r"(?P<aside>,\s+(?:(?:now|formerly|once|still|ahora|désormais|jetzt|ora|agora)\s+)?"
    r"(?:the|a|an|his|her|its|their|el|la|los|las|un|una|le|les|une|il|lo|um|uma|der|die|das|ein|eine"
    # "The Federal Reserve, under Chair Jerome Powell, lowered": who led or went with the subject
    r"|under|led\s+by|headed\s+by|along\s+with|together\s+with|alongside|bajo|dirigid[oa]\s+por|sous|unter|guidat[oa]\s+da)"
    r"\s+[^,;:()\"“”«»]{2,70}?,"
    # (and where that is: "The Pawnee Fire, a separate wildfire in Lake County, near Sacramento, has burned")
    r"(?:\s+(?:near|outside|close\s+to|(?:north|south|east|west)(?:east|west)?\s+of)\s+[^,;:()\"“”«»]{2,40}?,)?)"
    r"\s+(?=[a-zà-ÿ])"
    r"(?!(?:and|or|but|nor|y|o|e|et|ou|und|oder|who|which|that|que|qui|der|die|das|while|when|as|after|in|on|at"
    r"|near|outside|close|north|south|east|west|northeast|northwest|southeast|southwest"
    r"|his|her|its|their|the|a|an)\b)")


# "The current head of state, Marcelo Rebelo de Sousa, took office": the name says who
_NAME_APPOSITION = re.compile(
    # (not a German demonstrative and its verb: "Das stellte der Leiter des Amtes, Andrea Arcangeli, fest")
    r"(?P<aside>(?:the|a|an|el|la|le|il|der|die|das|o|a)\s+(?!(?-i:[a-zäöüß]+\s+(?:der|die|das|den|dem|des|ein|eine"
    r"|einen|er|sie|es)\s))(?:[\w'’-]+\s+){0,6}?[\w'’-]+,)\s+"
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+(?:(?:de|da|do|dos|del|di|du|von|van|der|bin|al|la|le)\s+)?){0,3}[A-ZÀ-Ý][\w'’.-]*)"
    r"(?P<after>,)\s+(?=[a-zà-ÿ])(?!(?:and|or|but|y|o|e|et|ou|und|oder|who|which|that|que|qui|der|die|das)\b)", re.I)


# "Hurricane Melissa, which formed in the Caribbean, reached", "el huracán, que se formó en el
# Caribe, alcanzó", "Le président, qui était à Paris, a signé": a relative clause between commas
# before the subject's verb, which a headline leaves out; so is a participle's phrase there ("El
# golpe, considerado uno de los más audaces, ocurrió", "The raid, described as daring, lasted")
_ROMANCE_PARTICIPLE_FORM = (r"[a-záéíóúñ]{2,}(?:ad|id)[oa]s?|[a-zàâçéèêëîïôûù]{2,}ée?s?"
                            r"|[a-zàèéìòù]{2,}(?:at|ut|it)[oaie]"
                            # (and the irregular ones of a life and its end: "Francesco, scomparso il 21
                            # aprile", "Francisco, muerto el 21 de abril", "mort le 21 avril", "eletto")
                            r"|(?:muert|scompars|uccis|sconfitt|elett|eleit|abiert|apert|chius|scritt)[oaie]s?"
                            r"|mort[oaie]?s?")
_ASIDE_PARTICIPLE = (r"considered|regarded|described|dubbed|billed|hailed|known|located|situated|nicknamed"
                     r"|accompanied|flanked|dressed|armed|masked|used|owned|based|founded|backed"
                     # "CrowdStrike, trusted by half of the Fortune 500, deployed …"
                     rf"|[a-z]{{3,}}ed(?=\s+by\s)|{_ROMANCE_PARTICIPLE_FORM}")
_RELATIVE_ASIDE = re.compile(
    r"(?:(?<![\w'’.-])[A-ZÀ-Ý][\w'’.-]*|(?<=\w)\)|\b(?i:the|el|la|los|las|le|les|il|lo|der|die|das|des|du|del|della|dei|degli"
    r"|delle|dos|das|do|da|a|an|un|une|una|uno|um|uma)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})"
    r"(?P<aside>,\s+(?:which|who|whose|que|qui|dont|quien|quienes|cuyo|cuya|che|il\s+quale|la\s+quale|il\s+cui"
    rf"|welche|welcher|{_ASIDE_PARTICIPLE})\s+"
    # (its words may hold a parenthesis or a ticker's colon: "… NASDAQ:MSFT (Microsoft (NASDAQ:MSFT)),")
    r"(?:[^,;:()\"“”«»]|:(?=\S)|\((?:[^()]|\([^()]*\)){0,60}\)){2,90}?,)\s+(?=[a-zà-ÿ])"
    r"(?!(?:and|or|but|nor|y|o|e|et|ou|und|oder|who|which|that|que|qui|while|when|as|after|in|on|at|his|her|its"
    r"|their|the|an|el|la|los|las|le|les|un|una|une|der|die|das|en|de|del|à|au|según|selon|according)\b"
    r"|a\s+(?![a-zà-ÿ]+(?:é|ée|és|ées|i|u|is|it|ert|oint)\b))")  # (French "a signé" is the verb)


# a German relative clause between commas, its verb last, the main clause's verb after it: "Der
# frühere Präsident, der seit 2019 in Haft sitzt, wurde am Montag freigelassen"
_DE_RELATIVE_ASIDE = re.compile(r"(?P<aside>,\s+(?:der|die|das|den|dem|deren|dessen)\s+[^,;:()\"“”«»]{2,90}?"
                                r"\s[a-zäöüß]{2,}(?:t|te|ten|en|n)\s*,)\s+(?=(?:ist|sind|war|waren|hat|haben|hatte|hatten"
                                r"|wird|werden|wurde|wurden|kann|muss|soll|will|[a-zäöüß]+te|[a-zäöüß]+ten)\b)")
# a Romance apposition with no article, a noun and its relative clause, before the verb: "a
# inundação do Guaíba, lago que cerca a capital, atingiu …", "le Rhône, fleuve qui traverse Lyon, a débordé"
_BARE_NOUN_RELATIVE = re.compile(r"(?<=[\w)])(?P<aside>,\s+[a-zà-ÿ]{3,}\s+(?:que|qui|che)\s+[^,;:()\"“”«»]{2,80}?,)"
                                 r"\s+(?=[a-zà-ÿ])(?!(?:e|et|y|o|ou|ma|mas|mais|pero|que|qui|che|à|de|en|em|no|na"
                                 r"|el|la|le|les|los|las|il|lo|os|as|um|uma|un|une|una)\b"
                                 r"|a\s+(?![a-zà-ÿ]+(?:é|ée|és|ées|i|u|is|it|ert|oint)\b))")  # (French "a débordé")
# the region or country after a place, between commas: "A knife attack in Solingen, Germany,
# killed …" (titled "Germany kills …"), "à Solingen, en Allemagne, a fait", "in Anchorage, Alaska,"
# (not a list's next name: "in Paris, London and Berlin", "in Paris, London, and Berlin")
_PLACE_APPOSITION = re.compile(
    r"(?<![\w'’-])(?:in|at|near|from|outside|en|à|au|dans|près\s+de|a|em|no|na|nel|nella|bei|aus|im)\s+"
    r"(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})"
    r"(?P<aside>,\s+(?:(?:en|au|aux|in|im|nel|nella|no|na|em)\s+)?(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?),)"
    r"(?=\s+(?!(?:and|or|y|o|e|et|ou|und|oder)\b)\S)", re.I)
# an absolute phrase of "with" and a participle between commas, before the subject's verb: "A
# series of six earthquakes, with the largest measuring 7.7 in magnitude, struck …"
_WITH_ASIDE = re.compile(r"(?<=[\w)])(?P<aside>,\s+with\s+[^,;:()\"“”«»]{2,60}?\b[a-z]{3,}(?:ing|ed)\b"
                         r"[^,;:()\"“”«»]{0,40},)\s+(?P<verb>[a-z]{3,})\b")
# a noun and the code that names it, after a name, before the verb or another aside: "An Air India
# plane, flight AI171 (a Boeing 787-8), crashed", "Um avião da Air India, voo AI171, caiu"
# (its closing comma stays for a relative clause after it, an aside of its own)
_CODE_RELATIVE = r"\s+(?:which|who|whose|que|qui|che|dont|quien|cuyo|cuya)\b"
_CODE_APPOSITION = re.compile(r"(?<=\w)(?P<aside>,\s+[a-zà-ÿ]{3,}\s+"
                              r"(?:[A-Z]{1,3}\s?-?\d{1,5}[A-Z]?|[Nn][ºo°]\.?\s?\d{1,5})(?:\s*\([^()]{1,40}\))?"
                              rf"(?:,(?!{_CODE_RELATIVE})(?=\s+[a-zà-ÿ])|(?=,{_CODE_RELATIVE})))")
# a person's age after the name: "Mr. Lopez, 54, died", "Ana Ruiz, 35, of Port Ellis, was …"
_AGE = re.compile(r"(?<![\w'’.-])[A-ZÀ-Ý][\w'’-]+(?P<aside>,\s+\d{1,3},)\s+(?=[a-zà-ÿ])")
_RELATIVE_COMMA = re.compile(r",\s+(?:which|who|whose|que|qui|dont|quien|quienes|cuyo|cuya|che|il\s+quale|la\s+quale"
                             r"|il\s+cui|welche|welcher"
                             rf"|{_ASIDE_PARTICIPLE})\s")


def _holds_date(span: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Whether an aside's `span` (commas included) holds one of `dates`."""
    return any(span[0] < e and s < span[1] for s, e in dates)


def _appositions(text: str, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (commas included) of the appositions of `text` that hold no date: their
    commas cut no clause, and a title drops them. An apposition that names the sentence's
    subject ("The current head of state, Marcelo Rebelo de Sousa, took …") is the name, without
    what comes before it and the comma after it."""
    found = []
    at = 0
    while (m := _APPOSITION.search(text, at)) is not None:
        if any(m.start() < e and s < m.end("aside") for s, e in dates):
            at = m.start("aside") + 1  # a date is no name ("On Wednesday, the Federal Reserve, under …,")
            continue
        if _INTRODUCTORY.fullmatch(text, 0, m.start()):
            at = m.start("aside") + 1  # "In the city of New York, a driver rammed …": the sentence's subject
            continue
        found.append(m.span("aside"))
        at = m.end()
    if _RELATIVE_COMMA.search(text):  # (a cheap test first: the full pattern is tried at every word)
        found += [m.span("aside") for m in _RELATIVE_ASIDE.finditer(text)  # (one with a date is its clause)
                  if not _holds_date(m.span("aside"), dates)]
    found += [m.span("aside") for m in _AGE.finditer(text)  # "Mr. Lopez, 54, died"
              if not _holds_date(m.span("aside"), dates)]
    listed = [m.span() for m in _NAME_LIST.finditer(text)]  # ("from France, Germany, Italy and Spain")
    places = [m.span("aside") for m in _PLACE_APPOSITION.finditer(text)  # "in Solingen, Germany, killed"
              if not _holds_date(m.span("aside"), dates) and not any(a <= m.start("aside") < b for a, b in found)
              and not any(a <= m.start("aside") < b for a, b in listed)]
    found += places
    found += [m.span("aside") for m in _WITH_ASIDE.finditer(text)  # "…, with the largest measuring 7.7, struck"
              if (m.group("verb") in FINITE or past_form(m.group("verb"))) and not _holds_date(m.span("aside"), dates)
              and not any(a <= m.start("aside") < b for a, b in found)]
    found += [m.span("aside") for m in _CODE_APPOSITION.finditer(text)  # "…, flight AI171 (a Boeing 787-8), crashed"
              if not _holds_date(m.span("aside"), dates) and not any(a <= m.start("aside") < b for a, b in found)]
    found += [m.span("aside") for m in _BARE_NOUN_RELATIVE.finditer(text)  # "o Guaíba, lago que cerca …, atingiu"
              if not _holds_date(m.span("aside"), dates) and not any(a <= m.start("aside") < b for a, b in found)]
    found += [m.span("aside") for m in _ROLE_APPOSITION.finditer(text)  # "George Kurtz, CEO of CrowdStrike, said"
              if not _holds_date(m.span("aside"), dates) and not any(a <= m.start("aside") < b for a, b in found)]
    label = _LABEL.match(text)  # ("March 2012: The officer, Eric Nordstrom, requested …")
    at = label.end() if label else 0
    # (or after the date and clock that open it: "At 7:35 (0535 GMT) this morning the Bishop of Rome, Francis, …")
    first = next(((s, e) for s, e in dates if s >= at), None)
    if first is not None and _CLOCK_OPENING.fullmatch(text[at:first[0]]):
        at = first[1] + len(text[first[1]:]) - len(text[first[1]:].lstrip())
    m = _NAME_APPOSITION.match(text, at)
    if m and m.group("name")[:1].isupper() and not any(m.start() <= s < m.end() for s, _ in dates) \
            and not any(a <= m.start("name") < b for a, b in places):  # ("The summit in Anchorage, Alaska, …")
        found += [(m.start("aside"), m.start("name")), m.span("after")]
    return sorted(found)


# what may open a sentence before its date: a quotation mark, a clock ("At 7:35 (0535 GMT) this morning")
_CLOCK_OPENING = re.compile(r"[\s\"“«‘']*(?:(?i:at|um|à|a\s+las|alle)\s+\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
                            r"(?:\([^()]{0,20}\)\s*)?)?")
# a sentence's opening phrase of place or time, up to a name that ends it before its comma
_INTRODUCTORY = re.compile(r"\s*(?:In|On|At|From|Across|Outside|Inside|Near|Throughout|After|Before|During|Since"
                           r"|En|Dans|Desde|Durante|Tras|Après|Bei|Nach|Im|Am|Nel|Nella)\s[^,;:()]{0,80}")
_NAME = r"[A-ZÀ-ÞА-Я][\w/.&'’-]*(?:\s+[A-ZÀ-ÞА-Я][\w/.&'’-]*)?"
_NAME_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME}){{1,}},?\s+(?:and|und|y|et|e|i|и)\s+(?=[A-ZÀ-ÞА-Я])")  # ("A, B and C")


_PARENTHESIS_REACH = 80  # characters back to the "(" of an aside a comma may be inside


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    i = bisect_right(starts, at) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _without_dash_asides(text: str, dates: list[tuple[int, int]], breaks: list[int],
                         focus: tuple[int, int]) -> tuple[str, list[int]]:
    """`text` with the asides between two spaced dashes that do not hold `focus` blanked out (the
    same length: every offset stays), and `breaks` without the clause breaks at and in them:
    "Traffic was halted Monday as the Dali - the ship that hit the bridge in March - passed
    beneath" is one clause around an aside. An aside that holds the date is its own clause; a
    dash right after a date is a list's ("1998 - Hurricane Georges destroys crops 2004 - Floods")."""
    ends = {e for _, e in dates}

    def after_date(at: int) -> bool:
        while at > 0 and text[at - 1].isspace():
            at -= 1
        return at in ends

    for m in _SPACED_DASH_ASIDE.finditer(text):
        a, b = m.span()
        if a <= focus[0] < b or (after_date(a) and after_date(b - 1)):
            continue
        text = text[:a] + " " * (b - a) + text[b:]
        breaks = [x for x in breaks if not a <= x <= b + 1 or x == breaks[-1]]
    return text, breaks


# " - the cargo ship that hit the bridge in March - ", " — a former general — ": two words or more
_SPACED_DASH_ASIDE = re.compile(r"(?<=\s)[—–-]\s+[^\W\d][^—–\s]*\s[^—–\n]{1,200}?\s[—–-](?=\s)")


def _dash_item(text: str, dates: list[tuple[int, int]], focus: tuple[int, int]) -> str | None:
    """The entry a date labels with a dash in a list run into one line ("Past storms: 1998 - Storm
    Ada floods the port 2004 - Storm Bea cuts power"): what follows the dash up to the next date
    and dash. Only a date that starts the sentence, follows a label's colon or follows such an
    entry labels one ("WASHINGTON, Jan 5 - The Senate …" is a dateline)."""
    dash = _DASH_AFTER_DATE.match(text, focus[1])
    if dash is None:
        return None
    before = text[:focus[0]].rstrip()
    if before and not before.endswith(":") and not any(
            e <= focus[0] and _DASH_AFTER_DATE.match(text, e) for _, e in dates):
        return None
    end = next((s for s, e in dates if s >= dash.end() and _DASH_AFTER_DATE.match(text, e)), len(text))
    item = _PARENTHESES.sub("", without_dates(text, dash.end(), end, dates)).strip(" ,;.")
    return item if len(item.split()) >= 2 else None


_DASH_AT_END = re.compile(r"\s[—–-]\s+\Z")
_DASH_AFTER_DATE = re.compile(r"\s+[-–—]\s+(?=[^\W\d_])")


def headline(text: str, dates: list[tuple[int, int]], breaks: list[int], focus: tuple[int, int] | None,
             language: str = "") -> str:
    """The title of the happening dated at `focus` in the sentence `text` (its `dates` and clause
    `breaks` given, as `extract` works them out once per sentence)."""
    if focus and (colon := text.rfind(": ", 0, focus[0])) > 0 and _LEADING.fullmatch(text[colon + 2:focus[0]]) \
            and len(_WORD.findall(text, focus[1])) >= 4 and not open_parenthesis(text, 0, colon):
        # "…, le corps n'a pas tenu : dimanche, François donnait la bénédiction": after a colon,
        # a clause that opens with its date is a sentence of its own
        at = colon + 2
        inner = [(a - at, b - at) for a, b in dates if a >= at]
        return headline(text[at:], inner, clause_breaks(text[at:], inner), (focus[0] - at, focus[1] - at), language)
    if focus and (cleft := _CLEFTS.get(language)) is not None and (m := cleft.match(text)) is not None \
            and m.end() <= focus[0]:
        # "C'est probablement un glissement de terrain qui a provoqué dimanche soir l'accident", "Es war
        # wohl ein Hangrutsch, der am Sonntag zu dem Unglück geführt hat": what the cleft puts first did it
        told = ("dass " if language == "de" else "") + m.group("x") + " "
        shift = m.end() - len(told)
        inner = [(a - shift, b - shift) for a, b in dates if a >= m.end()]
        text = told + text[m.end():]
        return headline(text, inner, clause_breaks(text, inner), (focus[0] - shift, focus[1] - shift), language)
    if focus and (" -" in text or "—" in text or "–" in text):
        text, breaks = _without_dash_asides(text, dates, breaks, focus)
    named = (_precedent(text, dates, focus) or _named_happening(text, focus) or _superlative_since(text, focus)
             or _span_point(text, focus)) if focus and language == "en" else None
    if named:
        return named
    if focus and (last := _COUNTED_FROM.search(text, max(0, focus[0] - _PHRASE_REACH - 40), focus[0])) is not None:
        # "Une première depuis la chute de Georges Pompidou en 1962": the happening the first is counted from
        phrase = without_dates(text, last.start("phrase"), last.end("phrase"), dates).strip()
        return _finish(phrase[:1].upper() + phrase[1:], text, focus, language)
    item = _dash_item(text, dates, focus) if focus else None
    if item:
        return _finish(item, text, focus, language)
    if language == "de" and (frame := _HOUR_FRAME_DE.match(text)) is not None:
        # "Es war gegen 13 Uhr am Dienstag, als der Lastwagen in die Menge fuhr": what happened
        # is the als-clause (in main-clause order, `_subordinate_as_main`)
        hi = next((b for b in breaks if b > frame.end() + 1), len(text))
        told = _compose(text, frame.start("als"), min(hi, len(text)), dates)
        if len(told.split()) >= 4:
            return _finish(told, text, focus, language)
    listed = _listed_name(text, dates, breaks, focus) if focus else None
    if listed:
        return _finish(listed, text, focus, language)
    phrase = _dated_phrase(text, dates, breaks, focus, language) if focus else None
    if phrase:
        return _finish(phrase[2], text, focus, language)
    if focus and language == "en" and (done := _gerund_deed(text, dates, breaks, focus)):
        return _finish(done, text, focus, language)
    if focus and language == "en" and (done := _having_done(text, dates, breaks, focus)):
        return _finish(done, text, focus, language)
    if focus and (led := _participle_lead(text, dates, focus, language)):
        return _finish(led, text, focus, language)
    lo, hi = _coordinate(text, dates, *_clause(text, breaks, focus), focus, language) if focus else (0, len(text))
    when = _WHEN_AFTER.match(text, focus[1]) if focus and (
        _BACK_TO.search(text, max(0, focus[0] - 16), focus[0]) or _FRAME.fullmatch(text, 0, focus[0])) else None
    if when:  # the happening is told after the date
        lo = when.end()
        hi = next((b for b in breaks if b > lo), len(text))
        hi = min(hi, len(text))
    relative = None
    if focus and not when:
        relative = _restrictive_clause(text, breaks, focus, language) or _relative_clause(text, breaks, focus) \
            or (_predicate_relative(text, breaks, focus) if language == "en" else None)
    whom = _object_relative(text, breaks, focus, dates) if focus and not when and language == "en" else \
        (_german_object_relative(text, breaks, focus, dates) or _german_subject_relative(text, breaks, focus, dates)) \
        if focus and language == "de" else None
    if focus and not when and not whom and language == "en":
        whom = _whose_clause(text, breaks, focus, dates) or (None if relative else _reduced_relative(
            text, lo, hi, focus, dates))
    aside = _SUBJECT_RELATIVE.match(text) if focus and lo == 0 and language == "en" else None
    if aside and aside.start("aside") <= focus[0] < aside.end("aside"):
        aside = None
    asides = [aside.span("aside")] if aside else []
    asides += _other_phrases(text, dates, breaks, focus, language)
    if focus and (opening := _participle_opening(text, language)) and focus[0] >= opening[1]:
        asides.append(opening)  # "Elected in 2008, the mayor resigned the following year": the resignation
    if focus:  # (a relative clause between commas with a date of its own, not the happening's)
        relatives = _DE_RELATIVE_ASIDE if language == "de" else \
            _RELATIVE_ASIDE if _RELATIVE_COMMA.search(text) else None
        asides += [m.span("aside") for m in (relatives.finditer(text) if relatives else ())
                   if not m.start("aside") <= focus[0] < m.end("aside") and _holds_date(m.span("aside"), dates)]
    if focus and not relative and not whom:
        # "The union announced on Thursday a strike that will begin on April 3": the clause after
        # the noun with a later date of its own is that date's happening, not this one's
        for d in dates:
            if d[0] >= focus[1] and (later := _restrictive_clause(text, breaks, d, language)) is not None \
                    and later[2] > focus[1]:
                asides.append((later[1], later[3]))  # (from the noun's end: the pronoun and its clause)
    if focus and language == "en" and not relative and not whom and (restrictive := _restrictive_aside(text, focus)):
        asides.append(restrictive)
    if whom:
        title = whom
    elif relative:
        # "Gadhafi, who was killed in 2011, was condemned …": the date is of the relative
        # clause, whose subject is the noun it hangs on ("Gadhafi killed", not "Was killed")
        noun_start, noun_end, lo, hi, passive = relative
        clause = re.sub(r",\s+(?=" + _PLACE_GOES_ON.pattern + ")", " ", _compose(text, lo, hi, dates), flags=re.I)
        noun = _bare_article(_NOUN_PREPOSITION.sub("", _compose(text, noun_start, noun_end, dates)), language)
        if passive:
            clause = f"was {clause}"  # a participle: the noun was rescued (headline form drops the "was")
        title = f"{noun} {clause}"
    elif focus and (language == "en" or language in _ROMANCE) and \
            (shared := _shared_subject(text, lo, hi, dates, focus, language)):
        # "The mayor was elected in 2007 and re-elected in 2012": each date its own predicate
        title = shared
    else:
        # ("Sarkozy, who led France until 2012, was angered on Thursday": the relative is an aside)
        title = _date_as_subject(_compose(text, lo, hi, dates, asides), text, lo, hi, dates, language)
        turned = None
        if language == "en" and lo == 0:  # (the turns read the whole sentence: its frame may be a clause of its own)
            whole = title if hi >= len(text.rstrip()) else _compose(text, 0, len(text), dates, asides)
            turned = _english_turns(whole)
            turned = turned if turned != whole else None
        if turned:
            title = turned
        elif len(title.split(" ")) > TITLE_SIDE_CLAUSE_WORDS:  # a long title keeps its main clause
            end = _main_clause_end(text, lo, hi, focus)
            if aside and end <= aside.end("aside"):  # (the aside is no side clause to cut at)
                end = _main_clause_end(text, aside.end("aside"), hi, focus)
            for a, b in _appositions(text, dates):  # (nor is a relative clause between commas)
                if a <= end < b:
                    end = _main_clause_end(text, b, hi, focus)
            title = _date_as_subject(_compose(text, lo, end, dates, asides), text, lo, hi, dates, language)
        if language == "en" and focus and len(title) > TITLE_MAX_CHARS \
                and (own := _dated_subordinate(text, lo, hi, focus)) is not None:
            title = _compose(text, *own, dates, asides)
    if (titled := _TITLED_SUBJECT.match(title)) is not None:  # "US President Donald Trump approves" → "Donald Trump …"
        title = title[titled.start("name"):]
    return _finish(title, text, focus, language)


def _dated_subordinate(text: str, lo: int, hi: int, focus: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the clause after "after", "before", "when" … that holds the date at `focus`,
    with a subject of its own, when a title of the whole clause would be too long: that is the
    day's happening ("his death came as a shock after he appeared in St. Peter's Square … on
    Easter Sunday" → "He appeared in St. Peter's Square …"); None when there is no such clause."""
    m = next(reversed(list(_SUBORDINATOR.finditer(text, lo, focus[0]))), None)
    if m is None or m.start() == lo or "," in text[m.end():focus[0]]:
        return None
    end = next((b.start() for b in _CLAUSE.finditer(text, focus[1], hi)), hi)
    if _POINTS_BACK.search(text, m.end(), focus[0]):
        return None  # ("… after Vinicius and Carvajal helped them beat Dortmund": of the main clause's subject)
    return (m.end(), end) if len(_WORD.findall(text, m.end(), end)) >= 5 else None


_POINTS_BACK = re.compile(r"\b(?:them|him)\b", re.I)


_SUBORDINATOR = re.compile(r"\b(?:after|before|when|once|until|as\s+soon\s+as)\s+(?=(?:he|she|they|it|we|the|a|an|his"
                           r"|her|its|their)\s|(?-i:[A-Z]))", re.I)


# "Flamengo (2019 y 2022), Palmeiras (2020 y 2021), Fluminense (2023) y Botafogo (2024)": names,
# each with its dates in parentheses, in a list
_LISTED = re.compile(r"(?<![\w'’])(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|del|da|do|di|du|von|van|of)\s+)?"
                     r"[A-ZÀ-Ý][\w'’.-]*){0,3})\s*\([^()]{1,40}\)")
_LIST_JOIN = re.compile(r"\s*(?:,|;)?\s*(?:(?:and|or|y|o|e|et|ou|und|oder|i)\s+)?")


def _listed_name(text: str, dates: list[tuple[int, int]], breaks: list[int], focus: tuple[int, int]) -> str | None:
    """The title of a date in parentheses after a name, in a list of such names: what the text
    before the list says, with that name ("Los anteriores ganadores habían sido Fluminense");
    None when the date is not so."""
    if "(" not in text[max(0, focus[0] - 40):focus[0]]:
        return None
    items = []
    for m in _LISTED.finditer(text):
        if items and _LIST_JOIN.fullmatch(text, items[-1][-1].end(), m.start()):
            items[-1].append(m)
        else:
            items.append([m])
    for run in items:
        if len(run) < 2:
            continue
        item = next((m for m in run if m.end("name") < focus[0] < m.end()), None)
        if item is None:
            continue
        lo = max(b for b in breaks if b <= run[0].start())
        if run[0].start() - lo < 8:  # (no words before the list to say what the names did)
            return None
        return f"{_compose(text, lo, run[0].start(), dates)} {item.group('name')}"
    return None


def _having_done(text: str, dates: list[tuple[int, int]], breaks: list[int], focus: tuple[int, int]) -> str | None:
    """The title when the date is in a perfect participle's clause after the main clause ("…, as
    the Three Lions fell at the final hurdle - having lost the previous final in 2021"): the
    subject of the verb before it with the participle as its verb ("The Three Lions lost the
    previous final"); None when the date's clause is not one."""
    i = bisect_left(breaks, focus[0] + 1) - 1
    if i < 1 or i + 1 >= len(breaks):
        return None
    lo, hi = breaks[i], min(breaks[i + 1], len(text))
    m = _HAVING.match(text, lo, hi)
    if m is None:
        return None
    subject = next(reversed(list(_SUBJECT_THEN_PAST.finditer(text, breaks[i - 1], lo))), None)
    if subject is None:
        return None
    was = "was " if m.group("been") else ""  # ("having been accused": a passive, "The minister accused")
    return f"{subject.group('np')} {was}{_compose(text, m.end(), hi, dates)}"


_HAVING = re.compile(r"having\s+(?:(?:now|already|also|just|previously)\s+)?(?P<been>been\s+)?(?=[a-z]+)", re.I)
# the noun phrase right before a past verb: "the Three Lions fell", "Spain won"
_SUBJECT_THEN_PAST = re.compile(r"(?P<np>\b(?i:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                                r"|(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                                r"\s+(?=(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b)")


def _participle_lead(text: str, dates: list[tuple[int, int]], focus: tuple[int, int], language: str) -> str | None:
    """The title of a dated participle's phrase that opens the sentence, with the name it tells
    of: "Nommé le 9 septembre en remplacement de François Bayrou, Sébastien Lecornu devait …" →
    "Sébastien Lecornu nommé en remplacement de François Bayrou" ("Appointed in 2019, Ana Ruiz
    led …" → "Ana Ruiz appointed"); None when the sentence does not open so."""
    first = WORD.match(text, _opening_adverb_end(text))
    pattern = _PARTICIPLE.get(language)
    if first is None or pattern is None or not pattern.fullmatch(low := first.group().lower()) \
            or low in _ASKED or (language == "en" and low not in _HAPPENED_TO):
        return None
    comma = text.find(",", focus[1], focus[1] + _PARTICIPLE_REACH)
    if comma < 0 or "," in text[:focus[0]]:
        return None
    name = (_VERB_THEN_NAME_DE if language == "de" else _NAME_THEN_VERB).match(text, comma + 1)
    if name is not None:
        noun = name.group(1)
    elif (the := _THE_NOUN.match(text, comma + 1)) is not None and language in ("en", *_ROMANCE):
        # "Elected in 2008, the mayor resigned …", "Élu en 2013, le pape a voyagé …": the noun
        # phrase up to the verb ("the mayor", "le pape")
        words = list(re.finditer(r"\S+", text[the.start(1):the.end(1)]))
        verb = next((i for i, w in enumerate(words) if i and (
            w.group().lower() in FINITE or past_form(w.group().lower()) if language == "en"
            else _ROMANCE_FINITE.match(text, the.start(1) + w.start()) is not None)), None)
        if verb is None or verb > 4:
            return None
        noun = " ".join(w.group() for w in words[:verb])
    else:
        return None
    phrase = _compose(text, 0, comma, dates).strip(" ,")
    phrase = phrase[:1].lower() + phrase[1:]
    was = " was" if language == "en" and low != "born" else ""  # (a headline drops it: "Ana Ruiz appointed")
    return f"{noun}{was} {phrase}"


def _participle_opening(text: str, language: str) -> tuple[int, int] | None:
    """The span of a participle's phrase that opens the sentence, up to its comma ("Elected in
    2008, "), when a name or noun phrase follows it; None otherwise."""
    first = WORD.match(text, _opening_adverb_end(text))
    pattern = _PARTICIPLE.get(language)
    if first is None or pattern is None or not pattern.fullmatch(low := first.group().lower()) \
            or low in _ASKED or (language == "en" and low not in _HAPPENED_TO):
        return None
    comma = text.find(",", 0, _PARTICIPLE_REACH * 2)
    # (a phrase of two words at least: "Machado, Ruiz y López firmaron" opens with a name)
    if comma < 0 or len(text[:comma].split()) < 2:
        return None
    name = (_VERB_THEN_NAME_DE if language == "de" else _NAME_THEN_VERB).match(text, comma + 1)
    if name is None and _THE_NOUN.match(text, comma + 1) is None:
        return None
    return 0, comma + 1


def _opening_adverb_end(text: str) -> int:
    """Where the sentence's first word after an adverb of time that may open a participle's
    phrase starts ("D'abord signalée …", "First reported …"), else 0."""
    m = _OPENING_ADVERB.match(text)
    return m.end() if m else 0


_OPENING_ADVERB = re.compile(r"(?:first|initially|originally|already|d['’]abord|initialement|déjà|primero|inicialmente"
                             r"|zuerst|bereits|prima|inizialmente|già|primeiro|já)\s+(?=\w)", re.I)
# what the sentence's name underwent ("Appointed in 2019, …"); not "Given the storm, …", "Faced with …"
_HAPPENED_TO = frozenset("""born founded established created formed launched opened built elected re-elected
appointed named nominated sworn chosen arrested detained charged convicted sentenced jailed released freed
killed injured wounded kidnapped abducted rescued evacuated discovered found promoted dismissed fired
ousted replaced hired signed awarded honoured honored reported detected spotted identified""".split())
# a question put to the name, who then says what the sentence tells ("Asked about it on Monday, Ruiz said")
_ASKED = frozenset("""asked pressed questioned interviewed quoted contacted reached interrogé interrogée
questionné questionnée contacté contactée joint jointe cité citée interrogado interrogada preguntado
preguntada consultado consultada citado citada contactado contactada intervistato intervistata""".split())
_PARTICIPLE_REACH = 80  # characters from the date to the comma that ends the participle's phrase
# a past participle that opens a sentence ("Named", "Nommé", "Elegida", "Nominato")
_PARTICIPLE = {"en": re.compile(r"[a-z]{3,}(?:ed|en|wn)|born|sworn|chosen"),
               "fr": re.compile(r"[a-zà-ÿ]{2,}(?:é|ée|és|ées)|élue?s?|née?s?"),
               "es": re.compile(r"[a-zñáéíóú]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|electa|electo"),
               "pt": re.compile(r"[a-zãõáéíóúç]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|eleita|eleito"),
               "it": re.compile(r"[a-zàèéìòù]{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta)|eletto|eletta"
                                r"|nat[oaie]"),
               "de": re.compile(r"ge[a-zäöüß]{3,}(?:en|t)|gewählt|ernannt|verhaftet|festgenommen|verurteilt")}
# "Wie das Statistische Bundesamt (am Dienstag) mitteilte, stieg …": who says it, before the verb
_WIE_SAID_DE = re.compile(r"^Wie\s+[^,]{3,80}?\s+(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten"
                          r"|erklärte|erklärten|meldete|meldeten|bekanntgab|bekannt\s+gab|mitteilt|berichtet|meldet"
                          r"|sagt|erklärt)(?:\s+(?:hat|hatte|haben|hatten))?,\s+(?=[a-zäöüß])")


def _phrase_first_de(title: str) -> str:
    """A German title that opens with a prepositional phrase before its verb ("Bei einem Brand in
    Frankfurt sind drei Menschen ums Leben gekommen") with its subject first and the phrase after
    the verb ("Drei Menschen sind bei einem Brand in Frankfurt ums Leben gekommen"); unchanged
    when the words do not read so."""
    words = title.split(" ")
    if len(words) < 5 or words[0].lower() not in _PREPOSITIONS_DE or not words[0][:1].isupper():
        return title
    verb = next((i for i, w in enumerate(words[2:12], 2) if w in _FINITE_DE or w in _STRONG_DE or (
        w.islower() and w.isalpha() and w.endswith(("te", "ten")) and words[i - 1][:1].isupper())), None)
    if verb is None:
        return title
    turned = " ".join([words[verb], words[0].lower(), *words[1:verb], *words[verb + 1:]])
    moved = _verb_second(turned)
    return moved if moved != turned else title


_FINITE_DE = frozenset("""ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte
konnten muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten""".split())
# a German adverb of time that stood by the date before the verb ("Später am Freitag berichtete die
# Agentur", "Bereits am Montag hatte der Rat …"): the title starts with the verb, to put second
_TIME_ADVERB_DE = re.compile(r"^(?:Später|Zuvor|Danach|Anschließend|Dann|Bereits|Schon|Erst|Zunächst|Inzwischen"
                             r"|Mittlerweile|Kurz\s+darauf|Noch"
                             # (and a clock: "Um 18.07 Uhr stieg weißer Rauch auf", "Gegen 13 Uhr …")
                             r"|(?:Um|Gegen|Kurz\s+(?:vor|nach))\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr)\s+(?=[a-zäöü]+\s)")
# the name right after the participle's comma, before its verb ("…, Sébastien Lecornu devait")
# (a regnal number goes with the name: "François 1er", "Benedict XVI"; German verbs come first: "wurde Bergoglio")
_NAME_THEN_VERB = re.compile(r"\s*((?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:\d{1,2}(?:er|e|º|°)"
                             r"|[IVX]{1,5})(?![\w'’]))?)(?:\s+\([^()]{0,80}\))?\s+(?=[a-zà-ÿ])")  # ("(né …)")
# the noun phrase after an opening participle's comma, with its verb: "the mayor resigned", "le pape a voyagé"
_THE_NOUN = re.compile(r"\s*((?:the|le|la|les|el|los|las|il|lo|gli|o|os|as)\s+(?:[a-zà-ÿ][\w'’-]*\s+){1,5})")
# German puts the verb before the subject after an opening phrase: "…, wurde Bergoglio 2013 Papst"
_VERB_THEN_NAME_DE = re.compile(r"\s*[a-zäöüß]{2,}\s+((?:der|die|das)\s+[A-ZÄÖÜ][\wäöüß-]*"
                                r"|[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2})(?=[\s,.])")



def _finish(title: str, text: str, focus: tuple[int, int] | None, language: str) -> str:
    """`title` cut to its main clause and about `TITLE_MAX_CHARS`, capitalised, in headline tense."""
    title = _clause_cut(title, text, focus)
    title = _COMMA_BEFORE_MARK.sub("", title)  # ("delle Marche, nel settembre 2022: 12" without its date: no ",:")
    if (item := _LIST_AFTER_COLON.search(title)) is not None and re.search(
            re.escape(title[item.start("item"):]) + r"\s*,", text):
        title = title[:item.start()]  # "sont attendus samedi : Donald Trump, Emmanuel Macron, …": the list's first item
    if len(title.split(" ")) > TITLE_WORDS or len(title) > TITLE_MAX_CHARS:
        # at a participle's phrase within the length, with enough said before it: no "…" ("… affecte
        # les systèmes informatiques mondiaux, attribuée à une solution …")
        side = [m.start() for m in _SIDE_PARTICIPLE.finditer(title, 0, TITLE_MAX_CHARS + 2)
                if m.start() <= TITLE_MAX_CHARS and len(title[:m.start()].split()) <= TITLE_WORDS
                and _content_words(title[:m.start()]) >= 4 and not _ASIDE_CLOSED.match(title, m.end())]
        title = _tidy(title[:max(side)]).rstrip(",;:") if side else title
    words = title.split(" ")
    bracket = _verb_bracket_end(words) if language == "de" else None
    if len(words) > TITLE_WORDS and bracket and not _CLAUSE_MARK.search(" ".join(words[TITLE_WORDS - 2:])):
        # "Er hatte diesen Schritt bereits unmittelbar nach dem Rausschmiss … angekündigt": a
        # German clause ends with its verb, which a cut must keep
        title = _tidy(" ".join(words[:TITLE_WORDS - 2])).rstrip(",;:") + " … " + bracket
    elif len(words) > TITLE_WORDS:
        title = _noun_end(_tidy(" ".join(words[:TITLE_WORDS])).rstrip(",;:"), language) + "…"
    title = _romance_relative_as_main(title, language) if language in _ROMANCE_RELATIVE else _relative_as_main(title)
    if language == "de":
        head = " ".join(title.split()[:2])
        if head and re.search(r"\bdass\s+" + re.escape(head), text) and not _SAID_THAT_DE.match(title):
            title = f"dass {title}"  # (the saying before its dass-clause has gone: the clause, as a main one)
        # (a verb-final clause first: its "ist" is an auxiliary, "… zurückgetreten ist")
        title = _subordinate_as_main(_WIE_SAID_DE.sub("", title))
    # "… explains this is" (once "the first cut since 2008" is gone)
    title = _COPULA_END.get(language, _COPULA_END[""]).sub("", title)
    if language == "de":
        title = _verb_second(title)
        title = _phrase_first_de(title)
        if (adverb := _TIME_ADVERB_DE.match(title)) is not None:
            moved = _verb_second(title[adverb.end():])
            title = moved if moved != title[adverb.end():] else title  # (kept when the verb cannot go second)
    title = title[:1].upper() + title[1:]
    if language == "en":
        title = _A_BEFORE_VOWEL.sub(lambda m: m.group(1) + "n ", title)  # ("from a 1887 auction" → "an auction")
        if (doubled := _DOUBLED_ARTICLE.match(title)) is not None:  # ("A 1968 a flu pandemic" → "A flu pandemic")
            title = title[doubled.end():][:1].upper() + title[doubled.end() + 1:]
        # (a title's first word that its sentence capitalises inside it is a name: "On Friday, Kroos announced")
        first = title.split(" ", 1)[0]
        named = frozenset({first}) if first[:1].isupper() and not first.lower().endswith(_PLURAL_NAMES) \
            and re.search(rf"(?<=[\w,;:–—-] ){re.escape(first)}\b", text) else frozenset()
        title = headline_tense(_strip_end(title), named)  # ("arrived." is a verb too)
    end = _verb_bracket_end(title.split(" ")) if len(title) > TITLE_MAX_CHARS and language == "de" else None
    head = cut_at_word(title[:-len(end)].rstrip(" …"), TITLE_MAX_CHARS - len(end) - 3).rstrip("…") if end else ""
    if end and not _CLAUSE_MARK.search(title, len(head)):
        title = _tidy(head).rstrip(",;: …") + " … " + end
    elif len(title) > TITLE_MAX_CHARS:
        title = _noun_end(_tidy(cut_at_word(title.rstrip("…"), TITLE_MAX_CHARS - 1).rstrip("…")).rstrip(",;:"),
                          language) + "…"
    return _strip_end(title) or cut_at_word(text, TITLE_FALLBACK_CHARS)


def _noun_end(cut: str, language: str) -> str:
    """A German title cut for length, back to its last noun when a few lowercase words follow it
    ("… seine Türen mit einer großen" → "… seine Türen"): German nouns are capitalised, and a cut
    after an article or an adjective leaves a phrase hanging."""
    if language != "de":
        return cut
    words = cut.split(" ")
    for n in range(1, _NOUN_END_REACH + 1):
        if len(words) - n < 4:
            break
        if words[-n - 1][:1].isupper() and words[-n] in _PHRASE_START_DE and all(w[:1].islower() for w in words[-n:]):
            return _tidy(" ".join(words[:-n])).rstrip(",;:")
    return cut


_NOUN_END_REACH = 3  # lowercase words a German cut may give up to end at its noun
# (what opens the phrase a cut leaves hanging; not a verb: "… die Vertrauensfrage beantragt")
_PHRASE_START_DE = frozenset("""mit ohne von vom zu zum zur für bei beim nach vor in im an am auf aus über unter um
gegen durch seit bis und oder sowie der die das den dem des ein eine einer einem einen eines""".split())

def _verb_bracket_end(words: list[str]) -> str | None:
    """The verb that closes a German clause, its last word ("angekündigt", "gewählt",
    "stattfinden", "überführt wird"), or None when it ends otherwise."""
    if len(words) < 6 or words[-1].endswith("…"):
        return None  # (a title already cut ends in no verb: "… mit einer großen…")
    last = words[-1].rstrip(".!?")
    if not (last.isalpha() and last.islower() and len(last) >= 4 and _DE_VERB_END.search(last)) \
            or last in _NOT_VERBS_DE or last in _NOT_VERBS_END_DE:
        return None
    if words[-2].isalpha() and words[-2].islower() and _DE_PARTICIPLE.fullmatch(words[-2]) and last in _DE_AUXILIARIES:
        return f"{words[-2]} {last}"  # "… überführt wird", "… gewählt worden"
    return last


_DE_VERB_END = re.compile(r"(?:t|en|ern|eln)$")
_CLAUSE_MARK = re.compile(r"[,;:]")  # (what a cut leaves out must be of the clause whose verb it keeps)
# (words that end like a verb and are none: "nicht", "gestern", "jetzt", "selbst")
_NOT_VERBS_END_DE = frozenset("nicht jetzt gestern morgen selbst zuletzt unten oben innen außen hinten vorn zuerst "
                              "meist längst insgesamt damit bisher".split())
_DE_PARTICIPLE = re.compile(r"(?:ge)?[a-zäöüß]{3,}(?:t|en)")
_DE_AUXILIARIES = frozenset("wird werden wurde wurden ist sind war waren hat haben hatte hatten worden kann können "
                            "soll sollen muss müssen".split())


_LIST_AFTER_COLON = re.compile(r"\s*:\s+(?P<item>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})$")
# ", attribuée à …", ", atribuida a …", ", attributed to …": a participle's phrase after the main clause
# (not an aside between a subject and its verb: "Une panne généralisée, liée à des problèmes chez
# CrowdStrike, a causé …": a comma closes it before the verb)
_ASIDE_CLOSED = re.compile(r"(?:[^,;:.]|[:.](?=\S)){0,160},\s+(?:a|ont|est|sont|avait|avaient|était|sera|va|ha|han"
                           r"|fue|fueron|es|está|será|hanno|è|sono|era|foi|foram|tem|têm|was|were|has|have|had|is|are"
                           r"|will)\s", re.I)
_SIDE_PARTICIPLE = re.compile(rf",\s+(?:(?:{_ROMANCE_PARTICIPLE_FORM}|[a-z]{{3,}}ed)"
                              r"\s+(?:à|a|al|au|aux|by|to|par|por|da|dal|in|en)\b"
                              # (and a Romance gerund's: "…, emportant avec elle une partie de la charpente"; an
                              # English one tells what followed: "…, killing at least 40 people")
                              r"|(?:[a-zà-ÿ]{3,}ant|[a-záéíóú]{3,}(?:ando|iendo)|[a-zàèéìòù]{3,}endo)\s)")


def _subordinate_as_main(title: str) -> str:
    """A German title that is a subordinate clause, its verb last ("Da die laufende Amtszeit
    Zemans erst am 8. März zu Ende geht"), or a saying's dass-clause ("Aus der Kanzlei verlautete,
    dass Zeman den Auftrag im Februar erteilen könnte"), as a main clause: the subject, then the
    finite verb, a separable prefix back at the end ("Die laufende Amtszeit Zemans geht erst zu
    Ende", "Zeman könnte den Auftrag erteilen", "…, weil der Zug ausfällt" → "Der Zug fällt aus").
    Not "ob" (whether is no happening), nor a clause whose subject is unsure."""
    that = _SAID_THAT_DE.match(title)
    words = title[that.end():].rstrip(".!?…").split(" ") if that else title.rstrip(".!?").split(" ")
    if not that and (len(words) < 3 or words[0].lower() not in _SUBORDINATORS_DE):
        return title
    words = words[1:] if not that else words
    verb = words[-1] if words else ""
    if len(words) < 3 or not (verb.isalpha() and verb.islower()):
        return title
    if words[0].lower() in _PRONOUNS_DE:
        end = 1
    else:
        end = _noun_phrase_end_de(words, 0)
        if end is not None and end < len(words) - 2 and words[end] in _GENITIVE_DE:  # "der Bahn"
            end = _noun_phrase_end_de(words, end) or end
        while end is not None and end < len(words) - 1 and _GENITIVE_NAME_DE.fullmatch(words[end]):
            end += 1  # "die laufende Amtszeit Zemans"
    if end is None or end > len(words) - 1:
        return title
    main = " ".join([*words[:end], *_verb_moved_second(verb, words[end:-1])])
    return main[:1].upper() + main[1:]


def _verb_moved_second(verb: str, rest: list[str]) -> list[str]:
    """A German finite verb that ended its clause, put before the `rest` of the clause, its
    separable prefix back at the end ("ausfällt" → "fällt … aus", "zurücktrat" → "trat … zurück")."""
    prefix = _SEPARABLE_DE.match(verb)
    if prefix and len(verb) - prefix.end() >= 4 and not rest[-1:] == ["zu"]:
        return [verb[prefix.end():], *rest, prefix.group()]
    return [verb, *rest]


_GENITIVE_NAME_DE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:s|[szx][’'])")
_SUBORDINATORS_DE = frozenset("da weil nachdem als wenn obwohl dass bevor seit seitdem sobald während".split())
_SAID_THAT_DE = re.compile(r"^[^,]{0,80}?\b(?:sagte|sagten|sagt|erklärte|erklärten|betonte|berichtete|verlautete"
                           r"|hieß\s+es|teilte\s+(?:\S+\s+){0,4}?mit|kündigte\s+(?:\S+\s+){0,4}?an)\b[^,]{0,40},\s+dass\s+")
_SEPARABLE_DE = re.compile(r"^(?:zurück|zusammen|vorbei|statt|teil|fort|los|ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg"
                           r"|zu)")


def _verb_second(title: str) -> str:
    """A German title that starts with its verb, the date that stood before it gone ("Am Mittwoch
    tritt das Kabinett zusammen" → "tritt das Kabinett zusammen"), with its subject first: "Das
    Kabinett tritt zusammen", "16 Gesetzesvorhaben stehen auf der Tagesordnung"."""
    words = title.rstrip(".!?").split(" ")
    if len(words) < 3 or not (words[0].isalpha() and words[0].islower()) or words[0] in _NOT_VERBS_DE \
            or words[0] in _ARTICLES_DE \
            or not (words[0].endswith(("t", "en", "te", "ten", "e")) or words[0] in _STRONG_DE):
        return title
    # ("brach in Oberbayern nach Angaben der Behörden ein Damm": the places and sources before
    # the subject go after its verb, the source not at all)
    phrases: list[str] = []
    first = 1  # (after an object pronoun: "hat sich bei Dunmore ein Erdbeben ereignet")
    while first < len(words) - 2 and words[first] in _OBJECT_PRONOUNS_DE:
        first += 1
    j = first
    while j < len(words) - 1 and words[j] in _PREPOSITIONS_DE:
        k = _noun_phrase_end_de(words, j + 1)
        if k is None:
            return title
        if k < len(words) and words[k] in _GENITIVE_DE:  # "nach Angaben der Behörden"
            k = _noun_phrase_end_de(words, k) or k
        if not (words[j] == "laut" or (words[j] == "nach" and words[j + 1] == "Angaben")):
            phrases += words[j:k]
        j = k
    if j > first:
        words = [*words[:first], *words[j:]]
        if len(words) <= first or not (
                words[first].lower() in _ARTICLES_DE or words[first].lower() in _PRONOUNS_DE
                or words[first] in _OBJECT_PRONOUNS_DE
                or words[first][:1].isdigit() or words[first] in NUMBER_WORDS["de"]):
            return title  # ("traf in Berlin Bundeskanzler Merz …": which word starts the subject is unsure)
    # ("werde ihn der Staatschef erneut ernennen", "wird sich die Regierung stellen": an object
    # pronoun before the subject stays after the verb)
    objects = 1
    while objects < len(words) - 2 and words[objects] in _OBJECT_PRONOUNS_DE:
        objects += 1
    j = objects
    if words[j].lower() in _PRONOUNS_DE:
        end = j + 1
    else:
        while j < len(words) and (words[j].lower() in _ARTICLES_DE
                                  or (words[j][:1].isdigit() and not _NUMBERED_NOUN_DE.match(words[j]))
                                  or words[j] in NUMBER_WORDS["de"]
                                  or (words[j].islower() and words[j].endswith(("e", "en", "er", "es")))):
            j += 1
        if j >= len(words) or not (words[j][:1].isupper() or _NUMBERED_NOUN_DE.match(words[j])) or j > 4:
            return title
        end = j + 1
        while end < len(words) and words[end][:1].isupper() and words[end].isalpha():
            end += 1  # "Bundeskanzler Friedrich Merz"
        if end < len(words) - 1 and words[end] in _GENITIVE_DE:  # "die Lokführer der Bahn"
            end = _noun_phrase_end_de(words, end) or end
            if end < len(words) - 1 and _DECIMAL.fullmatch(words[end]):
                end += 1  # "ein Erdbeben der Stärke 7,7": a measure's value, no count of a subject after it
        # "wollen Bundeskanzler Olaf Scholz und Bundesinnenministerin Nancy Faeser (beide SPD)":
        # names joined by "und" are one subject, an aside after them too
        while end + 1 < len(words) and words[end] in ("und", "sowie") and words[end + 1][:1].isupper():
            more = end + 1
            while more < len(words) and words[more][:1].isupper() and words[more].isalpha():
                more += 1
            end = more
        if end < len(words) and words[end].startswith("(") and (close := next(
                (k for k in range(end, min(end + 5, len(words))) if words[k].endswith(")")), None)) is not None:
            end = close + 1
    if end < len(words) and words[end].lower() in _FOREIGN_JOINS:
        return title  # ("berichtete die US Cybersecurity and Infrastructure Security Agency": a name goes on)
    return " ".join([*words[objects:end], words[0], *words[1:objects], *phrases, *words[end:]])
    # (`_finish` capitalises its first word)


def _noun_phrase_end_de(words: list[str], i: int) -> int | None:
    """Where the German noun phrase at words[i] ends (articles, numbers, adjectives, then its
    capitalised nouns), or None when no noun comes."""
    while i < len(words) and (words[i].lower() in _ARTICLES_DE or words[i][:1].isdigit()
                              or words[i] in NUMBER_WORDS["de"] or (words[i].islower()  # ("nordrhein-westfälischen")
                                                                    and words[i].replace("-", "").isalpha()
                                                                    and words[i].endswith(("e", "en", "er", "es")))):
        i += 1
    if i >= len(words) or not words[i][:1].isupper():
        return None
    # (one noun, or a name of up to three words when a subject, a genitive or a preposition
    # follows it: "in Oberbayern", "im Landkreis Pfaffenhofen ein Feuerwehrmann")
    for end in range(i + 1, min(i + 4, len(words))):
        after = words[end]
        if after.lower() in _ARTICLES_DE or after.lower() in _PRONOUNS_DE or after in _PREPOSITIONS_DE \
                or after[:1].isdigit() or after in NUMBER_WORDS["de"]:
            return end
        if not (after[:1].isupper() and after.isalpha()):
            break
    return i + 1


_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,2}")
_NUMBERED_NOUN_DE = re.compile(r"\d[\d.,]*-[A-ZÄÖÜ]")  # a noun that opens with its number: "die 650-Jahr-Feier"
_FOREIGN_JOINS = frozenset("and of for the & y de del et".split())  # inside a foreign name ("… and Infrastructure …")
_PREPOSITIONS_DE = frozenset("""in im an am auf nach bei beim mit von vom vor aus über unter für gegen seit
während wegen zu zum zur laut""".split())
_GENITIVE_DE = frozenset("der des".split())


_NOT_VERBS_DE = frozenset("""ob dass wenn weil als wie da nachdem bevor noch auch nur so dann doch aber und oder
sondern denn jedoch trotzdem deshalb deswegen außerdem zudem bereits schon erst etwa rund mehr fast""".split())
_ARTICLES_DE = frozenset("""der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
keiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere alle viele mehrere rund""".split())
_PRONOUNS_DE = frozenset("er sie es wir ihr man".split())
_OBJECT_PRONOUNS_DE = frozenset("sich ihn ihm ihnen uns euch mich mir dich dir".split())
# finite verbs that end otherwise: "traf", "kam", "sind", "wird"
_STRONG_DE = frozenset("""traf kam sprach gab ging fiel rief stieg bat bot lag saß nahm fand zog flog schlug brach
war sind wird sank starb blieb schrieb las sah verlor gewann begann floh fuhr lief warf trug schoss riss hob half
stahl erhielt verließ erlitt griff stieß trat hielt stand""".split())


# a copula left at the end, in the title's language: "war", "son", "era" are English nouns too
_COPULAS = {"en": "is|are|was|were", "es": "es|son|era|fue|sería", "fr": "est|sont|était|serait",
            "de": "ist|sind|war|wäre|wären", "it": "è|sono|era|sarebbe", "pt": "é|são|foi|era"}
_COPULA_END = {language: re.compile(rf"(?:\s+(?:this|that|it|which|there))?\s+(?:{words})[.!?]?$")
               for language, words in {**_COPULAS, "": "|".join(_COPULAS.values())}.items()}


def _dated_phrase(text: str, dates: list[tuple[int, int]], breaks: list[int],
                  focus: tuple[int, int], language: str = "") -> tuple[int, int, str] | None:
    """The happening a phrase brought in by "after", "before", "following" … names, when the
    date at `focus` is that phrase's and another date of the sentence lies outside it ("The Fed
    announced a cut on Wednesday after its policy meeting on September 16": September 16 is the
    meeting's) → "Policy meeting"; the phrase runs to its clause's end ("after his arrest on
    Friday for drunk driving" → "Arrest for drunk driving"). Its span (opener included) and
    title; None when the sentence is not so, or the phrase says too little (two words at
    least, beside its dates)."""
    opener = next(reversed(list(_PHRASE_OPENS.finditer(text, max(0, focus[0] - _PHRASE_REACH), focus[0]))), None)
    # "…, five years after the fire of April 15, 2019": the date is the happening the time is
    # counted from, never the sentence's (which is that much later), whatever else it dates
    since = _SINCE_LEAD.search(text, max(0, opener.start() - _PHRASE_REACH), opener.start()) \
        if opener is not None and opener.group().split()[0].lower() in _AFTER_WORDS else None
    if (len(dates) < 2 and since is None) or opener is None \
            or any(opener.end() <= s and e <= focus[0] for s, e in dates) or ":" in text[opener.end():focus[0]] \
            or (language in _ROMANCE and _ROMANCE_FINITE.search(text, opener.end(), focus[0])):
        # (a date between the opener and this one, a colon, or a verb: the phrase is not this
        # date's, "el apagón que durante horas sufrió el lunes la península")
        return None
    end = next((b for b in breaks if b > focus[1]), len(text))
    side = _SIDE_CLAUSE.search(text, focus[1], end)
    end = min(end if end <= len(text) else len(text), side.start() if side else len(text))
    if since is None and not any(e <= opener.start() or s >= end for s, e in dates if (s, e) != focus):
        return None  # every other date is inside the phrase: it is the sentence's happening
    start = since.start() if since is not None else opener.start()
    phrase = without_dates(text, opener.end(), end, dates).strip(" ,;:.")
    if since is not None and _CONTENT_WORD.search(phrase) and not _PHRASE_VERB.search(phrase) \
            and (language not in _ROMANCE or not _ROMANCE_INFINITIVE.match(phrase)):
        if language == "de":  # (a German article takes its noun's case: "nach dem Brand" is no "Dem Brand")
            phrase = _PHRASE_DETERMINER.sub("", phrase)
        elif (article := _CONTRACTED_ARTICLE.get(opener.group().split()[-1].lower())) is not None:
            phrase = f"{article} {phrase}"  # ("después del incendio" → "El incendio", "depois do" → "O")
        if (told := _WHICH_DID.match(text, end)) is not None:
            # "… eight months after the floods of September 2023, which killed 50 people": what it did
            stop = next((b for b in breaks if b > told.end()), len(text))
            did = without_dates(text, told.end(), min(stop, len(text)), dates).strip(" ,;:.")
            if _CONTENT_WORD.search(did):
                phrase = f"{phrase} {did}"
        return start, end, _tidy(phrase)  # (its article kept: "The fire", "L'incendie qui est resté …")
    if language in _ROMANCE and _ROMANCE_INFINITIVE.match(phrase):
        # "tras asumir la derrota", "après avoir perdu": a clause, the subject the sentence's
        did = _romance_did(text, opener.start(), phrase, language)
        return (opener.start(), end, did) if did else None
    passive = _BEING.search(phrase)
    phrase = _PHRASE_DETERMINER.sub("", _BEING.sub("", phrase))
    if len(_CONTENT_WORD.findall(phrase)) < 2 or _PHRASE_VERB.search(phrase) or _DURATION.fullmatch(phrase):
        # (nor does a stretch of time: "pendant trois mois à partir du mardi 3 avril")
        return None  # ("after he resigned on Friday": a clause with a verb is titled as such)
    if passive:  # "the first medal being handed out": it was (the headline form drops the "was")
        whole = without_dates(text, opener.end(), end, dates).strip(" ,;:.")
        phrase = _BEING.sub("was ", _PHRASE_DETERMINER.sub("", whole))
    return start, end, _tidy(phrase)



def _romance_did(text: str, opener: int, phrase: str, language: str) -> str | None:
    """The title of a Romance phrase of an infinitive brought in by "después de", "tras",
    "après", "dopo" … (`phrase`, at `opener`): the sentence's subject did it ("El presidente,
    Andrés López, ha reaparecido el miércoles después de anunciar el domingo su positivo" →
    "Andrés López anunció su positivo"; "après avoir signé" → "a signé"); None when the subject
    is not found or is plural, or the verb is not one this knows."""
    verb = _ROMANCE_VERB.search(text, 0, opener) or (
        _PT_PRETERITE_VERB.search(text, 0, opener) if language == "pt" else None)
    if verb is None or verb.start() == 0 or _ROMANCE_PLURAL.fullmatch(verb.group().split()[-1].lower()):
        return None
    subject = text[:verb.start()].strip(" ,")
    if len(subject.split()) > _ROMANCE_SUBJECT_WORDS or not subject[:1].isupper():
        return None
    if (named := _APPOSED_NAME.search(subject)) is not None:
        subject = named.group(1)  # "El presidente de México, Andrés Manuel López Obrador," → the name
    first, _, rest = phrase.partition(" ")
    done = _romance_past(first.lower(), rest, language)
    return f"{subject} {done}" if done else None


_ROMANCE_SUBJECT_WORDS = 10
_PT_PRETERITE_VERB = re.compile(r"(?<![\w'’-])[a-záéíóúãõç]{3,}(?:ou|eu|iu|aram|eram|iram)(?![\w'’-])", re.I)
_ROMANCE_PLURAL = re.compile(r"han|fueron|son|eran|están|habían|ont|sont|étaient|avaient|hanno|sono|erano|foram|são"
                             r"|[a-záéíóúñ]+(?:aron|ieron|aram|eram|iram)", re.I)
_APPOSED_NAME = re.compile(r",\s+((?:[A-ZÀ-Ý][\w'’.-]*\s+){0,4}[A-ZÀ-Ý][\w'’.-]*)$")
# the preterite (third person singular) of the Spanish verbs whose stem changes in it
_ES_PRETERITE = dict(pair.split(":") for pair in """tener:tuvo hacer:hizo ser:fue ir:fue dar:dio decir:dijo poder:pudo
poner:puso venir:vino estar:estuvo querer:quiso saber:supo traer:trajo ver:vio leer:leyó caer:cayó oír:oyó
pedir:pidió dormir:durmió sentir:sintió morir:murió preferir:prefirió repetir:repitió seguir:siguió elegir:eligió
servir:sirvió mentir:mintió competir:compitió medir:midió reír:rió conducir:condujo producir:produjo
traducir:tradujo obtener:obtuvo mantener:mantuvo contener:contuvo detener:detuvo sostener:sostuvo proponer:propuso
imponer:impuso componer:compuso suponer:supuso disponer:dispuso intervenir:intervino convenir:convino
prevenir:previno advertir:advirtió convertir:convirtió divertir:divirtió sugerir:sugirió herir:hirió
investir:invistió despedir:despidió impedir:impidió conseguir:consiguió perseguir:persiguió proseguir:prosiguió
corregir:corrigió vestir:vistió""".split())
_PT_PRETERITE = dict(pair.split(":") for pair in """ter:teve fazer:fez ser:foi ir:foi estar:esteve dizer:disse
poder:pôde pôr:pôs vir:veio dar:deu ver:viu querer:quis saber:soube trazer:trouxe manter:manteve obter:obteve
deter:deteve propor:propôs impor:impôs""".split())
# a compound infinitive's auxiliary in the third person singular: "avoir signé" → "a signé"
_AUXILIARY_SINGULAR = {"fr": {"avoir": "a", "être": "est"}, "it": {"aver": "ha", "avere": "ha", "essere": "è",
                                                                   "esser": "è"},
                       "es": {"haber": "ha"}, "pt": {"ter": "tem", "haver": "há"}}


def _romance_past(infinitive: str, rest: str, language: str) -> str | None:
    """The infinitive `infinitive` (followed by `rest`) told in the past, third person singular:
    Spanish and Portuguese in the preterite ("anunciar" → "anunció", "anunciou"), a compound
    infinitive with its auxiliary ("avoir signé" → "a signé", "aver vinto" → "ha vinto"); None
    for a form this does not know (a clitic glued on, or an Italian or French simple infinitive)."""
    auxiliary = _AUXILIARY_SINGULAR.get(language, {}).get(infinitive)
    if auxiliary and rest:
        return f"{auxiliary} {rest}"
    if not rest or not infinitive.isalpha():
        return None
    if language == "es":
        if infinitive in _ES_PRETERITE:
            return f"{_ES_PRETERITE[infinitive]} {rest}"
        if infinitive.endswith("ar"):
            return f"{infinitive[:-2]}ó {rest}"
        if infinitive.endswith(("uir", "eer")):
            return f"{infinitive[:-2]}yó {rest}"
        if infinitive.endswith(("er", "ir")):
            return f"{infinitive[:-2]}ió {rest}"
    if language == "pt":
        if infinitive in _PT_PRETERITE:
            return f"{_PT_PRETERITE[infinitive]} {rest}"
        for ending, past in (("ar", "ou"), ("er", "eu"), ("ir", "iu")):
            if infinitive.endswith(ending):
                return f"{infinitive[:-2]}{past} {rest}"
    return None


def _gerund_deed(text: str, dates: list[tuple[int, int]], breaks: list[int], focus: tuple[int, int]) -> str | None:
    """The English counterpart of `_romance_did`: a date inside a phrase of a gerund brought in
    by "after", "before" … is of what the gerund tells, done by the sentence's subject ("Ursula
    von der Leyen attended the ceremony after receiving authorization on 9 January from a majority
    of member states" → "Ursula von der Leyen receives authorization from a majority of member
    states"); None when the sentence is not so (the date before the opener is the main verb's)."""
    opener = next(reversed(list(_GERUND_OPENS.finditer(text, max(0, focus[0] - _PHRASE_REACH), focus[0]))), None)
    if opener is None or any(opener.end() <= s and e <= focus[0] for s, e in dates) \
            or any(opener.end() < b <= focus[0] for b in breaks):
        return None
    present = progressive_present(opener.group("gerund"))
    verbs = [w for w in _LOWER_WORD.finditer(text, 0, opener.start()) if past_form(w.group()) or w.group() in FINITE]
    if present is None or not verbs or verbs[0].start() == 0 or verbs[0].group() in ("is", "are", "am") \
            or len(verbs) > 1 + (verbs[0].group() in FINITE) or _THAT_WORD.search(text, verbs[0].end(), opener.start()):
        return None  # ("It is understood the two travellers were admitted …", "… warned that flows could …")
    if any(past_form(w.group()) or w.group() in FINITE for w in _LOWER_WORD.finditer(text, opener.end(), focus[0])):
        return None  # ("after arriving and took a taxi … on Thursday": the date is the later verb's)
    end = min(next((b for b in breaks if b > focus[1]), len(text)), len(text))
    after = text[focus[1]:end].split()
    if len(_LOWER_WORD.findall(text, focus[1], end)) < 2 or not after or not after[0][:1].islower():
        # (a date at the phrase's end may be the main verb's: "died after suffering a cardiac
        # arrest on Thursday"; a capital after it starts what a page glued on)
        return None
    subject = text[:verbs[0].start()].strip()
    if not 1 <= len(subject.split()) <= 8 or not subject[:1].isupper() or "," in subject:
        return None
    if (titled := _TITLED_SUBJECT.match(subject + " x")) is not None:
        subject = titled.group("name")
    return f"{subject} {present} {_compose(text, opener.end(), end, dates)}"


_GERUND_OPENS = re.compile(r"\b(?:after|before|upon|since)\s+(?P<gerund>[a-z]{3,}ing)\s+(?=\S)")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_THAT_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b")


def _other_phrases(text: str, dates: list[tuple[int, int]], breaks: list[int],
                   focus: tuple[int, int] | None, language: str) -> list[tuple[int, int]]:
    """The spans of the dated phrases (`_dated_phrase`) of the sentence's other dates: each is a
    happening of its own, which the title of the date at `focus` leaves out ("The port reopened
    on Monday after storm damage on Jan. 12" → "The port reopens")."""
    if focus is None or len(dates) < 2:
        return []
    spans = []
    for date in dates:
        if date != focus and (found := _dated_phrase(text, dates, breaks, date, language)) is not None:
            if not found[0] <= focus[0] < found[1]:
                spans.append(found[:2])
    return spans


_PHRASE_OPENS = re.compile(r"\b(?:after|before|following|ahead\s+of|amid|during|tras|después\s+del?|antes\s+del?"
                           # an absolute phrase: "… on Wednesday with the first medal being handed out on Saturday"
                           r"|with(?=\s+(?:[\w'’-]+\s+){1,5}?(?:being|having\s+been)\s+[a-z]+(?:ed|en|wn)\b)"
                           r"|durante|après|avant|pendant|nach|vor|während|dopo|prima\s+di|depois\s+d[eoa]s?)"
                           r"\s+(?=\S)", re.I)
_PHRASE_REACH = 80  # characters from the opener to the date: a phrase of a few words
# a first counted from a happening named with its year: "une première depuis la chute de Georges
# Pompidou en 1962", "the first since the fall of the Pompidou government in 1962"
_COUNTED_FROM = re.compile(
    r"\b(?:first|second|premi[eè]re?|deuxi[eè]me|seconde?|primer[ao]?|segund[ao]|primeir[ao]|prim[ao]|second[ao]"
    r"|jamais\s+vu)\b[^.;:]{0,40}?"
    r"\b(?:since|depuis|desde|dal|dalla)\s+(?P<phrase>(?:the|la|le|l['’]|les|el|los|las|il|lo|o|a)\s*[^,;:.()]{2,80}?)"
    r"\s+(?:(?:in|en|em|nel)\s+)?\Z", re.I)
_DURATION = re.compile(r"(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|années?"
                       r"|heures?|días?|semanas?|meses|años|horas?|tagen?|wochen|monaten?|jahren?|stunden|giorni"
                       r"|settimane|mesi|anni|ore|dias|anos)", re.I)
# how long after (or since) something the sentence's happening is: "five years after", "plus de
# cinq ans après", "cinco años después de", "fünf Jahre nach"
_SINCE_LEAD = re.compile(r"(?:\b(?:more|less)\s+than\s+|\b(?:plus|moins|près)\s+de\s+|\b(?:más|menos)\s+de\s+"
                         r"|\b(?:mehr\s+als|über|fast|knapp)\s+|\b(?:oltre|quasi|più\s+di)\s+|\bmais\s+de\s+"
                         r"|\b(?:almost|nearly|about|some|just|only)\s+)?\b" + _DURATION.pattern + r"\s+\Z", re.I)
_AFTER_WORDS = frozenset("after following après después nach dopo depois tras".split())
# the relative pronoun after a happening's phrase, then its verb in the past: ", which killed", ", que causaram"
_WHICH_DID = re.compile(r"[\s,]*(?<=,\s)(?:which|that|que|qui|che)\s+(?=(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST))
                        + r"|[a-záéíóú]+(?:ó|aron|ou|aram|eram|iram|ieron)|a\s+[a-zé]+[éiu]|ont\s+[a-zé]+[éiu]"
                          r"|ha\s+[a-z]+[ao]|hanno\s+[a-z]+)\b)", re.I)
_CONTRACTED_ARTICLE = {"del": "el", "do": "o", "da": "a", "dos": "os", "das": "as"}
_BEING = re.compile(r"\b(?:being|having\s+been)\s+(?=[a-z]+(?:ed|en|wn)\b)")
_PHRASE_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their|el|la|los|las|un|una|su|sus|le|les|l['’]|une|son|sa"
                                r"|ses|leur|leurs|der|die|das|dem|den|des|einem|einer|seine[mnr]?|ihre[mnr]?|il|lo"
                                r"|gli|o|os|as|seu|sua)\s+", re.I)
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
# an infinitive right after "tras", "después de", "après", "dopo": Romance nouns take an article
_ROMANCE = frozenset(["es", "pt", "fr", "it", "ca", "ro"])
_ROMANCE_INFINITIVE = re.compile(r"(?:[a-zà-ÿ]+(?:ar|er|ir|ír|re)(?:se|lo|la|le)?|avoir|être)\b(?!-)")
# a finite verb in the phrase: "after he resigned", "after ruling that he was": a clause, not a noun's phrase
_PHRASE_VERB = re.compile(r"\b(?:he|she|it|they|we|i|you|that|which|who|was|were|is|are|had|has|have|did)\b"
                          r"|^\w+ing\b", re.I)


# a subject named with its office before it ("European Commission President Ursula von der Leyen",
# "Far-right standard-bearer Jose Antonio Kast", "Bundeskanzler Friedrich Merz"): a headline names
# the person (a name of two words or more: "President Trump" stays)
_TITLED_SUBJECT = re.compile(
    # (before the office: capitalised words or a few that qualify it, no verb: "Police arrested former
    # president Nicolas Sarkozy in Paris" keeps its subject)
    r"(?:(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|former|ex|then|acting|outgoing|incoming|new|late|deputy|vice|interim|the|el|la"
    r"|le|der|die|das|il|lo|o|a|an|ancien|ancienne|ehemalige[rn]?)\s+){0,4}?(?:president|prime\s+minister|minister|chancellor|king|queen|pope|senator|governor"
    r"|general|secretary(?:[\s-]general)?|ambassador|mayor|judge|chief|leader|standard-bearer|candidate"
    r"|spokes(?:man|woman|person)|chair(?:man|woman)?|ceo|founder|coach|captain|envoy|commissioner|presidente"
    r"|presidenta|ministro|ministra|président|présidente|ministre|präsident(?:in)?|ministerin|kanzler(?:in)?"
    r"|bundeskanzler(?:in)?|prosecutor|procureur|procureure|fiscal|fiscala|staatsanwalt|staatsanwältin|procuratore"
    r"|ministre\s+de\s+l['’]\w+|ministro\s+del\s+\w+|ministra\s+de\s+\w+)"
    # (and what the office is of: "procureure de la République de Paris Laure Beccuau")
    r"(?:\s+(?:of|de|du|des|del|della|di|für)\s+(?:(?:the|la|le|l['’]|el)\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}\s+"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:von|van|der|den|de|da|di|del|dos|das|du|la|le|bin|al|ben)\s+)*"
    r"[A-ZÀ-Ý][\w'’-]+){1,3}))(?=\s+(?-i:[a-zà-ÿ]))", re.I)


def _shared_subject(text: str, lo: int, hi: int, dates: list[tuple[int, int]],
                    focus: tuple[int, int], language: str = "en") -> str | None:
    """The title of the happening at `focus` when the clause text[lo:hi] gives one subject two
    predicates, each with its own date, joined by "and" ("The mayor was elected in 2007 and
    re-elected in 2012 by a wide margin"): the subject with the predicate of the date ("The
    mayor re-elected by a wide margin"; "El capitán fue detenido el sábado y puesto en libertad
    el lunes" → "El capitán puesto en libertad"). None when the clause is not so."""
    inside = [d for d in dates if lo <= d[0] and d[1] <= hi]
    if len(inside) < 2 or focus not in inside:
        return None
    if language != "en":
        return _romance_shared_subject(text, lo, hi, dates, focus, inside)
    asides = [(a, b) for a, b in _appositions(text, dates) if lo <= a and b <= hi]
    for a, b in itertools.pairwise(inside):
        if (m := _AND_CLAUSE.search(text, a[1], b[0])) is not None:  # "…, and the court freed him on Friday"
            after = text[m.end():b[0]].split()
            if any(w.lower() in FINITE or past_form(w.lower()) for w in after[1:ANTECEDENT_WORDS]):
                return _compose(text, lo, m.start(), dates) if focus[0] < m.start() \
                    else _compose(text, m.end(), hi, dates)
        m = _AND_PREDICATE.search(text, a[1], b[0])
        if m is None:
            continue
        words = [w for w in re.finditer(r"\S+", text[:a[0]]) if w.start() >= lo
                 and not any(s <= w.start() < e for s, e in asides)]  # (an apposition is no subject's)
        verb = next((j for j, w in enumerate(words)
                     if j and (w.group().lower() in FINITE or past_form(w.group().lower()))), None)
        if verb is None or verb > ANTECEDENT_WORDS:
            return None
        if focus[0] < m.start():
            return _compose(text, lo, m.start(), dates)
        subject = _compose(text, lo, words[verb].start(), dates)
        # ("was built … and renovated in 2004": the second shares the passive, "The stadium was renovated")
        passive = words[verb].group().lower() in ("was", "were") and verb + 1 < len(words) \
            and past_form(words[verb + 1].group().lower()) \
            and not re.match(r"(?:was|were|has|have|had)\b", text[m.end():], re.I)
        return f"{subject} {words[verb].group().lower() + ' ' if passive else ''}{_compose(text, m.end(), hi, dates)}"
    return None


def _romance_shared_subject(text: str, lo: int, hi: int, dates: list[tuple[int, int]], focus: tuple[int, int],
                            inside: list[tuple[int, int]]) -> str | None:
    """`_shared_subject` in Spanish, French, Italian and Portuguese: "y", "et", "e" before a
    participle or a finite verb, the subject before the first verb (and its clitic)."""
    for a, b in itertools.pairwise(inside):
        m = _AND_PREDICATE_ROMANCE.search(text, a[1], b[0])
        if m is None:
            continue
        verb = _ROMANCE_VERB.search(text, lo, a[0])
        if verb is None or len(text[lo:verb.start()].split()) > ANTECEDENT_WORDS or verb.start() == lo:
            return None
        if focus[0] < m.start():
            return _compose(text, lo, m.start(), dates)
        subject = _compose(text, lo, verb.start(), dates)
        return f"{subject} {_compose(text, m.end(), hi, dates)}"
    return None


_ROMANCE_IRREGULAR_PARTICIPLE = ("puesto|puestos|puesta|hecho|dicho|muerto|abierto|vuelto|visto|escrito|roto|preso"
                                 "|mis|pris|élu|élue|ouvert|mort|messo|preso|morto|eletto|eletta|posto|feito|eleito")
# a verb (with its clitic or auxiliary) that ends the subject: "Las detenciones se realizaron"
_ROMANCE_VERB = re.compile(r"(?<![\w'’-])(?:(?:se|s['’]|si|le|lo|la|les|los|l['’]|me|te|nos|ci|vi)\s*)?"
                           r"(?:fue|fueron|ha|han|había|habían|es|son|era|eran|está|están|será|a|ont|est|sont|était"
                           r"|avait|sera|è|sono|ha|hanno|era|foi|foram|é|são|[a-záéíóúñ]{3,}(?:ó|aron|ieron|ió|ò))(?![\w'’-])",
                           re.I)
# "… el sábado y fueron confirmadas el domingo", "… samedi et libéré lundi": "and" before a verb
# or a participle of the same subject
_AND_PREDICATE_ROMANCE = re.compile(
    r"\s+(?:y|e|et|i)\s+(?:luego\s+|después\s+|puis\s+|ensuite\s+|poi\s+|depois\s+)?"
    r"(?=(?:fue|fueron|ha|han|se|será|a|ont|est|sont|fut|è|sono|hanno|foi|foram|é)\s"
    rf"|(?:{_ROMANCE_PARTICIPLE_FORM}|{_ROMANCE_IRREGULAR_PARTICIPLE}|[a-záéíóúñ]{{3,}}(?:ó|aron|ieron|ió|ò))\b)", re.I)


# "… on Monday, and the court freed him on Friday": "and" before a clause with a subject of its own
_AND_CLAUSE = re.compile(r",?\s+and\s+(?=(?:the|a|an|his|her|its|their|police|officials|he|she|they|we|it)\s|[A-Z])")
# "… in 2007 and re-elected in 2012": "and" before a verb of the same subject (not "and the …")
_AND_PREDICATE = re.compile(r"\s+and\s+(?:then\s+|later\s+|again\s+|also\s+|[a-z]+ly\s+)?"
                            r"(?=(?:was|were|has|had)\s|[a-z-]+ed\b|"
                            + "|".join(sorted(IRREGULAR_PAST)) + r"\b)")


def with_speaker(title: str, sentence: str, after: str, language: str) -> str:
    """`title` led by who says it ("Von der Leyen: we sign an important document") when it is
    told in the first person ("We …", "I …") inside a quotation whose speaker the sentence or the
    rest of the quotation names ('"Today we are signing …," von der Leyen said', '"… on Monday.
    It is a new era," the minister said'); `after` is the text of the paragraph after the
    sentence. Unchanged otherwise."""
    if language != "en" or not _FIRST_PERSON.match(title):
        return title
    said = _SPEAKER_AFTER.search(sentence) or _SAID_BY.search(sentence) or _SPEAKER_BEFORE.search(sentence)
    if said is None and _OPENS_QUOTE.match(sentence) and not _CLOSES_QUOTE.search(sentence, 1) \
            and (close := _CLOSES_QUOTE.search(after, 0, SPEAKER_REACH)) is not None:
        said = _SPEAKER_AFTER.match(after, close.start()) or _SAID_BY.match(after, close.start())
    if said is None:
        return title
    who = said.group("who")
    who = re.sub(r"^the\s+", "", who, flags=re.I) if not who[:1].isupper() else who
    if (titled := _TITLE_BEFORE_NAME.search(who)) is not None:
        who = who[titled.start():]  # "U.S. Department of Transportation Secretary Pete Buttigieg": "Secretary Pete …"
    who = who[:1].upper() + who[1:]
    rest = title if title.startswith("I ") else title[:1].lower() + title[1:]
    return cut_at_word(f"{who}: {rest}", TITLE_MAX_CHARS)


_FIRST_PERSON = re.compile(r"^(?:[^,\"“”]{1,40},\s+)?(?:we|I)\s", re.I)  # ("In this room, we sign …")
_OPENS_QUOTE = re.compile(r"^\s*[\"“]")
_CLOSES_QUOTE = re.compile(r"[\"”]")
SPEAKER_REACH = 400  # characters of the quotation after the sentence to its closing mark and speaker
# a name, perhaps after its title and what the title is of ("Transportation Secretary Pete Buttigieg",
# "Maryland Gov. Wes Moore", "U.S. Department of Transportation Secretary Pete Buttigieg")
_SPEAKER_NAME = (r"(?P<who>(?:(?:[A-Z][\w'’.-]*|von|van|der|de|del|da|di|le|la|al|bin)\s+){0,6}"
                 r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?[A-Z][\w'’.-]*"
                 r"|the\s+(?:[a-z]+\s+){0,2}[a-z]+)")
_TITLE_BEFORE_NAME = re.compile(rf"(?<![\w.])(?:{PERSON_TITLES})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)?"
                                rf"\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}$)")
# '…," von der Leyen said', '…," said the minister'; 'Kast said: "We will …"'
# (each tried at a closing quotation mark: a search from every word to it would be quadratic)
_SPEAKER_AFTER = re.compile(rf"[\"”]\s*,?\s*{_SPEAKER_NAME}\s+(?:said|says|told|added|wrote|stated|noted|explained)\b")
_SAID_BY = re.compile(rf"[\"”]\s*,?\s*(?:said|says|added|wrote|stated|noted|explained)\s+{_SPEAKER_NAME}\b")
_SPEAKER_BEFORE = re.compile(rf"^{_SPEAKER_NAME}\s+(?:said|says|told\s+[^:\"“]{{1,40}}|added|wrote)\s*[:,]\s*[\"“]")


def _strip_end(title: str) -> str:
    """`title` without the punctuation at its end, but for the full stop of "a.m." or "U.S."."""
    end = title.rstrip(" .,;:")
    return end + "." if _INITIALS_END.search(end) and title[len(end):].startswith(".") else end


_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")


def _span_point(text: str, focus: tuple[int, int]) -> str | None:
    """The point a span runs to or from, when the date is that point's ("Medals will be handed out
    daily until the end of the event on Feb. 22" → "End of the event"), or None."""
    m = _SPAN_POINT.search(text, max(0, focus[0] - _PHRASE_REACH), focus[0])
    return f"{m.group(1).capitalize()} of {m.group(2)}" if m else None


# "until the end of the event on (Feb. 22)", "from the start of the season in (March)"
_SPAN_POINT = re.compile(r"\b(?:until|till|through|from)\s+the\s+(end|start|beginning|close|opening)\s+of\s+"
                         r"((?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:on|in)\s+\Z", re.I)


def _superlative_since(text: str, focus: tuple[int, int]) -> str | None:
    """The happening "since" a date refers to after a superlative: the last one like it ("… in
    the deadliest earthquake to hit the country since 1985" → "Earthquake hits the country"), or
    None."""
    m = _SUPERLATIVE_SINCE.search(text, max(0, focus[0] - _PHRASE_REACH - 40), focus[0])
    if m is None or m.group("verb") in FINITE:
        return None
    verb = m.group("verb")
    present = "" if verb in ("be", "been", "have") else _third_person(verb)
    # ("the most severe outbreak to be recorded since 2009": "Outbreak recorded")
    title = " ".join(f"{m.group('noun')} {present}{m.group('rest')}".split())
    return title[:1].upper() + title[1:]


def _precedent(text: str, dates: list[tuple[int, int]], focus: tuple[int, int]) -> str | None:
    """The title of a date in a list of earlier cases after "after", "following", "like" (each a
    name and its date: "… the third president to be impeached, after Andrew Johnson in 1868 and
    Bill Clinton in 1998"): that name with the predicate of the ordinal that counts them ("Andrew
    Johnson impeached"), or the name alone in a list of two or more; None when the date is not so."""
    item = _PRECEDENT_ITEM.search(text, max(0, focus[0] - _PHRASE_REACH), focus[0])
    if item is None:
        return None
    start, n = item.start(), 1
    while True:  # back over the items before it to the word that opens the list
        opener = _PRECEDENT_OPENS.search(text, max(0, start - 16), start)
        if opener:
            break
        join = _PRECEDENT_JOIN.search(text, max(0, start - 8), start)
        end = join.start() if join else -1
        date = next((s for s, e in dates if e == end), None)
        earlier = _PRECEDENT_ITEM.search(text, max(0, date - _PHRASE_REACH), date) if date is not None else None
        if earlier is None:
            return None
        start, n = earlier.start(), n + 1
    # (the items after this one are the list's too: "and 2I/Borisov in 2019" after "'Oumuamua in 2017")
    rest = focus[1]
    while (join := _PRECEDENT_JOIN.match(text, rest)) and (later := _PRECEDENT_ITEM.match(text, join.end())):
        date = next(((s, e) for s, e in dates if s == later.end()), None)
        if date is None:
            break
        rest, n = date[1], n + 1
    name = re.sub(r"^(['’])\s+", r"\1", item.group("name"))
    counted = next(reversed(list(_ORDINAL_PREDICATE.finditer(text, 0, opener.start()))), None)
    if counted is not None and text.count(",", counted.end(), opener.start()) <= 1:
        return f"{name} {counted.group('participle') or _third_person(counted.group('verb'))}"
    return name if n >= 2 else None


def _third_person(verb: str) -> str:
    """The third person present of an English infinitive ("hit" → "hits", "go" → "goes")."""
    if verb == "have":
        return "has"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")


# "after|following (Andrew Johnson in) 1868": a name and the word that brings in its date
_PRECEDENT_ITEM = re.compile(r"(?<![\w'’])(?P<name>(?:['’]\s?)?(?=[\w/'’.-]*[A-Z])[A-Z0-9][\w/'’.-]*"
                             r"(?:\s+(?:(?:de|von|van|of|da|du|al)\s+)?[A-Z][\w/'’.-]*){0,3})\s+in\s+\Z")
_PRECEDENT_OPENS = re.compile(r"\b(?:after|following|like|joining|succeeding)\s+\Z")
_PRECEDENT_JOIN = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# "the third president to be impeached", "only the second person ever to win", "the third known object ever
# detected": the ordinal that counts the cases, and its predicate
_ORDINAL_PREDICATE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
                                r"\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,4}?(?:(?:ever\s+)?to\s+be\s+|ever\s+)"
                                r"(?P<participle>[a-z]{3,}(?:ed|en|wn))\b|\b(?:first|second|third|fourth|fifth|"
                                r"sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,4}?"
                                r"(?:ever\s+)?to\s+(?!be\b)(?P<verb>[a-z]{2,})\b")


# "the deadliest earthquake to hit the country since (1985)", "the worst flooding to strike the region since"
_SUPERLATIVE_SINCE = re.compile(r"\b(?:the\s+)?(?:[a-z]{3,}est|most\s+[a-z]+|worst|best|biggest)\s+"
                                r"(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]{3,})\s+to\s+(?P<verb>[a-z]{2,})"
                                r"(?P<rest>(?:\s+[\w'’-]+){0,8}?)\s+since\s+\Z")


def _named_happening(text: str, focus: tuple[int, int]) -> str | None:
    """The happening a date names as its noun's modifier, when the noun is a name ("… since the
    2016 Kumamoto tremors" → "Kumamoto tremors", "the 2014 World Cup", "the Jan. 6 Capitol
    attack", "… the strongest storm since Hurricane Gilbert in 1988" → "Hurricane Gilbert"): the
    sentence tells something else, the date is of that name. None otherwise."""
    if (named := _NAME_IN_DATE.search(text, max(0, focus[0] - 60), focus[0])) is not None \
            and named.group(1).split()[0].lower() not in _NOT_A_NAME:
        return cut_at_word(named.group(1), TITLE_MAX_CHARS)
    if (noun := _NOUN_IN_DATE.search(text, max(0, focus[0] - 60), focus[0])) is not None \
            and not (set(noun.group(1).split()) & _NOT_A_NAME) and not past_form(last := noun.group(1).split()[-1]) \
            and not last.endswith("ly") and last not in _TIME_NOUNS:
        # "The stock has fallen 9% since the surprise announcement in late January that Page would
        # take over": the announcement's date → "Surprise announcement that Page would take over"
        that = _THAT_AFTER.match(text, focus[1])
        named = noun.group(1) + (f" {that.group(1)}" if that else "")
        return cut_at_word(named[:1].upper() + named[1:], TITLE_MAX_CHARS)
    if not _THE_BEFORE.search(text, max(0, focus[0] - 16), focus[0]):
        return None
    m = _NAMED_AFTER.match(text, focus[1])
    if m is None:
        # "since the Sept. 11 assault on the U.S. Consulate in Benghazi": a noun and the name it is of
        of = _NOUN_OF_NAME.match(text, focus[1]) \
            if _OTHER_TIME_BEFORE.search(text, max(0, focus[0] - 16), focus[0]) else None
        if of is None or of.group("noun") in _NOT_A_NAME or past_form(of.group("noun")) \
                or of.group("noun").endswith("ly"):
            return None
        named = of.group().strip().rstrip(".,;:")
        return cut_at_word(named[:1].upper() + named[1:], TITLE_MAX_CHARS)
    words = m.group(1).split()
    while words and (words[-1].lower() in _NOT_A_NAME or words[-1].lower() in FINITE
                     or (words[-1].islower() and (past_form(words[-1]) or words[-1].endswith("ly")))):
        words.pop()
    if not any(w[:1].isupper() for w in words) or (len(words) < 2 and words[0].isupper()):
        return None  # ("the 2010 UN": an acronym alone is no happening)
    return cut_at_word(" ".join(words).rstrip(".,;:"), TITLE_MAX_CHARS)


# (after a preposition: the name is in a side phrase; "Brazil hosted the 2014 World Cup" is
# titled by its clause)
_THE_BEFORE = re.compile(r"\b(?:since|after|before|during|following|in|at|of|from|until|like|than|over|about"
                         r"|amid|despite|by|for)\s+(?:the|their|his|her|its)\s+\Z", re.I)
# capitalised words, then at most two lowercase ones ("Kumamoto tremors", "US presidential election")
_NAMED_AFTER = re.compile(r"(?:'s)?\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+[a-z][a-z-]{2,}){0,2})(?![\w'’-])")
# (a happening of another time than the sentence's: "since the …", "after the …"; "In the March 3
# vote in Texas, turnout rose" is titled by its clause)
_OTHER_TIME_BEFORE = re.compile(r"\b(?:since|after|before|following|until|amid|despite)\s+the\s+\Z", re.I)
# "since Hurricane Gilbert in 1988", "after the Great Flood of 1953": a name the date is of
_NAME_IN_DATE = re.compile(r"\b(?:since|after|before|following|than|like)\s+(?:the\s+)?"
                           r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:in|of)\s+\Z")
# "since the surprise announcement in (late January)": a noun the date is of, in a phrase of another time
# (only "since": the sentence tells what has lasted from then; "rose after the strike on Monday" may be either's)
_NOUN_IN_DATE = re.compile(r"\bsince\s+the\s+"
                           r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{3,})\s+(?:in|on|of)\s+\Z")
_THAT_AFTER = re.compile(r"\s+(that\s+[^,;:.()]{3,80}?)\s*(?=[,;:.(]|$)")
_TIME_NOUNS = frozenset("""time times day days week weeks month months year years period quarter season decade
century morning evening night afternoon weekend end start beginning middle""".split())
_NOUN_OF_NAME = re.compile(r"\s+(?P<noun>[a-z][a-z-]{3,})\s+(?:on|in|at|against|of|near)\s+(?:the\s+)?"
                           # (a title before the name: "the firing of chief executive Sam Altman")
                           r"(?:(?:ex-|former\s+|chief\s+|executive\s+|president\s+|ceo\s+|prime\s+|minister\s+"
                           r"|mayor\s+|governor\s+|senator\s+|general\s+|leader\s+|founder\s+|co-founder\s+)"
                           r"(?:[A-Z]{2,4}\s+)?)*"
                           r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*"
                           r"(?:\s+(?:in|of)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*){0,2}(?![\w'’-])")
_NOT_A_NAME = frozenset("and or but nor the a an of in on at to for with by from that which who whom whose when where "
                        "while as than then there this these those was were is are has have had be been will would "
                        "said says".split())


def _date_as_subject(title: str, text: str, lo: int, hi: int, dates: list[tuple[int, int]], language: str) -> str:
    """`title` without the verb that was left at its start when the date it dropped was the
    sentence's subject: "Today is the deadline for claims" → "The deadline for claims", "Sunday
    marks one year since the flood" → "One year since the flood", "El lunes se cumple un año de
    …" → "Un año de …"."""
    first = next((start for start, end in dates if lo <= start and end <= hi), None)
    verb = _DATE_SUBJECT_VERB.get(language)
    if first is None or verb is None or not _DATE_SUBJECT_BEFORE.fullmatch(text, lo, first):
        return title
    m = verb.match(title)
    return title[m.end():] if m and len(title[m.end():].split()) >= 2 else title


_DATE_SUBJECT_BEFORE = re.compile(r"[\s\"“«„]*(?:(?:el|la|le|il|lo|der|die|das|the)\s+)?", re.I)
_DATE_SUBJECT_VERB = {language: re.compile(rf"(?:{words})\s+(?=\w)", re.I) for language, words in {
    "en": r"is|was|will\s+be|would\s+be|has\s+been|marks|marked|will\s+mark|would\s+mark",
    # (a passive's auxiliaries go with it: "Martedì è stato fissato un Cdm" → "Fissato un Cdm")
    "es": r"(?:fueron|han\s+sido|ha\s+sido)(?=\s+\w+(?:ad|id)[oa]s?\b)"
          r"|es|era|fue|será|marca|marcó|marcará|se\s+cumplen?|se\s+cumplió|se\s+cumplieron|se\s+cumplirán?",
    "fr": r"est|était|fut|sera|marque|marquait|marquera|a\s+marqué",
    "de": r"ist|war|markiert|markierte",
    "it": r"(?:è|era|fu|sarà|sono|erano|furono|saranno)\s+stat[oaie]|è|era|fu|sarà|segna|segnava|segnerà|ricorre",
    "pt": r"é|era|foi|será|marca|marcou|marcará",
}.items()}


def _english_turns(title: str) -> str:
    """Two English turns that put the happening after its frame: "The last time a second round was
    held was (in 1986)" → "a second round was held"; "Discovered (on July 1) by ATLAS telescopes,
    3I/ATLAS is …" → "3I/ATLAS discovered by ATLAS telescopes"."""
    if m := _LAST_TIME.match(title):
        return m.group(1)
    if (m := _LEADING_PARTICIPLE.match(title)) and past_form(m.group(1).lower()):
        rest = m.group(3).split(" ")
        verb = next((j for j, w in enumerate(rest[:ANTECEDENT_WORDS + 1]) if w.lower() in FINITE), None)
        if verb:
            return f"{' '.join(rest[:verb])} {m.group(1).lower()} {m.group(2)}"
    return title


_LAST_TIME = re.compile(r"^(?:the\s+)?(?:last|first|only)\s+time\s+(?:that\s+)?"
                        r"(.+?\s(?:was|were)\s+\w+)\s+(?:was|were)[.!]?$", re.I)
_LEADING_PARTICIPLE = re.compile(r"^([A-Z][a-z]+),?\s+(by\s+[^,]{3,80}),\s+(.+?)[.!]?$")


# "Sarkozy, who led France from 2007 to 2012, was angered …", "Lula, whom the two met on Friday,
# did not attend …": a relative clause between the subject and its verb is an aside
_SUBJECT_RELATIVE = re.compile(r"[^,;:]{3,80}?(?P<aside>,\s+(?:who|whom|which|whose)\s[^;:]{3,160}?,)\s+(?=[a-z])"
                               r"(?!(?:and|or|but|who|which|that)\b)")
# "Seguro is a veteran politician who served as head of the party from 2011 to 2014": the subject
# is the relative clause's
# (not a cleft: "It was the mayor who opened the bridge")
_PREDICATE_RELATIVE = re.compile(r"(?!(?:It|This|That|There|What)\b)"
                                 r"(?P<subject>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}?[A-ZÀ-Ý][\w'’.-]*)\s+(?:is|was)\s+"
                                 r"(?:a|an|the)\s+[^,;]{0,60}?\s(?:who|which)\s+(?=[a-z])")


def _predicate_relative(text: str, breaks: list[int],
                        focus: tuple[int, int]) -> tuple[int, int, int, int, bool] | None:
    """As `_relative_clause`, when the date is in a relative clause on the sentence's predicate
    noun ("Seguro is a politician who served … from 2011"): its subject is the sentence's."""
    m = _PREDICATE_RELATIVE.match(text)
    if m is None or focus[0] < m.end() or any(m.end() < b <= focus[0] for b in breaks):
        return None
    hi = min(next((b for b in breaks if b > focus[1]), len(text)), len(text))
    more = _AND_PREDICATE.search(text, focus[1], hi)  # "… and previously worked in …": another happening
    return 0, m.end("subject"), m.end(), more.start() if more else hi, False


# "The official Q3 results released on November 19 painted …": a participle right before the date,
# after the subject's noun phrase, and the sentence's own verb right after the date
_REDUCED_BEFORE = re.compile(r"^(?P<noun>(?:the|a|an|its|his|her|their|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,4}?)"
                             r"(?P<verb>[a-z]{3,})\s+(?:on|in|at|by|during)?\s*$")
_DATES_ITS_NOUN = frozenset("held staged hosted organised organized played celebrated conducted scheduled planned "
                            "set slated".split())
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _reduced_relative(text: str, lo: int, hi: int, focus: tuple[int, int], dates: list[tuple[int, int]]) -> str | None:
    """The title of a date told in a participle's phrase that hangs on the subject with no
    comma ("The official Q3 results released on November 19 painted a picture …" → "The official
    Q3 results released"); None when the clause is not so."""
    m = _REDUCED_BEFORE.match(text[lo:focus[0]])
    after = _VERB_AFTER.match(text, focus[1], hi)
    if m is None or after is None:
        return None
    verb, main = m.group("verb"), after.group(1)
    if not (past_form(verb) or verb in IRREGULAR_PARTICIPLE) or verb in _SAYING or verb in _DATES_ITS_NOUN:
        return None  # ("Elections held on Sunday drew record crowds": "held" only dates the elections)
    if not (main in FINITE or past_form(main)) or any(
            w in FINITE or (past_form(w) and w.isalpha()) for w in m.group("noun").lower().split()[1:]):
        return None
    if main in _TELLS and len(text[after.end():hi].split()) >= 3:
        # "A report released on Saturday said the switches were moved …": what it told is its news
        noun = _compose(text, lo, lo + m.start("verb"), dates).rstrip()
        return f"{noun} {_compose(text, after.start(1), hi, dates)}"
    return _compose(text, lo, lo + m.end("verb"), dates)


# what a report, a study or a video tells, as the verb after it (the telling is its news)
_TELLS = frozenset("said says showed shows found finds revealed reveals concluded concludes suggested suggests "
                   "indicated indicates confirmed confirms".split())


def _whose_clause(text: str, breaks: list[int], focus: tuple[int, int], dates: list[tuple[int, int]]) -> str | None:
    """The title of a date told in a "whose" clause: the noun's thing did what the clause says
    ("… including a woman whose body was pulled from the wreckage on Thursday" → "A woman's body
    was pulled from the wreckage"; "The mayor, whose office was raided on Monday, resigned" →
    "The mayor's office was raided"), or None."""
    whose = next(reversed(list(_WHOSE.finditer(text, max(0, focus[0] - _THAT_CLAUSE_REACH), focus[0]))), None)
    if whose is None or any(whose.end() <= b <= focus[0] for b in breaks):
        return None  # (a clause break between: the date is not the clause's)
    if any(w[:1].isupper() for w in text[whose.end():focus[0]].split()[:3]):
        return None  # ("Venezuela, whose leader Nicolas Maduro was ousted": the name is the subject)
    before = text[max(0, whose.start() - 60):whose.start()].rstrip(" ,")
    noun = _NAME_BEFORE.search(before) or _NOUN_PHRASE_BEFORE.search(before)
    if noun is None or (noun.re is _NAME_BEFORE and before[:noun.start()].split()[-1:] in (["of"], ["from"], ["in"],
                                                                                         ["at"], ["for"], ["with"])):
        return None  # ("a 45-year-old man from La Mirada, whose death …": the place is not whose)
    end = min(next((b for b in breaks if b > focus[1]), len(text)), len(text))
    for word in re.finditer(r"\S+", text[focus[1]:end]):
        low = word.group().lower().rstrip(".,;:!?")
        if low in FINITE or (past_form(low) and low.isalpha()):
            end = focus[1] + word.start()  # "The club whose players went on strike on Monday lost": the main verb
            break
    clause = _compose(text, whose.end(), end, dates)
    if len(clause.split()) < 2:
        return None
    owner = noun.group().strip()
    return f"{owner}{'’' if owner.endswith('’') else chr(39)}{'' if owner.endswith('s') else 's'} {clause}"


_WHOSE = re.compile(r"(?<=\w)(?:,)?\s+whose\s+(?=[a-z])")
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")


def _german_object_relative(text: str, breaks: list[int], focus: tuple[int, int],
                            dates: list[tuple[int, int]]) -> str | None:
    """A German relative clause whose pronoun is its object and whose date is its own, told in
    main-clause order ("… Ziele der zahlreichen Gesetzentwürfe, die das Kabinett am Mittwoch auf
    den Weg gebracht hat" → "Das Kabinett hat die Gesetzentwürfe auf den Weg gebracht"): its
    subject (from the pronoun to the date), its auxiliary (which ended it), the antecedent's noun
    with the pronoun as its article, the rest; None when the clause is not so."""
    m = next(reversed(list(_DE_OBJECT_RELATIVE.finditer(text, max(0, focus[0] - _THAT_CLAUSE_REACH), focus[0]))),
             None)
    if m is None or any(m.end() <= b <= focus[0] for b in breaks):
        return None
    subject = _compose(text, m.end(), focus[0], dates)
    if not 2 <= len(subject.split()) <= 8 or any(w.lower() in _NOT_VERBS_DE for w in subject.split()):
        return None
    end = min(next((b for b in breaks if b > focus[1]), len(text)), len(text))
    clause = text[focus[1]:end].rstrip(" .,;:!?")
    aux = _DE_AUXILIARY_END.search(clause)
    if aux is None:
        return None
    rest = _compose(text, focus[1], focus[1] + aux.start(), dates)
    noun = _DE_ANTECEDENT.search(text, max(0, m.start() - 60), m.start())
    thing = f"{m.group(1)} {noun.group(1)}" if noun else ""
    return " ".join(part for part in (subject, aux.group(1), thing, rest) if part)


def _german_subject_relative(text: str, breaks: list[int], focus: tuple[int, int],
                             dates: list[tuple[int, int]]) -> str | None:
    """A German relative clause on the sentence's first noun phrase, its pronoun the subject and
    the date its own, told as a main clause with that noun phrase ("Der Bürgermeister, der am
    Montag zurücktrat, war krank" → "Der Bürgermeister trat zurück"); None when it is not so."""
    i = bisect_left(breaks, focus[0] + 1) - 1
    if i != 1 or i + 1 >= len(breaks):
        return None
    m = _DE_SUBJECT_RELATIVE.match(text, breaks[1]) if text[breaks[1] - 2:breaks[1]] == ", " else None
    if m is None or focus[0] < m.end():
        return None
    noun = text[:breaks[1]].strip(" ,")
    words = noun.split()
    if not 1 <= len(words) <= ANTECEDENT_WORDS or not noun[:1].isupper() \
            or (end := _noun_phrase_end_de(words, 0)) is None or not (
                all(w[:1].isupper() for w in words[end:])
                or (words[end] in _OF_DE and words[-1][:1].isupper() and len(words) - end <= 4)):
        return None  # (a noun phrase: "Der Hafenmeister", "Die alte Fähre", "Ana Ruiz", "Eine Fahrt von Schülern")
    body = _compose(text, m.end(), breaks[2], dates).rstrip(" .,;:!?").split(" ")
    verb = body[-1] if body else ""
    if not (verb.isalpha() and verb.islower()) or len(body) > 12:
        return None
    return " ".join([noun, *_verb_moved_second(verb, body[:-1])])


_ACCORDING_TO = frozenset("según segundo selon laut secondo according conforme".split())
_OF_DE = frozenset("von vom aus des der für".split())  # what a German noun phrase's complement opens with
# ", der am Montag zurücktrat": a relative pronoun that is its clause's subject (no noun of its own follows)
_DE_SUBJECT_RELATIVE = re.compile(r",?\s*(?:der|die|das|welcher|welche|welches)\s+(?!(?:der|die|das|den|dem|ein|eine)\s"
                                  r"|(?-i:[A-ZÄÖÜ]))", re.I)
# ", die das Kabinett …", ", den Bundeskanzler Merz …": a relative pronoun followed by the clause's own subject
_DE_OBJECT_RELATIVE = re.compile(r",\s+(die|das|den)\s+(?=(?:der|die|das|ein|eine)\s|(?-i:[A-ZÄÖÜ]))", re.I)
_DE_AUXILIARY_END = re.compile(r"\s(hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)$")
# the antecedent's noun, right before the comma ("der zahlreichen Gesetzentwürfe")
_DE_ANTECEDENT = re.compile(r"\b(?i:der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines)\s+(?:[a-zäöüß-]+\s+){0,2}"
                            r"([A-ZÄÖÜ][\wäöüß-]*)$")


def _object_relative(text: str, breaks: list[int], focus: tuple[int, int],
                     dates: list[tuple[int, int]]) -> str | None:
    """The title when the date is in an object relative clause on the sentence's first noun
    phrase ("Lula, whom von der Leyen met on Friday, did not …" → "Von der Leyen met Lula"):
    its subject and verb, then the noun. None otherwise."""
    i = bisect_left(breaks, focus[0] + 1) - 1
    if i != 1 or i + 1 >= len(breaks) or not text.startswith("whom ", breaks[1]):
        return None
    lo, hi = breaks[1] + len("whom "), min(breaks[2], len(text))
    noun = text[:breaks[1]].rstrip(" ,")
    if not 0 < len(noun.split()) <= ANTECEDENT_WORDS:
        return None
    verb = next((w for j, w in enumerate(re.finditer(r"[a-z]+", text[lo:hi]))
                 if j and (w.group() in FINITE or past_form(w.group()))), None)
    if verb is None:
        return None
    at = lo + verb.end()
    subject, rest = _compose(text, lo, at, dates), _compose(text, at, hi, dates)
    return f"{subject} {_compose(text, 0, len(noun), dates)} {rest}".strip()


def _restrictive_clause(text: str, breaks: list[int], focus: tuple[int, int],
                        language: str) -> tuple[int, int, int, int, bool] | None:
    """(start and end of the noun, start and end of the clause, False) when the date at `focus`
    is in a restrictive clause, the noun's own happening ("The death toll from the 6.8 magnitude
    quake that struck late on Friday stood at …": the quake striking)."""
    that, phrase = _RESTRICTIVE.get(language, (None, None))
    restrictive = that.search(text, max(0, focus[0] - _THAT_CLAUSE_REACH), focus[0]) if that else None
    if restrictive is None and language in _PRONOUN_THEN_DATE:
        pronoun, verb = _PRONOUN_THEN_DATE[language]
        before = pronoun.search(text, max(0, focus[0] - 8), focus[0])
        restrictive = before if before and verb.match(text, focus[1]) else None
    if restrictive is not None and _RELATIVE_COMMA.search(text, restrictive.end(), focus[0]):
        return None  # ("la amnistía que se concederá a los políticos, que en el 2017 declararon": the later one's)
    noun = phrase.search(text, 0, restrictive.start()) if restrictive else None
    while noun is not None and language != "en" and (
            later := phrase.search(text, noun.start() + 1, restrictive.start())) is not None:
        noun = later  # (the noun the pronoun follows: "El sindicato anunció una huelga que …" is of "una huelga")
    if noun is None or (language != "en" and not text[:noun.start()].strip()):
        return None  # (outside English, the subject's clause: its main verb, unknown here, comes after)
    if language != "en" and noun.group().split(" ", 1)[0].lower() in _JOINED_ARTICLES.get(language, {}) \
            and len(text[:noun.start()].split()) <= 3:
        return None  # ("Le bilan du séisme qui a frappé vendredi le Maroc dépasse …": of the subject too)
    if language != "en" and (joined := _JOINED_ARTICLE.match(text, noun.start())) is not None:
        # "a causa dell’incidente che ieri ha provocato": the article without its preposition
        return joined.end() - 2, noun.end(), restrictive.end(), _restrictive_end(text, breaks, focus), False
    if language == "en" and _verb_after_clause(text, restrictive.end(), focus[0]) is not None:
        return None  # "… earthquake that struck southern Turkey 24 hours earlier continued to rise on Tuesday"
    return noun.start(), noun.end(), restrictive.end(), _restrictive_end(text, breaks, focus), False


def _bare_article(noun: str, language: str) -> str:
    """A Romance noun phrase without the preposition its article was joined to: "ao desastre" →
    "o desastre", "del desastre" → "el desastre", "du séisme" → "le séisme"."""
    first, _, rest = noun.partition(" ")
    bare = _JOINED_ARTICLES.get(language, {}).get(first.lower())
    return f"{bare} {rest}" if bare and rest else noun


_JOINED_ARTICLES = {
    "pt": {"ao": "o", "aos": "os", "do": "o", "da": "a", "dos": "os", "das": "as", "pelo": "o", "pela": "a"},
    "es": {"del": "el", "al": "el"},
    "fr": {"du": "le", "au": "le", "aux": "les"},
    "it": {"della": "la", "dello": "lo", "dei": "i", "degli": "gli", "delle": "le", "nel": "il", "nella": "la",
           "alla": "la", "dal": "il", "dalla": "la", "sul": "il", "sulla": "la"},
}
# a preposition joined to its article before the noun: "dell’", "nell’", "all’", "dall’", "sull’"
_JOINED_ARTICLE = re.compile(r"(?:de|ne|a|da|su)ll['’]", re.I)


def _restrictive_end(text: str, breaks: list[int], focus: tuple[int, int]) -> int:
    """Where the restrictive clause with the date at `focus` ends: at the next clause break, or
    before the main clause's verb ("… late on Friday stood at 2,862")."""
    end = next((b for b in breaks if b > focus[1]), len(text))
    for word in re.finditer(r"\S+", text[focus[1]:end]):
        bare = word.group().rstrip(".,;:!?")  # ("… on Monday sank.")
        if bare.lower() in FINITE or (past_form(bare.lower()) and bare.isalpha()):
            end = focus[1] + word.start()  # "… late on Friday stood at 2,862": the main clause's verb
            break
    return min(end, len(text))


def _relative_clause(text: str, breaks: list[int], focus: tuple[int, int]) -> tuple[int, int, int, int, bool] | None:
    """(start and end of the noun, start and end of the clause, whether it is a participle's)
    when the date at `focus` is in a relative or participle clause after the sentence's first
    noun phrase ("Sarkozy, who led France from 2007 to 2012, was …", "The survivor, rescued on
    Friday after 10 days, is …": a short noun phrase without a comma of its own) or in a
    relative clause after a name ("… a comeback for Kast, who finished second on November 16")."""
    i = bisect_left(breaks, focus[0] + 1) - 1
    if i < 1 or i + 1 >= len(breaks):
        return None
    lo = breaks[i]
    last, hi = _said_on(text, breaks, i, focus)  # ("quien aseguró que el próximo domingo, 2 de junio, hará …")
    if last + 2 < len(breaks) and _PLACE_GOES_ON.match(text, hi):  # "which began on Friday, Jan. 23, in New Mexico"
        hi = breaks[last + 2]
    m = _RELATIVE_START.match(text[lo:hi])
    if m and (second := _AND_RELATIVE.search(text, lo + m.end(), hi)) is not None:
        hi = second.start()  # "… que arrasó el martes el Levante y que es ya …": the clause of the date ends
    noun = _RELATIVE_AFTER.search(text, 0, lo + m.end()) if m else None
    if noun is None:  # a participle clause after the first noun phrase?
        p = _PARTICIPLE_START.match(text[lo:hi]) if text[lo - 2:lo] == ", " else None
        head = text[:lo - 2].split()
        source = text[breaks[i - 1]:lo - 2].lstrip(" ,").split(" ", 1)[0].lower()
        if p is None or not head or head[0].lower() in _ACCORDING_TO or (i > 1 and source in _ACCORDING_TO):
            # ("Según el boletín, publicado el lunes, hay …", "…, selon le dernier bilan, publié jeudi":
            # the source, not the happening)
            return None
        word = p.group(1)
        english = past_form(word) or word in IRREGULAR_PARTICIPLE  # (English headlines drop the "was")
        # (not a list whose own verb follows: "Las lluvias torrenciales, tornados y riadas sorprendieron")
        if (english or (_ROMANCE_PARTICIPLE.fullmatch(word) and not _ROMANCE_FINITE.search(text, lo + p.end(), hi))) \
                and word not in _SAYING:
            name = _NAME_BEFORE.search(text, 0, lo - 2)
            if name is not None and name.start() > 0 and not english \
                    and _PREPOSITION_BEFORE_NAME.search(text, 0, name.start()):
                # "El nuevo papa sucede a Francisco, muerto el 21 de abril": the name the participle follows
                return name.start(), name.end(), lo, min(hi, len(text)), False
            if i == 1 and len(head) <= ANTECEDENT_WORDS and not _ROMANCE_FINITE.search(text, 0, lo) \
                    and not any(w in FINITE or (past_form(w) and w.isalpha()) for w in head[1:]):
                # "The survivor, rescued on Friday after 10 days, is …"
                return 0, lo - 2, lo, min(hi, len(text)), english
            # "… those of two men, arrested on Saturday, who …": the participle's noun is the
            # phrase just before its comma ("Two men arrested"), if the sentence has had its verb
            # (not "The quake, Haiti's worst in two centuries, struck on Tuesday") or the phrase is
            # an aside between commas, and the phrase is no place ("a gig at the town hall, recorded")
            verb = _ROMANCE_FINITE.search(text, 0, lo) or any(
                w in FINITE or (past_form(w) and w.isalpha()) for w in text[:lo - 2].lower().split()[1:])
            aside = i + 1 < len(breaks) and _RELATIVE_START.match(text[breaks[i + 1]:breaks[i + 1] + 16]) is not None
            phrase = _PHRASE_BEFORE_PARTICIPLE.search(text, breaks[i - 1], lo - 2) if verb or aside else None
            if phrase is None or _PLACE_BEFORE.search(text, max(0, phrase.start() - 8), phrase.start()):
                return None
            return phrase.start("noun"), phrase.end(), lo, min(hi, len(text)), english
        if i > 1 or len(head) > ANTECEDENT_WORDS:
            return None
        if word.endswith("ing") and i + 2 < len(breaks) and len(head) <= 4:
            # "Officials, speaking on Monday, said the dam held": the date is of what they said
            return 0, lo - 2, breaks[i + 1], min(breaks[i + 2], len(text)), False
        return None
    head = text[:noun.start()].split()
    if i == 1 and 0 < len(head) <= ANTECEDENT_WORDS and not _ROMANCE_FINITE.search(text, 0, noun.start()) and not any(
            w in FINITE or (past_form(w) and w.isalpha()) for w in head[1:]):  # a noun phrase, no clause
        return 0, noun.start(), lo + m.end(), min(hi, len(text)), False
    before, floor = noun.start(), breaks[i - 1]
    if i >= 2 and _CONCESSIVE_ASIDE.fullmatch(text, floor, before):
        # "… la dana destructiva e histórica, pero no inédita, que arrasó el martes …": the noun is
        # before the aside that qualifies it
        before, floor = text.rfind(",", 0, floor), breaks[i - 2]
    if text[floor:before].endswith(")") and (opened := text.rfind(" (", floor, before)) > 0:
        before = opened  # "… a Boeing 787-8 Dreamliner (registration VT-ANB), which crashed …": the noun's aside
    name = _NAME_BEFORE.search(text, floor, before)
    if name and m.group().strip().lower() in ("who", "which", "quien", "qui", "che", "que"):
        phrase = _NOUN_PHRASE_BEFORE.search(text, floor, before) if " " not in name.group() else None
        start = phrase.start() if phrase else name.start()  # ("a Boeing 787-8 Dreamliner", not "Dreamliner")
        return start, name.end(), lo + m.end(), min(hi, len(text)), False
    # "… visited the plant, which opened in 1990", "… para el exmandatario, que desde agosto cumple …"
    word = m.group().strip().lower()
    phrase = _NOUN_PHRASE_BEFORE.search(text, floor, before) if word in ("who", "which", "that") else \
        _ROMANCE_PHRASE.search(text, floor, before) if word in ("que", "qui", "che") else None
    if phrase:
        return phrase.start(), phrase.end(), lo + m.end(), min(hi, len(text)), False
    if word in ("which", "who") and (bare := _bare_noun_before(text, floor, before)) is not None:
        # "… historical pieces from France's crown jewels collection, which were spared from a 1887
        # auction": a noun with no article (else the title would be "Were spared …")
        return bare, before, lo + m.end(), min(hi, len(text)), False
    return None


def _bare_noun_before(text: str, floor: int, before: int) -> int | None:
    """Where a noun phrase with no article that ends at `before` starts ("France's crown jewels
    collection"): up to four words back, to a preposition, a verb or a determiner; None when the
    words there are no noun phrase."""
    start = None
    for n, m in enumerate(reversed(list(_WORD_SPAN.finditer(text, max(floor, before - 60), before)))):
        low = m.group().lower()
        if n >= 4 or low in PREPOSITIONS or low in FINITE or low in _DETERMINERS_EN or (n and past_form(low)) \
                or (n and not text[m.end():before].replace(" ", "").replace("-", "").replace("’", "")
                    .replace("'", "").isalpha()):
            break
        start = m.start()
    if start is None or past_form(text[start:before].split()[-1].lower()):
        return None
    return start


_WORD_SPAN = re.compile(r"[\w'’-]+")
_DETERMINERS_EN = frozenset("the a an this that these those his her its their our my your".split())


# a preposition before the noun a relative clause hangs on ("En la primera votación, que tendrá lugar el
# 16 de noviembre, …" → "La primera votación tendrá lugar")
_NOUN_PREPOSITION = re.compile(r"^(?:in|on|at|during|to|for|with|en|dans|durante|bei|im|nel|nella|no|na|em|a|à|de"
                               r"|con|para|por|pour|avec|par|per|da|di|mit|für)\s+"
                               r"(?=(?:the|a|an|la|el|los|las|le|les|l['’]|un|una|une|il|lo|o|os|as|um|uma|der|die|das"
                               r"|dem|den)\b)", re.I)
_AND_RELATIVE = re.compile(r"\s+(?:y|e|et|and|ed)\s+(?:que|qui|which|who|che)\s", re.I)
# what qualifies a noun between commas before its relative clause: "pero no inédita", "though not
# unprecedented", "mais pas inédite", "ma non inedita"
_CONCESSIVE_ASIDE = re.compile(r"(?:pero|aunque|but|though|although|yet|mais|quoique|ma|però|aber|doch|mas|porém)"
                               r"(?:\s+(?:no|not|pas|non|nicht|não))?(?:\s+[\w'’-]+){1,3}\s*", re.I)


def _verb_after_clause(text: str, start: int, end: int) -> int | None:
    """Where, in text[start:end] (a restrictive clause from its first word on), a second verb
    starts that is not the clause's own (no "and" or comma before it, no "by" after it): the
    sentence's main verb, where the clause has ended; None if there is none."""
    words = list(re.finditer(r"\S+", text[start:end]))
    own = next((i for i, w in enumerate(words[:3])
                if past_form(w.group().lower()) or w.group().lower() in FINITE), None)
    if own is None:
        return None
    while own + 1 < len(words) and words[own].group().lower() in FINITE | {"been", "being"} and (
            words[own + 1].group().lower() in ("been", "being") or past_form(words[own + 1].group().lower())):
        own += 1  # ("which was included", "that had been built": the clause's own verb)
    if own + 1 < len(words) and words[own].group().lower() in FINITE and words[own + 1].group().endswith("ing"):
        own += 1  # ("which was sitting")
    for i in range(own + 1, len(words)):
        low, before = words[i].group().lower(), words[i - 1].group()
        if before.lower() in ("a", "an", "the"):
            continue  # ("the stranded ship": an adjective)
        if (low in FINITE or (past_form(low) and low.isalpha())) and before.lower() not in ("and", "or") \
                and not before.endswith(",") and (i + 1 >= len(words) or words[i + 1].group().lower() != "by"):
            return start + words[i].start()
    return None


def _restrictive_aside(text: str, focus: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a restrictive clause that ends before the main verb, the date at `focus`
    being the main clause's: an aside the title leaves out ("The death toll from a powerful
    earthquake that struck southern Turkey 24 hours earlier continued to rise on Tuesday" → "The
    death toll from a powerful earthquake continues to rise")."""
    restrictive = _THAT_CLAUSE_BEFORE.search(text, max(0, focus[0] - _THAT_CLAUSE_REACH), focus[0])
    if restrictive is None or not text[restrictive.start() + 1].islower() \
            or _NOUN_PHRASE_BEFORE.search(text, 0, restrictive.start()) is None:
        return None  # ("The Day That Lehman Died is part of …": a name)
    verb = _verb_after_clause(text, restrictive.end(), focus[0])
    if verb is not None and _INTRODUCTORY.match(text) and "," in text[restrictive.end():verb]:
        return None  # "In a heist that shocked the world, thieves broke in": the scene's clause ends at its comma
    return (restrictive.start(), verb - 1) if verb is not None else None


# "… the 6.8 magnitude quake that struck in the High Atlas Mountains late on Friday": a noun's own
# happening, told in a restrictive clause whose verb is past and comes before the date
_THAT_CLAUSE_BEFORE = re.compile(r"(?<!,)\s(?:that|which)\s+(?=(?:\w+\s+){0,1}?(?:[a-z]+ed|struck|hit|began|shook"
                                 r"|swept|broke|came|fell|took|tore|killed)\b|(?:was|were)\s+[a-z]{2,}ing\b"
                                 # (or what it will do: "a strike that will begin on April 3")
                                 r"|will\s+(?:be\s+)?[a-z]{3,}\b)"
                                 r"(?![^,;]*\b(?:that|which)\s)", re.I)
_THAT_CLAUSE_REACH = 90  # characters from "that" to the date
# the same in Spanish, French and Italian: "la DANA que ha asolado este martes el País Valencià",
# "le séisme qui a frappé vendredi le Maroc", "il terremoto che ha colpito venerdì il Marocco"
_ROMANCE_NOUN_PHRASE = (r"\b(?:(?:el|la|los|las|un|una|unos|unas|uno|le|les|une|il|lo|gli|i|o|os|as|um|uma"
                        # (an article joined to a preposition: "ao desastre", "del desastre", "du séisme")
                        r"|ao|aos|do|da|dos|das|pelo|pela|del|al|du|au|aux|della|dello|dei|degli|delle|nel|nella"
                        r"|alla|dal|dalla|sul|sulla)\s+|(?:de|ne|a|da|su)?l?l['’]\s*)"
                        r"(?:(?!(?:de|du|del|des|di|della|dei|en|à|a|al|au|por|par|per|para|pour|con|avec|sur|sobre"
                        r"|contra|contre|entre|sin|sans|dans|su|tra|fra|dopo|durante|tras|après|pendant|avant|prima"
                        r"|desde|depuis|da|dal|dalla|nel|nella|al|alla)\s)[\w.'’-]+\s+){0,4}"
                        # (and its measure: "un puissant séisme de magnitude 7,7 qui a frappé …")
                        r"[^\W\d_][\w'’-]*(?:\s+(?:de|di|da)\s+[^\W\d_][\w'’-]*\s+\d{1,3}(?:[.,]\d{1,2})?)?$")
_ROMANCE_PHRASE = re.compile(_ROMANCE_NOUN_PHRASE, re.I)
# the relative pronoun and the verb that tells the noun's happening
# (and its future: "une grève qui aura lieu à partir du 3 avril", "uno sciopero che si terrà dal 3 aprile")
_ROMANCE_RELATIVE = {"es": ("que", r"(?:ha|han|había|habían)\s+\w+(?:ado|ido)\b|\w+(?:ó|aron|ieron)\b"
                                   r"|(?:se\s+)?\w{3,}rán?\b"),
                     "fr": ("qui", r"(?:a|ont|avait|avaient)\s+\w+(?:é|i|u|is|it)\b"
                                   r"|(?:s['’])?(?:est|sont|était|étaient)\s+\w+(?:ée?s?|ie?s?|ue?s?)\b"
                                   r"|(?:se\s+)?\w{2,}(?:ra|ront)\b"),
                     # (and the irregular participles: "hanno fatto", "è morto", "ha preso", "ha chiuso")
                     "it": ("che", r"(?:ha|hanno|è|sono)\s+\w+(?:ato|ito|uto|ata|ita|uta|tt[oaie]|rt[oaie]|st[oaie]"
                                   r"|es[oaie]|us[oaie])\b"
                                   r"|(?:si\s+)?\w{3,}(?:rà|ranno)\b")}
_RESTRICTIVE: dict[str, tuple[re.Pattern, re.Pattern]] = {
    language: (re.compile(rf"(?<!,)\s(?:{pronoun})\s+(?=(?:{verb}))(?![^,;]*\b{pronoun}\s)", re.I), _ROMANCE_PHRASE)
    for language, (pronoun, verb) in _ROMANCE_RELATIVE.items()}
# the date right after the pronoun: "dell'incidente che ieri ha provocato il crollo", "la DANA que este
# martes ha asolado"
_PRONOUN_THEN_DATE = {language: (re.compile(rf"(?<!,)\s(?:{pronoun})\s+\Z", re.I), re.compile(rf"\s*(?:{verb})", re.I))
                      for language, (pronoun, verb) in _ROMANCE_RELATIVE.items()}
# the noun phrase before it: "the 6.8 magnitude quake", "a powerful storm" (an article, at most
# five words, the last one the noun)
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+"
                                 r"(?:(?!(?:the|a|an|its|his|her|their|of|from|in|on|at|by|for|with"
                                 r"|was|were|is|are|has|have|had|be|been)\s)[\w.'’-]+\s+){0,4}"
                                 r"(?!(?:was|were|is|are|has|have|had|been)$)[a-z][\w'’-]*"
                                 # (and the place it is in: "the wildfire in Northern California")
                                 r"(?:\s+(?:in|near|outside|of)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*))?$",
                                 re.I)
_RESTRICTIVE["en"] = (_THAT_CLAUSE_BEFORE, _NOUN_PHRASE_BEFORE)
_PARTICIPLE_START = re.compile(r"([a-zà-ÿ]{3,})\s")
_ROMANCE_PARTICIPLE = re.compile(_ROMANCE_PARTICIPLE_FORM)
# (and its hour, once its day has gone: "…, divulgado às 18h desta segunda-feira (6), há …")
_CLOCK_AFTER_PARTICIPLE = (r"\s+(?:às|a\s+las|alle|à|at|um)\s+\d{1,2}(?:[:.h]\d{2})?\s*"
                           r"(?:h|horas|heures|uhr|ore|[ap]\.?m\.?)?")
_BARE_PARTICIPLE_ASIDE = re.compile(rf",\s+({_ROMANCE_PARTICIPLE_FORM}|[a-z]{{3,}}ed|born|élue?s?|née?s?"
                                    rf"|elett[oaie])(?:{_CLOCK_AFTER_PARTICIPLE})?,\s+"
                                    # (opening the title, once what opened the sentence has gone: "divulgado
                                    # às 18h, há …")
                                    rf"|^(?i:{_ROMANCE_PARTICIPLE_FORM}){_CLOCK_AFTER_PARTICIPLE},\s+")
# a verb in the words before a comma, in Spanish, French, Italian or Portuguese ("La policía
# interrogó al guardia, que …" is a clause, not a noun phrase)
_ROMANCE_FINITE = re.compile(r"(?<![\w'’-])(?:ha|han|fue|fueron|es|son|era|eran|está|están|ont|est|sont|était"
                             r"|étaient|sono|hanno|è|foi|foram|são|[a-záéíóúñ]{3,}(?:ó|aron|ieron|ió|ò)"
                             r"|a\s+[a-zàâçéèêëîïôûù]{2,}(?:é|i|u|is|it))(?![\w'’-])")
# the noun phrase a participle after a comma tells of: "two men", "the guard", "dos hombres", "Kast"
_PHRASE_BEFORE_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?P<noun>(?:the|a|an|el|la|los|las|un|una|unos|unas|le|les|l['’]|une|des|il|lo|gli|i|o|os|as|um|uma"
    r"|[0-9][\d,.]*|" + "|".join(sorted({w for table in NUMBER_WORDS.values() for w in table if len(w) > 2}))
    + r")\s+(?:(?!(?:of|to|for|from|with|in|on|at|by|de|del|du|des|di|da|do|a|al|au|à|en|con|avec|para|pour|per"
    r"|the|an|el|la|los|las|le|les|il|lo|un|une|una)\s)"
    r"[\w'’-]+\s+){0,2}[^\W\d_][\w'’-]*|(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}))$", re.I)


# (nor is an agent: "the concerto by Huw Watkins, commissioned by the BBC")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|to|into|on|near|à|dans|en|a|al|nel|nella|da|no|na"
                           r"|by|par|por|von|durch)\s+\Z", re.I)
# the verbs of saying, which after a comma tell who said it ("…, said Beccuau on Saturday")
_SAYING = frozenset("said told added noted stated wrote explained announced reported claimed insisted warned "
                    "confirmed argued declared tweeted posted".split())
# a preposition before a name a Romance participle may follow ("sucede a Francisco, muerto …",
# "succède à François, mort …")
_PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:a|à|al|de|di|da|del|du|con|avec|para|pour|per)\s+\Z", re.I)
# a person's name ending the text before ", who": "… a notable comeback for Jose Antonio Kast"
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?:[A-ZÀ-Ý][\w'’-]+\s+(?:(?:au|de|la|del|du|von|van|da|do|di|le|el)\s+)?){0,3}"
                          r"[A-ZÀ-Ý][\w'’-]+$")


def _compose(text: str, lo: int, hi: int, dates: list[tuple[int, int]],
             asides: list[tuple[int, int]] = ()) -> str:
    """text[lo:hi] as the makings of a title: without its dates, asides and attribution (and
    the spans `asides`)."""
    dateline = _CAPS_DATELINE.match(text, lo, hi) or _SLASH_CREDIT.match(text, lo, hi)
    lo = dateline.end() if dateline else lo  # "BALTIMORE -- ", "DUNDALK, Md. — ", "Shafaq News/ ": who filed it, where
    # ("Sarkozy, the former French president, was sentenced")
    asides = sorted({(a, min(b, hi)) for a, b in [*_appositions(text, dates), *asides] if lo <= a < hi})
    asides = [span for i, span in enumerate(asides) if not any(o[0] <= span[0] < o[1] for o in asides[:i])]
    title = without_dates(text, lo, hi, dates, asides)
    if dates and "," in title:  # ("said that on Sunday, June 2, she will …" without its date: "said that she will …")
        title = _QUE_ELIDED.sub("qu'", _SAID_COMMA.sub(r"\g<1> ", _COMMA_THAT.sub(r"\g<1> ", title)))
    first = next((start for start, end in dates if lo <= start and end <= hi), None)
    # the words a date leaves at the start ("On", "In early", "el"), but only there: "La policía
    # detuvo", "Le président a parlé", "Im Hafen sanken" keep their first word
    leading = first is not None and _LEADING.fullmatch(text, lo, first) is not None
    # (only as many as stood before the date: "El lunes la policía detuvo" keeps "La policía")
    lead_words = [w.lower() for w in WORD.findall(text, lo, first)] if leading else []
    if lead_words and not re.match(rf"(?i:{re.escape(lead_words[0])})(?!\w)", title):
        lead_words = []  # (`without_dates` took them with the date: what is left is the subject's)
    title = _PARENTHESES.sub("", title)  # "(MENAFN)", "(0400 GMT)", "(Enough)": asides
    title = _DASH_ASIDE.sub("", title)  # "de luto nacional –se han decretado tres días– pero"
    title = _TIGHT_DASH_ASIDE.sub(" ", title)  # "Many survivors—their homes destroyed—spent …"
    title = _LEADING_ATTRIBUTION.sub("", title.strip(" -–—•·*"))
    title = _past_lead(title, _LABEL, 4)  # "Slow reaction: …", "Update: …": a list item's or a live page's label
    title = _DATELINE_DASH.sub("", title)  # "Morocco—Rescuers raced …" (after "IMGDAL, ")
    title = _CONNECTIVE_ASIDE.sub("", title)  # "Markets, on the other hand, expect": what links it to the text
    # "El alcalde, elegido en 2019, dimitió": an aside that was a participle and its date is gone
    title = _BARE_PARTICIPLE_ASIDE.sub(lambda m: m.group() if m.group(1) in _SAYING else " ", title)
    # "cut rates last week": a timeline says when by its date ("survivors of this week's quake": of the quake)
    title = _RELATIVE_WEEK.sub(lambda m: " the" if m.group("possessive") else "", title)
    # "The livestream will begin at 11 p.m. EST": the quote keeps the hour ("At 7:35 Francis returned" too)
    timeless = _CLOCK_TIME.sub("", title).lstrip(" ,")
    title = timeless if len(timeless.split()) >= 3 else title
    pointed = _past_lead(title, _DEMONSTRATIVE_LEAD, 3)  # "That's 10 medals to be awarded"
    title = pointed if " and " not in pointed else title  # (not "This is the first cut and puts …")
    title = _past_lead(title, _DATE_FRAME, 3)  # "La fecha en la que Kast asumirá …", "The day when the bridge opened"
    title = _past_lead(title, _FIRST_TIME, 3)  # "It is the first time (since 1986) that a run-off is needed"
    title = _past_lead(title, _HOUR_FRAME, 3)  # "Il était environ 16h40 lorsque les secours ont été alertés"
    title = _past_lead(title, _CONNECTIVE_LEAD, 3)  # "However, the ministers agreed"
    concession = _CONCESSION_LEAD.match(title)
    if concession and "," not in re.sub(r",\s*,", " ", title[concession.end():]):  # ("Although X, Y" keeps it)
        title = _past_lead(title, _CONCESSION_LEAD, 3)  # "Even though the ban was revoked (on Monday)"
    elif _TIME_LEAD.match(title) and "," not in title and "," in (text[hi:hi + 1], text[hi - 1:hi]):
        title = _past_lead(title, _TIME_LEAD, 3)
    title = _past_lead(title, _DURATION_LEAD, 3)  # "Depuis plusieurs heures (, ce vendredi,) des millions …"
    title = _past_lead(title, _PICTURE_LEAD, 3)  # "This radar image shows …", "An aerial image of …": what it shows
    title = _past_lead(title, _PREAMBLE, 4)  # '"Given the duration of our search, the cold water, we do not …'
    comma = text.find(",", lo, hi)
    if comma >= 0 and any(comma < start < hi for start, _ in dates):  # (a date of the clause after the scene)
        title = _past_lead(title, _PARTICIPLE_SCENE, 4)
    for _ in range(2):  # (two scenes: "Desde Joe Biden a Vladimir Putin, pasando por …, el mundo saludó")
        scene = _LEADING_SCENE.match(title[:1].upper() + title[1:])  # (the second opens in lowercase)
        if not scene or len(title[scene.end():].split()) < 4:  # "At his press conference, Powell signaled"
            break
        title = title[scene.end():]
        for _ in range(3):  # "With the area located in rugged, isolated terrain, the picture …"; a list's
            rest = _SCENE_GOES_ON.match(title)  # items ("…, entre attaques, faux-semblants et rumeurs, les députés")
            if not rest or len(title[rest.end():].split()) < 4:
                break
            title = title[rest.end():]
    title = title.lstrip(" ,") if title[:1] in " ," else title  # (", el Gobierno declaró …": "El lunes" has gone)
    for _ in range(2):  # "…, the army has said, according to the AFP news agency": each goes
        said, cut = _ATTRIBUTION.subn("", title)
        if not cut or len(said.split()) < 2:
            break  # (nothing left: what looked like who said it was the clause itself)
        title = said
    title = _AS_ATTRIBUTION.sub("", title)  # "The Fed cut rates as the New York Times explains"
    reported = _REPORTED.match(title)
    if reported and reported.group().rstrip().lower().endswith(("reported", "confirmed")) and not any(
            w in FINITE or past_form(w) for w in title[reported.end():].lower().split()[:ANTECEDENT_WORDS]):
        reported = None  # "Nvidia reported third-quarter earnings": what was reported is an object, no clause
    if reported and first is not None and _REPORTED.match(text[lo:first].lstrip(" -–—•·*")) \
            and not _MODAL.search(title, reported.end()):
        title = title[reported.end():]
        scene = _LEADING_SCENE.match(title)
        if scene and len(title[scene.end():].split()) >= 4:  # "… said that during his term, Sarkozy received"
            title = title[scene.end():]
    if leading:
        # the prepositions the date leaves ("1814 in Llanidloes"), not the article of the subject
        # after it ("El lunes la policía detuvo" keeps "La policía"), unless it stood before the date
        while (m := _LEADING_WORD.match(title)) is not None:
            word = m.group().strip(" ,").lower()
            if word in _ARTICLES and not (lead_words and lead_words[0] == word):
                break
            if not (lead_words and lead_words[0] == word) and _PLACE_AFTER.match(title, m.end()):
                break  # "On 15 August in Anchorage the presidents met": the place is the title's
            lead_words = lead_words[1:] if lead_words and lead_words[0] == word else []
            title = title[m.end():]
        title = title.lstrip(" ,")
    title = _LEADING_CLOCK.sub("", title)  # "1040 Hundreds feared dead": a live page's entry time
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r",\s*,\s*", " ", title)  # "The president signed, on Wednesday, a law": the aside was the date
    title = re.sub(r"\s+([,;:.])", r"\1", title)  # "Discovered , by" once its date is gone
    return _quotes_closed(_tidy(title).strip(" ,;:-–—"))


def _past_lead(title: str, lead: re.Pattern, words: int) -> str:
    """`title` past the `lead` it opens with, if at least `words` words are left; else `title`."""
    m = lead.match(title)
    return title[m.end():] if m and len(title[m.end():].split()) >= words else title


def _quotes_closed(title: str) -> str:
    """`title` with its quotation marks paired: a stray one at an edge goes, one left open by a
    cut is closed ('Trump tells Havana to "make a deal' → '... "make a deal"'); a title that is
    one whole quotation loses its marks."""
    for left, right in (('"', '"'), ("“", "”"), ("«", "»")):
        opened = title.count(left) - title.count(right) if left != right else title.count(left) % 2
        if opened > 0 and title.startswith(left) and (left == right or right not in title):
            title = title[1:].lstrip()
        elif opened > 0 and left == right and title.endswith(left):  # ('… is short."': its opening went)
            title = title[:-1].rstrip()
        elif opened > 0:
            title += right
        elif opened < 0 and title.endswith(right):
            title = title[:-1].rstrip()
        elif len(title) > 2 and title[0] == left and title[-1] == right and left not in title[1:-1] \
                and right not in title[1:-1]:
            title = title[1:-1].strip()  # the whole title is one quotation whose speaker has gone
    return title


# a short phrase that sets the scene before the subject: "At his press conference, ", "As of
# Sunday, ", "En la capital, ", "Nach dem Treffen, "
# how long it has lasted, before the subject: "Depuis plusieurs heures", "Seit Stunden", "For several hours"
_DURATION_LEAD = re.compile(r"^(?:depuis|desde\s+hace|seit|for|da)\s+(?:plusieurs|quelques|deux|trois|varias|unas"
                            r"|dos|tres|mehreren|einigen|zwei|drei|several|a\s+few|two|three|diverse|alcune|due|tre)?\s*"
                            r"(?:heures|jours|semaines|horas|días|semanas|stunden|tagen|wochen|hours|days|weeks|ore|giorni"
                            r"|settimane)[\s,]+(?=\S)", re.I)  # (", ," where a date was)
_LEADING_SCENE = re.compile(
    # (not "At least 11 peacekeepers were killed, …": a scene has no verb of its own)
    # (a relative clause may have one: "In a brazen heist that has left the art world reeling, thieves …")
    r"^(?!(?:at\s+(?:least|most)|in\s+(?:all|total))\b)"
    r"(?![^,]{0,70}(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bwhere)\s(?:was|were|is|are|has|have|had)\s)"
    r"(?:at|in|on|as of|after|before|during|for|with|since|from|under|amid|despite|following|earlier|later"
    # "By 3 a.m. EDT on Oct. 25, ", "Around 11 p.m. local time, " (not "Around 200 people died, …")
    r"|by|shortly\s+(?:after|before)|(?:around|about|toward|towards|hacia|vers|gegen|verso|alle(?:\s+ore)?|um)"
    r"(?=\s+(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\b|o['’]clock|h\b|uhr\b|horas\b|heures?\b)|\d{1,2}[:.]\d{2}\b"
    r"|noon|midnight|midday|dawn|dusk|las\s+\d))"
    r"|malgré|pese a|a pesar de|trotz|nonostante|apesar de"
    # (Spanish, Italian and Portuguese "a" before an article, a fixed phrase or a place, and "al"
    # before a lowercase word: not the English article, "A powerful quake struck the city, killing …")
    r"|a(?=\s+(?:las?|los|el|partir|principios|finales|mediados|pesar|primera|media|última|fine|metà|inizio"
    r"|seguito|causa|(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2},))|al(?=\s+(?-i:[a-zà-ÿ]))"
    # ("Sous les yeux des Parisiens et face aux caméras du monde entier, la flèche s'effondrait")
    r"|sous|face\s+aux?|devant|bajo|ante|sotto|davanti\s+a[il]?|sob|perante"
    r"|en|tras|durante|después de|antes de|luego de|desde|dans|à|après|avant|pendant|lors de|lors d['’]|depuis|bei"
    r"|nach|vor|während|seit"
    r"|nel|nella|dopo|prima|durante|no|na|após|con|avec|mit|com"
    r"|comme|como|like|wie|come"  # ("Comme en 2021, la Seine …": what it is like)
    # "Hours after the vote, ", "Less than 24 hours after …, ", "Moins de vingt-quatre heures après …, ",
    # "À peine quelques heures après …, ": how long after something else that day (not "Two days
    # after the vote on March 3, …": the date is the vote's, the rest is of another day)
    r"|(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+|(?:moins|plus)\s+d['e]\s*|(?:menos|más)\s+de\s+"
    r"|à\s+peine\s+|apenas\s+)?(?:[\w-]+\s+){0,2}(?:hours?|minutes?|heures?|horas?|minutos?|stunden|minuten|ore"
    r"|minuti)\s+(?:after|before|later|earlier|après|avant|plus\s+tard|después|antes|más\s+tarde|nach|vor|später"
    r"|dopo|prima)"
    # "Speaking after Thursday's hearing, the 70-year-old said …"
    r"|speaking|addressing|writing|talking|responding|commenting|reacting|testifying)\b(?:[^,]|,(?=\d)){0,70},\s+"
    # "Working under floodlights, rescuers used dogs": a participle's phrase (not "Beijing, the capital");
    # "Nommé en remplacement de François Bayrou, Sébastien Lecornu devait …", "Asked about it, Ruiz said"
    # (not a gerund that is the subject of its verb: "Sentencing is scheduled for Thursday, …")
    r"|(?-i:[A-Z][a-z]+ing)\s+(?![^,]{0,50}\b(?:was|were|is|are|has|have|had|will)\s)[^,]{2,50},\s+"
    # ... and a Russian adverbial participle's ("Выступая сегодня в Белом доме, президент сообщил")
    r"|(?-i:[А-ЯЁ][а-яё]+(?:ая|яя|уя|ясь|вшись|ив|ав|ув))\s+[^,]{2,50},\s+"
    # ... and a Romance gerund's ("Citando fuentes oficiales, el diario informó", "Profitant de la
    # confusion, les voleurs …"; not "Fernando Alonso, …": its phrase goes on in lowercase, and a
    # main clause follows)
    r"|(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:ando|iendo|yendo|endo|indo|ant))\s+(?-i:[a-zà-ÿ])[^,]{1,70},\s+"
    r"(?=(?-i:[A-ZÀ-Ý])|(?:la|le|les|l['’]|el|los|las|il|lo|i|gli|o|os|as|un|una|une|um|uma)\s)"
    # (its phrase goes on in lowercase: not "Machado, Ruiz y López firmaron", "United States, Canada …",
    # "Ahmed said on Monday, …")
    r"|(?!United\b)(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:é|ée|és|ées|ado|ada|ido|ida|ato|ata|ed))"
    r"\s+(?!(?:said|told|says|was|is|has|had|dijo|a|ha|hat)\b)(?-i:[a-zà-ÿ])[^,]{1,70},\s+(?=(?-i:[A-ZÀ-Ý]))", re.I)
# the same before a subject with its article, when the date is after it ("Dévastée par un incendie en
# avril 2019, la cathédrale a rouvert ses portes le 7 décembre": the scene of the 7th)
_PARTICIPLE_SCENE = re.compile(
    r"^(?!United\b)(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:é|ée|és|ées|ado|ada|ido|ida|ato|ata|ed))"
    r"\s+(?!(?:said|told|says|was|is|has|had|dijo|a|ha|hat)\b)(?-i:[a-zà-ÿ])[^,]{1,70},\s+"
    r"(?=(?:la|le|les|l['’]|el|los|las|il|lo|gli|the|o|os|as|der|die|das)\s*\w)", re.I)
# a caption's first words, which say what shows the happening: "This radar image shows …", "An aerial
# image of …", "Una foto muestra …" (not "Una foto de la Guardia Civil": whose)
_PICTURE_LEAD = re.compile(r"^(?:(?:an?|the|this|una?|la|le|l['’]|un|questa|esta|cette)\s+(?:[\w-]+\s+)?"
                           r"|(?=(?:imagem|imagen|foto|immagine)\b))"
                           r"(?:image|photo|photograph|picture|screenshot|imagen|imagem|foto|fotografía"
                           r"|fotografia|immagine)(?:\s+(?:de\s+drone|aérea|aerea|de\s+satélite|satellitare))?"
                           r"\s+(?:of|shows|showing|muestra|montre|mostra|mostram)\s+", re.I)
# what a speaker weighs before saying it, perhaps a list: '"Given the duration of our search efforts, the
# resources deployed, and the water temperature, we do not …', "Considering the damage, they …"
_PREAMBLE = re.compile(r"^[\"“]?(?:given|considering|in\s+(?:view|light)\s+of|because\s+of)\s[^\"”;]{0,200}?,\s+"
                       r"(?=(?:we|I|they|he|she)\s)", re.I)
# words that link a sentence to the one before ("However,", ", on the other hand,", "Sin embargo,"):
# a headline stands alone
_CONNECTIVES = (r"however|meanwhile|moreover|furthermore|nevertheless|nonetheless|still|instead|also|in addition"
                r"|previously|additionally|in turn|in fact|indeed|for (?:his|her|its|their) part|on the other hand"
                r"|by contrast|in contrast|separately|similarly|likewise|as a result|therefore|consequently"
                r"|finally|eventually|later|afterwards|then|finalmente|por último|posteriormente|más tarde|enfin"
                r"|finalement"
                r"|ensuite|plus tard|schließlich|später|infine|alla fine|successivamente|poi|finalmente"
                r"|sin embargo|además"
                r"|mientras tanto|por su parte|en cambio|por otro lado|asimismo|no obstante|cependant|pourtant"
                r"|par ailleurs|d['’]autre part|de (?:son|leur) côté|en revanche|toutefois|néanmoins|en outre"
                r"|jedoch|allerdings"
                r"|inzwischen|unterdessen|außerdem|zudem|hingegen|dennoch|tuttavia|intanto|inoltre|invece"
                r"|no entanto|entretanto|além disso|por outro lado|однако|тем временем|кроме того|при этом|между тем"
                r"|вместе с тем|в свою очередь")
# a concessive or contrasting clause that is all a title has: what it concedes is the happening
_CONCESSION_LEAD = re.compile(r"^(?:even\s+though|although|though|even\s+if|while|whereas|aunque|a\s+pesar\s+de\s+que"
                              r"|même\s+si|incluso\s+si|aun\s+si|auch\s+wenn"
                              r"|pese\s+a\s+que|mientras\s+que|bien\s+que|quoique|alors\s+que|tandis\s+que|obwohl"
                              r"|sebbene|benché|anche\s+se|embora)\s+(?=\S)", re.I)
# a clause of time with its subject, which a comma ends in the sentence ("When the quake struck on
# Monday, residents fled"): what it tells is the happening ("When I arrived I was …" goes on)
_TIME_LEAD = re.compile(r"^(?:as|when|once|after|before)\s+(?=(?-i:[A-Z])|(?:the|a|an|his|her|its|their|he|she|they"
                        r"|we|it)\s)", re.I)
_CONNECTIVE_LEAD = re.compile(r"^(?:(?:and|but|y|pero|et|mais)\s+)?(?:" + _CONNECTIVES + r"),[\s,]+(?=\S)"
                              # (a link to the sentence before, with no comma: "Però dimostra …", "E poi c'è …",
                              # "Dann trat …", "Luego el ministro …", "Puis le ministre …")
                              r"|^(?:(?:e|y|et|and)\s+)?(?:però|poi|quindi|dunque|dann|danach|luego(?!\s+de\b)|entonces|puis"
                              r"|ensuite|então|depois)\s+(?=\S)"
                              r"|^(?:and|but|yet|pero|mais|aber|но|et\s+ce|et|y|e|und|ma)\s+(?=\S)"
                              r"|^as\s+(?:(?:was|had\s+been)\s+)?(?:widely\s+)?"
                              r"(?:expected|anticipated|predicted|planned),?\s+"
                              # "À signaler que …", "Cabe recordar que …", "It is worth noting that …": the news follows
                              r"|^(?:[àa]\s+(?:signaler|noter|rappeler)|il\s+faut\s+(?:noter|rappeler|signaler)"
                              r"|(?:it\s+(?:is|should\s+be)\s+)?(?:worth\s+noting|noted)|note)\s+(?:que|qu['’]|that)\s*(?=\S)"
                              r"|^(?:cabe|hay\s+que|es\s+de)\s+(?:señalar|destacar|recordar|resaltar)\s+que\s+(?=\S)"
                              # "Ce qui est moins connu, c'est que …", "Lo que pocos saben es que …", "What is
                              # less known is that …": a frame; the news follows
                              r"|^(?:ce\s+qui\s+[^,.;:]{3,60}?,?\s*c['’]est\s+(?:que|qu['’])|lo\s+que\s+[^,.;:]{3,60}?,?\s+es\s+que"
                              r"|what\s+[^,.;:]{3,60}?\s+is\s+that|ciò\s+che\s+[^,.;:]{3,60}?,?\s+è\s+che)\s*(?=\S)"
                              r"|^va\s+(?:segnalato|ricordato|detto)\s+che\s+(?=\S)"
                              # ("Rappelons aussi que …", "Recordemos que …", "Ricordiamo che …", "Recall that …")
                              r"|^(?:rappelons|notons|signalons|soulignons|recordemos|señalemos|ricordiamo"
                              r"|sottolineiamo|lembremos|recall|remember)(?:\s+(?:aussi|également|enfin|también"
                              r"|además|anche|inoltre|também|also))?,?\s+(?:que|qu['’]|che|that)\s*(?=\S)", re.I)
_RELATIVE_WEEK = re.compile(r"\s+(?:(?:earlier|later)\s+)?(?:last|this|next|the\s+previous|the\s+following)\s+week"
                            r"(?:end)?\b(?P<possessive>['’]s\b)?|\s+(?:la\s+semana\s+(?:pasada|que\s+viene|próxima)|la\s+semaine"
                            r"\s+(?:dernière|prochaine)|(?:letzte|vergangene|nächste|kommende)\s+woche"
                            r"|la\s+settimana\s+(?:scorsa|prossima)|(?:na\s+)?semana\s+passada)\b", re.I)
# a clock time and its zone, with the word that brings it in: "at 11 p.m. EST", "shortly after 1:40
# p.m.", "at 2153 GMT", "at 10:30 local time" (English; other languages write "à 22h", kept)
_CLOCK = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}[:.]\d{2}\b|" + CLOCK_HHMM
          + r"(?=\s+(?:GMT|UTC|BST)))")
# (at its start, only before a subject and its verb: "At 7:35 Francis returned", not "By 4 a.m. Central European Time")
_CLOCK_TIME = re.compile(r"(?:\s+|^[\"“«‘]?(?=at\s+\S+\s+(?:[ap]\.?m\.?\s+)?(?-i:(?:[A-Z][a-z]+\s+){1,3}[a-z])))"
                         r"(?:(?:shortly|just|soon|early|late)\s+)?(?:at|after|before|around|about|by|until)\s+"
                         rf"(?:about\s+|around\s+|approximately\s+)?{_CLOCK}(?:\s+(?:and|or|to)\s+{_CLOCK})*"
                         r"(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4})\b))?", re.I)
# "That's 10 medals to be awarded": what is pointed at is the title (not "This is why …")
_DEMONSTRATIVE_LEAD = re.compile(r"^(?:(?:that|this)(?:['’]s|\s+is)|these\s+are)\s+"
                                 r"(?!(?:why|how|what|where|when|because|not|also|still|just)\b)(?=\d|[a-z])", re.I)
# "the day when …", "la fecha en la que …": a frame that only says when
_DATE_FRAME = re.compile(r"^(?:the\s+(?:day|date)\s+(?:when|on\s+which)"
                         r"|(?:la\s+fecha|el\s+d[ií]a)\s+en\s+(?:(?:la|el)\s+)?que"
                         r"|(?:le\s+jour|la\s+date)\s+o[uù]|(?:il\s+giorno|la\s+data)\s+in\s+cui"
                         r"|(?:o\s+dia|a\s+data)\s+em\s+que)\s+", re.I)
# "It was about 4:40 p.m. when firefighters were called", "Il était environ 16h40 lorsque les secours
# ont été alertés": the hour frames what happened, which the rest tells
# (not German: "als" puts the verb last); a clock the title lost already leaves "It was about when"
_HOUR_FRAME_DE = re.compile(r"^Es\s+war\s+(?:(?:gegen|etwa|kurz\s+(?:nach|vor)|um|genau)\s+)?(?:[01]?\d|2[0-3])"
                            r"(?:[.:][0-5]\d)?\s+Uhr[^,]{0,40},\s+(?P<als>als)\s+")
_HOUR_FRAME = re.compile(r"^(?:it\s+was|il\s+[ée]tait|eran|era|erano)\s+"
                         r"(?:(?:about|around|shortly\s+(?:after|before)|just\s+(?:after|before)|environ|vers|peu\s+"
                         r"(?:avant|après)|alrededor\s+de|cerca\s+de|circa|verso)\s+)?"
                         r"(?:(?:las?\s+|le\s+)?(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*(?:h|[ap]\.?m\.?)?"
                         r"(?:\s+(?:GMT|UTC|local\s+time|heure\s+locale|hora\s+local))?,?\s+)?"
                         r"(?:when|lorsque|quand|cuando|quando)\s+", re.I)
_FIRST_TIME = re.compile(r"^(?:it|this|that)(?:['’]s|\s+(?:is|was|will\s+be|marks|marked))\s+(?:the|a)\s+"
                         r"(?:first|second|third|\w+th|last|only)\s+time\s+(?:(?:in|for)\s+[^,]{0,30}?\s+)?that\s+"
                         # "It was not until Friday that the government admitted …" (the date gone)
                         r"|^it\s+(?:was|is|wasn['’]t|isn['’]t)\s+(?:not\s+)?(?:until\s+|till\s+)?that\s+",
                         re.I)
_CONNECTIVE_ASIDE = re.compile(r",\s+(?:" + _CONNECTIVES + r"),(?=\s)", re.I)
_LABEL = re.compile(r"^[\s•*·-]*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}|Update\s+[\d-]+)\s*:\s+(?=\S)")
# ("IMGDAL, Morocco—", "Kyiv—"; an en dash only after a city's "CITY, ": "Nachdem CDU–Chef" is a compound)
# a dateline in capitals, perhaps with its state or country, and a dash: "BALTIMORE -- ", "NEW YORK — ",
# "DUNDALK, Md. — "
_CAPS_DATELINE = re.compile(r"[A-ZÀ-Þ]{3,}(?:[ .-][A-ZÀ-Þ]{2,}){0,3}\.?(?:,\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})?"
                            r"\s+(?:--|[-–—])\s+(?=[A-ZÀ-Þ\"“‘'])")
# an outlet's credit glued to the sentence by a slash: "Shafaq News/ A 7.7-magnitude earthquake …"
_SLASH_CREDIT = re.compile(r"(?:[A-ZÀ-Þ][\w&'’.-]*\s+){0,3}[A-ZÀ-Þ][\w&'’.-]*/\s+(?=[A-ZÀ-Þ\"“‘'])")
_DATELINE_DASH = re.compile(r"^(?:[A-ZÀ-Ý]{3,}(?:\s+[A-ZÀ-Ý]{2,})*,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}"
                            r"[—–]|[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}—)(?=[A-ZÀ-Ý][a-zà-ÿ])")
_TIGHT_DASH_ASIDE = re.compile(r"—[^\W\d][^—\s]*\s[^—]{1,80}?—(?=\w)")
# (and an example of what it names: "…, entre ellos el Centro Nacional de Inteligencia, …")
_SCENE_GOES_ON = re.compile(r"^(?:[a-z][^,]{0,30}|(?:entre\s+(?:ellos|ellas|otros|otras)|among\s+them|including"
                            r"|parmi\s+eux|darunter|tra\s+cui|tra\s+questi|entre\s+eles)\s[^,]{1,60}),\s+")
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
# "— a former general —": two words or more between two dashes ("Paris – Berlin – Rome" is no aside)
_DASH_ASIDE = re.compile(r"\s(?:[–—]\s?|-\s)[^\W\d][^–—\s]*\s[^–—]{1,80}?(?:\s?[–—]|\s-)(?=[\s,.;:])")
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
et ou à au aux dans pour par sur ce cette dès depuis der die das den dem des und oder im am vom zum zur mit von für
auf bis seit zu ein eine einen einem il lo gli di da dal nel nella per con e che o um uma do dos das na no em com ao
pelo pela и в на с по к о от до near into onto across shortly soon just right after before now""".split())


# German separable particles that are also function words ("kündigte neue Hilfen an."): a
# sentence may end with them
_PARTICLES = frozenset(["an", "auf", "zu", "mit", "ein", "bis"])


def _german_verb(word: str, title: str) -> bool:
    """Whether `word` reads as a German finite verb in a German `title` ("kündigte", "traf")."""
    return word.isalpha() and word.islower() and (word.endswith(("te", "ten", "t")) or word in _STRONG_DE) \
        and _GERMAN_WORDS.search(title) is not None


_GERMAN_WORDS = re.compile(r"[äöüß]|\b(?:der|die|das|dem|den|des|und|nicht|wird|hat)\b", re.I)


_COMMA_BEFORE_MARK = re.compile(r",\s*(?=[:;])")


def _tidy(title: str) -> str:
    """`title` without function words left hanging at its end or before its first comma ("As
    of, snow ..." once "Sunday" is gone; "Europa nähert sich schon der")."""
    words = title.split(" ")
    # (a full stop after a particle ends a German sentence: "kündigte an." keeps it)
    while words and ((bare := words[-1].rstrip(",;:.").lower()) in _DANGLING - _PARTICLES
                     or (bare in _PARTICLES and not words[-1].rstrip(",;:").endswith("."))):
        if len(words) > 2 and words[-1].strip(",;:") in _PARTICLES and _german_verb(words[-2], title):
            break  # "Das Unternehmen kündigte an": a separable verb's particle
        words.pop()
    lead = next((i for i, w in enumerate(words[:4]) if w.endswith(",")), None)
    if lead is not None and all(w.strip(",").lower() in _DANGLING for w in words[:lead + 1]):
        words = words[lead + 1:]
    return " ".join(words)


# a cleft outside English (whose own is `_CLEFT`): "C'est (probablement) un glissement de terrain qui
# a provoqué …", "Fue un rayo el que provocó …", "Es war wohl ein Hangrutsch, der … geführt hat"
_CLEFT_ADVERBS = (r"(?:(?:probablement|sans\s+doute|peut-être|bien|donc|alors|finalement|visiblement|probablemente"
                  r"|posiblemente|finalmente|wahrscheinlich|vermutlich|offenbar|wohl|möglicherweise|also)\s+)?")
_CLEFTS = {
    "fr": re.compile(rf"C['’]est\s+{_CLEFT_ADVERBS}(?P<x>(?:un|une|le|la|les|l['’]|des|du)\s*[^,;:]{{2,80}}?)"
                     r"\s+qui\s+"),
    "es": re.compile(rf"(?:Fue|Es|Ha\s+sido)\s+{_CLEFT_ADVERBS}(?P<x>(?:un|una|el|la|los|las)\s+[^,;:]{{2,80}}?)"
                     r"\s+(?:(?:el|la|los|las|lo)\s+que|quien(?:es)?)\s+"),
    "de": re.compile(rf"Es\s+(?:war|ist)\s+{_CLEFT_ADVERBS}(?P<x>(?:ein|eine|einen|der|die|das)\s+[^,;:]{{2,60}}?),\s+"
                     r"(?:der|die|das)\s+"),
}
# "Residents who evacuated their homes": the cut took the main verb ("... were allowed to
# return"), the relative clause holds the dated happening: it becomes the title's own clause
# ("Residents evacuated their homes"). Not when another verb follows the relative clause's own
# ("The man who led the raid was arrested", "Officials who met agreed to ...").
_CLEFT = re.compile(r"it\s+(?:was|is|were)\s+", re.I)
_RELATIVE_START_EN = re.compile(r"^((?:[\w'’.-]+\s+){1,4})(?:who|which|that(?=\s+(?P<verb>[a-z]+)))\s+(?=[a-z])")


def _relative_as_main(title: str) -> str:
    """A title that begins with a relative clause's noun as its subject ("The man who died" →
    "The man died"), or a cleft ("It was the mayor who opened the bridge" → "The mayor opened
    the bridge"); not when the words before the relative have a verb of their own ("Police
    arrested a man who stole a car")."""
    m = _RELATIVE_START_EN.match(title)
    if m is None or (m.group("verb") and not past_form(m.group("verb")) and m.group("verb") not in FINITE):
        return title  # ("that" only before its verb: "Of that awful year", "Showed that boxing …")
    before = m.group(1).split()
    if (cleft := _CLEFT.match(m.group(1))) and len(before) > 2:
        return m.group(1)[cleft.end():] + title[m.end():]
    if any(w.lower() in FINITE or (past_form(w.lower()) and w.isalpha()) for w in before[1:]):
        return title
    rest = title[m.end():].split()[1:]  # the words after the relative clause's verb
    if any(w.lower() in FINITE or past_form(w.lower()) for w in rest):
        return title
    return m.group(1) + title[m.end():]


def _romance_relative_as_main(title: str, language: str) -> str:
    """A Romance title that is a noun phrase and its relative clause, told as a main clause ("Le
    diverse scosse che hanno fatto tremare il Paese" → "Le diverse scosse hanno fatto tremare il
    Paese"); not when the noun phrase or the words after the relative's verb have a verb of
    their own ("Le séisme qui a frappé le Maroc a fait 2000 morts")."""
    lead, verb = _ROMANCE_RELATIVE_LEAD[language]
    m = lead.match(title)
    noun = _ROMANCE_PHRASE.match(m.group(1).rstrip()) if m is not None else None
    if noun is None or _ROMANCE_FINITE.search(m.group(1)) or _SAYING_BEFORE_THAT.search(m.group(1).rstrip()):
        return title  # (a noun phrase from the title's start; "El ministro dijo que …" is a saying's)
    told = verb.match(title, m.end())
    if told is None or _ROMANCE_FINITE.search(title, told.end()):
        return title
    return m.group(1) + title[m.end():]


# a title's opening noun phrase and relative pronoun before the relative's verb, and that verb
_ROMANCE_RELATIVE_LEAD = {
    language: (re.compile(rf"((?:[\w'’.-]+\s+){{1,5}}){pronoun}\s+(?=(?:{verb}))", re.I), re.compile(verb, re.I))
    for language, (pronoun, verb) in _ROMANCE_RELATIVE.items()}
# a verb that "que"/"che" may follow as a conjunction, not a relative pronoun
_SAYING_BEFORE_THAT = re.compile(r"(?:\w+(?:ó|ió|aron|ieron|ía|ían)|dijo|dice|dicen|hizo|asegura|afirma|anuncia"
                                 r"|explica|señala|indica|sostiene|cree|espera|pide|dit|affirme|annonce|estime"
                                 r"|afferma|annuncia|spiega|ritiene)$", re.I)


_COMMA = re.compile(r",[\"”’»]?\s")  # a comma, perhaps closing a quote, before a word


# where a title too long to keep whole may end instead of mid-phrase: a side clause, a dash, ", but"
_TITLE_BREAK = re.compile(_SIDE_CLAUSE.pattern + r"|\s+[—–]\s+|;\s+|,\s+(?:but|yet|pero|sino|mais|aber|ma|mas|но)\s",
                          re.I)


def _clause_cut(title: str, text: str, focus: tuple[int, int] | None) -> str:
    """`title`, if it is too long (`TITLE_WORDS`, `TITLE_MAX_CHARS`), up to its first break that
    leaves four words or more and fits: 'The Fed cut rates by 25 basis points, taking them to …'
    is 'The Fed cut rates by 25 basis points', not a phrase cut at its middle. A break whose
    clause holds the date of the happening (in `text`, at `focus`) is no place to end: that
    clause tells it ('attended the ceremony after receiving authorization on 9 January')."""
    if len(title.split()) <= TITLE_WORDS and len(title) <= TITLE_MAX_CHARS:
        return title
    for m in _TITLE_BREAK.finditer(title):
        if m.start() > TITLE_MAX_CHARS - 2 or len(title[:m.start()].split()) > TITLE_WORDS:
            break
        if _content_words(title[:m.start()]) >= 4:
            tail = text.find(title[m.start():m.end() + 12])
            if focus is not None and (tail < 0 or focus[0] >= tail):
                break  # (where the clause is in the sentence is not known, or the date is in it)
            return _tidy(title[:m.start()]).rstrip(",;:")
    return title


_AUXILIARIES = frozenset("is are was were be been has have had will would".split())  # (a headline drops them)


def _content_words(text: str) -> int:
    """How many words of `text` a headline keeps: all but the auxiliaries."""
    return sum(1 for w in text.split() if w.lower() not in _AUXILIARIES)


def _main_clause_end(text: str, lo: int, hi: int, focus: tuple[int, int] | None) -> int:
    """Where the main clause of a long text[lo:hi] ends: at its first side clause, if the date
    of the happening is not in that side clause ("Seguro is a politician who served as ...
    from 2011" keeps it) and what comes before says enough (four words or more)."""
    if len(text[lo:hi].split()) <= TITLE_SIDE_CLAUSE_WORDS:
        return hi
    for m in _SIDE_CLAUSE.finditer(text, lo, hi):
        # (the words before it, but for its date: "Eight people died on Tuesday after a truck
        # plowed through a crowd" says too little without what the side clause tells)
        before = without_dates(text, lo, m.start(), [focus]) if focus is not None and lo <= focus[0] \
            and focus[1] <= m.start() else text[lo:m.start()]
        before = _LEADING_ATTRIBUTION.sub("", before.strip())  # ("According to the NYPD, eight people have died")
        if _content_words(before) >= 4:
            if focus is not None and focus[0] >= m.start():
                return hi
            # ", the nature of which ...": the words the side clause hangs on go with it
            commas = [c.start() for c in _COMMA.finditer(text, lo, m.start())
                      if focus is None or not focus[0] <= c.start() < focus[1]]  # (not the date's: "October 20, 2025")
            comma = commas[-1] if commas else -1
            if comma > lo and len(text[comma:m.start()].split()) <= 4 and len(text[lo:comma].split()) >= 4 \
                    and (focus is None or focus[0] < comma):
                return comma
            return m.start()
    return hi


def without_dates(text: str, lo: int, hi: int, dates: list[tuple[int, int]],
                  asides: list[tuple[int, int]] = ()) -> str:
    """text[lo:hi] without the date phrases inside it, each with its spaces and the word that
    introduces it ("on Jan. 3", "el 3 de enero"), and without the `asides` spans (which hold no
    date): one pass, whatever the number of dates."""
    parts = []
    at = lo
    last_end = -1  # the end of the date cut last
    cuts = sorted([(s, e, False) for s, e in dates] + [(s, e, True) for s, e in asides])
    for start, end, aside in cuts:
        if start < at or end > hi:
            continue
        if aside:
            parts.append(text[at:start])
            if start > lo and end < hi and text[start - 1].isalnum() and text[end].isalnum():
                parts.append(" ")  # (an aside that took both spaces: "the jet that crashed in May were")
            at = end
            continue
        if at == last_end and _BETWEEN_DATES.fullmatch(text, at, start):
            # "on Wednesday evening and earlier Thursday", "on Monday and on Tuesday": what joins
            # two dates goes with them
            part = _DAY_PART_AFTER.match(text, end, hi)
            at = last_end = part.end() if part else end
            continue
        part = _DAY_PART_AFTER.match(text, end, hi)
        possessive = _POSSESSIVE.match(text, part.end() if part else end)
        if possessive:  # "died in Tuesday's quake", "Friday night's event" → "the quake", "the event"
            parts += [text[at:start], "the"]
            at = possessive.end()
            continue
        cut = _BEFORE_DATE.search(text, max(at, start - _BEFORE_DATE_REACH), start)
        before = cut.start() if cut else start
        if (held := _DATED_PARTICIPLE.search(text, max(at, before - _BEFORE_DATE_REACH), before)) is not None:
            before = held.start()  # "the runoff held on Sunday": the participle only dated it
        parts.append(text[at:before])
        part = _DAY_PART_AFTER.match(text, end, hi)
        at = last_end = part.end() if part else end
        if (_COMMA_AND.match(text, at, hi) or ("," in text[start:end] and text[at:at + 2] == ", "
                                                and len(text[lo:before].split()) >= 2)) \
                and before > lo and text[before - 1] != ",":
            # "formed on September 25, 2023, and quickly intensified", "is scheduled for Thursday,
            # July 11, in Port Ellis": the date's closing comma
            at += 1
    parts.append(text[at:hi])
    return "".join(parts)


# (and the closing comma of a date between a subject and its verb: "The vote on 3 March 2025, Monday, was …")
_COMMA_AND = re.compile(r",(?=\s+(?:and|or|but|y|o|et|ou|und|oder|e|was|were|is|are|has|have|had|will|would)\s)")


# a participle whose only complement is the date after it ("Chile's runoff held on Sunday",
# "the vote scheduled for March"), after a noun, not after an auxiliary ("was held in 1986")
_DATED_PARTICIPLE = re.compile(
    r"(?<=[a-z’',])(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bbeing)"
    r"(?:\s+(?:originally|initially|first|previously|tentatively))?\s+(?:held|scheduled|planned|set|slated|staged"
    r"|expected)\Z")


# what may join two date phrases: a conjunction, perhaps with a word placing the second in time
# and the word that introduces it ("and earlier", "and on", "y el", "und am", "et le")
_BETWEEN_DATES = re.compile(
    r",?\s*(?:and|or|y|o|e|et|ou|und|oder|и|или|to|through|until|bis|hasta|au|al)\s+"
    rf"(?:(?:earlier|later|again|also|then|early|late|(?:{_DATE_PREPOSITION}))\s+){{0,2}}"
    r"(?:the\s+(?:early|small|wee)\s+hours\s+of\s+)?", re.I)  # ("late Monday or in the early hours of Tuesday")


def cut_at_word(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word, with "…" if anything was cut."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if not text[limit - 1].isspace() and " " in head:  # do not end inside a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


# "…, while John Paul II was selected in 1978": a clause of its own, with its own subject
_SUBJECT_AHEAD = r"(?=(?-i:[A-ZÀ-Ý])|(?:the|el|la|los|las|le|les|der|die|das|il|lo|gli|o|os|as)\s)"
_CONTRAST_START = re.compile(r"(?:while|whereas|mientras que|mientras|alors que|tandis que|während|mentre)\s+"
                             + _SUBJECT_AHEAD, re.I)
_WHERE_CLAUSE = re.compile(r"(?:(?<=\w\s)|(?<=\w[\"”’]\s))(?:where|when|in\s+which|donde|cuando|en\s+(?:el|la)\s+que"
                           r"|où|quand|lorsque|dove|quando|in\s+cui|onde)\s+"
                           + _SUBJECT_AHEAD, re.I)
_NOT_NOUNS_BEFORE_WHERE = frozenset("""know knows knew known ask asks asked wonder wonders wondered see saw seen
tell tells told show shows showed shown decide decided explain explained understand understood unclear
clear sure is was are were be been say says said sait savoir sabe saber sa sapere""".split())
_WORD = re.compile(r"[^\W\d_]+")
# "…, and the court freed him on Friday", "…, e Kast entrerà in carica l'11 marzo": after a clause
# long enough to have its own verb (`_AND_AFTER_WORDS`; "Paris, the capital, and Lyon were hit"
# is one subject)
_AND_START = re.compile(r"(?:and|but|y|pero|e|ma|et|mais|und|aber|mas|и|но)\s+" + _SUBJECT_AHEAD, re.I)
_AND_AFTER_WORDS = 6
# "…, and poor weather forced a scrub on Monday": a subject in lowercase words, then its verb
_AND_LOWER_SUBJECT = re.compile(r"(?:and|but)\s+((?:[a-z][a-z'-]*\s+){1,3})(?=(?:[a-z-]+ed|was|were|is|are|has|have|had"
                                r"|will|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b)")


def _and_clause(raw: str) -> re.Match | None:
    """The "and" that opens a clause with its own subject ("…, and the court freed him", "…, and
    poor weather forced a scrub"), or None ("…, and again during tests")."""
    if (m := _AND_START.match(raw)) is not None:
        return m
    m = _AND_LOWER_SUBJECT.match(raw)
    if m is None or any(w in PREPOSITIONS or w in FINITE or past_form(w) or w.endswith("ly") or w in _ADVERB_WORDS
                        for w in m.group(1).split()):
        return None
    return re.match(r"(?:and|but)\s+", raw)


_ADVERB_WORDS = frozenset("then again also later still even just soon once never already".split())


def _coordinate(text: str, dates: list[tuple[int, int]], lo: int, hi: int, focus: tuple[int, int],
                language: str) -> tuple[int, int]:
    """The part of the clause lo:hi that the date at `focus` belongs to when the clause is two
    joined by "and" and the date opens the second ("no les dio tiempo a salvar a todos y hoy se
    confirmó el fallecimiento de seis personas": the second), or ends the first and another date
    opens the second ("The minister resigned yesterday and today the cabinet met": the first)."""
    words = len(text[focus[1]:hi].split()) if not _PHRASE_NEXT.match(text, focus[1]) else 0
    joined = _JOINED_DATE.search(text, max(lo, focus[0] - 16), focus[0])
    # (not "…and on Monday charged them": that second has no subject of its own)
    if joined is not None and len(text[lo:joined.start()].split()) >= 3 and words >= 3 \
            and not (language == "en" and past_form(text[focus[1]:hi].split()[0].lower().strip(","))) \
            and not _LISTED_ON.match(text, focus[1]) \
            and ((joined.group("lead") or "").lower() not in ("a", "an") or any(
                w in FINITE or past_form(w) for w in text[focus[1]:hi].lower().split()[:5])):
        # (after an article the date opens a subject, whose verb follows: "and a 1957 pandemic
        # killed", not "presents concerts and a 1981 session from …")
        return joined.end("and"), hi
    # "… rouvrira le 8 décembre mais l'achèvement des travaux est prévu pour 2029": a contrast with
    # its own subject and date is a clause of its own
    before = [d for d in dates if d[1] <= focus[0]]
    later = [d for d in dates if focus[1] <= d[0]]
    if before and (but := _BUT_CLAUSE.search(text, max(lo, before[-1][1]), focus[0])) is not None \
            and len(text[but.end():hi].split()) >= 3:
        return but.end(), hi
    if later and (but := _BUT_CLAUSE.search(text, focus[1], min(hi, later[0][0]))) is not None \
            and len(text[lo:but.start()].split()) >= 3:
        return lo, but.start()
    for start, end in dates:
        if focus[1] < start < hi:
            after = _JOINED_DATE.search(text, focus[1], start)
            second = after is not None and len(text[end:hi].split()) >= 3 and not _PHRASE_NEXT.match(text, end) \
                and not (language == "en" and past_form(text[end:hi].split()[0].lower().strip(",")))
            if second and after.start() == focus[1] and len(text[lo:focus[0]].split()) >= 2:
                return lo, focus[1]
            if second and text[after.start() - 1:after.start()] == "," \
                    and len(text[focus[1]:after.start()].split()) >= 3:
                # "In 1968 a pandemic killed a million people, and a 1957 one killed two": the first
                return lo, after.start() - 1
            break
    return lo, hi


# "but", "mais", "pero", "ma", "aber" before a clause's own subject (an article, a name, a pronoun)
_BUT_CLAUSE = re.compile(r",?\s(?:but|mais|pero|ma|aber|mas)\s+(?=(?:the|a|an|his|her|its|their|le|la|les|l['’]|un"
                         r"|une|el"
                         r"|los|las|il|lo|gli|der|die|das|ein|eine|o|os|as|he|she|they|it|il|elle|ils|elles|er|sie|es"
                         r"|(?-i:[A-ZÀ-Ý]))\b)", re.I)
# what goes on a phrase, not a clause of its own, after the second date ("on Jan. 3 and Jan. 5 in Port Ellis")
_PHRASE_NEXT = re.compile(r"[\s,]*(?:in|at|on|for|with|by|from|en|a|à|al|au|dans|de|del|du|des|di|da|nel|nella|im|am"
                          r"|por|para|per|con|avec|mit|bei|zum|zur|[.!?;:]|$)(?![\w'’])", re.I)
# "… y hoy se confirmó", "… and on Monday the council met": a conjunction, maybe a preposition, the date
# (not a date listed with the one before and the one after: "las dos fallidas en 2016 y 2019 y la exitosa del 2020")
_LISTED_ON = re.compile(r"\s*,?\s*(?:and|y|e|et|und|or|o|ou|oder)\s", re.I)
# (or a year that opens the second's subject: "…, and a 1957 pandemic killed 2 million")
_JOINED_DATE = re.compile(r"\s(?P<and>and|y|e|et|und|but|pero|mais|ma|aber)(?:\s*,)?\s+"
                          r"(?:(?P<lead>on|el|le|il|am|the|la|lo|a|an)\s+|(?<=,\s)(?:in|en|nel|em|no|im)\s+)?$", re.I)


# ", der Sturm traf dann auf Land": a German clause after a comma that opens with its subject
_DE_ARTICLE_CLAUSE = re.compile(r"(?:der|die|das)\s+[A-ZÄÖÜ][\wäöüß-]*\s+(?:hat|ist|[a-zäöüß]{2,}(?:te|ten|t|en)"
                                r"|" + "|".join(sorted(_STRONG_DE)) + r")\b")
# a German main clause after a comma that opens with its date, then its verb and subject:
# "…, am Sonntag hatte er aber noch an der Ostermesse teilgenommen"
_DE_VERB_SUBJECT = re.compile(r"\s+(?:hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden|"
                              r"[a-zäöüß]{2,}te|[a-zäöüß]{2,}ten|" + "|".join(sorted(_STRONG_DE)) + r")"
                              r"\s+(?:er|sie|es|man|wir|ich|der|die|das|den|(?-i:[A-ZÄÖÜ]))")
_ZU_INFINITIVE = re.compile(r"(?:\bzu\s+[a-zäöüß]{3,}|\b(?:ab|an|auf|aus|bei|ein|fest|her|mit|nach|vor|weg|zurück"
                            r"|zusammen|vorbei|bekannt|teil|frei)zu[a-zäöüß]{2,}en)\s*[.!?]?$")


def _clause(text: str, bounds: list[int], focus: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause holding the date at `focus`, if it says enough on its own; else
    the whole sentence."""
    at = focus[0]
    i = bisect_left(bounds, at + 1) - 1
    lo = bounds[i]
    i, hi = _said_on(text, bounds, i, focus)
    raw_end = len(text[lo:hi].rstrip(" ,;—–")) + lo
    raw = text[lo:raw_end]
    # (after a semicolon a clause is a sentence of its own: "…; der frühestmögliche Termin wäre …")
    relative = ((_RELATIVE_START.match(raw) if text[:lo].rstrip()[-1:] != ";" else None) or _CONTRAST_START.match(raw)
                or (_and_clause(raw) if len(text[:lo].split()) >= _AND_AFTER_WORDS else None)) if lo else None
    clause_start = lo + relative.end() if relative else lo  # "Der Kanzler", "That decision": no relative
    # "… – the same venue where the Treaty of Asunción was signed in 1991": the date is of the
    # relative clause after a noun, which has its own subject (not "We don't know where the 1918
    # virus came from", nor "the farm where I live about 1832": too little of its own)
    where = next(reversed(list(_WHERE_CLAUSE.finditer(text, clause_start, focus[0]))), None)
    if where is not None and where.start() > clause_start \
            and text[max(0, where.start() - 24):where.start()].split()[-1].lower() not in _NOT_NOUNS_BEFORE_WHERE \
            and len(_WORD.findall(text, where.end(), focus[0]) + _WORD.findall(text, focus[1], raw_end)) >= 4:
        return where.end(), raw_end
    colon = text.rfind(": ", clause_start, focus[0])
    if colon > clause_start and len(text[colon + 2:raw_end].split()) >= 5 and not open_parenthesis(text, lo, colon):
        # "The flight comes after delays: a fuel leak halted Sunday's attempt": what follows the colon
        return colon + 2, raw_end
    # a later clause stands alone only as a relative clause or with its own subject
    # ("..., whose leader was ousted"); "..., have intensified" has lost its subject
    label = _LABEL.match(text) if lo == 0 else None  # "• Slow reaction: As of Saturday evening, …"
    if label and focus[1] <= label.end():
        return 0, len(text)  # "March 2012: The officer, Eric Nordstrom, requests …": the date labels it all
    head = label.end() if label else 0
    said = _REPORTED.match(text, head) if lo == 0 else None  # "Prosecutors said that during his 2007 term, …"
    head = said.end() if said else head
    if lo == 0 and (scene := _LEADING_SCENE.match(text[head:])) and head + scene.end() >= raw_end:
        return 0, len(text)  # the date sets the scene ("At his press conference on Jan. 14, ..."): all of it
    if lo and _ATTRIBUTION.match(", " + text[clause_start:raw_end].rstrip(" .!?")):
        return 0, len(text)  # "…, CNBC News reported on Wednesday.": what was reported is the happening
    if lo == 0 and (said_de := _WIE_SAID_DE.match(text)) is not None and focus[1] <= said_de.end():
        return 0, len(text)  # "Wie das Bundesamt am Dienstag mitteilte, stieg …": the same
    if lo == 0 and (source := _LEADING_ATTRIBUTION.match(text)) is not None and focus[1] <= source.end():
        return 0, len(text)  # "According to a report released early Saturday, the switches …": what it says
    # (a German zu-infinitive has no subject of its own, whatever noun opens it: "…, Babiš im
    # Februar zum Premier ernennen zu wollen")
    alone = lo == 0 or relative is not None or (raw[:1].isupper() and not _ZU_INFINITIVE.search(raw)) \
        or _DE_ARTICLE_CLAUSE.match(raw) is not None \
        or (_LEADING.fullmatch(text[lo:focus[0]]) is not None and _DE_VERB_SUBJECT.match(text, focus[1])) \
        or text[:lo].rstrip()[-1:] == ";" \
        or (_DASH_AT_END.search(text, max(0, lo - 4), lo) is not None and _DASH_AT_END.search(text, lo, hi) is not None)
    # (" - the ferry that ran aground in March - ": an aside between two dashes)
    # (what the clause says beside its date and the words that bring it in: "As late as early
    # Tuesday morning" says nothing of its own)
    if alone and len(text[clause_start:raw_end].replace(text[focus[0]:focus[1]], "").split()) >= 5 \
            and len(without_dates(text, clause_start, raw_end, [focus]).split()) >= 3:
        if i + 2 < len(bounds) and _ZU_INFINITIVE.search(after := text[hi:bounds[i + 2]].rstrip(" ,;—–")) \
                and _TRAILING_PARTICLE_DE.search(raw):
            # "kündigte am Freitag an, 5000 Stellen zu streichen": what it announced
            return clause_start, hi + len(after)
        return clause_start, raw_end
    return 0, len(text)


def _said_on(text: str, bounds: list[int], i: int, focus: tuple[int, int]) -> tuple[int, int]:
    """The last part and the end of the clause that opens at bounds[i] and holds the date at
    `focus`: a date that opens what was said, before its comma ("said that on Sunday, June 2, she
    will …", "aseguró que el próximo domingo, 2 de junio, hará …"), is not the clause's end."""
    lo, hi = bounds[i], bounds[i + 1]
    while i + 2 < len(bounds) and not text[focus[1]:hi].strip(" ,;—–") and _SAID_THAT.search(text, lo, focus[0]):
        i += 1
        hi = bounds[i + 1]
        if text[bounds[i]:hi].strip(" ,;—–") and not _DATE_ONLY.fullmatch(text[bounds[i]:hi].strip(" ,;—–")):
            break
    return i, hi


# what was said, before a date that opens it ("said that on", "aseguró que el próximo", "a affirmé que")
_SAID_THAT = re.compile(r"\b(?:that|que|qu['’]|dass|daß|che)\s+(?:(?:on|in|at|by|el|la|le|les|am|im|il|lo|no|na|em"
                        r"|este|esta|ce|cette|próximo|próxima|pasado|pasada|prochain|dernier)\s+){0,2}\Z", re.I)
_COMMA_THAT = re.compile(r"\b(that|que|qu['’]|dass|daß|che)\s*,\s*(?!\s)", re.I)
# (German writes its comma before "dass": "sagte, dass" stays)
_SAID_COMMA = re.compile(r"\b(said|says|told|announced|dijo|aseguró|afirmó|declaró|anunció|dit|affirmé|déclaré|annoncé"
                         r"|detto|dichiarato|disse|afirmou)\s*,\s+(?=(?:that|que|qu['’]|che|she|he|they|it|we|the|his|her"
                         r"|their)\b)", re.I)
_QUE_ELIDED = re.compile(r"\bque\s+(?=(?:il|ils|elle|elles|on)\b)")  # "que il" → "qu'il", once its date has gone
_DATE_ONLY = re.compile(r"[\w\s.'’]{1,30}")  # ("…, 2 de junio, …": a date's restatement between commas)
# a separable verb's particle ending a German clause ("kündigte am Freitag an", "kündigte … an,")
_TRAILING_PARTICLE_DE = re.compile(r"\s(?:an|auf|vor|fest|zu|ein|aus)$")
