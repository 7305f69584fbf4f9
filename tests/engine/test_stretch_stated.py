"""Two counts over one stretch the other sentence states, though its parse does not hang it on the count.

Short articles written for these tests, analysed with the real spaCy model. ``scopes.other_stretches``
keeps a difference possible when only one side says what its count runs over; when the other sentence
states that stretch too, as one phrase ("in 54 games") or as a tagged time ("the 1967 slayings"), the
two counts run over the same stretch and the difference is a conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values


def test_a_count_over_a_stretch_the_other_sentence_also_names_is_a_conflict():
    lead = "Police in Albany made an arrest on Friday. "
    comparison = compare_texts(
        lead + "Ann Roe is now accused of murdering five women at an ice cream store in 1967.",
        lead + "Police arrested Ann Roe on murder charges in the 1967 slayings of two women at an ice cream shop.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"five", "two"}) in tier_values(comparison, "conflict")


def test_a_count_over_a_stretch_the_other_parse_misses_is_a_conflict():
    lead = "The club made an offer to Roe on Monday. "
    comparison = compare_texts(
        lead + "Roe was traded to the Hawks in July and hit 9 home runs and 43 RBIs in 54 games.",
        lead + "In 54 games with the Hawks he hit.358 with 13 home runs and 43 RBIs.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"9", "13"}) in tier_values(comparison, "conflict")


def test_a_stretch_whose_words_are_scattered_in_the_other_sentence_is_no_conflict():
    lead = "The club made an offer to Roe on Monday. "
    comparison = compare_texts(
        lead + "Roe was traded to the Hawks in July and hit 9 home runs and 43 RBIs in 54 games.",
        lead + "Roe hit 13 home runs and 43 RBIs with the Hawks, who won 54 of their games.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"9", "13"}) not in tier_values(comparison, "conflict")
