"""Two stat lines that agree on no figure are two holders' tallies: no difference (``statlines.lines_apart``).

Short texts written for these tests, compared with the real spaCy model (issue 10: false possible differences on
real coverage, sports tallies of two players or two stretches). A line that agrees on another figure is one
holder's line told two ways, and the figure it does not agree on still differs.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "Wide receiver Dale Mercer was arrested early Sunday on a drunken driving charge, police said. "
HAWKS = "The Hawks beat the Rangers 81-70 on Saturday night to stay unbeaten at home. "
MERCER = "Mercer has 48 catches for 612 yards and four touchdowns this season."


def _tiers(first: str, second: str, lead: str = LEAD) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(lead + first, lead + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_two_players_lines_agreeing_on_nothing_give_no_difference():
    # On main 6156e3a: possible differences "612 yards | 3,210 yards" and "four | 22".
    red, possible = _tiers(
        MERCER, "His quarterback has thrown for 3,210 yards and 22 touchdowns in 14 games this season."
    )
    assert red == possible == set()


def test_one_line_agreeing_on_its_other_figures_still_differs():
    red, possible = _tiers(MERCER, "Mercer has 48 catches for 650 yards and four touchdowns this season.")
    assert frozenset({"612 yards", "650 yards"}) in red | possible


def test_a_line_agreeing_on_one_figure_still_differs_on_the_others():
    red, possible = _tiers(MERCER, "He has 52 catches for 612 yards and six touchdowns this season.")
    assert frozenset({"48", "52"}) in red | possible
    assert frozenset({"four", "six"}) in red | possible


def test_two_lines_naming_the_same_players_still_differ():
    # Both sentences name both players: each may hold a figure of the other's line, so two figures differing at once
    # are still two differences (without the names read, both were dropped).
    red, possible = _tiers(
        "Paul Carter scored 14 points and Sam Vance added 13 points and six rebounds for the Hawks.",
        "Sam Vance led the Hawks with 15 points, while Paul Carter had 12 points and four assists.",
        HAWKS,
    )
    assert frozenset({"14", "12"}) in red
    assert frozenset({"13", "15"}) in red | possible
