"""Counts followed by the list of what they count: "three aims: A, B and C" / "five goals — A; B; and C".

Short texts written for these tests, compared with the real spaCy model. Two counts of two nouns ("aims",
"goals") are two facts, unless each spells out its members after a colon or a dash and the two lists say the same
things: then they count one set of things, and two figures differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "The mayor unveiled her plan for the city at the town hall on Tuesday. "
LISTED = (
    "The mayor said her plan rests on three aims: cleaner streets, cheaper buses for every commuter and safer parks "
    "for children."
)


def _tiers(second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + LISTED, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_two_counts_listing_the_same_things_are_red():
    # Not reported on s26-int 2fbf4a5: "aims" and "pillars" are two nouns, never paired.
    red, _possible = _tiers(
        "The mayor said her plan rests on five pillars — making streets cleaner; cheaper buses for every "
        "commuter; and safer parks for children."
    )
    assert frozenset({"three", "five"}) in red


def test_the_same_count_of_the_listed_things_is_no_difference():
    red, possible = _tiers(
        "The mayor said her plan rests on three pillars — making streets cleaner; cheaper buses for every "
        "commuter; and safer parks for children."
    )
    assert red == possible == set()


def test_counts_listing_other_things_are_not_red():
    red, _possible = _tiers(
        "The mayor said her plan rests on five pillars — lower taxes; a new stadium downtown; and longer "
        "library hours on weekends."
    )
    assert frozenset({"three", "five"}) not in red


def test_a_count_listing_nothing_is_not_red():
    red, _possible = _tiers("Her plan rests on five pillars, the mayor told the crowd at the town hall.")
    assert frozenset({"three", "five"}) not in red
