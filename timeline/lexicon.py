"""Per-language date vocabulary for the scanner, built from dateparser's own language data.

dateparser knows month and weekday names, relative phrases ("ayer", "le mois dernier") and
"N days ago" patterns for some 200 locales; we read them once per language into plain lookups
(the scanner, `scan`, finds them by dictionary, not by a per-language regular expression, which
would cost more to compile than a short article takes to scan). What dateparser does not carry
(words that put a weekday in the past or future, tense cues, "early"/"mid"/"late") is curated
below for the languages we test, and simply absent for the others, which then get the
past-leaning default.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache, cached_property

from dateutil.easter import easter

MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Words before/after a weekday or month that fix its direction: -1 past, 0 this week, +1 future.
DIRECTION_WORDS: dict[str, dict[str, int]] = {
    "en": {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1},
    "es": {"pasado": -1, "anterior": -1, "último": -1, "este": 0, "esta": 0, "próximo": 1, "próxima": 1,
           "que viene": 1, "el pasado": -1, "el próximo": 1},
    "pt": {"passado": -1, "passada": -1, "último": -1, "última": -1, "este": 0, "esta": 0, "neste": 0,
           "nesta": 0, "próximo": 1, "próxima": 1},
    "fr": {"dernier": -1, "dernière": -1, "passé": -1, "ce": 0, "cette": 0, "prochain": 1, "prochaine": 1},
    "de": {"letzten": -1, "letzte": -1, "letzter": -1, "vergangenen": -1, "vergangene": -1, "diesem": 0,
           "diesen": 0, "diese": 0, "dieser": 0, "heutigen": 0, "heutige": 0, "kommenden": 1, "kommende": 1,
           "nächsten": 1, "nächste": 1},
    "it": {"scorso": -1, "scorsa": -1, "passato": -1, "ultimo": -1, "questo": 0, "questa": 0,
           "prossimo": 1, "prossima": 1},
    "ru": {"прошлый": -1, "прошлую": -1, "прошлое": -1, "прошлом": -1, "эту": 0, "этот": 0, "это": 0,
           "этом": 0, "следующий": 1, "следующую": 1, "следующем": 1, "ближайший": 1},
    "nl": {"vorige": -1, "afgelopen": -1, "deze": 0, "komende": 1, "volgende": 1},
}

# Words after a weekday that name its week: "Tuesday of last week", "Dienstag vergangener Woche",
# "el martes de la semana pasada" (-1 the calendar week before publication's, 0 its own, 1 the next).
WEEK_OF_WEEKDAY: dict[str, dict[str, int]] = {
    "en": {"of last week": -1, "last week": -1, "of the past week": -1, "of this week": 0, "this week": 0,
           "of next week": 1, "next week": 1, "of the coming week": 1},
    "es": {"de la semana pasada": -1, "de la pasada semana": -1, "de esta semana": 0,
           "de la próxima semana": 1, "de la semana próxima": 1, "de la semana que viene": 1},
    "pt": {"da semana passada": -1, "desta semana": 0, "da próxima semana": 1, "da semana que vem": 1},
    "fr": {"de la semaine dernière": -1, "de la semaine passée": -1, "de cette semaine": 0,
           "de la semaine prochaine": 1},
    "de": {"vergangener woche": -1, "letzter woche": -1, "voriger woche": -1, "der vergangenen woche": -1,
           "der letzten woche": -1, "der vorigen woche": -1, "der vorwoche": -1, "dieser woche": 0,
           "nächster woche": 1, "kommender woche": 1, "der nächsten woche": 1, "der kommenden woche": 1},
    "it": {"della settimana scorsa": -1, "della scorsa settimana": -1, "della settimana passata": -1,
           "di questa settimana": 0, "della prossima settimana": 1, "della settimana prossima": 1},
    "nl": {"van vorige week": -1, "vorige week": -1, "van deze week": 0, "van volgende week": 1,
           "volgende week": 1},
}

# Times of day that follow a weekday in one word.
WEEKDAY_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "de": ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"),
    "nl": ("ochtend", "morgen", "middag", "avond", "nacht"),
}
# A relative day that is also the noun for a time of day: after these words it is the time of
# day ("por la mañana": in the morning, not tomorrow; "am Morgen", "heute Morgen").
TIME_OF_DAY_NOUNS: dict[str, tuple[str, str]] = {
    "es": ("mañana", r"(?:\b(?:la|esta|una|cada|media|toda|misma|aquella|esa)\s+)$"),
    "de": ("morgen", r"(?:\b(?:am|den|der|jeden|heute|gestern|diesen|frühen|am frühen|einem|eines)\s+)$"),
    "it": ("domani", r"(?:\b(?:il|un|del|nel)\s+)$"),
}

# Days told from the day the text has just given: "On Oct. 24 the storm stalled. The next day, it
# reached Cuba" ("al día siguiente", "le lendemain", "am nächsten Tag", "two days later"): each
# pattern with the words it cannot do without (looked for first: most texts have none), +1
# (after) or -1 (before); `(?P<n>…)` is a count ("a", "two", "3"). Not "the day after the vote":
# the day that phrase names is the vote's.
_LIST_OF_WHAT_FR = (r"(?!(?:(?:\s*,\s*|\s+(?:ou|et)\s+)(?:l['’]|le\s+|la\s+)?(?:avant-veille|veille|lendemain"
                    r"|surlendemain|jour\s+même))+\s+d(?:e\s|u\s|es\s|['’]))")
ANCHORED_DAYS: dict[str, tuple[tuple[str, tuple[str, ...], int], ...]] = {
    "en": ((r"(?:next|following)\s+day(?!\s+(?:of|after)\b)", ("next day", "following day"), 1),
           (r"(?:previous|preceding)\s+day", ("previous day", "preceding day"), -1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+days?\s+later", ("days later", "day later"), 1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+days?\s+earlier", ("days earlier", "day earlier"), -1)),
    "es": ((r"al\s+día\s+siguiente", ("día siguiente",), 1), (r"el\s+día\s+anterior", ("día anterior",), -1),
           (r"(?P<n>[a-zñ]+|\d{1,2})\s+días?\s+(?:después|más\s+tarde)(?!\s+del?\b)",
            ("día después", "días después", "día más tarde", "días más tarde"), 1),
           (r"(?P<n>[a-zñ]+|\d{1,2})\s+días?\s+antes(?!\s+del?\b)", ("día antes", "días antes"), -1)),
    # (nor a list of them that ends on what they count from: "l'avant-veille, la veille ou le jour
    # même de leur visite")
    "fr": ((r"le\s+lendemain(?!\s+d)" + _LIST_OF_WHAT_FR, ("lendemain",), 1),
           (r"la\s+veille(?!\s+d)" + _LIST_OF_WHAT_FR, ("veille",), -1),
           (r"(?P<n>[a-zé]+|\d{1,2})\s+jours?\s+plus\s+tard", ("jour plus tard", "jours plus tard"), 1),
           (r"(?P<n>[a-zé]+|\d{1,2})\s+jours?\s+plus\s+tôt", ("jour plus tôt", "jours plus tôt"), -1)),
    "de": ((r"am\s+(?:nächsten|folgenden)\s+tag|am\s+folgetag", ("nächsten tag", "folgenden tag", "folgetag"), 1),
           (r"am\s+vortag|am\s+tag\s+zuvor", ("vortag", "tag zuvor"), -1),
           (r"(?P<n>[a-zäöü]+|\d{1,2})\s+tage?n?\s+später", ("tag später", "tage später"), 1),
           (r"(?P<n>[a-zäöü]+|\d{1,2})\s+tage?n?\s+(?:zuvor|vorher)", ("tage zuvor", "tag zuvor", "tage vorher"), -1)),
    "it": ((r"il\s+giorno\s+(?:dopo|seguente|successivo)(?!\s+(?:il|la|l['’]|i|gli|le)\b)|l['’]indomani(?!\s+d)",
            ("giorno dopo", "giorno seguente", "giorno successivo", "indomani"), 1),
           (r"il\s+giorno\s+(?:prima|precedente)(?!\s+(?:di|del|della|dei)\b)", ("giorno prima", "giorno precedente"),
            -1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+giorni\s+(?:dopo|più\s+tardi)(?!\s+(?:il|la|l['’]|i|gli|le)\b)",
            ("giorni dopo", "giorni più tardi"), 1)),
    "pt": ((r"no\s+dia\s+seguinte", ("dia seguinte",), 1), (r"no\s+dia\s+anterior|na\s+véspera(?!\s+d)",
                                                             ("dia anterior", "véspera"), -1),
           (r"(?P<n>[a-zç]+|\d{1,2})\s+dias?\s+(?:depois|mais\s+tarde)(?!\s+d)", ("dia depois", "dias depois",
                                                                                      "dias mais tarde"), 1)),
}
# Counts written as words, where dateparser's data has none or few ("hace dos días", "tre giorni
# fa", "zwei Tage später")
NUMBER_WORDS: dict[str, dict[str, int]] = {
    language: {word: n for n, words in enumerate(table.split("|"), 1) for word in words.split()}
    for language, table in {
        "en": "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
        "es": "uno una un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
        "pt": "um uma|dois duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze",
        "it": "uno una un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
        "fr": "un une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
        "de": "ein eine einen einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf",
    }.items()
}
# Years told from the year the text has just given ("elected in 2008, he resigned the following
# year", "un año después", "ein Jahr später"), as `ANCHORED_DAYS` are days
ANCHORED_YEARS: dict[str, tuple[tuple[str, tuple[str, ...], int], ...]] = {
    "en": ((r"the\s+following\s+year", ("following year",), 1), (r"the\s+(?:previous|preceding)\s+year",
                                                                 ("previous year", "preceding year"), -1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+years?\s+later", ("years later", "year later"), 1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+years?\s+earlier", ("years earlier", "year earlier"), -1)),
    "es": ((r"al\s+año\s+siguiente", ("año siguiente",), 1), (r"el\s+año\s+anterior", ("año anterior",), -1),
           (r"(?P<n>[a-zñ]+|\d{1,2})\s+años?\s+(?:después|más\s+tarde)(?!\s+del?\b)",
            ("año después", "años después", "año más tarde", "años más tarde"), 1)),
    "fr": ((r"l['’]année\s+(?:suivante|d['’]après)", ("année suivante", "année d'après", "année d’après"), 1),
           (r"l['’]année\s+précédente", ("année précédente",), -1),
           (r"(?P<n>[a-zé]+|\d{1,2})\s+ans?\s+plus\s+tard", ("an plus tard", "ans plus tard"), 1)),
    "de": ((r"im\s+folgenden\s+jahr|im\s+jahr\s+darauf", ("folgenden jahr", "jahr darauf"), 1),
           (r"(?P<n>[a-zäöü]+|\d{1,2})\s+jahre?\s+später", ("jahr später", "jahre später"), 1),
           (r"(?P<n>[a-zäöü]+|\d{1,2})\s+jahre?n?\s+zuvor", ("jahr zuvor", "jahre zuvor"), -1)),
    "it": ((r"l['’]anno\s+(?:successivo|seguente|dopo)", ("anno successivo", "anno seguente", "anno dopo"), 1),
           (r"l['’]anno\s+precedente", ("anno precedente",), -1),
           (r"(?P<n>[a-z]+|\d{1,2})\s+anni?\s+(?:dopo|più\s+tardi)(?!\s+(?:il|la|l['’]|i|gli|le)\b)",
            ("anno dopo", "anni dopo", "anni più tardi"), 1)),
}
# a count of one written as an article: "a day later", "un día después", "einen Tag später"
ONE_WORDS = frozenset("a an one un una uno une um einen einem ein".split())

# Cues in the sentence that put a year-less date or a bare weekday in the future or the past.
FUTURE_CUES: dict[str, str] = {
    # (the noun "will": "the will of the people"; not a name that ends so, "Melissa will", "China will")
    "en": r"(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\bfree )"
          r"(?<!\bpolitical )(?<!\bgood )"
          r"will|'ll|shall|won't|going to|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|to be)"
          # "medals to be awarded on Sunday", "a bridge to be opened on Friday": what is still to come
          r"|scheduled|upcoming|plans? to|planned"
          # a forecast: "is projected to reach Cuba by October 29", "The NHC expects Melissa to …"
          r"|(?:is|are) (?:projected|forecast|forecasted|predicted|poised|likely) to"
          r"|(?<!\bto )expects?(?= (?:[\w'’-]+ ){1,3}?to )"
          # (not "was to be", nor "is known to be", "said to be", "believed to be": no future there)
          r"|(?<!\bwas )(?<!\bwere )(?<!\bknown )(?<!\bsaid )(?<!\bbelieved )(?<!\bthought )(?<!\breported )"
          r"(?<!\bseems )(?<!\bappears )(?<!\blikely )(?<!\bused )(?<!\bwas supposed )(?<!\bwere supposed )"
          r"to be (?:\w{3,}(?:ed|en|wn)|held|built|paid|run|won|sold|shut)"
          r"|(?<!was supposed )(?<!were supposed )to take place|will be",
    "es": r"\w+rán?|va a|van a|prevé|previst[oa]s?|se celebrará|tendrá lugar",
    "pt": r"\w+rão|\w+rá|vai|vão|previst[oa]s?|acontecerá",
    # ("Des dizaines de chefs d'Etat sont attendus samedi": expected, so still to come)
    # (the future of every verb, not of the first group alone: "rouvrira", "se réunira", "prendra",
    # "devra", "pourra", "permettra"; not "Alexandra", "extra", "mantra")
    "fr": r"\w{2,}ront|\w{2,}era|sera|aura lieu|\w{2,}ira|\w+(?<!san)(?<!xan)dra"
          r"|\w+(?<!ex)(?<!ul)(?<!pe)(?<!an)(?<!ma)tra|\w+vra|pourra|(?<!l['’])aura|saura|fera|ira|verra|enverra|courra|mourra|dira|lira|faudra"
          r"|va|vont|prévue?s?|doit|doivent|(?:est|sont) attendue?s?"
          r"|(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bau )risquen?t? d['’e]",
    # ("Am 11. Dezember werde Scholz die Vertrauensfrage stellen, sagte Mützenich": a reported future)
    # (and the zu-infinitive of a separable verb: "hat angekündigt, am Montag das Gesetz vorzustellen")
    "de": r"wird|werden|werde|soll|sollen|geplant|findet|stattfinden|will|wollen|plant|planen"
          r"|(?:ab|an|auf|aus|bei|ein|fest|her|herbei|hin|hinzu|mit|nach|vor|weg|zurück|zusammen|teil|durch|fort"
          r"|weiter|wieder|frei|statt|dar|vorbei|voran|heraus|herum|um)zu[a-zäöüß]{3,}en",
    "it": r"\w+rà|\w+ranno|si terrà|previst[oa]|dovrà|(?:è|sono) attes[oaie]",
    "ru": r"будет|будут|состоится|пройдет|пройдёт|планирует",
    "nl": r"zal|zullen|gaat|gaan|gepland",
    "pl": r"będzie|będą|odbędzie|odbędą|planuje|planują|zaplanowan\w*|ma\s+się\s+odbyć|mają\s+się\s+odbyć",
    "cs": r"bude|budou|proběhne|proběhnou|plánuje|plánují|naplánovan\w*|má\s+se\s+konat",
    "id": r"akan|rencananya|direncanakan|dijadwalkan|diperkirakan",
}
# A finite past verb after a future cue, before the date: the date is of that past ("The summit
# planned for March 3 was cancelled on Friday": Friday is past; "postponed to Friday" is not:
# `tense` leaves a date after "to", "until", "for" to the future cue)
PAST_AFTER_PLAN_CUES: dict[str, str] = {
    "en": r"was|were",
    "de": r"wurde|wurden",
    "fr": r"a\s+été|ont\s+été|avait\s+été|avaient\s+été|fut",
    "es": r"fue|fueron",
    "it": r"è\s+stat[oaie]|sono\s+stat[ie]|fu",
}
# A prospect named by its adjective ("suggest a potential rate cut in December"): ahead, when no
# past verb comes between it and the date, nor after the date ("The possible cause of the crash
# in March was …" is past)
PROSPECT_CUES: dict[str, str] = {
    # ("monitoring the chance of rain on Thursday": what may still come)
    "en": r"(?:a|an|the) (?:potential|possible|likely|expected|proposed|prospective)"
          r"|(?:a|the) (?:chance|risk|threat|possibility|prospect|forecast) of",
    "es": r"(?:un|una|el|la) (?:posible|probable|eventual|previsible)",
    "fr": r"(?:un|une|le|la) (?:possible|probable|éventuel|éventuelle|prochain|prochaine)",
    "it": r"(?:un|una|il|la|lo) (?:possibile|probabile|eventuale)",
    "pt": r"(?:um|uma|o|a) (?:possível|provável|eventual)",
    "de": r"(?:eine|ein|einen|die|der|das|den) (?:mögliche[nrs]?|geplanten?|erwarteten?)",
}
# A plan told by a bare participle ("the flight, scheduled to leave on 12 June, crashed"): it says
# the date was planned, not whether it is still to come; in a sentence told in the past its day
# is the nearer one (the plan may be long over)
BARE_PLAN_CUES: dict[str, str] = {
    "en": r"scheduled|planned", "es": r"previst[oa]s?|programad[oa]s?", "pt": r"previst[oa]s?|programad[oa]s?",
    "fr": r"prévue?s?|programmée?s?", "it": r"previst[oaie]|programmat[oaie]", "de": r"geplant(?:e|en)?",
}
# Dates that are no happening's (matched against lowercased text, each ending where the date
# starts): a fiscal year ("the third quarter of fiscal 2026"), the end of a reporting period ("for
# the quarter ended October 26"), the base of a comparison ("up from $19.31bn a year earlier",
# "62% higher than a year earlier", "compared with the same period last year")
# (an amount, not a year: a currency, a unit, or a number of at most three digits a group)
_UNIT = r"%|bn|billion|million|trillion|percent|per\s+cent|millones|milliards?|millions?|mrd\.?|mio\.?"
_AMOUNT = (rf"(?:[$€£¥]\s?\d[\d.,]*(?:\s?(?:{_UNIT}))?|\d[\d.,]*\s?(?:{_UNIT})"
           r"|\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?(?![\d.,]*\d))")
# A number of four digits is a count, not a year, when it counts these ("at least 1037 people", "fait
# état de 1037 morts", "1204 heridos") or follows these ("more than 1500", "au moins 1037"): what comes
# after, what comes before, lowercase. ("the 2004 tsunami", "since 2022", "jusqu'à 2030" stay years.)
COUNT_CUES: dict[str, tuple[str, str]] = {
    "en": (r"people|persons|dead|deaths|injured|wounded|victims|fatalities|casualties|homes|houses|buildings"
           r"|cases|patients|children|students|workers|employees|jobs|soldiers|troops|residents|families|refugees"
           r"|migrants|passengers|flights|vehicles|cars|acres|hectares|kilometres|kilometers|miles|metres|meters"
           r"|feet|tons|tonnes|animals|members|protesters|arrests|votes|seats|rescuers|firefighters|villages|schools",
           r"at least|more than|nearly|almost|some|fewer than|less than|roughly|approximately"),
    "fr": (r"morts|blessés|personnes|décès|victimes|maisons|habitants|familles|enfants|cas|sinistrés|soldats"
           r"|élèves|logements|bâtiments|hectares|kilomètres|mètres|tonnes|secouristes|manifestants|voitures"
           r"|véhicules|villages|écoles|disparus",
           r"au moins|plus de|près de|moins de|quelque|environ"),
    "es": (r"muertos|heridos|personas|fallecidos|víctimas|casas|viviendas|familias|niños|casos|soldados"
           r"|habitantes|desaparecidos|damnificados|hectáreas|kilómetros|metros|toneladas|vehículos|edificios"
           r"|escuelas|evacuados",
           r"al menos|más de|casi|cerca de|unos|unas|menos de"),
    "de": (r"tote|toten|verletzte|verletzten|menschen|personen|opfer|häuser|gebäude|fälle|kinder|soldaten"
           r"|einwohner|hektar|kilometer|meter|tonnen|fahrzeuge|vermisste",
           r"mindestens|mehr als|fast|knapp|über"),
    "it": (r"morti|feriti|persone|vittime|case|edifici|famiglie|bambini|casi|soldati|abitanti|dispersi|sfollati"
           r"|ettari|chilometri|metri|tonnellate|veicoli",
           r"almeno|più di|oltre|quasi|circa"),
    "pt": (r"mortos|feridos|pessoas|vítimas|casas|famílias|crianças|casos|soldados|habitantes|desaparecidos"
           r"|desalojados|hectares|quilômetros|quilómetros|metros|toneladas|veículos",
           r"pelo menos|mais de|quase|cerca de"),
    "pl": (r"osób|osoby|ludzi|ofiar|zabitych|rannych|zaginionych|ewakuowanych|mieszkańców|domów|budynków|dzieci"
           r"|żołnierzy|strażaków|rodzin|hektarów|kilometrów|metrów|ton|samochodów",
           r"co najmniej|ponad|prawie|około|blisko|niemal"),
    "cs": (r"osob|lidí|obětí|mrtvých|zraněných|pohřešovaných|evakuovaných|obyvatel|domů|budov|dětí|vojáků|hasičů"
           r"|rodin|hektarů|kilometrů|metrů|tun|aut",
           r"nejméně|přes|téměř|asi|kolem|více než"),
}
# What stands before a person's name ("Secretary Pete Buttigieg", "Gov. Wes Moore", "el presidente
# Gabriel Boric"): an actor or a speaker is the name after it
PERSON_TITLES = (r"President|Prime Minister|Minister|Chancellor|King|Queen|Pope|Senator|Governor|General|Secretary"
                 r"|Ambassador|Mayor|Judge|Chief|Leader|Admiral|Superintendent|Commissioner|Spokesperson"
                 r"|Spokesman|Spokeswoman|Gov\.|Sen\.|Rep\.|Adm\.|Gen\.|Supt\.|Lt\.|Col\.|Capt\.|Sgt\."
                 r"|presidente|presidenta|ministro|ministra|canciller"
                 r"|primer ministro|primera ministra|président|présidente|ministre|Premier ministre|Präsident"
                 r"|Präsidentin|Ministerin|Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin|primo ministro")
NOT_HAPPENING_DATE_CUES: dict[str, str] = {
    "en": r"(?:quarter|period|year|months|weeks|half)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"
          # ("9% below the figure in the same period of 2022": the base of a comparison)
          r"|same\s+(?:period|quarter|month|week|half)\s+(?:of|in|last)\s+"
          # ("than", but not "no later than Friday" or "more than two years ago")
          r"|(?:(?:(?<!later )(?<!earlier )(?<!sooner )(?<!before )(?<!more )(?<!less )(?<!fewer )than"
          rf"|compared\s+(?:to|with)|versus|vs\.?)"
          # ("levels higher than those of May 2023")
          rf"\s+(?:the\s+|a\s+)?(?:(?:those|that|the\s+ones?)\s+(?=of\s|in\s))?(?:{_AMOUNT}\s+)?"
          rf"|from\s+(?:the\s+|a\s+)?{_AMOUNT}\s+)"
          r"(?:(?:in|at|of|during)\s+)?(?:the\s+same\s+(?:period|quarter|month|time|day)\s+(?:of\s+)?)?"
          # ("twice as strong as in 2021", "as high as it was in May"; not "as early as", "as recently as")
          r"|as\s+(?!(?:soon|early|late|recently|long|far|quickly|often|much|many|well)\s)[a-z]+\s+as\s+"
          r"(?:(?:it|they|he|she|we)\s+(?:was|were|had\s+been)\s+)?(?:(?:in|at|during)\s+)?"
          # ("surpassing the 1941 record", "exceeding the record floods of 1941": the mark passed)
          r"|(?:surpass|exceed)\w*\s+the\s+(?:[\w-]+\s+){0,3}?(?:(?:of|in|from|set\s+in)\s+)?"
          r"|(?:like|as)\s+in\s+",  # ("Like in 2021, the river flooded …")
    "es": r"(?:trimestre|período|periodo|ejercicio|semestre)\s+(?:cerrado|finalizado|terminado)\s+(?:el|a)\s+"
          rf"|(?:frente\s+al?|respecto\s+(?:al?|del?)|en\s+comparación\s+con|comparado\s+con|más\s+que|menos\s+que"
          rf")\s+(?:(?:el|al|del|los|las)\s+)?(?:{_AMOUNT}\s+(?:(?:de|del)\s+)?)?"
          r"(?:mismo\s+(?:período|periodo|trimestre|mes)\s+(?:de|del)\s+)?"
          # ("niveles superiores a los de mayo de 2023", "más altos que los de 2019")
          r"|(?:(?:superior|inferior)(?:es)?\s+a|que)\s+(?:los|las|el|la)\s+(?:de|del)\s+"
          r"|tan\s+(?!pronto\s)[a-záéíóúñ]+\s+como\s+(?:en\s+)?"  # ("el doble de fuerte, tan alto como en 2021")
          r"|como\s+en\s+"  # ("Como en 2021, el río se desbordó …")
          # ("superando las inundaciones históricas de 1941": the mark passed)
          r"|(?:superando|superó|superaron|rebasando|rebasó)\s+(?:el|la|los|las)\s+(?:[\w-]+\s+){0,3}?(?:de|del|en)\s+",
    "pt": r"(?:trimestre|período|exercício)\s+(?:encerrado|terminado|findo)\s+(?:em\s+)?"
          # ("superando as históricas enchentes de 1941": the mark passed)
          r"|(?:superando|superou|ultrapassando|ultrapassou)\s+(?:o|a|os|as)\s+(?:[\w-]+\s+){0,3}?(?:de|do|da|em)\s+"
          rf"|(?:em\s+comparação\s+com|comparado\s+com|frente\s+a|ante)\s+(?:(?:o|a|os|as)\s+)?(?:{_AMOUNT}\s+)?"
          r"(?:mesmo\s+(?:período|trimestre)\s+(?:de|do)\s+)?",
    "fr": r"(?:trimestre|exercice|période|semestre)\s+(?:clos|close|achevée?|terminée?)\s+"
          rf"(?:le|au)\s+|(?:par\s+rapport\s+à|comparé\s+à|contre)\s+(?:(?:la|le|l['’])\s*)?(?:{_AMOUNT}\s+)?"
          r"(?:même\s+(?:période|trimestre)\s+(?:de|d['’])\s*)?"
          # ("des niveaux supérieurs à ceux de mai 2023")
          r"|(?:(?:supérieur|inférieur)e?s?\s+à|que)\s+(?:ceux|celles?|celui)\s+(?:de\s+(?:la\s+)?|d['’]|du\s+)"
          r"|aussi\s+(?!tôt\s)[a-zàâçéèêëîïôûù]+\s+qu['’]\s*(?:en\s+)?"  # ("aussi fort qu'en 2021")
          # ("dissoudre une nouvelle fois l'Assemblée comme en juin dernier": what was done then)
          r"|comme\s+(?:en|lors\s+de|l['’]an\s+dernier\s+en)\s+",
    "it": r"(?:trimestre|periodo|esercizio)\s+(?:chiuso|terminato)\s+(?:il|al)\s+"
          rf"|(?:rispetto\s+a(?:llo|l|lla|i)?|contro)\s+(?:(?:lo|il|la|i)\s+)?(?:{_AMOUNT}\s+)?"
          r"(?:stesso\s+periodo\s+(?:del|di)\s+)?"
          # ("livelli superiori a quelli del maggio 2023", "più alti di quelli del 2019")
          r"|(?:(?:superior|inferior)[ei]\s+a|di)\s+quell[oiae]\s+(?:del(?:l['’]|la|lo)?|di|nel)\s*"
          r"|come\s+nel\s+",  # ("Come nel 2021, il fiume è esondato …")
    "de": rf"(?:gegenüber|im\s+vergleich\s+zu)\s+(?:(?:dem|der|den)\s+)?(?:{_AMOUNT}\s+)?"
          r"(?:vorjahreszeitraum\s+)?"
          # ("höher als im Mai 2023"; not "als im Mai 2023 die Brücke einstürzte": a comparative first)
          r"|(?:höher|niedriger|mehr|weniger|stärker|schwächer|größer|kleiner|besser|schlechter)\s+als\s+"
          r"(?:(?:die|der|das|jene)\s+)?(?:vom|von|im|in|am)\s+"
          # ("etwa doppelt so stark wie 2021", "so hoch wie im Mai 2023")
          r"|so\s+[a-zäöüß]+\s+wie\s+(?:(?:im|in)\s+(?:jahr\s+)?)?",
}
# A fiscal year is no calendar year ("the third quarter of fiscal 2026", "FY2026", "ejercicio
# fiscal 2025", "Geschäftsjahr 2025"): the words before the year, ending where it starts
FISCAL_YEAR_CUES: dict[str, str] = {
    "en": r"(?:fiscal(?:[\s-]+year)?|fy|financial\s+year)\s*(?:(?:first|second|third|fourth)[\s-]quarter\s+)?",
    # (and a budget's year: "el presupuesto de 2025", "le budget 2025", "den Haushalt 2025")
    "es": r"(?:año|ejercicio)\s+fiscal\s+(?:de\s+)?|presupuestos?\s+(?:generales\s+)?(?:de(?:l)?\s+|para\s+)?",
    "pt": r"ano\s+fiscal\s+(?:de\s+)?|orçamento\s+(?:de\s+|para\s+)?",
    "fr": r"exercice\s+(?:fiscal\s+)?|budget\s+(?:de\s+|pour\s+)?",
    "it": r"(?:anno\s+fiscale|esercizio)\s+(?:del\s+)?|(?:legge\s+di\s+)?bilancio\s+(?:del\s+|per\s+il\s+)?",
    "de": r"geschäftsjahr(?:es)?\s+|haushalt(?:s|sentwurf|splan)?\s+(?:für\s+)?",
}
# ... and the words after the year, in English: "the 2025 budget" is a plan for the year, not a
# happening of it (the other languages name the budget before its year)
BUDGET_AFTER_YEAR_CUES: dict[str, str] = {"en": r"\s+(?:budgets?|spending\s+plans?|fiscal\s+year)\b"}
# Weaker cues of the future: they count only before the date, with no past cue between them
# and it ("said he would meet Putin on Aug. 15"; but "On Feb. 28, the bank said it would ...").
WEAK_FUTURE_CUES: dict[str, str] = {
    # ("a vote could come on Monday or Tuesday": what may still happen)
    # ("would be paid on Friday": the participle of its passive is no past)
    "en": r"(?:would|must)(?! have)(?: not)?(?: be [a-z]+)?"
          r"|(?:could|might) (?:come|happen|take place|be held|begin|start|arrive|reopen|resume|end)"
          r"|(?:is|are|am) (?:heading|travell?ing|flying|leaving|meeting|hosting|visiting|returning)"
          # "children who were preparing to return to school Monday": what was still to come
          r"|(?:is|are|am|was|were) (?:preparing|getting ready|about) to"
          # ("heavy rains were likely to cause flooding … to emerge in the Atlantic on Thursday")
          r"|(?:is|are|was|were) (?:also |still |more |most )?(?:likely|poised|bound) to"
          # the present of a timetable: "the order takes effect Tuesday", "the trial begins Monday"
          r"|(?:takes?|goes|go) (?:into )?effect|comes? into (?:force|effect)|begins|starts|opens|resumes|expires"
          r"|kicks off"
          # a copula right before its day, or a certainty: "The vote is on Friday", "The final is Sunday",
          # "a shutdown is certain at 12:01 a.m. Wednesday" (not "was")
          r"|(?:is|are)(?:\s+on)?(?=\s*$)|(?:is|are)\s+(?:now\s+)?(?:certain|sure|inevitable)"
          # what remains: "With only two Fed meetings left—one in November and one in December"
          r"|(?:meetings?|sessions?|games?|races?|rounds?|days?|weeks?|months?) (?:left|remaining)(?=\s*[—–:(,])",
    # (a duty in the past is a plan: "Lecornu devait prononcer, ce mardi, sa déclaration")
    "es": r"iba a|iban a|\w+ría|\w+rían|debía|debían",
    # ("les syndicats entendent « frapper un grand coup » lundi": what they intend)
    # (not "aurait voulu", "auraient été": the conditional perfect tells what allegedly was; "aurait lieu" comes)
    "fr": r"(?!aurai)\w{2,}rait|(?!aurai)\w{2,}raient|aurai(?:t|ent)\s+lieu|allait|devait|devaient|entend|entendent"
          r"|comptent|envisagent?|prévoient"
          r"|s['’]apprêtent?\s+à",
    # ("So könnte sich der Bundestag Ende April befassen")
    "de": r"würde|würden|wollte|wollten|könnte|könnten|sollte|sollten|dürfte|dürften|müsste|müssten",
    "it": r"\w+rebbe|\w+rebbero|avrebbe|doveva|dovevano",
    "pt": r"\w+ria|\w+riam|ia|iam|devia|deviam",
}
# Cues of a happening that did not happen: a past counterfactual ("would have met on Friday had
# the storm not hit", "hätte am Freitag stattfinden sollen", "aurait dû avoir lieu vendredi").
# Not the forms that also report the unconfirmed past ("could have", "might have", French "aurait
# tué", German "hätten verhandelt" in reported speech): only a modal of duty or ability in the
# conditional perfect, or "would"/"should" have.
# A sentence that only says who told the sentence before it ("In Polen ist ein Mensch ertrunken. Das
# teilten am Sonntag die Behörden mit.", "Three people died. That was confirmed by police on Monday."):
# its opening words; the happening it dates is the one before it
BACK_REFERENCE_CUES: dict[str, str] = {
    "en": r"(?:that|this)\s+(?:was|is)\s+(?:according\s+to|(?:first\s+)?(?:confirmed|announced|reported|said|"
          r"disclosed|revealed)\b)|that['’]s\s+according\s+to",
    "de": r"(?:das|dies)\s+(?:teilte|teilten|sagte|sagten|berichtete|berichteten|bestätigte|bestätigten|meldete"
          r"|meldeten|erklärte|erklärten|gab|gaben|verkündete|verkündeten|kündigte|kündigten|hieß\s+es"
          r"|erfuhr|erfuhren|ergab|ergaben)\b",  # ("Das erfuhr die Deutsche Presse-Agentur von …")
    "fr": r"c['’]est\s+ce\s+qu['’](?:a|ont|annonce|indique)|cela\s+a\s+été\s+(?:annoncé|confirmé|indiqué)\b",
    "es": r"(?:así\s+)?lo\s+(?:informó|informaron|confirmó|confirmaron|anunció|anunciaron|dijo|dijeron|comunicó"
          r"|comunicaron|aseguró|aseguraron|indicó|indicaron|explicó|explicaron)\b",
    "it": r"lo\s+(?:ha|hanno)\s+(?:reso\s+noto|annunciato|comunicato|confermato|detto|riferito)\b"
          r"|(?:è|e['’])\s+quanto\s+(?:ha|hanno)\s+(?:reso\s+noto|annunciato|comunicato|riferito)\b",
    "pt": r"(?:a\s+informação|isso|isto)\s+(?:foi\s+(?:confirmad[ao]|divulgad[ao]|informad[ao])|é\s+o\s+que)\b",
}
COUNTERFACTUAL_CUES: dict[str, str] = {
    "en": r"(?:would|should)(?:\s+not|n't)?\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|un|ne|de|et|t|d)",
    "de": r"(?:hätte|hätten|wäre|wären)\b[^,.;:]{0,80}\b(?:können|sollen|müssen|dürfen)",
    "fr": r"(?:aurait|auraient)\s+(?:pu|dû)",
    "it": r"(?:avrebbe|avrebbero)\s+(?:potuto|dovuto)",
    "es": r"(?:habría|habrían|hubiera|hubieran|hubiese|hubiesen)\s+(?:podido|debido)|(?:debería|deberían)\s+haber",
    "pt": r"(?:teria|teriam)\s+(?:podido|devido)|(?:deveria|deveriam)\s+ter",
}
# A forecast of no weather or of its odds ("Segunda (6) e terça (7) não deve chover", "a chance de
# tempestade é de 11%", "a 40% chance of rain on Friday"): no happening on that day.
FORECAST_ONLY_CUES: dict[str, str] = {
    "en": r"(?:no|not\s+expected\s+to)\s+(?:rain|snow|storms?)\b|\d+\s?%\s+chance\s+of\s+(?:rain|snow|storms?|showers)"
          r"|chance\s+of\s+(?:rain|snow|storms?|showers)\s+(?:is|of)\s+\d+\s?%",
    "pt": r"n[ãa]o\s+(?:deve|deverá|vai)\s+chover|chance\s+de\s+(?:chuva|tempestade|temporal)\s+(?:é\s+)?de\s+\d+\s?%",
    "es": r"no\s+(?:lloverá|va\s+a\s+llover|se\s+esperan\s+lluvias)|probabilidad\s+de\s+(?:lluvia|tormenta)s?\s+"
          r"(?:es\s+)?del?\s+\d+\s?%",
    "fr": r"(?:ne\s+devrait\s+pas|ne\s+va\s+pas)\s+pleuvoir|risque\s+d['’]orage\s+(?:est\s+)?de\s+\d+\s?%",
    "de": r"(?:soll|dürfte|wird)\s+es\s+(?:[\w-]+\s+){0,4}?(?:nicht|kaum)\s+regnen"
          r"|kein(?:en)?\s+regen\s+(?:geben|erwartet)|regenwahrscheinlichkeit\s+(?:liegt\s+)?(?:bei\s+)?\d+\s?(?:%|prozent)",
    "it": r"non\s+(?:dovrebbe\s+piovere|pioverà)|probabilità\s+di\s+pioggia\s+(?:è\s+)?del\s+\d+\s?%",
}
# A contingency: what would happen if something else did not ("en caso de no lograr el apoyo, se
# repetiría una segunda votación el 18 de noviembre", "if he fails, a second vote would be held on
# Nov. 18"): a sentence with both the contingency and a conditional verb tells no happening.
CONTINGENCY_CUES: dict[str, tuple[str, str]] = {
    "en": (r"in\s+case|in\s+the\s+event\s+(?:that|of)|should\s+(?:he|she|they|it|the\s+\w+)\s+(?:\w+\s+)?fail"
           r"|if\s+(?:he|she|they|it|the\s+\w+)\s+(?:\w+\s+)?(?:fails?|does\s+not|doesn't|do\s+not|don't|is\s+not|isn't)",
           r"would"),
    "es": (r"en\s+caso\s+de|si\s+no\s+(?:logra|consigue|obtiene|alcanza)", r"\w{3,}rían?"),
    "pt": (r"em\s+caso\s+de|caso\s+n[ãa]o|se\s+n[ãa]o\s+(?:conseguir|obtiver|alcan[çc]ar)", r"\w{4,}riam?"),
    "fr": (r"au\s+cas\s+où|en\s+cas\s+d['’e]\s*(?:échec|non)|s['’]il\s+n['’]obtient\s+pas|faute\s+d['’e]",
           r"\w{3,}r(?:ait|aient)"),
    "it": (r"in\s+caso\s+d[i']|qualora|se\s+non\s+(?:dovesse|ottenesse|riuscisse)", r"\w{3,}(?:rebbe|rebbero)"),
    "de": (r"falls|sollte\s+(?:er|sie|es)\s+(?:\w+\s+){0,3}(?:scheitern|verfehlen)|im\s+fall(?:e)?\s+(?:eines|einer)",
           r"würden?|käme|fände"),
}
# A plan for the date that was called off: the date is not of a happening ("the summit planned
# for March 3 was cancelled on Friday": Friday is, March 3 is not). "\x00" stands where the date
# is (`extract._unreal` puts it there); the gate word says when to look at all.
CANCELLED_PLAN_CUES: dict[str, str] = {
    "en": r"(?:planned|scheduled|set|slated|due|expected)\s+(?:for|on|in)\s+(?:the\s+)?\x00\s*,?\s*"
          r"(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:cancell?ed|called\s+off|scrapped|postponed"
          r"|delayed|suspended|put\s+off|axed|abandoned|brought\s+forward|moved\s+(?:up|forward))",
    "es": r"(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?)\s+para\s+(?:el\s+)?\x00\s*,?\s*(?:fue|fueron|ha\s+sido"
          r"|han\s+sido|había\s+sido)\s+(?:cancelad|suspendid|aplazad|pospuest|postergad)[oa]s?",
    "fr": r"(?:prévue?s?|programmée?s?)\s+(?:pour\s+)?(?:le\s+)?\x00\s*,?\s*(?:a|ont|avait|avaient)\s+été"
          r"\s+(?:annulée?s?|reportée?s?|suspendue?s?)",
    "it": r"(?:previst[oa]|programmat[oa]|fissat[oa])\s+(?:per\s+)?(?:il\s+|l['’])?\x00\s*,?\s*(?:è|sono|era)"
          r"\s+stat[oaie]\s+(?:annullat|rinviat|sospes|cancellat)[oaie]",
    "de": r"für\s+(?:den\s+|das\s+|die\s+)?\x00\s*(?:geplante|angesetzte|vorgesehene)\w*\s+\w+\s+(?:(?:wurde|wurden"
          r"|ist|sind)\s+(?:\S+\s+){0,4}?(?:abgesagt|verschoben|gestrichen|vorgezogen)"
          # "die für den 28. September geplante Wahl auf den 23. Februar vorzuziehen": moved to another day
          r"|auf\s+(?:\S+\s+){1,5}?(?:vorzuziehen|vorgezogen|zu\s+verschieben|verschoben|verlegt|zu\s+verlegen))",
}
CANCELLED_WORDS: dict[str, str] = {
    "en": r"cancell?ed|called\s+off|scrapped|postponed|delayed|suspended|put\s+off|axed|abandoned|brought\s+forward"
          r"|moved\s+(?:up|forward)",
    "es": r"(?:cancelad|suspendid|aplazad|pospuest|postergad)[oa]s?",
    "fr": r"annulée?s?|reportée?s?|suspendue?s?",
    "it": r"(?:annullat|rinviat|sospes|cancellat)[oaie]",
    "de": r"abgesagt|verschoben|gestrichen|vorgezogen|vorzuziehen|verlegt|verlegen",
}
# A day something was moved to ("the vote was postponed to Feb. 23", "aplazada al 23 de febrero",
# "reportée au 23 février", "auf den 23. Februar verschoben"): a new date, still to come whatever the
# tense of the moving. (before the date, after it)
RESCHEDULED_TO: dict[str, tuple[str, str | None]] = {
    "en": (r"(?:postponed|moved|delayed|pushed\s+back|brought\s+forward|rescheduled|put\s+off|deferred|shifted)"
           r"\s+(?:[a-z]+\s+){0,3}?(?:to|until|till)\s+(?:the\s+)?", None),
    "es": (r"(?:aplazad|pospuest|postergad|trasladad|adelantad|movid|reprogramad)[oa]s?\s+(?:\w+\s+){0,3}?"
           r"(?:al|para\s+el|hasta\s+el)\s+", None),
    "fr": (r"(?:report|décal|avanc|repouss|déplac)ée?s?\s+(?:\w+\s+){0,3}?(?:au|à|jusqu['’]au)\s+", None),
    "it": (r"(?:rinviat|posticipat|anticipat|spostat)[oaie]\s+(?:\w+\s+){0,3}?(?:al|all['’])\s*", None),
    "de": (r"\bauf\s+(?:den|das|die)\s+",
           r"\A\s*(?:\S+\s+){0,6}?(?:verschoben|vorgezogen|verlegt|vorzuziehen|zu\s+verschieben|zu\s+verlegen)\b"),
}

# the words that open a reported or subordinate clause, whose tense is not the date's outside it
# (not "that is", which restates: "…, that is, on Friday")
THAT_WORDS: dict[str, str] = {"en": r"that(?!\s+is\b)", "es": "que", "pt": "que", "fr": "que|qu['’]", "de": "dass",
                              "it": "che", "ru": "что", "pl": "że", "cs": "že", "nl": "dat", "id": "bahwa"}
# the saying a sentence ends with ("The vote is on Feb. 23, he said."): its tense is of the
# saying, not of the clause the date is in
SAID_AFTER: dict[str, str] = {
    "en": r"said|says|told|added|stated|announced|confirmed",
    "es": r"dijo|dice|declaró|afirmó|señaló|indicó|explicó|añadió|informó|aseguró|confirmó|anunció",
    "pt": r"disse|diz|afirmou|declarou|informou|explicou|acrescentou|confirmou|anunciou",
    "fr": r"(?:a|ont)(?:-t)?-?\s*(?:il|elle|ils|elles)?\s*(?:dit|déclaré|indiqué|précisé|ajouté|affirmé|annoncé)"
          r"|dit|déclare|indique|précise|ajoute|affirme",
    "it": r"(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|aggiunto|annunciato|confermato)|dice|spiega",
    "de": r"sagte|sagten|sagt|erklärte|erklärten|betonte|teilte\s+(?:\S+\s+){0,4}?mit|berichtete",
}
# the words before a that-word that put what it opens ahead ("se espera que llegue a Cuba el
# miércoles", "il est prévu qu'il arrive mardi"): an expectation, whatever the verb after it
EXPECTED_THAT_CUES: dict[str, str] = {
    "en": r"(?:is|are)\s+(?:expected|likely)|it\s+is\s+(?:planned|scheduled)",
    "es": r"se\s+esperan?|se\s+prevé|se\s+proyecta|se\s+pronostica|está\s+previsto|es\s+probable",
    "pt": r"espera-se|prevê-se|está\s+previsto|é\s+provável",
    "fr": r"(?:il\s+)?est\s+prévu|on\s+s['’]attend\s+à\s+ce|il\s+est\s+probable",
    "it": r"si\s+prevede|è\s+previsto|si\s+attende|è\s+probabile",
    "de": r"(?:es\s+)?(?:wird|ist)\s+(?:erwartet|geplant|vorgesehen|wahrscheinlich)",
}
# German words ending in -te/-ten that are no weak past: ordinals, superlatives, adjectives, "heute",
# and present forms of verbs whose stem ends in t ("Die letzte Sitzung ist am 23. Februar", "Die
# Druckereien arbeiten": no past)
_NOT_WEAK_PAST_DE = frozenset("""letzte letzten nächste nächsten erste ersten zweite zweiten dritte dritten vierte
vierten fünfte fünften sechste sechsten siebte siebten achte achten zehnte zehnten meiste meisten beste besten
größte größten neueste neuesten jüngste jüngsten wichtigste wichtigsten heute gute guten alte alten weite weiten
breite breiten rechte rechten echte echten schlechte schlechten harte harten späte späten bitte mitte arbeiten
bieten gelten halten raten warten starten leiten bitten treten streiten richten berichten fürchten beachten
beobachten bewerten erwarten vertreten betreten eintreten antreten auftreten verbieten anbieten bedeuten leisten
kosten retten beraten erhalten enthalten behalten unterhalten gestalten schalten verwalten bereiten vorbereiten
begleiten""".split())
# (the words a French noun follows: a word in -é or -it after one is no participle)
_NOT_AFTER_DETERMINER_FR = "".join(rf"(?<!\b{d})" for d in (
    "le ", "la ", "les ", "l'", "l’", "un ", "une ", "du ", "des ", "de ", "d'", "d’", "au ", "aux ", "ce ", "cet ",
    "cette ", "ces ", "son ", "sa ", "ses ", "leur ", "leurs ", "notre ", "votre ", "nos ", "vos ", "mon ", "ma ",
    "mes "))
PAST_CUES: dict[str, str] = {
    # ("left" of what remains is no past: "With only two Fed meetings left—one in November …")
    "en": r"was|were|had|did|said|met|took|held|won|lost|began|came|went|saw|made|gave|told"
          r"|left(?!\s*(?:[—–;:)]|to\b|before\b|until\b|in\s+(?:the|this)\s+(?:year|season|month|term|race|game"
          r"|session)\b))"
          r"|struck|fell|rose|broke|sank|spoke|wrote|led|fled|sat|stood|ran|shot|sent|spent|built|brought"
          r"|bought|caught|fought|thought|sought|drove|flew|grew|knew|threw|chose|froze|rode|swore|tore|woke"
          r"|became|got|paid|sold|felt|kept|found|heard|stole|arose|withdrew|underwent|overthrew|forbade"
          r"|\w{2,}ed|ago|last"
          # a past that spells as the present, told of one (no plural -s before, no modal, no
          # determiner): "the storm hit on 4 March", "a fire shut the plant"
          r"|(?<=[a-rt-z] )(?<!\ba )(?<!\bto )(?<!will )(?<!would )(?<!could )(?<!should )(?<!might )"
          r"(?<!\bmay )(?<!must )(?<!\bcan )(?<!\bdo )(?<!\bnot )(?<!\bbig )(?<!\bthe )(?<!\bno )"
          r"(?:hit|hurt|shut|quit|burst)",
    "es": r"fue|fueron|hubo|\w{2,}ó|\w{2,}aron|\w{2,}ieron|ha|han|había|\w{2,}ado|\w{2,}ido",
    "pt": r"foi|foram|houve|\w{2,}ou|\w{2,}aram|\w{2,}eram|\w{2,}iram|\w{2,}ado|\w{2,}ido",
    # ("a"/"ont": the perfect's auxiliary, not "il y a" (there is; "il y a eu", "il y a cinq ans" are
    # past) nor "a lieu" (takes place))
    "fr": r"(?<!y\s)a(?!\s+lieu\b)|ont(?!\s+lieu\b)|y\s+a\s+(?:eu|(?:[\w-]+\s+){1,2}?(?:ans?|années?|jours?"
          r"|semaines?|mois|heures?|minutes?|siècles?|décennies?))|avait|avaient|était|étaient|fut"
          # (a participle, not a noun after its determiner: "le musée", "la journée", "le comité", "la
          # nuit"; not a reflexive's present: "se réunit")
          r"|" + _NOT_AFTER_DETERMINER_FR + r"(?:\w{2,}é|\w{2,}ée|\w{2,}és|(?<!\bse\s)(?<!\bs['’])\w{2,}it)",
    # (-te/-ten: weak past forms, not the subjunctive "könnte", "hätten"; `tense` leaves out capitalised
    # words, the nouns: "Abgeordneten", "Staaten"; "hat"/"haben" with a participle after them: the
    # perfect, not "haben … das Sagen"; a number's comma is no clause's end: "hat sich ein Erdbeben der
    # Stärke 6,8 ereignet")
    "de": r"war|waren|hatte|hatten|wurde|wurden"
          # (a separable verb's participle too: "hat … vorgestellt", "haben … angekündigt", "festgenommen")
          r"|(?:hat|haben)(?=(?:[^.,;]|[.,](?=\d))*\b(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|zusammen|los"
          r"|fort|weiter|teil|frei|bekannt|vorbei|heraus|hinaus|hervor|um|durch|wieder|dar|statt)?"
          r"(?:ge\w{3,}|be\w{3,}|ver\w{3,}|er\w{3,}|ent\w{3,}|zer\w{3,})(?:t|en)\b|(?:[^.,;]|[.,](?=\d))*\b\w{3,}iert\b)"
          # (and a subordinate clause's, the participle before it: "die am Sonntag die Wahl gewonnen hat")
          r"|(?<!zu\s)(?:\w{0,8}ge\w{3,}(?:t|en)|\w{3,}iert|(?:be|ver|er|ent|zer)\w{3,}(?:t|en))\s+(?:hat|haben)"
          # (and the perfect infinitive: "verdächtig, … drei Menschen getötet … zu haben")
          r"|(?:\w{0,8}ge\w{3,}(?:t|en)|\w{3,}iert|(?:be|ver|er|ent|zer)\w{3,}(?:t|en))\s+zu\s+haben\b"
          # (the perfect with "sein": "ist … gefahren", "sind … gestorben", "ist … explodiert"; not a
          # state, "ist … geschlossen", "sind … gesperrt"; the passive's "worden" always)
          r"|(?:ist|sind)(?=(?:[^.,;]|[.,](?=\d))*\b(?:ab|an|auf|aus|ein|fest|her|hin|nach|vor|weg|zu|zurück|zusammen|los|um"
          r"|durch|heraus|hinaus)?(?:ge\w{3,}|ver\w{3,}|er\w{3,}|ent\w{3,}|zer\w{3,})(?:t|en)\b|(?:[^.,;]|[.,](?=\d))*\b\w{3,}iert\b)"
          r"(?!(?:[^.,;]|[.,](?=\d))*\b(?:geschlossen|geöffnet|gesperrt|verboten|erlaubt|vorgesehen|besetzt|ausverkauft|gesichert"
          r"|gewährleistet|zugelassen|geplant|erwartet|angesetzt|verpflichtet|berechtigt|gezwungen|bereit|geeignet"
          r"|verheiratet|interessiert|engagiert|organisiert|informiert)\b)|worden"
          r"|traf|trafen|kam|kamen|ging|gingen|sah|gab|gaben|nahm"
          r"|nahmen|fand|fanden|sprach|stand|hielt|hielten|fiel|fielen|rief|lag|begann|begannen|gewann|verlor|starb"
          r"|starben|flog|zog|zogen|brach|trat|traten|schlug|wies|ließ|blieb|schrieb|stieg|bat|bot|floh|flohen"
          r"|erschien|entschied|beschloss|beschlossen"
          # (more strong pasts: "Am Dienstag fuhr der Lastwagen in die Menge" was next Tuesday)
          r"|fuhr|fuhren|lief|liefen|warf|warfen|trug|trugen|schoss|schossen|sank|sanken|riss|rissen|hob|hoben"
          r"|half|halfen|wuchs|zwang|sang|sprang|stahl|stahlen|empfing|erhielt|erhielten|verließ|verließen|erlitt"
          r"|erlitten|griff|griffen|stieß|stießen|befahl|gelang|geschah|verschwand|verschwanden|entstand"
          r"|entstanden|saß|saßen|lagen|standen|stiegen|riefen|blieben|schrieben|trieb|trieben|ließen|gewannen"
          r"|(?!(?:könnte|könnten|hätte|hätten|würde|würden|sollte|sollten|müsste|müssten|dürfte|dürften|möchte"
          r"|möchten|" + "|".join(sorted(_NOT_WEAK_PAST_DE)) + r")\b)\w{2,}(?:te|ten)",
    "it": r"è stato|è stata|era|erano|ha|hanno|aveva|\w{2,}ato|\w{2,}ata|\w{2,}uto|\w{2,}ito",
    "ru": r"был|была|было|были|\w{2,}ал|\w{2,}ала|\w{2,}али|\w{2,}ил|\w{2,}ила|\w{2,}или",
    "nl": r"was|waren|had|hadden|werd|werden|\w{2,}de|\w{2,}te",
    # (Polish and Czech past forms end in -ł/-l with the subject's ending; Indonesian says it in words)
    "pl": r"był|była|było|byli|były|\w{2,}ł|\w{2,}ła|\w{2,}ło|\w{2,}li|\w{2,}ły",
    "cs": r"byl|byla|bylo|byli|byly|\w{3,}[aeiyě]l|\w{3,}[aeiyě]la|\w{3,}[aeiyě]lo|\w{3,}[aeiyě]li|\w{3,}[aeiyě]ly",
    "id": r"telah|sudah|pernah|lalu",
}


def _expand(*choices: str) -> list[str]:
    """Every phrase made of one option from each `|`-separated choice: ("a |", "fin", " de")."""
    phrases = [""]
    for choice in choices:
        phrases = [p + option for p in phrases for option in choice.split("|")]
    return phrases


# "early December", "mid-2024", "a finales de enero": a part of a period keeps its precision.
PERIOD_PARTS: dict[str, list[str]] = {
    "en": ["early", "mid-", "mid", "late", *_expand("the |", "start|beginning|end|middle", " of")],
    "es": _expand("a |", "principios|comienzos|mediados|finales|fines", " de| del"),
    "pt": _expand("no |", "início|meados|final|fim", " de"),
    "fr": _expand("au |", "début|mi-|fin|courant", "| de"),
    "de": ["anfang", "mitte", "ende"],
    "it": _expand("all'|", "inizio|metà|fine", "| di"),
}

# Words joining a day, month and year: "3 de enero de 2026", "the 3rd of January".
CONNECTORS = r"de|del|of|the|di|du|des"

# What may follow a day number: "3rd", "1er", "3º", "3-го".
ORDINAL = r"(?:st|nd|rd|th|er|º|°|ª|-?го|-?е)"

# Day parts that name today or yesterday, news-style ("this morning", "last night").
DAY_PARTS: dict[str, dict[str, int]] = {
    "en": {"this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "last night": -1,
           "earlier today": 0},
    "es": {"esta mañana": 0, "esta tarde": 0, "esta noche": 0, "anoche": -1},
    "pt": {"esta manhã": 0, "esta tarde": 0, "esta noite": 0, "ontem à noite": -1},
    "fr": {"ce matin": 0, "cet après-midi": 0, "ce soir": 0, "hier soir": -1},
    "de": {"heute morgen": 0, "heute früh": 0, "heute abend": 0, "gestern abend": -1},
    "it": {"stamattina": 0, "stamani": 0, "stasera": 0, "ieri sera": -1},
}


# Holidays on a fixed day, as news dates happenings by them ("the New Year's Day earthquake",
# "a Capodanno", "el día de Navidad"): phrase -> (month, day). Only the day's own names: a bare
# "Christmas", "Natale" or "Año Nuevo" is also a season or a greeting ("Christmas shopping",
# "feliz año nuevo").
HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "en": {"new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31),
           "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
           "valentine's day": (2, 14)},
    "es": {"día de año nuevo": (1, 1), "nochevieja": (12, 31), "nochebuena": (12, 24), "día de navidad": (12, 25),
           "día de reyes": (1, 6)},
    "fr": {"jour de l'an": (1, 1), "nouvel an": (1, 1), "saint-sylvestre": (12, 31), "jour de noël": (12, 25),
           "veille de noël": (12, 24)},
    "de": {"neujahr": (1, 1), "neujahrstag": (1, 1), "silvester": (12, 31), "heiligabend": (12, 24)},
    "it": {"capodanno": (1, 1), "san silvestro": (12, 31), "vigilia di natale": (12, 24), "giorno di natale": (12, 25),
           "ferragosto": (8, 15)},
    "pt": {"dia de ano novo": (1, 1), "véspera de natal": (12, 24), "dia de natal": (12, 25)},
}
# Feasts whose day moves with the year: ("easter", days after Easter Sunday) or ("nth", month,
# weekday (Monday 0), which one of the month (-1: the last), days after it). "Ostermontag", "lundi
# de Pâques" and "Pasquetta" are one day, which a year's calendar tells (`holiday_day`).
MOVEABLE_HOLIDAYS: dict[str, dict[str, tuple]] = {
    "en": {"easter sunday": ("easter", 0), "easter monday": ("easter", 1), "good friday": ("easter", -2),
           "holy saturday": ("easter", -1), "maundy thursday": ("easter", -3), "holy thursday": ("easter", -3),
           "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46), "pentecost sunday": ("easter", 49),
           "whit monday": ("easter", 50), "ascension day": ("easter", 39),
           "thanksgiving day": ("nth", 11, 3, 4, 0), "black friday": ("nth", 11, 3, 4, 1),
           "memorial day": ("nth", 5, 0, -1, 0), "labor day": ("nth", 9, 0, 1, 0)},
    "es": {"domingo de resurrección": ("easter", 0), "domingo de pascua": ("easter", 0),
           "lunes de pascua": ("easter", 1), "viernes santo": ("easter", -2), "jueves santo": ("easter", -3),
           "sábado santo": ("easter", -1), "domingo de ramos": ("easter", -7), "miércoles de ceniza": ("easter", -46)},
    "fr": {"dimanche de pâques": ("easter", 0), "jour de pâques": ("easter", 0), "lundi de pâques": ("easter", 1),
           "vendredi saint": ("easter", -2), "jeudi saint": ("easter", -3), "samedi saint": ("easter", -1),
           "dimanche des rameaux": ("easter", -7), "mercredi des cendres": ("easter", -46),
           "lundi de pentecôte": ("easter", 50), "jeudi de l'ascension": ("easter", 39)},
    "de": {"ostersonntag": ("easter", 0), "ostermontag": ("easter", 1), "karfreitag": ("easter", -2),
           "gründonnerstag": ("easter", -3), "karsamstag": ("easter", -1), "palmsonntag": ("easter", -7),
           "aschermittwoch": ("easter", -46), "pfingstsonntag": ("easter", 49), "pfingstmontag": ("easter", 50),
           "christi himmelfahrt": ("easter", 39)},
    "it": {"pasquetta": ("easter", 1), "lunedì dell'angelo": ("easter", 1), "lunedì di pasqua": ("easter", 1),
           "domenica di pasqua": ("easter", 0), "venerdì santo": ("easter", -2), "giovedì santo": ("easter", -3),
           "sabato santo": ("easter", -1), "domenica delle palme": ("easter", -7),
           "mercoledì delle ceneri": ("easter", -46)},
    "pt": {"domingo de páscoa": ("easter", 0), "segunda-feira de páscoa": ("easter", 1),
           "sexta-feira santa": ("easter", -2), "quinta-feira santa": ("easter", -3),
           "domingo de ramos": ("easter", -7), "quarta-feira de cinzas": ("easter", -46)},
}


def holiday_day(rule: tuple, year: int) -> tuple[int, int]:
    """(month, day) of a `HOLIDAYS` day or a `MOVEABLE_HOLIDAYS` rule in `year`."""
    if not isinstance(rule[0], str):
        return rule
    if rule[0] == "easter":
        day = easter(year) + dt.timedelta(days=rule[1])
    else:
        _, month, weekday, nth, after = rule
        first = dt.date(year, month, 1)
        if nth > 0:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        day += dt.timedelta(days=after)
    return day.month, day.day


# Relative phrases dateparser does not list.
EXTRA_RELATIVE: dict[str, dict[str, tuple[int, str]]] = {
    "en": {"this fiscal year": (0, "year"), "last fiscal year": (-1, "year"), "next fiscal year": (1, "year"),
           "this calendar year": (0, "year"), "earlier this year": (0, "year"), "earlier this month": (0, "month"),
           "later this year": (0, "year"), "later this month": (0, "month")},
    "es": {"el próximo año": (1, "year"), "el próximo mes": (1, "month"), "este año": (0, "year"),
           "año pasado": (-1, "year"), "próximo año": (1, "year")},  # ("marzo del año pasado")
    "fr": {"cette année": (0, "year"), "ce mois": (0, "month")},
    "de": {"in diesem jahr": (0, "year"), "im vergangenen jahr": (-1, "year"), "im kommenden jahr": (1, "year"),
           # ("im März letzten Jahres", "Ende nächsten Jahres")
           "letzten jahres": (-1, "year"), "vergangenen jahres": (-1, "year"), "nächsten jahres": (1, "year"),
           "kommenden jahres": (1, "year"), "dieses jahres": (0, "year")},
    "it": {"l'anno scorso": (-1, "year"), "l'anno prossimo": (1, "year"), "quest'anno": (0, "year")},
}


WORD = re.compile(r"[^\W\d_]+")  # a word: a run of letters (the scanner's too)


class Phrases:
    """Phrases tried longest first next to a date ("last", "this coming", "a finales de"), with
    their first and last letters, which rule most places out without trying any."""

    __slots__ = ("firsts", "lasts", "phrases")

    def __init__(self, phrases) -> None:
        self.phrases: list[str] = sorted(set(phrases), key=len, reverse=True)
        self.firsts = {p[0] for p in self.phrases}
        self.lasts = {p[-1] for p in self.phrases}


class Lexicon:
    """The vocabulary of one language, as lookups. Every phrase is lowercase."""

    def __init__(self, language: str, date_order: str) -> None:
        self.language = language
        self.date_order = date_order
        self.months: dict[str, int] = {}            # name -> 1..12 (abbreviations too)
        self.full_months: set[str] = set()           # the names that may stand alone ("May", not "Jan")
        self.weekdays: dict[str, int] = {}          # name -> 0 (Monday) .. 6
        self.weekday_names: set[str] = set()        # the names the scanner looks for (no "die", "mon")
        self.relative: dict[str, tuple[int, str]] = {}  # phrase -> (offset, unit)
        self.years_relative = Phrases([])            # "last year", "el año pasado": places a bare month
        self.numbers: dict[str, int] = {}           # "two" -> 2
        self.directions: dict[str, int] = {}        # "last" -> -1, "this" -> 0, "next" -> 1
        self.direction_phrases = Phrases([])         # the keys of `directions`
        self.weeks: dict[str, int] = {}             # "of last week" -> -1 (after a weekday)
        self.week_phrases = Phrases([])              # the keys of `weeks`
        self.period_parts = Phrases([])              # "early", "a finales de"
        self.day_parts: dict[str, int] = {}         # "last night" -> -1
        self.holidays: dict[str, tuple] = {}  # "new year's day" -> (1, 1); "ostermontag" -> ("easter", 1)
        self.ago_rules: list[tuple[str, int, str]] = []  # dateparser pattern (group 1: count), sign, unit
        self._ago_words: list[set[str]] = []        # the words of each rule, by which it is found
        self._ago: dict[str, re.Pattern] = {}
        # a word -> the phrases found by it: [(phrase, kind, where the word is in it)], longest
        # first; what the scanner looks up
        self.index: dict[str, list[tuple[str, str, int]]] = {}
        self.shortest_word = 1  # of the index: the scanner need not look at shorter words

    def ago(self, word: str) -> re.Pattern:
        """The "two days ago" / "in 3 days" patterns that contain `word`, as one: alternative
        `aN` is rule N, its count `nN`. Compiled per word on first use, so that "25 years of
        talks" costs the two rules with "years", not all of them."""
        pattern = self._ago.get(word)
        if pattern is None:
            alternatives = []
            rules = [i for i, words in enumerate(self._ago_words) if word in words]
            for i in sorted(rules, key=lambda i: len(self.ago_rules[i][0]), reverse=True):
                # any word in the count's place; `count` checks it (a list of number words in
                # every rule made these the slowest patterns to compile)
                count = rf"(?P<n{i}>[^\W_]{{1,20}})"
                alternatives.append(f"(?P<a{i}>{self.ago_rules[i][0].replace(_COUNT, count)})")
            pattern = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives) or 'x^'})(?!\w)", re.I)
            self._ago[word] = pattern
        return pattern

    def ago_offset(self, m: re.Match) -> tuple[int, str] | None:
        """(offset, unit) of a match of `ago(word)`; None if its count is not a number."""
        if not m.lastgroup:
            return None
        i = int(m.lastgroup[1:])
        n = self.count(m.group(f"n{i}"))
        if n is None:
            return None
        _, sign, unit = self.ago_rules[i]
        return sign * n, unit

    def count(self, word: str) -> int | None:
        if word.isdecimal():  # not isdigit: "²" is a digit but no number
            return int(word) if len(word) <= 3 else None
        return self.numbers.get(word.lower())

    # The tense cues are matched against lowercased text: a case-insensitive pattern that
    # opens with `\b` is tried at every position, several times slower.
    @cached_property
    def future(self) -> re.Pattern | None:
        return _cue_pattern(FUTURE_CUES, self.language)

    @cached_property
    def weak_future(self) -> re.Pattern | None:
        return _cue_pattern(WEAK_FUTURE_CUES, self.language)

    @cached_property
    def past(self) -> re.Pattern | None:
        return _cue_pattern(PAST_CUES, self.language)

    @cached_property
    def budget_after(self) -> re.Pattern | None:
        """`BUDGET_AFTER_YEAR_CUES` of the language, starting where a year ends."""
        cues = BUDGET_AFTER_YEAR_CUES.get(self.language)
        return re.compile(cues, re.I) if cues else None

    @cached_property
    def back_reference(self) -> re.Pattern | None:
        """`BACK_REFERENCE_CUES` of the language, at a sentence's start (any case)."""
        cues = BACK_REFERENCE_CUES.get(self.language)
        return re.compile(rf"(?:{cues})", re.I) if cues else None

    @cached_property
    def not_happening(self) -> re.Pattern | None:
        """`NOT_HAPPENING_DATE_CUES` of the language, ending where a date starts."""
        cues = NOT_HAPPENING_DATE_CUES.get(self.language)
        return re.compile(rf"(?<![\w'’])(?:{cues})\Z") if cues else None

    @cached_property
    def fiscal_year(self) -> re.Pattern | None:
        """`FISCAL_YEAR_CUES` of the language, ending where a year starts."""
        cues = FISCAL_YEAR_CUES.get(self.language)
        return re.compile(rf"(?<![\w'’])(?:{cues})\Z") if cues else None

    @cached_property
    def count_after(self) -> re.Pattern | None:
        """`COUNT_CUES` of the language that follow a count, from the space after it."""
        cues = COUNT_CUES.get(self.language)
        return re.compile(rf"\s+(?:{cues[0]})\b") if cues else None

    @cached_property
    def count_before(self) -> re.Pattern | None:
        """`COUNT_CUES` of the language that come before a count, ending where it starts."""
        cues = COUNT_CUES.get(self.language)
        return re.compile(rf"(?<![\w'’])(?:{cues[1]})\s+\Z") if cues else None

    @cached_property
    def prospect(self) -> re.Pattern | None:
        return _cue_pattern(PROSPECT_CUES, self.language)

    @cached_property
    def bare_plan(self) -> re.Pattern | None:
        return _cue_pattern(BARE_PLAN_CUES, self.language)

    @cached_property
    def past_after_plan(self) -> re.Pattern | None:
        return _cue_pattern(PAST_AFTER_PLAN_CUES, self.language)

    @cached_property
    def counterfactual(self) -> re.Pattern | None:
        return _cue_pattern(COUNTERFACTUAL_CUES, self.language)

    @cached_property
    def forecast_only(self) -> re.Pattern | None:
        cues = FORECAST_ONLY_CUES.get(self.language)
        return re.compile(rf"\b(?:{cues})", re.I) if cues else None

    @cached_property
    def contingency(self) -> tuple[re.Pattern, re.Pattern] | None:
        """`CONTINGENCY_CUES` of the language: (the contingency, the conditional verb), or None."""
        cues = CONTINGENCY_CUES.get(self.language)
        return (re.compile(rf"\b(?:{cues[0]})\b"), re.compile(rf"\b(?:{cues[1]})\b")) if cues else None

    @cached_property
    def cancelled_plan(self) -> re.Pattern | None:
        cues = CANCELLED_PLAN_CUES.get(self.language)  # (no "\b" around: the date's mark is no word)
        return re.compile(rf"\b(?:{cues})\b") if cues else None

    @cached_property
    def cancelled(self) -> re.Pattern | None:
        return _cue_pattern(CANCELLED_WORDS, self.language)

    @cached_property
    def anchored(self) -> tuple[tuple[re.Pattern, tuple[str, ...], int, str], ...]:
        """`ANCHORED_DAYS` and `ANCHORED_YEARS` of the language, compiled (matched against
        lowercased text), with their unit."""
        return tuple((re.compile(rf"(?<!\w){pattern}(?!\w)"), words, sign, unit)
                     for table, unit in ((ANCHORED_DAYS, "day"), (ANCHORED_YEARS, "year"))
                     for pattern, words, sign in table.get(self.language, ()))

    @cached_property
    def rescheduled(self) -> tuple[re.Pattern, re.Pattern | None] | None:
        """`RESCHEDULED_TO` of the language, compiled: the words before the date (ending where
        it starts) and after it (matched against lowercased text)."""
        if (found := RESCHEDULED_TO.get(self.language)) is None:
            return None
        before, after = found
        return re.compile(rf"\b(?:{before})\Z"), (re.compile(after) if after else None)

    @cached_property
    def said_after(self) -> re.Pattern | None:
        """A saying that ends a sentence (matched from a comma on, against lowercased text):
        a few words of who, the verb, a few words more ("…, he said on Friday.", "…, sagte er.")."""
        verbs = SAID_AFTER.get(self.language)
        return re.compile(rf"\A\s*[,;]\s*[\"”’»]?\s*(?:[^\W\d]+[.'’-]?\s+){{0,5}}?(?:{verbs})(?!\w)"
                          rf"(?:\s+[^\W\d][\w'’.-]*){{0,5}}\s*[.!?]?[\"”’»]?\s*\Z") if verbs else None

    @cached_property
    def that(self) -> re.Pattern | None:
        return _cue_pattern(THAT_WORDS, self.language)

    @cached_property
    def expected_that(self) -> re.Pattern | None:
        """An expectation that ends where a that-word begins (matched against lowercased text)."""
        cues = EXPECTED_THAT_CUES.get(self.language)
        return re.compile(rf"\b(?:{cues}),?\s*\Z") if cues else None

    def _add(self, phrase: str, kind: str) -> None:
        # a phrase is found by its longest word: "the previous year" by "previous", not by
        # "the", which would send the scanner to try it at every "the"
        if phrase.isalpha():  # most phrases are one word
            self.index.setdefault(phrase, []).append((phrase, kind, 0))
            return
        words = list(WORD.finditer(phrase))
        if not words:
            return
        key = max(words, key=lambda w: len(w.group()))
        self.index.setdefault(key.group(), []).append((phrase, kind, key.start()))


