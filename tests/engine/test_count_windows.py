"""A count over a window of time against a count with none is a possible difference, not a conflict.

A false alarm class of the third fresh ECB+ gold (a tuning set since session
6): "he has four prior arrests" against "he had been arrested three times
since October". Short articles written for the test, compared with the real
spaCy model, next to two counts over one window that must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL


def _counts(comparison: Comparison) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (c.kind, tuple(v.text for v in c.values))
        for c in comparison.conflicts
        if c.type == "number" and c.kind in ("conflict", "possible")
    ]


def test_a_count_since_a_date_against_a_count_without_one_is_possible():
    comparison = compare_texts(
        "Court records show that Dale Moreno had been arrested four times for burglary and car theft.",
        "Court records show that Dale Moreno had been arrested three times since March for burglary and car theft.",
        tail=TAIL,
    )
    assert _counts(comparison) == [("possible", ("four", "three"))]


def test_two_counts_since_one_date_still_conflict():
    comparison = compare_texts(
        "Court records show that Dale Moreno had been arrested four times since March for burglary and car theft.",
        "Court records show that Dale Moreno had been arrested three times since March for burglary and car theft.",
        tail=TAIL,
    )
    assert _counts(comparison) == [("conflict", ("four", "three"))]
