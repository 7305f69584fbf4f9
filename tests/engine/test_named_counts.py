"""A count whose things both sentences name: "two turkeys named Mac and Cheese" / "Mac and Cheese, the five turkeys".

Short texts written for these tests, compared with the real spaCy model. A figure held by a pronoun ("he pardoned
two turkeys") is a possible difference at most, as nothing says whose it is; when both sentences name the things
they count, and name the same ones, the two figures count one set of things, and differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "The president held the yearly ceremony at the White House on Wednesday. "
NAMED_AFTER = "The girls joined their father at the ceremony, in which he pardoned two turkeys named Mac and Cheese."


def _tiers(second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + NAMED_AFTER, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_two_counts_naming_the_same_things_are_red():
    red, _possible = _tiers(
        "Before approaching Mac and Cheese, the five turkeys, the president said the custom was odd."
    )
    assert frozenset({"two", "five"}) in red


def test_the_same_count_of_the_named_things_is_no_difference():
    red, possible = _tiers("Before approaching Mac and Cheese, the two turkeys, the president said the custom was odd.")
    assert red == possible == set()


def test_a_count_that_names_nothing_stays_possible():
    red, possible = _tiers("Before approaching the five turkeys, the president said the custom was odd.")
    assert frozenset({"two", "five"}) not in red
    assert frozenset({"two", "five"}) in possible


def test_counts_naming_other_things_stay_possible():
    red, possible = _tiers(
        "Before approaching Salt and Pepper, the five turkeys, the president said the custom was odd."
    )
    assert frozenset({"two", "five"}) not in red