def _cue_pattern(table: dict[str, str], language: str) -> re.Pattern | None:
    """The cues of `language` in `table` as one pattern of whole words, or None."""
    cues = table.get(language)
    return re.compile(rf"\b(?:{cues})\b") if cues else None


_COUNT = r"(\d{1,3})"
_UNITS = ("day", "month", "year")


def _relative_key(key: str) -> tuple[bool, bool, str, str] | None:
    """A key of dateparser's relative phrases, "in 2 month" or "1 day ago" ("\\1" for the count
    in its pattern keys), as (in, ago, count, unit)."""
    words = key.split(" ")
    future, past = words[0] == "in", words[-1] == "ago"
    core = words[future:len(words) - past]
    if len(core) != 2 or core[1] not in _UNITS:
        return None
    return future, past, core[0], core[1]


def _whole_names(names: dict[str, int]) -> set[str]:
    """The names that are not abbreviations: five letters or more, or the longest for their
    month or weekday ("may", "mai" stay; "jan", "die", "mon" go)."""
    longest: dict[int, int] = {}
    for name, number in names.items():
        longest[number] = max(longest.get(number, 0), len(name))
    return {name for name, number in names.items() if len(name) >= 5 or len(name) == longest[number]}


def _alternatives(values: object) -> list[str]:
    return [v for v in (values or []) if isinstance(v, str)]  # type: ignore[union-attr]


