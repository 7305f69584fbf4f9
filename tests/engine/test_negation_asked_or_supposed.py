"""A verb inside an "if" or "whether" clause is asked or supposed, never denied or affirmed.

Short articles written for these tests, analysed with the real spaCy model and compared as one story.
One outlet writes that agencies check "to determine if their work will harm" a species, another that
they may skip a review "if the agencies determined that the species would not be harmed": neither
states a harm or its absence, so the two are no negation difference (``asserted.unasserted``). A
harm stated on one side and denied on the other still is.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences


def test_a_verb_in_an_if_clause_is_no_negation_difference():
    comparison = compare_texts(
        "Under the new rule, agencies can check with their own staff to determine if their work will harm any"
        " listed species.",
        "The rule lets agencies skip the review if the agencies determined that the species would not be harmed.",
        tail=NEUTRAL_TAIL,
    )
    assert not [d for d in differences(comparison) if "harm" in d[1]]


def test_a_harm_stated_and_denied_is_still_a_negation_difference():
    comparison = compare_texts(
        "The company said the new dam will harm the river fish, officials said.",
        "The company said the new dam will not harm the river fish, officials said.",
        tail=NEUTRAL_TAIL,
    )
    assert ("conflict", ("harm", "will not harm")) in differences(comparison)
