"""A bare figure the recogniser tags as a name: "the 288 candidates" read as a place.

Short texts written for these tests, analysed with the real spaCy model. A figure written in
digits alone names nothing: it is read as the number it is, and counts what it counts.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.analysis import nlp
from tuicompare.engine.slot import Span
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article, Comparison


def _spans(text: str) -> list[Span]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [span for sentence in sentences for _first, _last, span in collect_spans(sentence)]


def _slot(text: str, words: str) -> Span:
    return next(span for span in _spans(text) if span.text.endswith(words))


def test_a_count_in_digits_tagged_a_place_is_a_number():
    text = "Almost all of the 288 candidates running for 125 seats in the parliament came from the party."
    slot = _slot(text, "288")
    assert (slot.kind, slot.key) == ("number", "288")


def _compare(first: str, second: str) -> Comparison:
    lead = "Voters went to the polls in the capital on Sunday. "
    return compare_texts(lead + first, lead + second, tail=NEUTRAL_TAIL)


def test_two_counts_of_candidates_one_tagged_a_place_are_a_difference():
    comparison = _compare(
        "Almost all of the 288 candidates running for 125 seats came from the ruling party.",
        "Almost all of the 460 candidates running for 125 seats came from the ruling party.",
    )
    found = tier_values(comparison, "conflict") | tier_values(comparison, "possible")
    assert frozenset({"288", "460"}) in found
