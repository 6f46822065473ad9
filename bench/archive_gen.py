#!/usr/bin/env python3
"""A generated news archive: happenings reported by several articles, in JSONL, WARC or files.

    python bench/archive_gen.py N OUT.jsonl            # N articles, one JSON object a line
    python bench/archive_gen.py N OUT.warc.gz          # the same articles as HTML responses
    python bench/archive_gen.py N OUT/                 # the same as Markdown files

Happenings (an actor did something to something, somewhere, on a day) are spread over ten years;
each article, published a few days after one of them, reports it and two or three others of those
days (with "yesterday", "on Tuesday", "on March 3" or a full date, as news does), recalls an older
one with its full date, and fills the rest with undated sentences: about 3 000 characters and a
dated sentence every 400, as agency news. Every name and rare word is made from syllables, so
happenings can be told apart by their words, and any N gives the same articles (seeded).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

_SYLLABLES = "ka lo mi ra ven tor sel an dor is mar pe lu zan bri co fen gal hu ja".split()
_CITIES = ("Lisbon Nairobi Lima Hanoi Oslo Dakar Quito Manila Tunis Riga Accra Bogota Sofia Minsk Amman Doha "
           "Seoul Kabul Harare Tbilisi").split()
_ROLES = ("minister of trade", "president", "chief executive", "governor", "foreign minister", "mayor",
          "central bank governor", "union leader", "opposition leader", "defence minister")
_VERBS = ("signed", "announced", "rejected", "opened", "closed", "approved", "suspended", "launched",
          "blocked", "unveiled", "cancelled", "extended")
_NOUNS = ("agreement", "pipeline", "tariff plan", "port", "reform bill", "ceasefire", "loan", "railway",
          "budget", "inquiry", "vaccine programme", "mine")
_FILLER_SUBJECTS = ("Analysts", "Several lawmakers", "Business groups", "Diplomats", "Critics", "Supporters",
                    "Economists", "Union officials", "Local residents", "Investors", "Opposition figures",
                    "Aid workers")
_FILLER_VERBS = ("said the move would weigh on", "warned about the effect on", "welcomed the plans for",
                 "questioned the cost of", "called for a debate on", "expressed concern over",
                 "urged caution about", "pointed to the risks for")
_FILLER_OBJECTS = ("markets in the region", "rising prices", "the national budget", "small businesses",
                   "public services", "the coming elections", "exports and jobs", "the energy supply",
                   "relations with neighbouring countries", "the rural economy")
_MONTHS = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_START = dt.date(2015, 1, 1)
_DAYS = 3650


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n))


class _Happening:
    def __init__(self, rng: random.Random, n: int) -> None:
        self.day = _START + dt.timedelta(days=rng.randrange(_DAYS))
        self.actor = f"{_word(rng, 2).title()} {_word(rng, 3).title()}"
        self.role = rng.choice(_ROLES)
        self.country = _word(rng, 2).title() + "ia"
        self.verb = rng.choice(_VERBS)
        self.thing = f"the {_word(rng, 3)} {rng.choice(_NOUNS)}"
        self.place = rng.choice(_CITIES)
        self.number = rng.randrange(2, 900) * 10
        self.n = n

    def sentence(self, rng: random.Random, when: str) -> str:
        forms = (f"{self.actor}, the {self.role} of {self.country}, {self.verb} {self.thing} in {self.place} {when}.",
                 f"{when[0].upper()}{when[1:]}, {self.actor} {self.verb} {self.thing} worth {self.number} million "
                 f"dollars in {self.place}, officials said.",
                 f"Officials in {self.place} said {self.actor} {self.verb} {self.thing} {when}, affecting "
                 f"{self.number:,} workers.")
        return rng.choice(forms)


def _when(day: dt.date, published: dt.date, rng: random.Random) -> str:
    gap = (published - day).days
    if gap == 1 and rng.random() < 0.5:
        return "yesterday"
    if 1 < gap < 6 and rng.random() < 0.5:
        return f"on {_WEEKDAYS[day.weekday()]}"
    if day.year == published.year and rng.random() < 0.7:
        return f"on {_MONTHS[day.month - 1]} {day.day}"
    return f"on {_MONTHS[day.month - 1]} {day.day}, {day.year}"


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """`n` articles: {"url", "published", "title", "language", "text"}."""
    rng = random.Random(seed)
    happenings = sorted((_Happening(rng, i) for i in range(max(4, n // 3))), key=lambda h: h.day)
    for i in range(n):
        k = rng.randrange(len(happenings))
        lead = happenings[k]
        published = lead.day + dt.timedelta(days=rng.randrange(0, 3))
        near = happenings[max(0, k - 3):k + 4]
        others = rng.sample(near, min(len(near), rng.randint(2, 3)))
        older = happenings[rng.randrange(max(1, k))]
        parts = [lead.sentence(rng, _when(lead.day, published, rng))]
        parts += [h.sentence(rng, _when(h.day, published, rng)) for h in others
                  if h is not lead and h.day <= published]
        if older.day < published:
            parts.append(f"The dispute dates back to {_MONTHS[older.day.month - 1]} {older.day.day}, {older.day.year}, "
                         f"when {older.actor} {older.verb} {older.thing} in {older.place}.")
        length = rng.randint(2500, 3500)
        while sum(len(p) for p in parts) < length:
            filler = f"{rng.choice(_FILLER_SUBJECTS)} {rng.choice(_FILLER_VERBS)} {rng.choice(_FILLER_OBJECTS)}."
            if filler not in parts:
                parts.insert(rng.randint(1, len(parts)), filler)
        paragraphs = [" ".join(parts[j:j + 3]) for j in range(0, len(parts), 3)]
        yield {"url": f"https://news.example/{published:%Y/%m/%d}/{i}", "published": published.isoformat(),
               "title": f"{lead.actor} {lead.verb} {lead.thing}", "language": "en", "text": "\n\n".join(paragraphs)}


def write(n: int, out: Path, seed: int = 7) -> Path:
    """Write `n` articles to `out`: a .jsonl file, a .warc.gz file, or a folder of .md files."""
    name = out.name.lower()
    if name.endswith(".jsonl"):
        with open(out, "w", encoding="utf-8") as f:
            for a in articles(n, seed):
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    elif name.endswith((".warc", ".warc.gz")):
        from warcio.warcwriter import WARCWriter

        with open(out, "wb") as f:
            writer = WARCWriter(f, gzip=name.endswith(".gz"))
            for a in articles(n, seed):
                body = "".join(f"<p>{p}</p>" for p in a["text"].split("\n\n"))
                html = (f'<!doctype html><html lang="en"><head><title>{a["title"]}</title>'
                        f'<meta property="article:published_time" content="{a["published"]}">'
                        f'<link rel="canonical" href="{a["url"]}"></head>'
                        f'<body><article><h1>{a["title"]}</h1>{body}</article></body></html>').encode()
                raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                       b"Content-Length: %d\r\n\r\n" % len(html)) + html
                writer.write_record(writer.create_warc_record(a["url"], "response", payload=io.BytesIO(raw),
                                                              length=len(raw)))
    else:
        out.mkdir(parents=True, exist_ok=True)
        for i, a in enumerate(articles(n, seed)):
            (out / f"a{i:06d}.md").write_text(
                f"---\npublished: {a['published']}\nurl: {a['url']}\ntitle: {json.dumps(a['title'])}\n"
                f"language: en\n---\n{a['text']}\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    write(int(sys.argv[1]), Path(sys.argv[2]))