# dateparser's loader rewrites these languages' data as it loads them; read them through it
_NORMALISED_BY_LOADER = ("fa",)


def _is_language_code(language: str) -> bool:
    """"es", "ast", "sr-Latn": a name that can only be a data file of dateparser's."""
    head, dash, tail = language.partition("-")
    return (2 <= len(head) <= 3 and head.isascii() and head.isalpha() and head.islower()
            and (not dash or (tail.isascii() and tail.isalnum())))


@cache
def _dateparser_data() -> str:
    import importlib.util
    import os

    spec = importlib.util.find_spec("dateparser")  # finds the package without importing it
    return os.path.join(os.path.dirname(spec.origin or ""), "data", "date_translation_data")


def locale_info(language: str) -> dict:
    """dateparser's data for `language`, as its loader gives it.

    Importing dateparser costs about 80 ms, most of a short text's scan, so the data module
    (`dateparser/data/date_translation_data/<lang>.py`, one dict) is read directly;
    tests/test_lexicon.py checks that this equals what dateparser's own loader returns.
    """
    import importlib.util
    import os

    path = os.path.join(_dateparser_data(), f"{language}.py")
    if language not in _NORMALISED_BY_LOADER and _is_language_code(language) and os.path.isfile(path):
        module_spec = importlib.util.spec_from_file_location(f"_dateparser_data_{language}", path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)  # type: ignore[union-attr]
        return {k: v for k, v in module.info.items() if k != "locale_specific"}
    from dateparser.languages.loader import default_loader

    try:
        return {k: v for k, v in default_loader.get_locale(language).info.items() if k != "locale_specific"}
    except (KeyError, ValueError):
        from .errors import LanguageError

        raise LanguageError(f"unknown language {language!r} (expected an ISO 639-1 code that "
                         "dateparser supports, such as en, es, fr, de)") from None


