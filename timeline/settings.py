"""The numbers that bound and tune `timeline`, named in one place, each with why it is what it is.

Limits keep time and memory bounded on untrusted input (articles, event files, options); the
rest are tuning values of the extractor and the site. Modules import what they use from here.
"""

from __future__ import annotations

# ---------------------------------------------------------------- untrusted input

MAX_ARTICLE_BYTES = 5_000_000  # an article (or stdin); a long feature is ~100 KB, a book 1 MB
MAX_EVENT_FILE_BYTES = 10_000_000  # an event file: ~10 000 events as one list
BINARY_SNIFF_BYTES = 4096  # a NUL byte in the first block: a binary file, not text
HTML_DEFAULT_DEPTH = 255  # elements nested that libxml2 reads by default: a deeper page is parsed with huge_tree
HTML_MAX_DEPTH = 2048  # ... which reads this many (unclosed tags nest: "<font>" 300 times)

# YAML: libyaml's time grows with the square of nesting (100 000 '[' take minutes; its
# composer recurses in C), ruamel.yaml's constructor recurses in Python. A cheap scan bounds the
# nesting before any parser sees the text; the parsed tree is then checked exactly.
YAML_NESTING_SCAN_LIMIT = 1000  # upper bound from the scan (unclosed '[' '{', indentation, '- ')
YAML_MAX_DEPTH = 50  # levels in the parsed tree; an event file needs 5
YAML_ALIAS_BUDGET = 10_000  # values that aliases (*name) may add beyond those written

MAX_RANK = 1_000_000  # an event's `rank` (its place among the important ones) is at most this
PARTITION_ARTICLES = 1000  # articles a task reads at most (engine): a minute or so of work, little lost on a crash
PLAN_PARTITIONS = 16  # parts a smaller input is cut into: work for 2-8 workers, whatever their number
EXCERPT_CHARS = 60  # a value quoted in an error message is cut to this many characters

# ---------------------------------------------------------------- extraction

MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, lists without stops) are cut into parts
MAX_EVENTS_PER_SENTENCE = 6  # distinct happening dates one sentence may give
PLACE_MIN_POPULATION = 250_000  # cities this large (and every capital, country, US state) are places
TITLE_WORDS = 14  # a title is cut at a word after this many
TITLE_MAX_CHARS = 90  # and at a word before this many characters: a headline, not a paragraph
TITLE_SIDE_CLAUSE_WORDS = 9  # a title longer than this keeps its main clause only
TITLE_FALLBACK_CHARS = 80  # a title made of the sentence itself is cut at a word before this
TENSE_REACH = 160  # characters around a date in which "will" / "said" decide its tense
# a year-less month when the page gives only the month of publication ("2018-01"): the year that
# puts it within this many months of it ("am 26. Januar", "am 8. März"; half a year off, either)
MONTH_PUBLICATION_REACH = 4
# a bare weekday this near after the same weekday named with its day ("segunda-feira (6) … na
# segunda") is that day
NAMED_WEEKDAY_REACH = 600
ANCHOR_REACH = 400  # characters back to the date whose year a year-less month may take
ANCHORED_DAY_REACH = 600  # characters back to the day "the next day" / "two days later" counts from
# a year-less day said in the future a few days before publication is still this year's ("will
# begin at 11 p.m. EST on Jan. 18" in a page dated Jan. 19 GMT), not next year's
FUTURE_SLACK_DAYS = 7
# ... and a day a plan is for, a few days after publication, is this year's even in a past
# sentence ("announced a strike for July 5", written on June 28)
PAST_SLACK_DAYS = 14
WEEKDAY_TENSE_REACH = 40  # a bare weekday moves ahead only with a cue right beside it
DAY_BEFORE_REACH = 40  # characters before a month name that may hold its day ("3 au 5 de ")
MAX_YEARS_AHEAD = 20  # "in 200 years" is a span ("the worst in 200 years"), not a date: news forecasts less far
ROUND_MONTHS = 12  # "18 months ago" and more: a round figure that dates a year, not a month
AGO_WINDOW = 48  # characters around an "ago" word in which its "N days ago" pattern is tried
WORD_EDGE_REACH = 32  # how far a window is widened to reach a word boundary
LEAD_SENTENCES = 5  # the opening sentences of an article, where news writing tells the day's news
UNDATED_LEAD_WORDS = 6  # an article's undated first sentence this long tells its day's news when nothing else does
BACKGROUND_DAYS = 28  # a date this long before publication, behind "for his …", is background to the day's news
NEWS_DAYS = 7  # a day this near publication is the news a sentence tells ...
BACKGROUND_YEAR_DAYS = 365  # ... and a bare year that ended this long before it is only its background
DATE_HEADING_CHARS = 40  # a line of a page's head this short that is only a full date is its date of publication
DATE_HEADING_LINES = 5  # the head: its first lines that are not blank …
DATE_HEADING_BODY_WORDS = 12  # … before the first line this long, which is the story
LANGUAGE_SAMPLE_CHARS = 5000  # the start of a text that language detection reads

