"""Whether two articles share an event's specifics: the evidence that lets a small story form.

Story similarity is a cosine: an article that reports the event and then
analyses it at length, or a one-sentence brief, scores low against a full
report of the same event, although both name what only that event has: its
rare names (a small company, a village, an unknown person) and its specific
figures (a price of $334 million, a count of 212). Average linkage asks a
small group for a margin above the mean threshold because a mean over few
articles is noisy (``linkage.required``); two groups whose articles each share
such specifics with one another bring their own evidence, and need less.

A specific is a name rarer in English than ``StoryTuning.anchor_rarity``
(``wordfreq``'s Zipf frequency, the same scale as the term weights), or a
number that is no small count and no bare year, or a full date. Common names
(a country, a president) and round small numbers are shared by unrelated
stories and are not specifics. A rare word of a name is a specific too
(``name_words``): outlets name one place, firm or person in several ways, and
the rare word the names share is what ties them.

Two events of one kind (two games of one team, two fights of one boxer) each
have their own scores, records or tallies ("31-24", "45-7"): two articles that
each give such pairs of figures, share none of them and share no other
specific report two events, whatever words and famous names they share
(``tallies_clash``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from tuicompare.engine import tuning
from tuicompare.engine.relations import PAIR
from tuicompare.engine.story_terms import zipf

__all__ = ["name_words", "shares_specifics", "specific", "tallies", "tallies_clash"]

_WORD = re.compile(r"[^\W\d_]{3,}")

#: Whole numbers up to this are counts every story has ("three people", "12 years").
_SMALL = 99
#: Bare four-digit numbers in this range are years: every story of a year shares them.
_YEARS = range(1800, 2100)
#: How a score, record or tally ("pair 31-24", ``figures.number_slot``) begins as a bag term.
_TALLY = "#" + PAIR


def specific(term: str) -> bool:
    """Whether a bag term (``story_terms``: ``@name``, ``#number``, lemma) names what only one event has."""
    if term[0] == "#":
        key = term[1:]
        if key.isdigit():
            value = int(key)
            return value > _SMALL and value not in _YEARS
        return True  # a fraction, a range, an amount with decimals, a full date
    if term[0] == "@":
        return tuning.TUNING.stories.background_cap - zipf(term[1:]) >= tuning.TUNING.stories.anchor_rarity
    return False


def name_words(bag: Mapping[str, float]) -> frozenset[str]:
    """The words of a bag's names that are as rare as a specific name (``anchor_rarity``).

    Outlets name one place, firm or person in several ways ("Banstead", "the High Street in
    Banstead"; "Tallgrass Distribution", "Tallgrass Distributors Ltd"; "Alexis Grigoropoulos",
    "Alexandros Grigoropoulos"): the rare word they share is the specific they share.
    """
    tune = tuning.TUNING.stories
    bar = tune.background_cap - tune.anchor_rarity
    return frozenset(word for term in bag if term[0] == "@" for word in _WORD.findall(term[1:]) if zipf(word) <= bar)


def shares_specifics(
    a: Mapping[str, float],
    b: Mapping[str, float],
    words: Callable[[], tuple[frozenset[str], frozenset[str]]] | None = None,
) -> bool:
    """Whether two bags of terms share a specific name or figure (smaller bag read), or a rare word of a name.

    Args:
        a: One bag of terms (``story_terms.article_terms``).
        b: The other.
        words: Their ``name_words``, when kept (called only when no full name or figure is shared).
    """
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if any(term in large and term[0] in "@#" and specific(term) for term in small):
        return True
    if not tuning.TUNING.stories.anchor_name_words:
        return False
    wa, wb = words() if words is not None else (name_words(a), name_words(b))
    return not wa.isdisjoint(wb)


def tallies(terms: Iterable[str]) -> frozenset[str]:
    """The scores, records and tallies among a bag's terms (``#pair 31-24``)."""
    return frozenset(term for term in terms if term.startswith(_TALLY))


def tallies_clash(
    a: Mapping[str, float], b: Mapping[str, float], tallies_a: frozenset[str], tallies_b: frozenset[str]
) -> bool:
    """Whether two articles each give their own scores, records or tallies and share no specific at all.

    One game, fight or vote is told with its score or tally, and its reports share it, or another
    specific (a rare name, a figure); two games of one team share the team, the coach and the words
    of a game, but each has its own score. Only pairs of figures are read: a single figure differs
    between reports of one event (a count updated, a quote's number), a final score does not.

    Args:
        a: One bag of terms (or its names and numbers).
        b: The other.
        tallies_a: ``tallies`` of ``a``.
        tallies_b: ``tallies`` of ``b``.
    """
    return bool(tallies_a and tallies_b) and tallies_a.isdisjoint(tallies_b) and not shares_specifics(a, b)