@cache
def lexicon(language: str) -> Lexicon:
    """The vocabulary of `language` (ISO 639-1), from dateparser's locale data."""
    info = locale_info(language)
    lex = Lexicon(language, info.get("date_order", "DMY"))
    for number, key in enumerate(MONTH_KEYS, 1):
        for name in _alternatives(info.get(key)):
            name = name.lower().rstrip(".")
            if len(name) >= 3 and not name.isdigit():
                lex.months.setdefault(name, number)
    # a month may be abbreviated in a full date ("Jan. 3"); alone it must be whole
    lex.full_months = _whole_names(lex.months)
    for number, key in enumerate(WEEKDAY_KEYS):
        for name in _alternatives(info.get(key)):
            name = name.lower().rstrip(".")
            if len(name) >= 3:
                lex.weekdays.setdefault(name, number)
    # abbreviations such as German "die" (Dienstag) or English "mon" are ordinary words
    lex.weekday_names = _whole_names(lex.weekdays)
    # "Freitagvormittag", "zondagavond": a weekday and a time of day written as one word
    for name in list(lex.weekday_names):
        for part in WEEKDAY_COMPOUNDS.get(language, ()):
            lex.weekdays[name + part] = lex.weekdays[name]
            lex.weekday_names.add(name + part)
    for key, phrases in (info.get("relative-type") or {}).items():
        parsed = _relative_key(key)
        if not parsed or parsed[0] == parsed[1] or not parsed[2].isdecimal():  # "1 day ago", "in 2 month"
            continue
        future, _, count, unit = parsed
        for phrase in _alternatives(phrases):
            if len(phrase) >= 3:
                lex.relative[phrase.lower()] = (int(count) * (1 if future else -1), unit)
    for rule in info.get("simplifications") or []:
        for word, value in rule.items():
            if word.isalpha() and value.isdigit():
                lex.numbers[word.lower()] = int(value)
    for word, value in NUMBER_WORDS.get(language, {}).items():
        lex.numbers.setdefault(word, value)
    lex.directions = DIRECTION_WORDS.get(language, {})
    skip = set(lex.directions) | set(lex.numbers)
    for key, patterns in (info.get("relative-type-regex") or {}).items():
        parsed = _relative_key(key)  # "\\1 day ago", "in \\1 month": a pattern with a count
        if not parsed or parsed[2] != "\\1":
            continue
        future, _, _, unit = parsed
        for p in _alternatives(patterns):
            # dateparser's number group allows decimals; a date offset is a whole number
            p = p.replace(r"(\d++[.,]?\d*+)", _COUNT)
            # one-letter units ("3 d ago", "in 2 y") read "in any" as "in an y": whole words only
            rest = p.replace(_COUNT, " ")
            for word in ("ago", "in", "hace", "il y a", "vor", "fa", "há", "назад", "через"):
                rest = rest.replace(word, " ")
            if _COUNT in p and all(len(w.strip("\\.?*+()")) >= 2 for w in rest.split()):
                lex.ago_rules.append((p, 1 if future else -1, unit))
                lex._ago_words.append({w for w in WORD.findall(p.lower()) if len(w) >= 3} - skip)
    for phrase, (offset, unit) in EXTRA_RELATIVE.get(language, {}).items():
        lex.relative.setdefault(phrase, (offset, unit))
    lex.years_relative = Phrases(p for p, (_, unit) in lex.relative.items() if unit == "year")
    lex.direction_phrases = Phrases(lex.directions)
    lex.weeks = WEEK_OF_WEEKDAY.get(language, {})
    lex.week_phrases = Phrases(lex.weeks)
    lex.period_parts = Phrases(PERIOD_PARTS.get(language, []))
    lex.day_parts = DAY_PARTS.get(language, {})
    for name in lex.months:
        lex._add(name, "month")
    for name in lex.weekday_names:
        lex._add(name, "weekday")
    for phrase in lex.relative:
        lex._add(phrase, "relative")
    for phrase in lex.day_parts:
        lex._add(phrase, "day_part")
    for phrase, day in (HOLIDAYS.get(language, {}) | MOVEABLE_HOLIDAYS.get(language, {})).items():
        for written in {phrase, phrase.replace("'", "’")}:
            lex.holidays[written] = day
            lex._add(written, "holiday")
    # an "N days ago" pattern is tried only near one of its words ("ago", "hace", "назад")
    for word in set().union(*lex._ago_words):
        lex._add(word, "ago")
    for entries in lex.index.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    lex.shortest_word = min(map(len, lex.index), default=1)
    return lex


