"""Two stat lines that agree but for one figure: that figure differs red (``statlines``, issue 10).

Short texts written for these tests, compared with the real spaCy model. A player's figure held by a pronoun
("He set career highs of ...") or counted over a stretch the other sentence does not name ("Through 12 games,
...") is a possible difference at most (``figurepeople.unsure_holders``, ``scopes.other_stretches``); when the
two sentences give two other figures alike, they give one line of one holder's tally, and the figure they do
not agree on differs.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "Wide receiver Dale Mercer was arrested early Sunday on a drunken driving charge, police said. "


def _tiers(first: str, second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_a_pronouns_line_agreeing_on_two_figures_is_red():
    # Possible on 7ebab1b: "He" may be anyone (``unsure_holders``).
    red, _possible = _tiers(
        "Mercer is having the best of his four seasons with 59 catches for 1,098 yards and seven touchdowns.",
        "He set career highs this season with 77 catches, 1,098 yards and seven touchdowns.",
    )
    assert frozenset({"59", "77"}) in red


def test_a_line_over_a_stretch_agreeing_on_two_figures_is_red():
    # Possible on 7ebab1b: "Through 12 games" is a stretch the other sentence does not name (``other_stretches``).
    red, _possible = _tiers(
        "Mercer finished his third season with just 404 yards and two touchdowns on 106 carries.",
        "Through 12 games this season, Mercer had 570 yards and two touchdowns on 106 carries.",
    )
    assert frozenset({"just 404 yards", "570 yards"}) in red


def test_the_same_line_gives_nothing():
    red, possible = _tiers(
        "Mercer is having the best of his four seasons with 59 catches for 1,098 yards and seven touchdowns.",
        "He set career highs this season with 59 catches, 1,098 yards and seven touchdowns.",
    )
    assert red == possible == set()


def test_a_line_agreeing_on_one_figure_only_is_not_red():
    red, _possible = _tiers(
        "Mercer is having the best of his four seasons with 59 catches for 1,098 yards and seven touchdowns.",
        "He set career highs this season with 77 catches, 1,200 yards and seven touchdowns.",
    )
    assert frozenset({"59", "77"}) not in red
