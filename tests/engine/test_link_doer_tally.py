"""One person's counts of one thing told through a link are judged by a row's cut (``doercounts``, issue 10).

Short texts written for these tests, read with the real spaCy model. A difference found only through a
link is a possible one unless very sure (``LinkTuning.conflict_min``); two numbers of one unit, each the
count of one act of one named person ("Roe threw for 329 yards", "Roe completed 28 passes for 460
yards"), say by their own words that they are that person's one tally, so they are red as in a row. Two
people's counts, a tally someone has over a scope the verb does not tell ("now has 2,302 points"), and
money (which counts everything) stay possible at most.
"""

from __future__ import annotations

from tests.support.texts import kind_of, through_link


def test_one_players_yards_through_a_link_are_red():
    found = through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Tom Reedley completed 28 of 41 passes for 460 yards and a touchdown.",
    )
    assert kind_of(found, "329", "460") == "conflict"


def test_one_players_points_through_a_link_are_red():
    found = through_link(
        "Guard Ty Marlow also chipped in 16 points for the Hawks, though the coach looked frustrated at times.",
        "Ty Marlow added 21 points for the Hawks, while Dan Greer had 14.",
    )
    assert kind_of(found, "16", "21") == "conflict"


def test_the_same_yards_through_a_link_give_nothing():
    found = through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Tom Reedley completed 28 of 41 passes for 329 yards and a touchdown.",
    )
    assert kind_of(found, "329") == ""


def test_two_players_yards_through_a_link_are_not_red():
    found = through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Al Penrose completed 28 of 41 passes for 460 yards and a touchdown.",
    )
    assert kind_of(found, "329", "460") != "conflict"


def test_a_tally_someone_has_through_a_link_is_not_red():
    # "now has 2,302 points": a career's tally, a scope the verb does not tell, not one act's count.
    found = through_link(
        "Officials stopped the game when Tyler Hanson, who now has 2,302 points, made the record-setting basket.",
        "Tyler Hanson finished with 20 points and now has 2,400 points for his career.",
    )
    assert kind_of(found, "2,302", "2,400") != "conflict"


def test_one_persons_money_through_a_link_is_not_red():
    # Money counts everything: "paid $3 million" and "paid $5 million" may be two payments.
    found = through_link(
        "Gary Rossing was paid $3 million for writing and directing the film.",
        "The studio played hardball with Gary Rossing, who was paid $5 million.",
    )
    assert kind_of(found, "$3 million", "$5 million") != "conflict"
