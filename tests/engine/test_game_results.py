"""A game's final score told by a verb of beating and by the result's noun is one fact (issue 10).

Short texts written for these tests, read with the real spaCy model. "The Hawks beat Dover 88-70" and
"the Hawks' 78-70 victory over Dover" give one game's final (``gameresults``): two finals that differ are
a red conflict, however each is told. A team's record in brackets ("the Hawks (12-3)") or a run within
the game ("a 12-3 run") is no final, and never conflicts with one.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_BEAT = "The Hawks beat Dover {score} on Saturday night as Mara Lind scored 24 points in front of a full arena."
_VICTORY = (
    "Mara Lind scored 24 points on Saturday night in the Hawks' {score} victory over Dover in front of a full arena."
)


def test_a_final_told_by_the_verb_against_one_told_by_the_noun_is_red():
    red, _possible = red_and_possible(_BEAT.format(score="88-70"), _VICTORY.format(score="78-70"))
    assert frozenset({"88-70", "78-70"}) in red


def test_a_final_after_the_side_beaten_and_a_comma_is_red_against_a_defeat():
    red, _possible = red_and_possible(
        "The Hawks defeated Dover, 88-70, on Saturday night as Mara Lind scored 24 points in front of a full arena.",
        "Mara Lind scored 24 points on Saturday night in a 78-70 defeat for Dover against the Hawks in front of a"
        " full arena.",
    )
    assert frozenset({"88-70", "78-70"}) in red


def test_one_final_told_both_ways_is_no_difference():
    red, possible = red_and_possible(_BEAT.format(score="88-70"), _VICTORY.format(score="88-70"))
    assert not red and not possible


def test_a_team_s_record_is_no_other_value_of_the_final():
    red, possible = red_and_possible(
        "The Hawks (12-3) won on Saturday night as Mara Lind scored 24 points against Dover in front of a full arena.",
        _BEAT.format(score="88-70"),
    )
    assert not red and not possible
