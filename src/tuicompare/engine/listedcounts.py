"""Counts followed by the list of what they count: "three principles: strength, prosperity and clarity".

Helper of ``slots.paired_slots`` and ``conflicts``. A number pairs with a number of the same things (its unit,
the noun it counts), so that "14 points" never meets "11 rebounds". But English often gives a count and then
spells out its members after a colon or a dash ("has three pillars — A; B; and C"), and two outlets may call the
same things by two nouns ("principles", "pillars"). When both counts spell out their members, and the two lists
say the same things in the same words, the two figures count one set of things: compared as a count of one noun,
so that "seven principles: A, B and C" against "three pillars — A; B; and C" is a difference, not two facts.
A count whose list shares too few words with the other's, or that lists nothing, stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.outcomes import ActClasses
from tuicompare.engine.peoplecounts import GENERIC_PEOPLE, counts_people
from tuicompare.engine.peoplecounts import one_count as people_one_count

#: The count's noun (up to three lower-case words) and the colon or dash that opens the list of its members.
_OPENS = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z]+\s*(?::|\s[-\u2013\u2014]{1,2}\s|[\u2013\u2014])\s*")
#: The dashes that may open a list, and close it ("three pillars – A, B and C – stand").
_DASHES = "-\u2013\u2014"
#: What parts the items of a list: a comma, a semicolon, or "and"/"or" between two words.
_ITEMS = re.compile(r"[,;]|\s(?:and|or)\s")
#: A word of a list item, read by its first letters so that "protection" and "protecting" are one word.
_WORD = re.compile(r"[a-z]{4,}")
_STEM = 5
#: Words of four letters or more that say nothing of what an item is.
_EMPTY = frozenset({"that", "this", "with", "from", "their", "them", "they", "which", "what", "also", "into", "about"})
#: Words two lists must share, in all and as a share of the shorter list's words, to list one set of things.
_SHARED_MIN = 3
_SHARED_SHARE = 0.6


def members(side: SentenceFeatures, figure: Span) -> frozenset[str]:
    """The words (first letters) of the list a count of things spells out after its noun and a colon or a
    dash, to the end of the sentence or the dash that closes it; empty when the count opens no list of two items
    or more, or counts people.

    Args:
        side: The figure's sentence.
        figure: A number slot of it.
    """
    if figure.kind != "number" or figure.vtype != "number" or not figure.unit or figure.unit == "age":
        return frozenset()
    if figure.unit in GENERIC_PEOPLE or counts_people(figure.unit):
        return frozenset()  # people counted and then named are ``namedcounts``' ("two men, Jo Roe and Al Poe")
    if side.parse is None:
        return frozenset()
    text, base = side.parse.text, side.parse.start
    found = _OPENS.match(text, figure.end - base)  # matched in place: most counts open no list
    if found is None:
        return frozenset()
    listed = text[found.end() :]
    if found.group().strip()[-1:] in _DASHES:
        listed = re.split(r"\s[-\u2013\u2014]{1,2}\s|[\u2013\u2014]", listed)[0]  # "three pillars – A, B and C – stand"
    if len(_ITEMS.findall(listed)) < 2:
        return frozenset()  # no list of things: "five pillars - the first of them clean streets"
    words = _WORD.findall(listed.lower())
    return frozenset(w[:_STEM] for w in words if w not in _EMPTY)


def listed_alike(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span) -> bool:
    """Whether two counts of two nouns each spell out their members, and the two lists say the same things.

    Args:
        a: One sentence.
        x: A number slot of it.
        b: The other sentence.
        y: A number slot of it.
    """
    if x.kind != "number" or y.kind != "number" or not x.unit or not y.unit or x.unit == y.unit:
        return False
    if x.key is None or y.key is None:
        return False
    one, other = members(a, x), members(b, y)
    if not one or not other:
        return False
    shared = len(one & other)
    return shared >= _SHARED_MIN and shared >= _SHARED_SHARE * min(len(one), len(other))


def one_count(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span, acts: ActClasses) -> bool:
    """Whether two counts of two nouns are one count told two ways, compared as of one noun: one count of people
    (``peoplecounts.one_count``: "two people were killed", "killing five women") or of listed things
    (``listed_alike``: "three principles: A, B and C", "three pillars — A; B; and C")."""
    return people_one_count(a, x, b, y, acts) or listed_alike(a, x, b, y)


def listed_counts(
    a: SentenceFeatures,
    b: SentenceFeatures,
    used: tuple[set[int], set[int]],
    score_of: Callable[[int, int], float],
) -> Iterator[tuple[Span, Span, float]]:
    """Pair the counts left unpaired whose lists of members say the same things, marking both used.

    The two lists are the evidence that the figures count one set of things: no context score is asked.
    """
    used_a, used_b = used
    ns = [n for n, x in enumerate(a.spans) if n not in used_a and x.kind == "number" and x.unit]
    if not ns:
        return
    ms = [m for m, y in enumerate(b.spans) if m not in used_b and y.kind == "number" and y.unit]
    if not ms:
        return
    for n in ns:
        for m in ms:
            if m not in used_b and listed_alike(a, a.spans[n], b, b.spans[m]):
                used_a.add(n)
                used_b.add(m)
                yield a.spans[n], b.spans[m], score_of(n, m)
                break