# ---------------------------------------------------------------- segmentation

SHORT_LINE_CHARS = 60  # a line shorter than this may be a block marker ("Read more");
#                        a paragraph at least this long that repeats is a scrape artefact
FURNITURE_LINE_CHARS = 300  # only lines shorter than this are tested for page furniture
STAMP_LINE_CHARS = 120  # only lines shorter than this may be a clock, byline, menu or share bar

# ---------------------------------------------------------------- merging

MERGE_PREFIX = 5  # letters of a word that two reports compare: "signed"/"signing", "elect"ion/"elecc"ión
MERGE_SIMILARITY = 0.2  # share of its weight a report has in common with another of the same date
MERGE_SIMILARITY_SAME_ARTICLE = 0.3  # the same, for two sentences of one article (its story's words are in all)
MERGE_GROUP_SHARE = 0.5  # of one group's reports, those resembling the other's, for two groups of a day to join
MERGE_GROUP_SHARE_BOTH = 1 / 3  # ... and of each group's, when neither is a single report
MERGE_SIMILARITY_COARSE = 0.4  # the same, for a month or year report joining a finer happening
# Two reports of one happening share a rare feature: one that at most this share of all reports
# have, or at most this many (a small set's names are all "rare"). Reports that share only the
# story's common words are never compared: that keeps a busy day's merging near linear.
MERGE_RARE_SHARE = 0.02
MERGE_RARE_REPORTS = 20
# ... but a feature at least this share of the reports have, on at least this many days, is the
# story's own (in a small set, where the cap above would count it rare)
MERGE_STORY_SHARE = 0.25
MERGE_STORY_DAYS = 2
MERGE_STORY_ROUNDS = 8  # at most this many weighings of a small set's story features as merging dates reports
# two reports of one day that say nearly the same thing ("As many as 200,000 people died in the 12
# January earthquake" twice, one with "in Haiti") are one happening, though a big story's every word is
# common: this share of the lighter one's weight in common, and a feature this many times rarer than
# common (at most this multiple of the rare cap) to find them by
MERGE_SIMILARITY_NEAR = 0.75
MERGE_NEAR_REPORTS = 5
MERGE_NEAR_KEYS = 2  # ... of which a report's rarest this many find its near copies

# ---------------------------------------------------------------- summarising

SUMMARY_LATER_WEIGHT = 1.5  # an article that refers back to a happening days later: it was remembered
SUMMARY_COARSE_WEIGHT = 0.5  # a month (a year: squared) says less of when than a day: it weighs less
SUMMARY_QUOTE_WORDS = (8, 40)  # a quote of this many words reads well; shorter or longer ones less
# How much a report is about the story (its likeness to the story's centre, over the mean) is
# capped and squared: off-topic pages (radio listings in a pop star's story) weigh next to
# nothing, and one very central report cannot outweigh several articles.
SUMMARY_RELEVANCE_CAP = 3.0
SUMMARY_RELEVANCE_POWER = 2.0
SUMMARY_ARTICLE_POWER = 0.5  # a report counts also by its article's likeness to the story (capped, to this power)
SUMMARY_LEAD_SENTENCES = 2  # an article's opening sentences a summary may quote for its day (or the day before)
SUMMARY_LEAD_FILL = 0.5  # ... and make an event of its own on a day with room, if it says the news this well
SUMMARY_QUOTE_OWN = 0.5  # a quote's likeness to its own happening's reports, beside its day's (1)
SUMMARY_QUOTE_TOPIC = 1.0  # ... and to the story as a whole
SUMMARY_FRESH_WEIGHT = 1.5  # a quote from an article of the happening's day or the next tells it as news
SUMMARY_WITNESS_WEIGHT = 0.3  # a quote in the first person or a reader's e-mail says less well what happened
SUMMARY_PUBLISHED_WEIGHT = 2.0  # a day's weight gains this per relevant article published that day or the next

# ---------------------------------------------------------------- site

LABELS_UP_TO = 300  # events; above that the timeline shows marks only (tooltips still tell)
INLINE_DATA_UP_TO = 300  # events; a site this small carries its chart data in its pages (works from disk)
VECTOR_CHARTS_UP_TO = 2000  # events; past that the static chart fallbacks are PNG, not SVG
LATEST_EVENTS = 20  # events listed under the home page's chart
KEY_EVENTS = 10  # the best ranked (or most reported) events the home page leads with
TOP_ACTORS = 20  # actors in the actors x month heatmap
