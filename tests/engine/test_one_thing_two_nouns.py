"""One thing counted under two nouns: catches and receptions, counts and charges, swats and blocked shots.

Short articles written for these tests, analysed with the real spaCy model and compared as
one story (``unitnames.one_name``). Passes a player threw are no receptions, and shots he
took are no blocks.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison

_LEAD = "The team met in Portland on Saturday. "


def _compare(first: str, second: str) -> Comparison:
    return compare_texts(_LEAD + first, _LEAD + second, tail=NEUTRAL_TAIL)


def test_passes_caught_against_receptions_is_a_conflict():
    comparison = _compare(
        "Roe caught a career-high 59 passes and led the team with 1,098 yards.",
        "Roe set career highs with 41 receptions and 1,098 yards.",
    )
    assert frozenset({"59", "41"}) in tier_values(comparison, "conflict")


def test_catches_against_the_same_receptions_is_no_difference():
    comparison = _compare(
        "Roe finished the season with 59 catches for 1,098 yards.",
        "Roe set career highs with 59 receptions and 1,098 yards.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_counts_against_charges_is_a_conflict():
    comparison = _compare(
        "A Spiro man was found guilty of two counts of murder on Thursday.",
        "A Spiro man was found guilty on Thursday on five murder charges.",
    )
    assert frozenset({"two", "five"}) in tier_values(comparison, "conflict")


def test_passes_thrown_are_no_receptions():
    comparison = _compare(
        "Roe threw 41 passes and led the team with 1,098 yards.",
        "Roe set career highs with 59 receptions and 1,098 yards.",
    )
    assert tier_values(comparison, "conflict") == set()
