"""A weak link compares two counts of one thing by one named doer, and not two doers' counts.

A class of missed planted changes (issue 10, "weak link, values not tied to one entity"): "Garner
threw for 329 yards" against "Garner completed 28 of 41 passes for 460 yards" state one figure
through two verbs in sentences that share little else, so their link is weaker than
``LinkTuning.conflict_link_min`` and compared only for values both sentences tie to one entity.
Two numbers counting one thing (yards) whose verbs each have a name of one person as an argument
are that person's one figure (``doercounts``); two people's yards are two facts. Short sentences
written for the test, parsed with the real spaCy model; the link and its rows are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import weak_link_differences
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2023, 10, 2)
ONE_DOER = (
    "David Garner threw for a career-high 329 yards, but late in the fourth quarter he made costly mistakes.",
    "Garner completed 28 of 41 passes for 460 yards and a touchdown on a cold night.",
)
TWO_DOERS = (
    "David Garner threw for a career-high 329 yards, but late in the fourth quarter he made costly mistakes.",
    "Tom Wilson rushed for 460 yards and a touchdown on a cold night.",
)
MEAN = (
    "In his five games before the final, David Garner averaged a team-high 22.8 points for the club.",
    "Garner finished the final with 20 points and nine rebounds as the club won the title.",
)
TALLY = (
    "David Garner scored 23 points as the club beat the visitors in the final on Sunday.",
    "David Garner had five points during a decisive 15-2 run late in the final.",
)
MONEY = (
    "Halvorsen paid $5 million for the old mill, a deal the council had long resisted.",
    "Halvorsen spent $8 million on lawyers during the dispute over the harbour.",
)


WEAK = TUNING.links.conflict_link_min - 0.08


def test_a_weak_link_compares_one_players_yards():
    assert TUNING.links.anchored_link_min <= WEAK
    assert frozenset({"329 yards", "460 yards"}) in weak_link_differences(ONE_DOER, PUBLISHED, WEAK)


def test_a_weak_link_leaves_two_players_yards_uncompared():
    assert weak_link_differences(TWO_DOERS, PUBLISHED, WEAK) == set()


def test_a_weak_link_leaves_one_payers_two_sums_uncompared():
    # Money counts everything: "$5 million for the mill" and "$8 million on lawyers" are two payments.
    assert weak_link_differences(MONEY, PUBLISHED, WEAK) == set()


def test_a_weak_link_leaves_a_mean_and_one_games_count_uncompared():
    # "averaged 22.8 points" is a rate over five games, not the count of the one game's "20 points".
    assert weak_link_differences(MEAN, PUBLISHED, WEAK) == set()


def test_a_weak_link_leaves_a_tally_and_one_games_count_uncompared():
    # "had five points during a 15-2 run": what he has over a scope the verb does not tell, not one act's count.
    assert weak_link_differences(TALLY, PUBLISHED, WEAK) == set()
