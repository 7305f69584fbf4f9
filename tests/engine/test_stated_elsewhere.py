"""Two figures each outlet states both of are two facts, not one fact changed.

A false alarm class of the second fresh ECB+ gold (a tuning set since
session 6): a player's points in the game and in one run, paired by the
alignment although each article gives both. Short articles written for the
test, compared with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison

TAIL = "\n\nThe council will meet again next month to review the budget for the harbour district."
GAME = (
    "and the Hawks beat the Owls 65-53 on Friday in the quarterfinals of the league tournament. "
    "The Hawks will play the Ravens in the semifinals on Saturday. "
)
BOTH_A = "Dan Moss scored 23 points " + GAME + "Moss had five points in a pivotal run after halftime."
BOTH_B = "Dan Moss had five points in a pivotal run " + GAME + "Moss led all players with 23 points."


def _differences(comparison: Comparison) -> list[tuple[str, set[str]]]:
    return [(c.kind, {v.text for v in c.values}) for c in comparison.conflicts if c.kind in ("conflict", "possible")]


def test_figures_both_outlets_state_are_no_difference():
    assert _differences(compare_texts(BOTH_A, BOTH_B, tail=TAIL)) == []


def test_a_figure_only_one_outlet_states_is_still_a_conflict():
    changed = BOTH_B.replace("five points", "nine points")
    found = _differences(compare_texts(BOTH_A, changed, tail=TAIL))
    assert any(kind == "conflict" and {"five", "nine"} <= {w.split()[0] for w in values} for kind, values in found)
