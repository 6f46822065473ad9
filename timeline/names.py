"""People's names across a timeline: one spelling per person. Pure.

Names are compared transliterated to ASCII (anyascii: "Путин" → "Putin") and as consonant
outlines, which spelling across languages keeps ("Putin", "Poutine", "Путин" are all `ptn`);
`canonical_actors` maps the shorter and the other-script forms of a name to the fullest one the
events give ("Trump" → "Donald Trump"). Merging uses the same outline as a report feature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Event

__all__ = ["ascii_text", "canonical_actors", "outline"]


def ascii_text(text: str) -> str:
    from anyascii import anyascii

    return anyascii(text)


def outline(word: str) -> str:
    """The consonant outline of a name: its consonants, doubled ones once ("Poutine" → "ptn")."""
    out = ""
    for c in re.sub(r"[aeiouy]", "", word):
        if not out or out[-1] != c:
            out += c
    return out


def canonical_actors(events: Iterable[Event]) -> dict[str, str]:
    """Shorter names of a person → the fullest name the events give ("Trump" → "Donald Trump",
    "Putin" → "Vladimir Putin"), when only one full name ends that way; spelling across
    scripts and accents is compared transliterated ("Díaz-Canel" and "Diaz-Canel")."""
    events = list(events)
    counts: dict[str, int] = {}
    for e in events:
        for a in e.actors:
            counts[a] = counts.get(a, 0) + 1
    # one spelling per name written differently across languages ("Wladimir Putin", "Vladimir
    # Putin", "Владимир Путин"): the same outline word by word; the most used spelling wins
    spellings: dict[tuple[str, ...], list[str]] = {}
    for name in counts:
        spellings.setdefault(_name_key(name), []).append(name)
    out: dict[str, str] = {}
    for same in spellings.values():
        best = min(same, key=lambda n: (-counts[n], *_spelling_rank(n), n))
        out.update({n: best for n in same if n != best})
    names = sorted({out.get(a, a) for a in counts}, key=lambda a: (-len(a.split()), a))
    full: dict[str, set[str]] = {}
    for name in names:
        words = ascii_text(name).lower().split()
        for k in range(1, len(words) + 1):
            full.setdefault(" ".join(words[-k:]), set()).add(name)
    for name in names:
        key = " ".join(ascii_text(name).lower().split())
        longer = {n for n in full.get(key, ()) if len(n.split()) >= len(name.split())}
        best = max(longer, key=lambda n: (len(n.split()), n)) if longer else name
        if len({ascii_text(n).lower() for n in longer if len(n.split()) == len(best.split())}) == 1 and best != name:
            out[name] = best
    # a spelling mapped to a shorter name that is itself mapped on: follow to the end
    return {name: _follow(out, name) for name in out}


def _spelling_rank(name: str) -> tuple[int, int]:
    """Of two spellings used as often: Latin script first (the site's slugs and search read it),
    then the one with its accents ("Díaz" over "Diaz")."""
    other_script = sum(c.isalpha() and ord(c) > 0x24F for c in name)
    accents = sum(0x80 <= ord(c) <= 0x24F for c in name)
    return other_script, -accents


def _follow(mapping: dict[str, str], name: str) -> str:
    seen = {name}
    while name in mapping and mapping[name] not in seen:
        name = mapping[name]
        seen.add(name)
    return name


def _name_key(name: str) -> tuple[str, ...]:
    """A person's name as the consonant outline of each word, "w" read as "v"."""
    return tuple(outline(word.replace("w", "v")) or word for word in ascii_text(name).lower().split())
