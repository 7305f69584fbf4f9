"""A name's owner given differently in loosely aligned sentences: "Maine Sen. Ann Roe", "Sen. Ann Roe of Ohio".

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Two places that qualify one person in one relation fill
one slot however little else the two sentences share (``anchor_evidence``); a
place that says where something happened, or whose is another person's, does not.
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison

OPENING_A = "The harbour board voted on Tuesday to close the old pier for repairs after a winter of storms. "
CLOSING_A = " Work on the pier is expected to take two years and cost the city about four million dollars."
OPENING_B = (
    "The old pier will close for repairs, the harbour board decided on Tuesday after the storms."
    " Repairs should take two years and cost about four million dollars, the board said. "
)
MAINE = "Maine Senator Ada Quince opposed the closure and called the pier a lifeline for fishermen."


def _compare(sentence_a: str, sentence_b: str) -> Comparison:
    return compare_texts(OPENING_A + sentence_a + CLOSING_A, OPENING_B + sentence_b)


def _places(comparison: Comparison, kind: str) -> list[set[str]]:
    return [{v.text for v in c.values} for c in comparison.conflicts if c.kind == kind and c.type == "place"]


def test_a_senators_state_given_differently_in_loosely_aligned_sentences_is_a_conflict():
    comparison = _compare(
        MAINE, "Among the critics was Senator Ada Quince of Vermont, who broke with the mayor over the closure."
    )
    assert _places(comparison, "conflict") == [{"Maine", "Vermont"}]


def test_a_place_where_the_senator_acted_is_at_most_a_possible_difference():
    comparison = _compare(
        MAINE, "Senator Ada Quince opposed the closure in Vermont and called the pier a lifeline for its fishermen."
    )
    assert _places(comparison, "conflict") == []


def test_another_senators_state_is_no_difference():
    comparison = _compare(
        MAINE,
        "Among the critics was Vermont Senator Rhea Dunmore, who opposed the closure and called the pier a lifeline.",
    )
    assert _places(comparison, "conflict") == [] and _places(comparison, "possible") == []
