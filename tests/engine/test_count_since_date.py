"""A count since a date against a larger count of all time: a part, no difference (``sincecounts``, issue 10).

Short texts written for these tests, compared with the real spaCy model. A part larger than the whole, and two
counts with no start, still differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "Police shot and killed a 19-year-old man in Brookfield late on Saturday after a chase, officials said. "
FIRST = "Officials said the man had earlier been detained four times on charges of theft and assault."
SECOND = "He had been in trouble with the police before, having been arrested {} and charged with burglary."


def _tiers(second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + FIRST, LEAD + SECOND.format(second), tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_a_smaller_count_since_a_date_gives_no_difference():
    # On s29-int d96694d9: a possible difference "four | three".
    red, possible = _tiers("three times since October")
    assert frozenset({"four", "three"}) not in red | possible


def test_a_larger_count_since_a_date_still_differs():
    red, possible = _tiers("six times since October")
    assert frozenset({"four", "six"}) in red | possible


def test_two_counts_with_no_start_still_differ():
    red, possible = _tiers("three times")
    assert frozenset({"four", "three"}) in red | possible
