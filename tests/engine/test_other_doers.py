"""Values of two doers' acts are two facts: "the Ravens, which beat the Finches on Thursday" against "the Owls, which
defeated the Larks on Friday".

A false alarm class of the second fresh ECB+ gold (a tuning set since
session 5): the results of two teams, each told in a relative clause, paired
by the alignment. Short articles written for the test, compared with the
real spaCy model, next to the changed date of one team's game that must
still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

TAIL = NEUTRAL_TAIL
QUARTER = "The Hawks beat the Ravens 65-53 on Friday in the quarterfinals of the league tournament. "
RAVENS = "The Ravens, which had defeated the Finches in the play-in round on {}, fell to 15-17. "
SEMI = "In the semifinals on Saturday, the Hawks will play the Owls{}."
OWLS = ", which defeated the Larks on Friday"


def test_two_teams_results_are_no_difference_when_both_outlets_name_both_teams():
    first = QUARTER + RAVENS.format("Thursday") + SEMI.format("")
    second = QUARTER + SEMI.format(OWLS) + " The Ravens ended their season at 15-17."
    assert differences(compare_texts(first, second, tail=TAIL)) == []


def test_two_teams_results_are_a_possible_difference_when_one_outlet_never_names_the_other_team():
    first = QUARTER + RAVENS.format("Thursday") + SEMI.format("")
    second = "The Hawks won 65-53 on Friday in the quarterfinals of the league tournament. " + SEMI.format(OWLS)
    found = differences(compare_texts(first, second, tail=TAIL))
    assert found and {kind for kind, _values in found} == {"possible"}


def test_one_teams_game_on_another_day_is_still_a_conflict():
    first = QUARTER + RAVENS.format("Thursday") + SEMI.format("")
    second = QUARTER + RAVENS.format("Wednesday") + SEMI.format("")
    assert differences(compare_texts(first, second, tail=TAIL)) == [("conflict", ("Thursday", "Wednesday"))]
