"""A count an outlet also gives as a count of another thing is a change, not a move.

A class of missed planted changes (issue 10, "moved (stated elsewhere in the row)"): one outlet
writes a player's "8 points, 11 rebounds" where the other writes "11 points, 11 rebounds". The
first outlet states 11 in its sentence too, as rebounds, and that used to excuse the points as a
value that moved. A count is stated elsewhere only as a count of the same thing, or of nothing
said ("had 11" against "scored 11 points": which is which the unit cannot tell). Short sentences
written for the test, parsed with the real spaCy model; the row and its link are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, row_observations
from tuicompare.engine.align import AlignedGroup, Link

PUBLISHED = date(2022, 2, 14)
OTHER = "Marta Lindqvist finished the final with 11 points, 11 rebounds and six blocks for the club."


def _differences(first: str, second: str = OTHER) -> set[frozenset[str]]:
    """The number differences of one row holding the two sentences, linked."""
    group = AlignedGroup(("a0:0", "a1:0"), 0.8, (Link("a0:0", "a1:0", 0.8),))
    found = row_observations((first, second), PUBLISHED, group)
    return {
        frozenset((o.spans[0][1], o.spans[1][1]))
        for o in found
        if o.spans[0][0].kind == "number" and o.kind in ("conflict", "possible")
    }


def test_points_changed_while_rebounds_keep_the_old_figure_differ():
    found = _differences("Marta Lindqvist finished the final with 8 points, 11 rebounds and six blocks for the club.")
    assert any({"8", "11"} <= {v.split()[0] for v in pair} for pair in found)


def test_the_same_counts_are_no_difference():
    assert _differences(OTHER) == set()


def test_a_count_of_one_thing_restated_in_the_row_still_moved():
    # The first outlet says 11 points too, in the same sentence: the figure moved, it did not change.
    moved = "Marta Lindqvist scored 11 points in the final and finished with 8 points in the second half."
    assert not any({"8", "11"} <= {v.split()[0] for v in pair} for pair in _differences(moved))


def test_a_count_outside_the_list_keeps_the_row_excuse():
    # "two touchdowns" is listed with the yards, not with the games: the first outlet's "two" may be the
    # other's two games told as touchdowns, so the games are not compared.
    found = _differences(
        "Oskar Brandt has 189 yards and two touchdowns in his last two games.",
        "Through 14 games, Oskar Brandt had 404 yards and two touchdowns.",
    )
    assert not any({"two", "14"} <= {v.split()[0] for v in pair} for pair in found)


def test_a_stat_line_with_one_changed_count_is_reported():
    # The whole comparison, as a user sees it: the points differ, whatever the rebounds say.
    first = "Marta Lindqvist finished the final with 8 points, 11 rebounds and six blocks for the club."
    red, possible = red_and_possible(first, OTHER)
    assert any({"8", "11"} <= {v.split()[0] for v in values} for values in red | possible)
