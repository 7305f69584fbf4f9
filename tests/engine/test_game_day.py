"""A game's day told by its result noun and by a verb of scoring in it is one act's day (issue 10).

Short texts written for these tests, read with the real spaCy model. A date set on a game's result noun
("during the 88-70 victory over Dover on Saturday night") dates that noun (``frames.dated_noun``); the
noun names the game, so against "scored 24 points Thursday night" the two days are one act's
(``verbclasses.one_act``): a red conflict, where a noun's date against another verb's is at most a
possible one. An act outside the game ("signed with the Hawks") is not the game's day.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_VICTORY = (
    "But it seemed right that when the moment came to pass the old school scoring mark during the top-ranked"
    " Hawks' 88-70 basketball victory over Dover on {day} night, the senior went back to a plain post move."
)
_SCORED = "Mara Lind scored 24 points {day} night, passing the school scoring mark, and the Hawks beat Dover, 88-70."


def test_the_victory_s_day_against_the_day_she_scored_is_red():
    red, _possible = red_and_possible(_VICTORY.format(day="Saturday"), _SCORED.format(day="Tuesday"))
    assert frozenset({"Saturday night", "Tuesday"}) in red


def test_one_day_told_both_ways_is_no_difference():
    red, possible = red_and_possible(_VICTORY.format(day="Thursday"), _SCORED.format(day="Thursday"))
    assert not red and not possible


def test_the_day_of_an_act_outside_the_game_is_not_the_victory_s_day():
    # Signing with the team is another act than the game, on another day.
    red, possible = red_and_possible(
        _VICTORY.format(day="Saturday"),
        "Mara Lind signed with the top-ranked Hawks Thursday night after passing the school scoring mark.",
    )
    assert not red and not possible
