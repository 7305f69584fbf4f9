"""Two dates of one act told in different words: each hangs from a verb that holds one shared entity.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. "delivered his speech at the Arden Institute on Sunday"
and "on Wednesday, in a speech before the Arden Institute, will outline": the
words around the two dates differ, but each date hangs from the verb the
institute hangs from, so they date one act (``slothosts.hosted_alike``). Two verbs
of speech are two statements, whatever they share.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, difference_sets

OPENING_A = "The Lindqvist trade plan drew a crowd of farmers to the capital this week. "
OPENING_B = "Farmers crowded into the capital this week to hear about the Lindqvist trade plan. "
CLOSING_A = " Farm groups welcomed the plan but asked for more detail on the subsidies."
CLOSING_B = " Farm groups welcomed the plan and asked for more detail on subsidies."


def _dates(sentence_a: str, sentence_b: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(OPENING_A + sentence_a + CLOSING_A, OPENING_B + sentence_b + CLOSING_B))


def test_two_days_of_one_speech_at_one_institute_differ():
    found = _dates(
        "The senator, who delivered his speech at the Arden Institute in Boston on Sunday, said the plan would"
        " cut tariffs on grain.",
        "And on Wednesday, in a speech before the Arden Institute in Boston, the senator, a candidate since March,"
        " will outline his plan to cut tariffs on grain.",
    )
    assert ("conflict", {"Sunday", "Wednesday"}) in found


def test_two_days_of_two_statements_to_one_institute_are_not_compared():
    found = _dates(
        "The senator told the Arden Institute in Boston on Sunday that the plan would cut tariffs on grain.",
        "And on Wednesday the senator, a candidate since March, said to the Arden Institute in Boston that his"
        " plan would cut tariffs on grain.",
    )
    assert not any({"Sunday", "Wednesday"} <= values for _kind, values in found)
