"""A surname mistyped by one letter, and a sum told against one of its parts, are no red conflict.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. An article that names the harbour engineer "Laura Bernett"
where every other article writes "Laura Bennett" has slipped one letter of a long
surname (``samereferent.one_letter_apart``): one person, not a renamed one. A count
told as a sum ("a combined 157 games with the Hawks and the Owls") is larger than a
count of one of its parts ("54 games with the Hawks") without either being wrong
(``figureparts``); two sums, or two plain counts, that differ still conflict.
"""

from __future__ import annotations

from tests.support.texts import (
    HARBOUR_ENGINEER,
    HARBOUR_INSPECTED,
    NEUTRAL_TAIL,
    compare_harbour,
    compare_texts,
    named,
    tier_values,
)


def test_a_surname_one_letter_apart_is_no_conflict():
    third = "Laura Bernett has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(HARBOUR_ENGINEER, HARBOUR_INSPECTED, third)
    assert {"Laura Bennett", "Laura Bernett"} not in named(comparison, "conflict")


def test_one_fact_naming_one_person_one_letter_apart_is_no_conflict():
    comparison = compare_texts(
        "Laura Bennett, the harbour engineer, warned in March that the wall could fall in a winter storm.",
        "Laura Bernett, the harbour engineer, warned in March that the wall could fall in a winter storm.",
        tail=NEUTRAL_TAIL,
    )
    assert {"Laura Bennett", "Laura Bernett"} not in named(comparison, "conflict")


def test_one_fact_naming_two_surnames_is_a_conflict():
    comparison = compare_texts(
        "Laura Bennett, the harbour engineer, warned in March that the wall could fall in a winter storm.",
        "Laura Burnside, the harbour engineer, warned in March that the wall could fall in a winter storm.",
        tail=NEUTRAL_TAIL,
    )
    assert {"Laura Bennett", "Laura Burnside"} in named(comparison, "conflict")


def test_another_surname_is_still_a_conflict():
    third = "Laura Burnside has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(HARBOUR_ENGINEER, HARBOUR_INSPECTED, third)
    assert {"Laura Bennett", "Laura Burnside"} in named(comparison, "conflict")


def test_a_combined_count_is_not_set_against_a_count_of_one_part():
    comparison = compare_texts(
        "After the trade in July, Tom Reed hit .350 with 13 homers in 54 games with the Hawks.",
        "Playing in a combined 157 games with the Hawks and the Owls, Tom Reed had 33 homers.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"54", "157"}) not in tier_values(comparison, "conflict")


def test_two_combined_counts_that_differ_still_conflict():
    comparison = compare_texts(
        "Playing in a combined 157 games with the Hawks and the Owls, Tom Reed had 33 homers.",
        "Playing in a combined 140 games with the Hawks and the Owls, Tom Reed had 33 homers.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"140", "157"}) in tier_values(comparison, "conflict")


def test_counts_over_a_combined_stretch_are_not_set_against_counts_over_one_part():
    comparison = compare_texts(
        "After the trade in July, Tom Reed hit .350 with 13 homers and 43 RBIs in 54 games with the Hawks.",
        "Playing in a combined 157 games with the Hawks and the Owls, Tom Reed had 33 homers and 121 RBIs.",
        tail=NEUTRAL_TAIL,
    )
    found = tier_values(comparison, "conflict") | tier_values(comparison, "possible")
    assert frozenset({"13", "33"}) not in found
    assert frozenset({"43", "121"}) not in found


def test_counts_over_one_combined_stretch_still_conflict():
    comparison = compare_texts(
        "Playing in a combined 157 games with the Hawks and the Owls, Tom Reed had 33 homers and 121 RBIs.",
        "Playing in a combined 157 games with the Hawks and the Owls, Tom Reed had 38 homers and 121 RBIs.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"33", "38"}) in tier_values(comparison, "conflict")
