"""Two sentences written alike but for one value state one fact, however short: a red conflict.

Short articles written for these tests, analysed with the real spaCy model and compared as one story.
"He was 77." against "He was 54.": a sentence of three words links weakly when one of them differs,
yet nothing but the value differs, so the two values fill one role of one fact, as in sentences linked
as one statement (``conflicts.observe``, ``ConflictTuning.one_change_words``). Another pronoun, or a
second value that differs too, leaves the pair as it was.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

DIED = "Jo Kent, the former harbour master, died in the prison hospital in Easton on Monday."
ALSO = "Kent, who ran the harbour for two decades, died on Monday at a prison hospital in Easton."


def test_one_sentence_told_with_another_age_is_red():
    red, _possible = red_and_possible(f"{DIED} He was 77.", f"{ALSO} He was 54.")
    assert frozenset({"77", "54"}) in red


def test_another_pronoun_is_not_the_same_sentence():
    red, possible = red_and_possible(f"{DIED} He was 77.", f"{ALSO} She was 54.")
    assert frozenset({"77", "54"}) not in red
    assert frozenset({"77", "54"}) in possible


def test_two_values_changed_are_not_one_change():
    red, _possible = red_and_possible(f"{DIED} Roe added 12 points.", f"{ALSO} Poe added 14 points.")
    assert frozenset({"12", "14"}) not in red