# What opens a sentence that tells the next thing that happened ("Shortly after, bronze in the
# curling", "Poco dopo, …", "Kurz darauf …"): not the happening of any sentence before it, nor
# of the summary its paragraph opens with (`merge.cluster` keeps it apart from the rest of its
# article). Not before a clock or a date ("Peu après 16h30": a time), a determiner ("Then-President"),
# or "of"/"this" ("Después de la votación", "Later this month").
SEQUEL_OPENERS: dict[str, str] = {
    "en": r"shortly\s+after(?:wards?)?|soon\s+after(?:wards?)?|moments\s+later|minutes\s+later|hours\s+later"
          r"|later|afterwards|then",
    "es": r"poco\s+después|más\s+tarde|luego|acto\s+seguido|después|a\s+continuación",
    "pt": r"pouco\s+depois|mais\s+tarde|em\s+seguida|depois|logo\s+depois",
    "fr": r"peu\s+après|plus\s+tard|ensuite|puis|juste\s+après",
    "it": r"poco\s+dopo|subito\s+dopo|più\s+tardi|in\s+seguito|poi|successivamente",
    "de": r"kurz\s+darauf|kurz\s+danach|wenig\s+später|später|danach|anschließend|daraufhin|dann",
}


# What kind of happening a word names, in the languages news is merged across: reports of one
# happening in two languages share few words ("thieves stole" / "cambrioleurs", "signed" /
# "firmó"), but they name the same kind of happening. Words transliterated to ASCII and
# lowercased (as `merge.report_features` reads them), each pattern a whole word.
HAPPENING_WORDS: dict[str, str] = {
    "steal": r"stole|stolen|steal\w*|theft\w*|thief|thieves|robb\w*|heist\w*|burglar\w*|volee?s?|cambriol\w*"
             r"|braquage\w*|robo|robos|robad\w*|robaron|robo|hurt[oó]|diebstahl\w*|gestohlen|raub\w*|einbruch\w*"
             r"|furto|furti|rubat\w*|rapina\w*|ladron\w*|voleur\w*|dieb|diebe|ladri|ladro",
    "arrest": r"arrest\w*|detain\w*|custody|apprehend\w*|arrestation\w*|interpell\w*|detenid\w*|detencion\w*"
              r"|detuv\w*|arrestad\w*|festgenommen|festnahme\w*|verhaft\w*|arrestat\w*|arresti|preso|presos|presi"
              r"|zaderzh\w*|arestov\w*",
    "charge": r"charged|indicted|inculpe\w*|imputad\w*|imputat\w*|angeklagt|anklage\w*|obvinen\w*",
    "sign": r"signed|signing|signs|signature\w*|signee?s?|signent|signera\w*|firmo|firmaron|firmado|firmada"
            r"|firmar|firmara|firmaran|firmat\w*|firma|unterzeichn\w*|unterschrieb\w*|unterschrift\w*|assinad\w*"
            r"|assinou|assinatura\w*|podpis\w*",
    "approve": r"approv\w*|endorse\w*|authori[sz]\w*|aprob\w*|aprueb\w*|respald\w*|avalad\w*|approuv\w*"
               r"|autoris\w*|genehmig\w*|zugestimmt|approvat\w*|autorizz\w*|autoriz\w*|aprovad\w*|odobr\w*",
    "vote": r"elect|elects|elected|electing|election\w*|electoral|vote\w*|voting|ballot\w*|eleccion\w*|electo"
            r"|elegid\w*|votacion\w*|votos?|comicios"
            r"|scrutin\w*|wahl|wahlen|gewahlt|elezion\w*|eletto|eleit\w*|eleic\w*|vybor\w*|golosovan\w*|runoff"
            r"|balotaje|ballottaggio|stichwahl",
    "win": r"won|wins|winning|winner\w*|victor\w*|triumph\w*|gano|ganaron|ganador\w*|victoire\w*|remporte\w*"
           r"|gewann|gewonnen|sieg|siege|sieger\w*|vinto|vince|vincitor\w*|vittori\w*|venceu|vitori\w*|pobed\w*",
    "die": r"killed|kills|dead|death\w*|died|dies|fatalit\w*|muert\w*|murio|murieron|fallecid\w*|mort|morts"
           r"|morte|mortes|tue|tues|decede\w*|tote|toten|getotet|gestorben|morti|morto|uccis\w*|mortos|pogib\w*"
           r"|ubit\w*|smert\w*|starb|starben|tod|todes",
    # a funeral and a burial are one happening in the news ("funérailles", "beigesetzt", "enterrado")
    "funeral": r"funeral\w*|funerai\w*|obseques|exequias|esequie|beerdig\w*|beisetz\w*|beigesetzt"
               r"|trauerfeier\w*|trauermesse\w*|begrabnis\w*|enterr\w*|sepolt\w*|sepoltura|buried|burial\w*|inhum\w*"
               r"|sepultad\w*|sepelio|pohreb\w*|pogreb\w*|pochowan\w*",
    "quake": r"earthquake\w*|quake\w*|temblor\w*|terremoto\w*|sismo\w*|seisme\w*|erdbeben\w*|zemletryas\w*",
    "storm": r"hurricane\w*|storm\w*|huracan\w*|tormenta\w*|ouragan\w*|tempete\w*|orkan\w*|hurrikan\w*|uragan\w*"
             r"|tempest\w*|furacao\w*|typhoon\w*|cyclone\w*|ciclon\w*|tifon\w*|taifun\w*",
    "flood": r"flood\w*|inundacion\w*|inondation\w*|hochwasser|uberschwemm\w*|alluvion\w*|inondazion\w*"
             r"|enchente\w*|navodnen\w*",
    "fire": r"fire|fires|wildfire\w*|blaze\w*|incendi\w*|feuer|waldbrand\w*|pozhar\w*",
    "blackout": r"blackout\w*|outage\w*|apagon\w*|apagao|stromausfall\w*|panne|pannes|ausfall\w*|ausfalle\w*",
    "meet": r"met|meet|meets|meeting\w*|summit\w*|talks|reunio\w*|reunie\w*|reunir\w*|cumbre\w*|rencontr\w*"
            r"|sommet\w*|treffen|traf|trafen|getroffen|gipfel\w*|incontr\w*|vertice\w*|vstrech\w*|sammit\w*",
    "resign": r"resign\w*|dimit\w*|dimis\w*|renunci\w*|demission\w*|rucktritt\w*|zuruckgetreten|dimess\w*"
              r"|otstavk\w*",
    "convict": r"sentenced|convicted|guilty|condena\w*|condenad\w*|condamne\w*|verurteil\w*|condann\w*"
               r"|prigovor\w*",
    "office": r"inaugurat\w*|sworn|investidura|asumira|asumio|asume|posesion|investiture|amtseinfuhrung|carica"
              r"|vereidigt|insedia\w*|giuramento|posse|inauguracao|inaugur\w*",
    "ceremony": r"ceremon\w*|cerimoni\w*|zeremonie\w*|ceremoniy\w*",
    "open": r"opening|opened|opens|apertura|aperti|aperto|aperta|ouverture|ouvert\w*|eroffn\w*|abertura|otkryt\w*",
    "protest": r"protest(?:s|ed|ers?|ors?|ing|a|as|e|es|ation|ations|ataires?)?|demonstrations?|demonstrators?"
               r"|manifestation\w*|manifestacion\w*|manifestant\w*|kundgebung\w*"
               r"|manifestazion\w*",
    "strike": r"huelga\w*|greve\w*|streik\w*|sciopero\w*|scioperi|zabastovk\w*",
    "attack": r"attack\w*|assault\w*|ataque\w*|atentado\w*|attaque\w*|attentat\w*|angriff\w*|anschlag\w*"
              r"|attacco\w*|attentato\w*|ataka\w*|napaden\w*",
    "deal": r"agreement\w*|deal|deals|accord|accords|accordo|accordi|acuerdo\w*|tratado\w*|pacte|traite|abkommen"
            r"|vertrag\w*"
            r"|acordo\w*|soglashen\w*|dogovor\w*",
    "medal": r"medal\w*|medall\w*|medaille\w*|medagli\w*|medalh\w*",
    "bronze": r"bronze\w*|bronce\w*|bronzo|bronz\w*",
    "silver": r"silver|plata|argent|argento|prata|silber\w*|serebr\w*",
    "gold": r"gold|golden|oro|ouro|zolot\w*",
    "release": r"freed|liberad\w*|libere\w*|liberat\w*|freigelassen|rilasciat\w*|liberta\w*",
    "flee": r"fled|flee\w*|escap\w*|huyo|huyeron|fuga|fuite|enfui\w*|flucht|geflohen|fugg\w*|scapp\w*",
    "visit": r"visit\w*|besuch\w*|vizit\w*",
    "cancel": r"cancel\w*|postpon\w*|aplaz\w*|annul\w*|abgesagt|rinvi\w*|otmen\w*",
    "discover": r"discover\w*|detect\w*|descubr\w*|detect\w*|decouv\w*|entdeck\w*|scopert\w*|scopr\w*"
                r"|obnaruzh\w*",
    "rescue": r"rescu\w*|rescat\w*|sauvet\w*|secour\w*|rettung\w*|gerettet|soccor\w*|salvataggi\w*|resgat\w*",
    "evacuate": r"evacu\w*|evakuier\w*|evakuac\w*",
    "injure": r"injur\w*|wounded|herid\w*|blesse\w*|verletz\w*|ferit\w*|ranen\w*",
    "collapse": r"collaps\w*|crollo|crolli|crollat\w*|crollano|derrumb\w*|desplom\w*|effondr\w*|einsturz\w*"
                r"|eingesturzt|colaps\w*|desab\w*|obrush\w*",
    "jewel": r"jewel\w*|joyau\w*|bijou\w*|joya\w*|juwel\w*|schmuck\w*|gioiell\w*|joia\w*|dragotsen\w*",
}
