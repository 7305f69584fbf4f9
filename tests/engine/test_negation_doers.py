"""A verb denied of one doer and affirmed of another is no conflict; denied of the same doer it is.

A false alarm class of the third fresh ECB+ gold (a tuning set since session
6): "the director is not signed for a sequel" against "the lead actors are
signed ..., unlike the director". Short articles written for the
test, compared with the real spaCy model, next to a denial of one doer that
must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL


def _negations(comparison: Comparison) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.kind, tuple(v.text for v in c.values)) for c in comparison.conflicts if c.type == "negation"]


def test_a_doer_the_other_outlet_sets_apart_is_no_conflict():
    comparison = compare_texts(
        "Unlike the three lead actors, the director is not signed for the sequel to the hit film.",
        "The three lead actors are already signed for the sequel to the hit film, unlike the director.",
        tail=TAIL,
    )
    assert _negations(comparison) == []


def test_two_doers_named_apart_are_a_possible_difference_at_most():
    comparison = compare_texts(
        "The union leaders did not sign the new wage deal with the city on Friday evening.",
        "The transit workers signed the new wage deal with the city on Friday evening.",
        tail=TAIL,
    )
    assert [kind for kind, _ in _negations(comparison)] == ["possible"]


def test_one_doer_denied_and_affirmed_still_conflicts():
    comparison = compare_texts(
        "The union leaders did not sign the new wage deal with the city on Friday evening.",
        "The union leaders signed the new wage deal with the city on Friday evening.",
        tail=TAIL,
    )
    assert _negations(comparison) == [("conflict", ("did not sign", "signed"))]
