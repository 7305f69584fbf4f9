"""A value of one person's act against another person's, whom the first sentence names doing something else.

"Lee ran for 80 yards and Bryce threw for 250" against "Bryce, who threw
for 250 yards, ran for 12 yards": the first sentence names Bryce too, as the
doer of another figure, and gives its 80 yards to Lee, whom the second
sentence never names. The sentences tell two players' figures apart; their
80 and 12 yards are two facts, not one changed. Short articles written for
these tests, compared with the real spaCy model; a figure of one player
changed must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

OPENING = "The Herons beat the Otters 27-20 on Sunday to stay top of the northern division. "
CLOSING = " The Otters have lost four of their last five games."


def _found(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    return differences(compare_texts(OPENING + first + CLOSING, OPENING + second + CLOSING, tail=NEUTRAL_TAIL))


def test_two_players_figures_are_no_difference_when_one_sentence_names_both_doing_different_things():
    found = _found(
        "The Otters Dario Lenk got 18 carries for 84 yards and Sam Bryce threw for 251 yards.",
        "Bryce, who completed 22 passes for 251 yards, ran for 12 yards in the second quarter.",
    )
    assert found == []


def test_one_players_figure_changed_is_still_a_conflict():
    found = _found(
        "Otters quarterback Sam Bryce threw for 251 yards and ran for 12 yards.",
        "Otters quarterback Sam Bryce threw for 251 yards and ran for 19 yards.",
    )
    assert found == [("conflict", ("12 yards", "19 yards"))]
