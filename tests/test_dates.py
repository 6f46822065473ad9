"""find_dates: table-driven cases per language and form, each with its publication date."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import PartialDate, find_dates

PUB = "2026-01-21"  # a Wednesday


@pytest.mark.parametrize("language, text, found", [
    # absolute forms
    ("en", "It happened on January 3, 2026 in Caracas.", [("January 3, 2026", "2026-01-03")]),
    ("en", "The raid of 3 Jan 2026 was condemned.", [("3 Jan 2026", "2026-01-03")]),
    ("en", "Filed 2026-01-03 by the court.", [("2026-01-03", "2026-01-03")]),
    ("en", "Signed on 01/03/2026 in Washington.", [("01/03/2026", "2026-01-03")]),
    ("es", "Firmado el 01/03/2026 en Madrid.", [("01/03/2026", "2026-03-01")]),
    ("en", "Prices rose in December 2024 after the vote.", [("December 2024", "2024-12")]),
    ("en", "Jan 12, 2010: A quake struck the capital.", [("Jan 12, 2010", "2010-01-12")]),  # a colon after the year
    # year-less dates take the publication year, past-leaning
    ("en", "Maduro was ousted in a Jan. 3 bombing raid.", [("Jan. 3", "2026-01-03")]),
    ("en", "The summit was held on Dec. 18.", [("Dec. 18", "2025-12-18")]),
    ("en", "The leaders will meet on Jan. 30 in Havana.", [("Jan. 30", "2026-01-30")]),
    ("en", "Talks ran Jan. 3–5 in Doha.", [("Jan. 3–5", "2026-01-03")]),
    # "will" the noun is no future; the full stops of "a.m." end no clause
    ("en", "The will of the people was clear on Friday.", [("Friday", "2026-01-16")]),
    ("en", "The comet will be closest to Earth at 1 a.m. on Friday.", [("Friday", "2026-01-23")]),
    # "am heutigen Dienstag" is this week's; a date line run into the text still ends at its year
    ("de", "Merz scheiterte am heutigen Dienstag im ersten Wahlgang.", [("heutigen Dienstag", "2026-01-20")]),
    ("de", "06. Mai 2025Friedrich Merz hat es geschafft.", [("06. Mai 2025", "2025-05-06")]),
    # a weekday with its day of the month ("quarta-feira (26)", Brazilian news' form): that day
    ("pt", "O presidente sancionou, na quarta-feira (14), a lei.", [("quarta-feira (14)", "2026-01-14")]),
    ("pt", "O presidente sancionou, nesta quarta-feira, 14, a lei.", [("nesta quarta-feira, 14", "2026-01-14")]),
    ("pt", "Na terça-feira (30), o juiz decidiu.", [("terça-feira (30)", "2025-12-30")]),
    ("en", "On Friday, 26 people died in the fire.", [("Friday", "2026-01-16")]),
    # a relative year after a month, with "of" / "del" / "do" / "dell'" between them
    ("es", "La medida entró en vigor en marzo del año pasado.", [("marzo del año pasado", "2025-03")]),
    ("pt", "A medida entrará em vigor em janeiro do próximo ano.", [("janeiro do próximo ano", "2027-01")]),
    ("it", "La legge è entrata in vigore a marzo dell'anno scorso.", [("marzo dell'anno scorso", "2025-03")]),
    ("en", "It began in March of last year.", [("March of last year", "2025-03")]),
    ("es", "Las elecciones del año pasado fueron tensas.", [("año pasado", "2025")]),
    # what follows "that" has its own tense: the date of the saying is past
    ("en", "The minister said on Monday that the bridge will reopen.", [("Monday", "2026-01-19")]),
    ("en", "The minister said that the bridge will reopen on Monday.", [("Monday", "2026-01-26")]),
    ("es", "El ministro dijo el lunes que el puente abrirá.", [("lunes", "2026-01-19")]),
    # an irregular past tense points back as "-ed" does
    ("en", "The court sat on March 3 to hear the case.", [("March 3", "2025-03-03")]),
    ("en", "A strong quake struck on Jan. 30 near the coast.", [("Jan. 30", "2025-01-30")]),
    # a German perfect of a separable verb is past ("vorgestellt", "abgesagt"); its zu-infinitive after a
    # verb of announcing is a plan, and a plain present ahead
    ("de", "Die Ministerin hat am Montag den Entwurf vorgestellt.", [("Montag", "2026-01-19")]),
    ("de", "Die Bahn hat am Freitag den Streik abgesagt.", [("Freitag", "2026-01-16")]),
    ("de", "Die Ministerin hat angekündigt, am Montag den Entwurf vorzustellen.", [("Montag", "2026-01-26")]),
    ("de", "Der Bundestag stimmt am Montag ab.", [("Montag", "2026-01-26")]),
    # weekdays and relative expressions
    ("en", "The minister landed on Thursday after a long flight.", [("Thursday", "2026-01-15")]),
    ("en", "She said she will travel on Friday to the capital.", [("Friday", "2026-01-23")]),
    ("en", "Officials said it rained yesterday across the region.", [("yesterday", "2026-01-20")]),
    ("en", "Trump this month told Havana to make a deal.", [("this month", "2026-01")]),
    ("en", "Exports fell sharply last year, the bank said.", [("last year", "2025")]),
    ("en", "Ties have grown since 2022, officials said.", [("2022", "2022")]),
    ("en", "The flu season began in early December and peaked.", [("early December", "2025-12")]),
    ("en", "The storm hit in mid-December, officials said.", [("mid-December", "2025-12")]),
    ("en", "The pandemic of 2009-2010 killed many.", [("2009", "2009"), ("2010", "2010")]),
    # a clock after a year is no second year: "2010 - 17:26 GMT" is not 2010–2017
    ("en", "Last updated: 12 March, 2010 - 17:26 GMT", [("12 March, 2010", "2010-03-12")]),
    ("en", "He retired two years ago, his family said.", [("two years ago", "2024")]),
    ("es", "El pasado sábado se firmó el acuerdo en Asunción.", [("El pasado sábado", "2026-01-17")]),
    ("es", "El acuerdo se firmó el 3 de enero de 2026 en Asunción.", [("3 de enero de 2026", "2026-01-03")]),
    ("es", "La firma será el próximo sábado 24 de enero en Asunción.",
     [("el próximo sábado 24 de enero", "2026-01-24")]),
    ("pt", "O acordo foi assinado em 3 de janeiro de 2026 em Brasília.", [("3 de janeiro de 2026", "2026-01-03")]),
    ("pt", "A reunião aconteceu ontem em Lisboa.", [("ontem", "2026-01-20")]),
    ("de", "Die Wahl fand am 3. Januar statt.", [("3. Januar", "2026-01-03")]),
    ("de", "Die Regierung trat gestern zurück.", [("gestern", "2026-01-20")]),
    ("fr", "Le président a été élu le 3 janvier 2026 à Paris.", [("3 janvier 2026", "2026-01-03")]),
    ("fr", "Les électeurs ont voté dimanche dernier.", [("dimanche dernier", "2026-01-18")]),
    ("it", "Il governo è caduto il 3 gennaio 2026 a Roma.", [("3 gennaio 2026", "2026-01-03")]),
    ("it", "Il ministro ha parlato ieri a Milano.", [("ieri", "2026-01-20")]),
    ("ru", "Встреча прошла 3 января 2026 года в Москве.", [("3 января 2026 года", "2026-01-03")]),
    ("ru", "В 2011 году произошло землетрясение в Японии.", [("2011 году", "2011")]),  # the year's word is the date's
    ("ru", "Министр прилетел вчера в Гавану.", [("вчера", "2026-01-20")]),
    # holidays on a fixed day: the day, its year as a year-less date's (past-leaning, or given)
    ("en", "The quake struck on New Year's Day, killing dozens.", [("New Year's Day", "2026-01-01")]),
    ("en", "The quake of New Year’s Day 2024 killed 240 people.", [("New Year’s Day 2024", "2024-01-01")]),
    ("en", "On Thursday, Christmas Day, the ferry sank.", [("Thursday, Christmas Day", "2025-12-25")]),
    ("it", "Il terremoto che a Capodanno ha devastato la penisola.", [("Capodanno", "2026-01-01")]),
    ("es", "El día de Navidad el Papa habló en Roma.", [("día de Navidad", "2025-12-25")]),
    ("fr", "Le jour de l'An, un séisme a frappé le pays.", [("jour de l'An", "2026-01-01")]),
    ("de", "Die Feier an Silvester 2023 wurde abgesagt.", [("Silvester 2023", "2023-12-31")]),
    ("en", "Christmas shopping fell, and the New Year sales began.", []),  # a season, not a day
    # moveable feasts: the day of that year's calendar (Easter 2026 is April 5, 2025's April 20)
    ("de", "Der Papst ist am Ostermontag gestorben.", [("Ostermontag", "2025-04-21")]),
    ("fr", "Le pape est mort le lundi de Pâques 2026.", [("lundi de Pâques 2026", "2026-04-06")]),
    ("it", "È morto il giorno di Pasquetta del 2024.", [("Pasquetta del 2024", "2024-04-01")]),
    ("en", "The ferry will sail on Good Friday.", [("Good Friday", "2026-04-03")]),
    ("es", "El Viernes Santo de 2025 la procesión salió tarde.", [("Viernes Santo de 2025", "2025-04-18")]),
    ("en", "The parade was held on Thanksgiving Day.", [("Thanksgiving Day", "2025-11-27")]),
    ("en", "The pool opens on Memorial Day 2026.", [("Memorial Day 2026", "2026-05-25")]),
    # a capitalised "Today" after a capitalised word is a name: "USA Today", the BBC's "Today"
    ("en", "He told USA Today that he would run.", []),
    ("en", "Speaking on the BBC's Today programme, she said it was over.", []),
    ("en", "It ended on Monday. Today the talks resume.", [("Monday", "2026-01-19"), ("Today", "2026-01-21")]),
])
def test_dates_by_language_and_form(language, text, found):
    mentions = find_dates(text, published=PUB, languages=[language])
    assert [(m.text, str(m.value)) for m in mentions] == found
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("language, text, span, start, end", [
    ("en", "Talks ran Jan. 3–5 in Doha.", "Jan. 3–5", "2026-01-03", "2026-01-05"),
    ("en", "Talks ran from March 1 to March 3, 2025 in Doha.", "March 1 to March 3, 2025", "2025-03-01", "2025-03-03"),
    ("en", "It snowed from 28 December 2025 to 3 January 2026.", "28 December 2025 to 3 January 2026",
     "2025-12-28", "2026-01-03"),
    ("fr", "Le salon se tient du 3 au 5 janvier 2026 à Paris.", "3 au 5 janvier 2026", "2026-01-03", "2026-01-05"),
    # "à" joins two days, and a weekday may name the second ("la nuit de jeudi 18 à vendredi 19 juillet")
    ("fr", "La panne a été signalée dans la nuit de jeudi 18 à vendredi 19 juillet 2024.",
     "jeudi 18 à vendredi 19 juillet 2024", "2024-07-18", "2024-07-19"),
    ("fr", "Le salon se tient du 3 à 5 janvier 2026 à Paris.", "3 à 5 janvier 2026", "2026-01-03", "2026-01-05"),
    # two days one after the other, joined by "and": one happening over both
    ("en", "The ceremonies are set for December 7 and 8, 2025.", "December 7 and 8, 2025", "2025-12-07", "2025-12-08"),
    ("fr", "Les cérémonies se dérouleront les 7 et 8 décembre 2025.", "7 et 8 décembre 2025", "2025-12-07",
     "2025-12-08"),
    ("es", "Las misas serán los días 7 y 8 de diciembre de 2025.", "7 y 8 de diciembre de 2025", "2025-12-07",
     "2025-12-08"),
])
def test_ranges_carry_their_end(language, text, span, start, end):
    (m,) = find_dates(text, PUB, [language])
    assert (m.text, str(m.value), str(m.range_end), m.precision) == (span, start, end, "day")


def test_two_dates_joined_by_and_are_two_mentions():
    found = find_dates("They met on Jan. 3 and Jan. 5 separately.", PUB, ["en"])
    assert [m.text for m in found] == ["Jan. 3", "Jan. 5"]
    # two days that are not one after the other: not one stretch
    (m,) = find_dates("The court sat on March 3 and 10.", PUB, ["en"])
    assert (m.text, m.value.day, m.range_end) == ("March 3", 3, None)


def test_a_day_written_against_its_month_is_a_date():  # a web page's lost non-breaking space
    found = find_dates("On 15April 2019, just before 18:20, a fire broke out. Model X15April was sold.", PUB, ["en"])
    assert [(m.text, str(m.value)) for m in found] == [("15April 2019", "2019-04-15")]


@pytest.mark.parametrize("text", [
    "About 20 people were hurt and $50 million lost.",
    "You may want to march on, she said.",
    "The meeting lasted for two and a half hours.",
    "He is 45 years old and scored 3-1 at 10:30 a.m.",
    "Turnout was 2,024 voters, or 20.26%.",
    "The quake struck at 1653 (2153 GMT) near the capital.",  # clocks, not years
    "Broadcasts run daily at 0910 local time (1410 GMT) and at 1830 local time.",
    "The troops left the border post at 1800 and the convoy followed.",  # a clock after "at"
    "The last dose was 1040, hours before his heart stopped.",  # a clock: news names no year that early
    "It was the worst flood to hit the valley in 200 years.",  # a span up to now, not 2226
    "For the first time in three years, the ferry sailed.",
    "Engineers say the glacier could vanish in 80 years.",  # too far ahead to be news
    "The club won its third title in five years.",  # a count of them in a span up to now, not 2031
])
def test_no_false_positives(text):
    assert find_dates(text, published=PUB, languages=["en"]) == []


@pytest.mark.parametrize("language, text, found", [
    # a month name alone before a surname is a first name, not a month
    ("es", "El portavoz de los bomberos, Julio Navarro, confirmó tres heridos.", []),
    ("fr", "La chanteuse Avril Dumas a annulé sa tournée.", []),
    ("en", "The reporter April Stone asked the first question.", []),
    # after a preposition, or with its year, it is a month; German nouns all have capitals
    ("en", "In March Congress passed the budget.", ["March"]),
    ("es", "La obra terminará en Julio.", ["Julio"]),
    ("fr", "Paris, Juillet 2024.", ["Juillet 2024"]),
    ("de", "Der Juli Rekord hielt nicht lange.", ["Juli"]),
    # a capitalised month name that ends a name of places ("Rio de Janeiro") is no month
    ("pt", "O ministro chegou ao Rio de Janeiro para a cúpula.", []),
    ("es", "Las madres marcharon por la Plaza de Mayo.", []),
    ("pt", "A eleição será em Janeiro.", ["Janeiro"]),
    ("es", "El acto será el 25 de Mayo.", ["25 de Mayo"]),
])
def test_a_month_name_before_a_surname_is_a_first_name(language, text, found):
    assert [m.text for m in find_dates(text, PUB, [language])] == found


def test_without_publication_date_only_absolute_dates_are_found():
    text = "On Jan. 20 he met her; on January 3, 2026 they had spoken; yesterday too."
    assert [m.text for m in find_dates(text, languages=["en"])] == ["January 3, 2026"]


def test_seed_teasers_and_stamp_yield_nothing():
    from conftest import ROOT

    text = (ROOT / "articles" / "004_4c5db1f2eac7af6e.txt").read_text()
    mentions = find_dates(text, published=PUB, languages=["en"])
    assert [(m.text, str(m.value)) for m in mentions] == [
        ("Jan. 20", "2026-01-20"), ("this month", "2026-01"), ("Jan. 3", "2026-01-03"),
        ("Jan. 20", "2026-01-20"), ("2022", "2022"), ("Jan. 20", "2026-01-20")]
    assert all(m.start < text.index("Quark.Models") for m in mentions)


def test_language_is_detected():
    (m,) = find_dates("El acuerdo se firmó el 3 de enero de 2026 en la capital.", PUB)
    assert str(m.value) == "2026-01-03"


@pytest.mark.parametrize("language, text", [
    ("de", "Bundeskanzler Friedrich Merz sprach am 3. Januar 2026 in Berlin vor der Presse."),
    ("en", "The minister said on Thursday that talks will continue."),
    ("es", "El presidente se reunió ayer con el canciller."),
    ("fr", "Le président a été élu le 3 janvier."),
    ("it", "Il ministro ha parlato ieri a Milano."),
    ("pt", "O acordo foi assinado em Brasília."),
    ("ru", "Министр прилетел вчера в Гавану."),
])
def test_language_of_one_short_sentence(language, text):
    from timeline.dates import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize("language, text, found", [
    # a day counted from the day the text gave just before it
    ("en", "On Jan. 12 the ferry ran aground.\n\nThe next day, divers reached it. Two days later it was towed off.",
     [("Jan. 12", "2026-01-12"), ("The next day", "2026-01-13"), ("Two days later", "2026-01-15")]),
    ("en", "The ferry ran aground on Jan. 12. A day earlier the harbour had closed.",
     [("Jan. 12", "2026-01-12"), ("A day earlier", "2026-01-11")]),
    ("es", "El ferri encalló el 12 de enero. Al día siguiente llegaron los buzos; dos días después lo remolcaron.",
     [("12 de enero", "2026-01-12"), ("Al día siguiente", "2026-01-13"), ("dos días después", "2026-01-15")]),
    ("fr", "Le ferry s'est échoué le 12 janvier. Le lendemain, les plongeurs sont arrivés.",
     [("12 janvier", "2026-01-12"), ("Le lendemain", "2026-01-13")]),
    ("de", "Die Fähre lief am 12. Januar auf Grund. Am nächsten Tag kamen die Taucher.",
     [("12. Januar", "2026-01-12"), ("Am nächsten Tag", "2026-01-13")]),
    # no day before it to count from, or a day the phrase names itself: nothing
    ("en", "The next day, divers reached the ferry.", []),
    ("fr", "Le 12 janvier, rien. La veille de Noël, le ferry est parti.", [("12 janvier", "2026-01-12"),
                                                                          ("veille de Noël", "2025-12-24")]),
    ("en", "The vote was on Jan. 12. The day after the vote, the ferry sailed.", [("Jan. 12", "2026-01-12")]),
    # (nor a list of them that ends on what they count from)
    ("fr", "Le musée rouvre le 12 janvier. Il faut réserver l'avant-veille, la veille ou le jour même de sa visite.",
     [("12 janvier", "2026-01-12")]),
    ("fr", "Le musée a rouvert le 12 janvier. Le lendemain, le maire de Bastia l'a visité.",
     [("12 janvier", "2026-01-12"), ("Le lendemain", "2026-01-13")]),
    # a subheading sums up what follows: its day is not the one "the day before" counts from
    ("de", "Der Fährmann ist am 14. Januar gestorben.\n\nLetzter Auftritt am 12. Januar\n\nEr war krank. Noch am "
           "Vortag hatte er die Gäste begrüßt.", [("14. Januar", "2026-01-14"), ("12. Januar", "2026-01-12"),
                                                  ("am Vortag", "2026-01-13")]),
    ("en", "Monday, Jan. 12\n\nThe next day, divers reached the ferry.",
     [("Monday, Jan. 12", "2026-01-12"), ("The next day", "2026-01-13")]),
    # a bound is not the day the story has come to: from the day before it
    ("en", "The ferry ran aground on Jan. 12 and the port stays shut until Jan. 14. The next day, divers "
           "reached it.", [("Jan. 12", "2026-01-12"), ("Jan. 14", "2026-01-14"), ("The next day", "2026-01-13")]),
    ("es", "El ferri encalló el 12 de enero y el puerto cierra hasta el 14 de enero. Al día siguiente "
           "llegaron los buzos.", [("12 de enero", "2026-01-12"), ("14 de enero", "2026-01-14"),
                                  ("Al día siguiente", "2026-01-13")]),
    ("de", "Die Fähre lief am 12. Januar auf Grund, der Hafen bleibt bis zum 14. Januar zu. Am nächsten Tag "
           "kamen die Taucher.", [("12. Januar", "2026-01-12"), ("14. Januar", "2026-01-14"),
                                  ("Am nächsten Tag", "2026-01-13")]),
    # years the same way; "next year" stays the publication's
    ("en", "Elected in 2008, the mayor resigned the following year.",
     [("2008", "2008"), ("the following year", "2009")]),
    ("es", "La planta cerró en 2010 y dos años después volvió a abrir.",
     [("2010", "2010"), ("dos años después", "2012")]),
    ("en", "The bridge will be finished next year.", [("next year", "2027")]),
])
def test_days_counted_from_the_day_before(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


@pytest.mark.parametrize("language, text, found", [
    # four digits that count people, homes or deaths are no year, nor is a list of counts in parentheses
    ("en", "The storm killed at least 1204 people and destroyed 1530 homes in 2019.", [("2019", "2019")]),
    ("en", "More than 1500 residents fled; most were in Dunmore (1320) and Kelso (415).", []),
    ("fr", "Le séisme de 1960 avait fait 1204 morts et plus de 1100 blessés.", [("1960", "1960")]),
    ("es", "El balance es de 1204 muertos y 1730 heridos, el peor desde 1985.", [("1985", "1985")]),
    ("de", "Das Beben forderte 1204 Tote, mehr als 1500 Verletzte.", []),
    ("it", "Il terremoto ha causato almeno 1204 morti nel 1980.", [("1980", "1980")]),
    # years stay years: attributive, after a time word, a name's capital, in parentheses alone
    ("en", "The 1997 Harbour Appeal raised funds until at least 2014.", [("1997", "1997"), ("2014", "2014")]),
    ("en", "Born in Dunmore (1920), she died in Kelso (1994).", [("1920", "1920"), ("1994", "1994")]),
])
def test_a_number_that_counts_is_no_year(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


def test_a_day_counted_off_the_calendar_is_no_date():
    for text in ("On 0001-01-01 the ferry sailed. The previous day it sank.",
                 "On 0001-01-01 the ferry sailed. A year earlier it sank."):
        assert [m.text for m in find_dates(text, PUB, ["en"])] == ["0001-01-01"]


@pytest.mark.parametrize("language, text, found", [
    # counts as words in every language ("hace dos días"), a label's colon after a day, the stop
    # after a full month name ends the sentence
    ("es", "El ferri llegó hace dos días.", [("hace dos días", "2026-01-19")]),
    # two days after "between" bound a stretch ("entre os dias 10 e 21 de novembro")
    ("pt", "A feira ocorre entre os dias 10 e 21 de fevereiro em Belém.", [("10 e 21 de fevereiro", "2026-02-10")]),
    # "March" and "May" after another month are months ("in January and March")
    ("en", "The ferry ran aground in January and March.", [("January", "2026-01"), ("March", "2025-03")]),
    ("it", "Il traghetto è arrivato due giorni fa.", [("due giorni fa", "2026-01-19")]),
    ("en", "Jan. 12: The ferry ran aground off the point.", [("Jan. 12", "2026-01-12")]),
    ("en", "The ferry ran aground on Jan. 12: nobody was hurt.", [("Jan. 12", "2026-01-12")]),
    ("es", "El ferri encalló el 12 de enero. Nadie resultó herido.", [("12 de enero", "2026-01-12")]),
    # German: adjectives and present forms in -te/-ten are no past; "werde" reports a future; a
    # bare weekday in a sentence with no past form is the coming one; "letzten Jahres" is last year
    ("de", "Die letzte Sitzung ist am 23. Februar.", [("23. Februar", "2026-02-23")]),
    ("de", "Die Druckereien arbeiten, die Wahl ist am 23. Februar.", [("23. Februar", "2026-02-23")]),
    ("de", "Am 11. Februar werde die Ministerin die Frage stellen, sagte ein Sprecher.",
     [("11. Februar", "2026-02-11")]),
    ("de", "Der Landtag stimmt am Montag ab.", [("Montag", "2026-01-26")]),
    ("de", "Am Montag traf die Ministerin den Präsidenten.", [("Montag", "2026-01-19")]),
    # the perfect with "sein", a participle in -iert and the passive's "worden" tell the past; a
    # state ("ist … geschlossen") does not
    ("de", "Am Montag ist in Port Ellis ein Lastwagen in eine Menge gefahren.", [("Montag", "2026-01-19")]),
    ("de", "Am Montag sind zwei Fischer gestorben.", [("Montag", "2026-01-19")]),
    ("de", "Am Montag ist eine Gasleitung explodiert.", [("Montag", "2026-01-19")]),
    ("de", "Am Montag hat die Polizei den Einsatz kritisiert.", [("Montag", "2026-01-19")]),
    ("de", "Am Montag sind drei Männer festgenommen worden.", [("Montag", "2026-01-19")]),
    ("de", "Am Montag ist das Museum geschlossen.", [("Montag", "2026-01-26")]),
    ("de", "Das Gesetz trat im März letzten Jahres in Kraft.", [("März letzten Jahres", "2025-03")]),
    ("de", "Im September ist Landtagswahl.", [("September", "2026-09")]),
    ("de", "Im September traf die Ministerin den Präsidenten.", [("September", "2025-09")]),
    # a day something was moved to is still to come; the plan it replaced is no happening's day
    ("en", "The vote was postponed to Feb. 23.", [("Feb. 23", "2026-02-23")]),
    ("es", "La votación fue aplazada al 23 de febrero.", [("23 de febrero", "2026-02-23")]),
    ("de", "Die Wahl wurde auf den 23. Februar verschoben.", [("23. Februar", "2026-02-23")]),
])
def test_number_words_labels_and_stops(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


@pytest.mark.parametrize("language, text, found", [
    # the clause between the commas around a weekday speaks first: Monday is when it was said
    ("en", "Talks will go on next week, a spokesman said on Monday.", [("Monday", "2026-01-19")]),
    ("en", "The storm was likely to weaken on Thursday, forecasters said.", [("Thursday", "2026-01-22")]),
    ("de", "Die Gespräche sollen fortgesetzt werden, sagte ein Sprecher am Montag.", [("Montag", "2026-01-19")]),
    ("en", "On Thursday, the minister will travel to Rome.", [("Thursday", "2026-01-22")]),
    # a future cue further back in the weekday's clause, with no past verb or comma between
    ("en", "The ferry, which was repaired by its crew, is expected to dock at the old harbour early Thursday.",
     [("Thursday", "2026-01-22")]),
    ("en", "The ferry is expected to dock after the crew repaired the old harbour on Thursday.",
     [("Thursday", "2026-01-15")]),
    # an expectation opens the that-clause: what it says is to come
    ("es", "Se espera que el ferri llegue a Ibiza el jueves.", [("jueves", "2026-01-22")]),
    ("es", "Dijo que el ferri llegó a Ibiza el jueves.", [("jueves", "2026-01-15")]),
    ("fr", "Il est prévu que le ferry arrive à Bastia jeudi.", [("jeudi", "2026-01-22")]),
    # what could still happen ("could come on Monday"), not what could not be done
    ("en", "A vote on the harbour bill could come on Thursday.", [("Thursday", "2026-01-22")]),
    ("en", "The harbour master could not attend on Thursday.", [("Thursday", "2026-01-15")]),
    # a duty in the past is a plan ("devait prononcer, ce jeudi, sa déclaration")
    ("fr", "La maire devait prononcer, ce jeudi, son discours devant le conseil.", [("ce jeudi", "2026-01-22")]),
    ("fr", "La maire devait payer l'amende jeudi dernier.", [("jeudi dernier", "2026-01-15")]),
    # the saying that ends a sentence has the saying's tense, not the date's clause
    ("en", "The harbour vote is on Feb. 23, the mayor said.", [("Feb. 23", "2026-02-23")]),
    ("en", "The harbour vote took place on Feb. 23, the mayor said.", [("Feb. 23", "2025-02-23")]),
    ("de", "Die Abstimmung ist am 23. Februar, sagte die Bürgermeisterin.", [("23. Februar", "2026-02-23")]),
    ("es", "La votación es el 23 de febrero, dijo la alcaldesa.", [("23 de febrero", "2026-02-23")]),
    ("fr", "Le vote est le 23 février, a-t-elle dit.", [("23 février", "2026-02-23")]),
    # a plan told by a bare participle, in a sentence told in the past: the nearer day
    ("en", "How did the ferry, scheduled to leave Port Ellis on 12 January, run aground so fast?",
     [("12 January", "2026-01-12")]),
    ("en", "The ferry, scheduled to leave Port Ellis on 12 January, will sail from Bastia.",
     [("12 January", "2027-01-12")]),
    ("en", "The regatta planned for Feb. 3 was cancelled.", [("Feb. 3", "2026-02-03")]),
    # ... and "the chance of", "the risk of" ("monitoring the chance of rain on Thursday")
    ("en", "The harbour master is monitoring the chance of rain on Thursday.", [("Thursday", "2026-01-22")]),
    ("en", "There was a chance of rain on Thursday, but it stayed dry.", [("Thursday", "2026-01-15")]),
    # (a saying in the past before the prospect is no past of the prospect)
    ("en", "The harbour board signalled a possible fee cut in March.", [("March", "2026-03")]),
    # a prospect named by its adjective is ahead, unless the sentence tells it in the past
    ("en", "Traders now price in a potential rate cut in March.", [("March", "2026-03")]),
    ("en", "The possible cause of the wreck in March was a fault.", [("March", "2025-03")]),
    ("es", "Los mercados descuentan un posible recorte de tipos en marzo.", [("marzo", "2026-03")]),
    # a duty or a wish with a passive ("must be paid by Friday") is ahead
    ("en", "The fares must be paid by Friday.", [("Friday", "2026-01-23")]),
    # German "dürften" (likely will) looks ahead
    ("de", "Die Pegel dürften vielerorts bis Donnerstag steigen, so die Prognose.", [("Donnerstag", "2026-01-22")]),
    # a second predicate with a verb of its own has its own tense
    ("en", "The ferry strike began at midnight on Sunday and is expected to last 48 hours.",
     [("Sunday", "2026-01-18")]),
    # the day a plan is for, a few days after publication, is this year's even in a past sentence
    ("es", "Los sindicatos anunciaron una huelga general para el 30 de enero.", [("30 de enero", "2026-01-30")]),
    ("en", "The unions called a strike for Jan. 30.", [("Jan. 30", "2026-01-30")]),
    # a question ends a sentence: its "will" is not the next one's tense
    ("en", "So when will the crews free the ferry? Here is the harbour master at a hearing on Thursday.",
     [("Thursday", "2026-01-15")]),
    # the present of a timetable is ahead ("takes effect Tuesday"), its past is not
    ("en", "The new ferry timetable takes effect Tuesday at noon.", [("Tuesday", "2026-01-27")]),
    ("en", "The harbour trial begins Monday in Port Ellis.", [("Monday", "2026-01-26")]),
    ("en", "The new ferry timetable took effect Tuesday at noon.", [("Tuesday", "2026-01-20")]),
    # what someone was asked to do on a weekday is the nearer one
    ("en", "All captains have been invited to gather at the harbour on Thursday morning.",
     [("Thursday", "2026-01-22")]),
    ("en", "The captain was asked to testify on Monday.", [("Monday", "2026-01-19")]),
    # "sont attendus", "sono attesi": expected, so ahead
    ("fr", "Des dizaines de maires sont attendus samedi à Bastia.", [("samedi", "2026-01-24")]),
    ("it", "Decine di sindaci sono attesi sabato a Bari.", [("sabato", "2026-01-24")]),
    # a weekday right after "demain" / "tomorrow" restates it; "entendent", "risque de": what is to come
    ("fr", "La mairie a annoncé que le port serait fermé demain, jeudi, à cause de la tempête.",
     [("demain, jeudi", "2026-01-22")]),
    ("fr", "Les syndicats entendent « frapper un grand coup » lundi à Bastia.", [("lundi", "2026-01-26")]),
    ("fr", "La grève de samedi risque d'être moins suivie à Bastia.", [("samedi", "2026-01-24")]),
    ("fr", "Le risque d'inondation était élevé samedi à Bastia.", [("samedi", "2026-01-17")]),
    # what follows "что", "że", "dat" has its own tense ("заявили, что … встретятся 15 февраля")
    ("ru", "Власти заявили, что министры встретятся в Калининграде 15 февраля.", [("15 февраля", "2026-02-15")]),
    ("pl", "Władze ogłosiły, że ministrowie spotkają się w Gdańsku 15 lutego.", [("15 lutego", "2026-02-15")]),
    ("nl", "De regering maakte bekend dat de ministers elkaar op 15 februari in Gent ontmoeten.",
     [("15 februari", "2026-02-15")]),
    # a German separable verb's zu-infinitive is a purpose, still to come ("um … herbeizuführen")
    ("de", "Der Bürgermeister hat die Abstimmung beantragt, um eine Neuwahl des Rates am 23. Februar herbeizuführen.",
     [("23. Februar", "2026-02-23")]),
    # a German subordinate clause tells its tense by its last verb, however far from the weekday
    ("de", "Der Rat legte am Dienstag fest, dass die Fähre am Donnerstagmorgen aus dem Hafen, wo sie derzeit "
           "liegt, nach Kiel überführt wird.", [("Dienstag", "2026-01-20"), ("Donnerstagmorgen", "2026-01-22")]),
    ("de", "Der Rat stellte fest, dass die Fähre am Montag aus dem Hafen, wo sie lag, nach Kiel überführt wurde.",
     [("Montag", "2026-01-19")]),
    # a day a week before another is no weekday naming it
    ("fr", "Le capitaine a été arrêté le 5 janvier et libéré le 12 janvier.",
     [("5 janvier", "2026-01-05"), ("12 janvier", "2026-01-12")]),
])
def test_tense_of_the_clause_around_the_date(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Jan. 3,2026-Dec Thursday yesterday 12/ 1de enero\n")), max_size=80),
       st.sampled_from(["en", "es", "de", "fr"]))
def test_never_raises_and_spans_are_exact(text, language):
    for m in find_dates(text, published=PUB, languages=[language]):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.precision in ("year", "month", "day")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    for m in find_dates(text, published=PUB):
        assert text[m.start:m.end] == m.text


def test_a_clock_is_no_year_after_a_day_either():
    found = find_dates("12 JANUARY, 1815 GMT, AT THE BORDER We crossed at last.", PUB, ["en"])
    assert [(m.text, str(m.value)) for m in found] == [("12 JANUARY", "2026-01-12")]


def test_a_future_span_ahead_is_still_a_date():
    found = find_dates("The bridge will reopen in two years.", PUB, ["en"])
    assert [str(m.value) for m in found] == ["2028"]


def test_the_entry_times_of_a_live_page_are_no_years():
    page = ("Live: the storm as it happened.\n\n"
            "2315 The coast guard says two boats are missing.\n\n"
            "1950 The storm reaches the coast on Tuesday.\n\n"
            "1040 Schools close across the region.\n")
    assert [m.text for m in find_dates(page, PUB, ["en"])] == ["Tuesday"]
    # a list of years is not a live page: none of them reads only as a clock
    years = "Hosts.\n\n2010 Vancouver hosted the games.\n\n2014 Sochi followed.\n"
    assert [m.text for m in find_dates(years, PUB, ["en"])] == ["2010", "2014"]


@pytest.mark.parametrize("language, text, value", [
    ("en", "The charity was there 18 months ago.", "2024"),  # a round figure: the year
    ("en", "The charity was there three months ago.", "2025-10"),
    ("es", "La fundación llegó hace 14 meses.", "2024"),
])
def test_many_months_ago_dates_a_year(language, text, value):
    (found,) = find_dates(text, PUB, [language])
    assert str(found.value) == value


@pytest.mark.parametrize("language, text, published, value", [
    # a future day some days before publication is this year's (a page stamped a day late), not next year's
    ("en", "The summit will open on Jan. 18 in Davos.", "2026-01-19", "2026-01-18"),
    ("en", "The summit will open on Jan. 3 in Davos.", "2026-01-19", "2027-01-03"),
    # a deadline: the nearer occurrence, whatever the tense of what it ends
    ("en", "The union agreed to suspend the strike until Jan. 15.", "2024-10-04", "2025-01-15"),
    ("en", "The talks had been extended until January 15 to settle the last issues.", "2025-01-09", "2025-01-15"),
    ("en", "The museum was closed until March 3 for repairs.", "2026-04-20", "2026-03-03"),
    ("es", "La huelga quedó suspendida hasta el 15 de enero.", "2024-10-04", "2025-01-15"),
    ("fr", "La grève est suspendue jusqu'au 15 janvier.", "2024-10-04", "2025-01-15"),
    ("en", "The exhibition was extended until March.", "2026-01-10", "2026-03"),
    ("fr", "L'intersyndicale a appelé à faire grève à partir du 3 avril.", "2018-03-16", "2018-04-03"),
    ("en", "Fares rose starting March 3.", "2018-03-16", "2018-03-03"),
    # "to be awarded", "to be held": still to come; "is known to be", "said to be": no future
    ("en", "Ten medals are to be awarded on Sunday in Cortina.", "2026-02-07", "2026-02-08"),
    ("en", "That is ten medals to be awarded on Sunday, a record.", "2026-02-07", "2026-02-08"),
    ("en", "The man is known to be involved since Monday.", "2026-02-07", "2026-02-02"),
    # a weekday that is a deadline takes the tense of its clause, not only of the words beside it
    ("en", "Up to 10,000 troops will be on the ground or off the coast of Haiti by Monday to help.", "2010-01-15",
     "2010-01-18"),
    ("en", "By Monday, the death toll had risen to 100.", "2010-01-15", "2010-01-11"),
    # a weekday a word or two before the day it names is one date with it
    ("es", "La agencia estudió lo ocurrido el martes negro 29 de octubre en Valencia.", "2024-11-29", "2024-10-29"),
    ("en", "The storm hit on Tuesday night, Oct. 29, killing dozens.", "2024-11-01", "2024-10-29"),
    # "last Friday" said on a Saturday is last week's ("yesterday" or "Friday" would say the day
    # before); two days or more back it is the latest Friday; other languages' "pasado" the latest
    ("en", "The deal was approved last Friday.", "2026-01-17", "2026-01-09"),
    ("en", "The deal was approved on Friday.", "2026-01-17", "2026-01-16"),
    ("en", "The deal was approved last Friday.", "2026-01-19", "2026-01-16"),
    ("es", "El acuerdo fue aprobado el pasado viernes.", "2026-01-17", "2026-01-16"),
    # a weekday with its week: that weekday of the calendar week named (weeks start on Monday)
    ("en", "The sitting was interrupted on Tuesday of last week.", "2018-01-16", "2018-01-09"),
    ("en", "The sitting was interrupted on Tuesday last week.", "2018-01-21", "2018-01-09"),
    ("en", "The ferry returns on Tuesday of next week.", "2018-01-17", "2018-01-23"),
    ("de", "Die Sitzung war am Dienstag vergangener Woche unterbrochen worden.", "2018-01-16", "2018-01-09"),
    ("de", "Der Ausschuss tagt am Montag kommender Woche.", "2018-01-17", "2018-01-22"),
    ("es", "La sesión fue interrumpida el martes de la semana pasada.", "2018-01-16", "2018-01-09"),
    ("fr", "La séance avait été interrompue mardi de la semaine dernière.", "2018-01-16", "2018-01-09"),
    ("it", "La seduta era stata interrotta martedì della settimana scorsa.", "2018-01-16", "2018-01-09"),
    # "este domingo" said on a Monday: the day before if it is told in the past, the coming one if
    # in the future, the one of the week of publication with no tense
    ("es", "Las elecciones se celebraron este domingo en todo el país.", "2023-05-29", "2023-05-28"),
    ("es", "La derrota sufrida este domingo por el partido fue dura.", "2023-05-29", "2023-05-28"),
    ("es", "El partido celebrará su congreso este domingo.", "2023-05-29", "2023-06-04"),
    ("en", "The results of the vote held this Sunday were a shock.", "2023-05-29", "2023-05-28"),
    ("fr", "Le congrès aura lieu ce dimanche.", "2023-05-29", "2023-06-04"),
    # no deadline: a past tense still points back
    ("en", "The exhibition was extended in March.", "2026-01-10", "2025-03"),
    # the weekday written with a year-less date tells the last occurrence from the next
    ("es", "El sindicato levantó el paro que había convocado para el martes 28 de noviembre.", "2023-11-24",
     "2023-11-28"),
    ("en", "The council met on Monday, Nov. 27.", "2023-12-10", "2023-11-27"),
    ("en", "The vote is set for Tuesday, Jan. 2.", "2023-12-10", "2024-01-02"),
    ("fr", "Le scrutin aura lieu le jeudi 28 août.", "2025-08-01", "2025-08-28"),
    # a wrong weekday does not send a date back a year; an explicit year wins
    ("en", "The storm hit on Monday, Nov. 28.", "2023-12-10", "2023-11-28"),
    ("en", "The storm hit on Monday, Nov. 28, 2022.", "2023-12-10", "2022-11-28"),
    # "el próximo 5 de marzo": next, whatever the tense
    ("es", "La huelga que estaba programada para el próximo 5 de marzo fue evitada.", "2025-02-25", "2025-03-05"),
    # "könnte … befassen": what may still come
    ("de", "So könnte sich der Bundestag Ende April mit dem Gesetz befassen.", "2017-02-15", "2017-04"),
    # German nouns are capitalised: "Abgeordneten", "Staaten" are no past tense
    ("de", "Am 11. Februar kommen die Abgeordneten noch einmal zu einer Generaldebatte zusammen.", "2024-12-03",
     "2025-02-11"),
    # the subjunctive is no past; "will" and "plant" look ahead
    ("de", "Die Union will erst ab dem 16. Dezember verhandeln, welchen Gesetzen sie zustimmen könnte.", "2024-11-25",
     "2024-12-16"),
    # "haben" is the perfect only with a participle
    ("de", "Dann gehen alle auseinander, und am 23. Februar haben die Wähler das Sagen.", "2024-12-03", "2025-02-23"),
    ("de", "Der Bundestag hat am 3. Dezember das Gesetz beschlossen.", "2024-11-25", "2023-12-03"),
    # a strong past form
    ("de", "Der Kanzler traf am 3. Dezember den Präsidenten.", "2024-11-25", "2023-12-03"),
    # French "a"/"ont" is the perfect's auxiliary, not "il y a" (there is) nor "a lieu" (takes place)
    ("fr", "Que le musée rouvre le 7 décembre, il n’y a aucun doute.", "2024-11-13", "2024-12-07"),
    ("fr", "Le concert a lieu le 7 décembre sur le parvis.", "2024-11-13", "2024-12-07"),
    ("fr", "Les deux concerts ont lieu le 7 décembre.", "2024-11-13", "2024-12-07"),
    ("fr", "Il y a eu un concert le 7 décembre.", "2024-11-13", "2023-12-07"),
    ("fr", "Le concert avait lieu le 7 décembre.", "2024-11-13", "2023-12-07"),
    # a count of days or weeks before or after the day named: that day, its year where the clause's
    # tense puts it ("vier Tage vor Heiligabend", said on December 21: this year's December 20)
    ("de", "Vier Tage vor Heiligabend hat es in Bastia einen Anschlag gegeben.", "2024-12-21", "2024-12-20"),
    ("en", "The vote was held two days after March 3.", "2024-05-01", "2024-03-05"),
    ("fr", "La fête aura lieu deux semaines après le 3 juin.", "2024-05-01", "2024-06-17"),
    ("es", "El puerto cerró tres días antes del 5 de mayo.", "2024-06-01", "2024-05-02"),
    ("en", "The port closed three days before Christmas Day.", "2024-12-27", "2024-12-22"),
    # "left" of what remains is no past, and looks ahead ("two Fed meetings left—one in November")
    ("en", "With only two board meetings left—one in November—the port may still cut its fees.", "2024-09-18",
     "2024-11"),
    # the French future of every verb, not of the first group alone
    ("fr", "La cathédrale rouvrira samedi.", "2024-11-13", "2024-11-16"),
    ("fr", "Le comité se réunira jeudi.", "2024-11-13", "2024-11-14"),
    ("fr", "Le président prendra la parole samedi.", "2024-11-13", "2024-11-16"),
    ("fr", "Le ministre devra s'expliquer mardi.", "2024-11-13", "2024-11-19"),
    ("fr", "Le public pourra entrer dans le musée samedi.", "2024-11-13", "2024-11-16"),
    ("fr", "Sandra est arrivée samedi à Ankara.", "2024-11-13", "2024-11-09"),
    # a noun after its determiner is no participle ("le musée", "le comité", "la nuit"), nor a
    # reflexive's present ("se réunit")
    ("fr", "Le musée rouvre le 7 décembre.", "2024-11-13", "2024-12-07"),
    ("fr", "Le comité se réunit le 7 décembre.", "2024-11-13", "2024-12-07"),
    ("fr", "La nuit la plus longue tombe le 21 décembre.", "2024-11-13", "2024-12-21"),
    ("fr", "Le musée a rouvert le 7 décembre.", "2024-11-13", "2023-12-07"),
    ("fr", "Le musée, fermé le 7 décembre, rouvre.", "2024-11-13", "2023-12-07"),
    # the conditional perfect tells what allegedly was ("aurait voulu"); "aurait lieu" still comes
    ("fr", "Le maire, selon la presse, aurait voulu parler au conseil fin mai.", "2024-06-25", "2024-05"),
    ("fr", "Le vote aurait lieu fin juillet.", "2024-06-25", "2024-07"),
    # a German relative clause puts its verb, and its tense, last; a subordinate clause's perfect
    # has its participle before "hat"
    ("de", "Er ist einer von 300 Gästen, vor denen der Bürgermeister am Samstag eine Rede halten will.",
     "2024-12-03", "2024-12-07"),
    ("de", "Die Partei, die am Sonntag die Wahl gewonnen hat, feiert.", "2024-12-03", "2024-12-01"),
    ("de", "Er sagte, dass die Partei am Sonntag die Wahl gewonnen hat.", "2024-12-03", "2024-12-01"),
    ("de", "Die Stadt, die am Mittwoch den Plan vorgestellt hat, ist zufrieden.", "2024-12-03", "2024-11-27"),
    # a direction or a relative year after the month is the day's: "le 9 septembre dernier"
    ("fr", "Nommée le 9 septembre dernier, la maire a prêté serment.", "2025-10-06", "2025-09-09"),
    ("es", "La maire fue elegida el 5 de marzo del año pasado.", "2025-10-06", "2024-03-05"),
    ("en", "The mayor was elected on March 5 last year.", "2025-10-06", "2024-03-05"),
])
def test_a_year_less_date_in_its_sentence(language, text, published, value):
    """Deadlines ("until", "starting") take the nearer year, a written weekday or "próximo" the
    occurrence they name, and tense cues (German here) the rest."""
    (found,) = find_dates(text, PartialDate.parse(published), [language])
    assert str(found.value) == value
@pytest.mark.parametrize("language, text, found", [
    # a year-less month or day in a list takes the year its last item gives
    ("en", "The ferry was laid up in January and February 2024.",
     [("January", "2024-01"), ("February 2024", "2024-02")]),
    ("en", "The ferry sailed on Jan. 3 and Feb. 5, 2024.", [("Jan. 3", "2024-01-03"), ("Feb. 5, 2024", "2024-02-05")]),
    ("es", "El puerto cerró en marzo y mayo de 2023.", [("marzo", "2023-03"), ("mayo de 2023", "2023-05")]),
    # (a month after the last one is of the year before it)
    ("en", "The harbour froze in December and January 2024.", [("December", "2023-12"), ("January 2024", "2024-01")]),
    # not across a sentence, nor when the first names its own year
    ("en", "The ferry sailed in March. In May 2024 it sank.", [("March", "2025-03"), ("May 2024", "2024-05")]),
])
def test_a_year_less_date_in_a_list_takes_the_list_s_year(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


@pytest.mark.parametrize("language, text, found", [
    # a day with its weekday, far from publication, takes the year the text gave when the weekday
    # agrees (2022-07-23 was a Saturday; so was 2023-07-22, not the 23rd)
    ("fr", "Le ferry a coulé le 21 juillet 2022 au large de Bastia. Le capitaine a été arrêté le samedi 23 juillet.",
     [("21 juillet 2022", "2022-07-21"), ("samedi 23 juillet", "2022-07-23")]),
    # (without a weekday, or when it does not agree, the usual year)
    ("fr", "Le ferry a coulé le 21 juillet 2022 au large de Bastia. Le capitaine a été arrêté le 23 juillet.",
     [("21 juillet 2022", "2022-07-21"), ("23 juillet", "2025-07-23")]),
])
def test_a_weekday_names_the_year_of_its_day(language, text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, PUB, [language])] == found


@pytest.mark.parametrize("language, text, published, values", [
    # a weekday coordinated with another follows it: "must win on Friday and Saturday" said on a
    # Wednesday is the coming Friday and the Saturday after it, not last Saturday
    ("de", "Zeman muss die Wahl am Freitag und Samstag gewinnen.", "2018-01-24", ["2018-01-26", "2018-01-27"]),
    ("en", "The vote will be held on Friday and Saturday.", "2018-01-24", ["2018-01-26", "2018-01-27"]),
    ("es", "La feria será del viernes al domingo.", "2018-01-24", ["2018-01-26", "2018-01-28"]),
    ("en", "Voting took place on Friday and Saturday.", "2018-01-24", ["2018-01-19", "2018-01-20"]),
    # a year-less date in a list takes the year of the one before it (the next one past December)
    ("en", "The council met on Jan. 3 and Jan. 5 in Port Ellis.", "2024-10-30", ["2024-01-03", "2024-01-05"]),
    ("en", "The talks ran on Dec. 30 and Jan. 2.", "2024-10-30", ["2023-12-30", "2024-01-02"]),
    # (one that would come after a publication the first is not after keeps its own day)
    ("en", "They met on Monday and Friday.", "2018-01-17", ["2018-01-15", "2018-01-12"]),
])
def test_a_weekday_coordinated_with_another_follows_it(language, text, published, values):
    assert [str(m.value) for m in find_dates(text, published, [language])] == values


@pytest.mark.parametrize("text, value", [
    # only the month of publication is known ("2018-01"): a year-less day or month near it takes
    # the year that puts it there, "last month" counts from it; weekdays and days before are not guessed
    ("Die Stichwahl ist am 26. Januar.", ["2018-01-26"]),
    ("Die Amtszeit endet am 8. März.", ["2018-03-08"]),
    ("Im Dezember gab es Streit.", ["2017-12"]),
    ("Im Juli wird gewählt.", []),
    ("Letzten Monat stieg der Preis.", ["2017-12"]),
    ("Am Dienstag stimmten 78 Abgeordnete dafür.", []),
    ("Gestern stimmten 78 Abgeordnete dafür.", []),
    ("Neuwahlen gibt es 2021.", ["2021"]),
])
def test_a_month_of_publication_dates_what_is_near_it(text, value):
    assert [str(m.value) for m in find_dates(text, "2018-01", ["de"])] == value
    assert [str(m.value) for m in find_dates(text, PartialDate.parse("2018-01"), ["de"])] == value


def test_a_weekday_named_with_its_day_names_that_day_when_said_again():
    text = ("Segunda (6) e terça (7) não deve chover no porto. Na segunda, a chance de tempestade é de 11%, "
            "contra 14% na terça.")
    assert [(m.text, str(m.value)) for m in find_dates(text, "2024-05-05", ["pt"])] == [
        ("Segunda (6)", "2024-05-06"), ("terça (7)", "2024-05-07"), ("segunda", "2024-05-06"), ("terça", "2024-05-07")]


@pytest.mark.parametrize("language, text, published, found", [
    # a bare weekday shortly after a short span of days that holds one is that span's day
    ("fr", "Le festival aura lieu les 7 et 8 décembre. Le public pourra entrer dès le dimanche.", "2024-11-13",
     [("7 et 8 décembre", "2024-12-07"), ("dimanche", "2024-12-08")]),
    ("en", "The festival runs Dec. 6-8 in the old town. On Sunday, a parade will cross the city.", "2024-11-13",
     [("Dec. 6-8", "2024-12-06"), ("Sunday", "2024-12-08")]),
    # (unless the tense says otherwise: a past weekday is no day of a span still to come)
    ("en", "The fair will take place Dec. 6-8 in Rome. On Sunday, two men were arrested.", "2024-11-13",
     [("Dec. 6-8", "2024-12-06"), ("Sunday", "2024-11-10")]),
    # (nor a span gone by: a weekday told in the past is the latest one)
    ("en", "The fair took place Dec. 6-8 in Rome. On Sunday, two men were arrested.", "2024-12-20",
     [("Dec. 6-8", "2024-12-06"), ("Sunday", "2024-12-15")]),
    # (nor a weekday the span does not hold)
    ("en", "The fair will take place Dec. 6-8 in Rome. On Monday, the tickets go on sale.", "2024-11-13",
     [("Dec. 6-8", "2024-12-06"), ("Monday", "2024-11-11")]),
])
def test_a_weekday_after_a_span_that_holds_it_is_its_day(language, text, published, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, published, [language])] == found


@pytest.mark.parametrize("text, found", [
    # a weekday after its day, after a comma, is that day (not a second, bare weekday)
    ("On September 24, 2024, Tuesday, the storm formed.", [("September 24, 2024, Tuesday", "2024-09-24")]),
    ("The vote on 3 March 2025, Monday, was postponed.", [("3 March 2025, Monday", "2025-03-03")]),
    # (a weekday it is not stays its own)
    ("On September 24, 2024, Monday, the storm formed.",
     [("September 24, 2024", "2024-09-24"), ("Monday", "2024-09-30")]),
])
def test_a_weekday_after_its_day_is_that_day(text, found):
    assert [(m.text, str(m.value)) for m in find_dates(text, "2024-10-05", ["en"])] == found


def test_a_weekday_said_again_is_not_the_day_the_first_one_names():
    # "Monday … Monday" names no day (only "Monday, Jan. 5" does): three mentions, not one
    text = "The office closes on Monday\nOn Monday\nOn Monday the staff returns."
    assert [m.text for m in find_dates(text, "2026-01-07", ["en"])] == ["Monday", "Monday", "Monday"]


def test_a_weekday_with_its_day_when_only_the_month_of_publication_is_known():
    # the day of the month that is that weekday; "neste domingo" after "domingo (5)" is that Sunday
    text = ("O rio transbordou na última sexta-feira (3). O nível bateu um recorde neste domingo (5). "
            "Neste domingo, choveu.")
    assert [(m.text, str(m.value)) for m in find_dates(text, "2024-05", ["pt"])] == [
        ("última sexta-feira (3)", "2024-05-03"), ("neste domingo (5)", "2024-05-05"), ("Neste domingo", "2024-05-05")]
    # a day the weekday does not fall on in the month or the ones around it is not guessed
    assert find_dates("O rio transbordou na sexta-feira (4).", "2024-05", ["pt"]) == []


@pytest.mark.parametrize("language, text, found", [
    # a weekday that is the day of publication, told in the pluperfect, is the week before: before
    # another past, not today (PUB is a Wednesday)
    ("it", "La nave era salpata dal porto a mezzanotte e 44 minuti di mercoledì.", "2026-01-14"),
    ("de", "Der Zug war am Mittwoch entgleist.", "2026-01-14"),
    ("es", "El barco había zarpado el miércoles.", "2026-01-14"),
    # not in the simple past, nor a state, nor in reported speech (its pluperfect is the saying's)
    ("en", "The ferry left the port on Wednesday.", "2026-01-21"),
    ("en", "Police said the man had been arrested on Wednesday.", "2026-01-21"),
    ("en", "The ferry had left the port on Wednesday.", "2026-01-21"),  # (English: "had" is often a backshift)
    ("it", "La polizia ha detto che l'uomo era stato arrestato mercoledì.", "2026-01-21"),
    ("de", "Das Wetter war am Mittwoch schlecht.", "2026-01-21"),
])
def test_a_weekday_of_publication_in_the_pluperfect_is_last_week_s(language, text, found):
    assert [str(m.value) for m in find_dates(text, PUB, [language])] == [found]


@pytest.mark.parametrize("text, found", [
    # "will" after a name that ends in "a" is the future (not the noun after "a": "a will")
    ("China will hold the talks on Friday.", ["2026-01-23"]),
    ("Melissa will reach the coast on Friday.", ["2026-01-23"]),
    ("She left a will on Friday.", ["2026-01-16"]),
    # a forecast is the future: "is projected to", "expects … to"
    ("The storm is projected to reach the islands by Jan. 24.", ["2026-01-24"]),
    ("Forecasters expect the storm to reach the islands by Friday.", ["2026-01-23"]),
    # the later weekdays of a sentence that tells what is to come follow the one before it (PUB is a
    # Wednesday: "by Tuesday" is next week's, not yesterday)
    ("Forecasters expect the storm to reach Dunmore on Friday, cross the wide and shallow bay of Port Ellis "
     "the following night, turn north along the coast and reach the islands and the reefs beyond them by Tuesday.",
     ["2026-01-23", "2026-01-27"]),
    # ... not the days of a sentence told in the past or the present
    ("The vote is today, after a debate on Monday.", ["2026-01-21", "2026-01-19"]),
])
def test_forecasts_and_the_weekdays_after_them(text, found):
    assert [str(m.value) for m in find_dates(text, PUB, ["en"])] == found


@pytest.mark.parametrize("text, found", [
    # a copula right before its weekday, or a certainty, tells what is to come (PUB is a Wednesday)
    ("The vote in Dunmore is on Friday.", ["2026-01-23"]),
    ("The Dunmore final is Sunday.", ["2026-01-25"]),
    ("The council adjourned, meaning a shutdown is certain at 12:01 a.m. Thursday.", ["2026-01-22"]),
    # ... not what was
    ("The vote in Dunmore was on Friday.", ["2026-01-16"]),
])
def test_a_copula_before_its_weekday_looks_ahead(text, found):
    assert [str(m.value) for m in find_dates(text, PUB, ["en"])] == found
