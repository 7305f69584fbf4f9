"""One person's counts of one thing told through a link are judged by a row's cut (``doercounts``, issue 10).

Short texts written for these tests, read with the real spaCy model. A difference found only through a
link is a possible one unless very sure (``LinkTuning.conflict_min``); two numbers of one unit, each the
count of one act of one named person ("Roe threw for 329 yards", "Roe completed 28 passes for 460
yards"), say by their own words that they are that person's one tally, so they are red as in a row. Two
people's counts, a tally someone has over a scope the verb does not tell ("now has 2,302 points"), and
money (which counts everything) stay possible at most.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import story_readings
from tuicompare.engine.align import Link
from tuicompare.engine.linkconflicts import link_conflicts
from tuicompare.engine.links import link_observations

_PUBLISHED = date(2024, 5, 10)


def _through_link(first: str, second: str, score: float = 0.4) -> dict[frozenset[str], str]:
    """The differences one link of similarity ``score`` between two one-sentence articles reports, by values."""
    r = story_readings((first, second), _PUBLISHED)
    rows, row_of = [["a0:0"], ["a1:0"]], {"a0:0": 0, "a1:0": 1}
    found = link_observations([Link("a0:0", "a1:0", score)], r.features, rows, row_of, r.entity_of, r.labels, r.roles)
    reported = link_conflicts(found, {"a0": 0, "a1": 1}, [], None, r.roles)
    return {frozenset(v.text for v in c.values): c.kind for _row, c in reported}


def _kind_of(found: dict[frozenset[str], str], *figures: str) -> str:
    """The tier of the reported difference whose values hold all of ``figures`` ("" if none)."""
    for values, kind in found.items():
        if all(any(figure in v for v in values) for figure in figures):
            return kind
    return ""


def test_one_players_yards_through_a_link_are_red():
    found = _through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Tom Reedley completed 28 of 41 passes for 460 yards and a touchdown.",
    )
    assert _kind_of(found, "329", "460") == "conflict"


def test_one_players_points_through_a_link_are_red():
    found = _through_link(
        "Guard Ty Marlow also chipped in 16 points for the Hawks, though the coach looked frustrated at times.",
        "Ty Marlow added 21 points for the Hawks, while Dan Greer had 14.",
    )
    assert _kind_of(found, "16", "21") == "conflict"


def test_the_same_yards_through_a_link_give_nothing():
    found = _through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Tom Reedley completed 28 of 41 passes for 329 yards and a touchdown.",
    )
    assert _kind_of(found, "329") == ""


def test_two_players_yards_through_a_link_are_not_red():
    found = _through_link(
        "Tom Reedley threw for a career-high 329 yards, but late in the game he made costly mistakes.",
        "Al Penrose completed 28 of 41 passes for 460 yards and a touchdown.",
    )
    assert _kind_of(found, "329", "460") != "conflict"


def test_a_tally_someone_has_through_a_link_is_not_red():
    # "now has 2,302 points": a career's tally, a scope the verb does not tell, not one act's count.
    found = _through_link(
        "Officials stopped the game when Tyler Hanson, who now has 2,302 points, made the record-setting basket.",
        "Tyler Hanson finished with 20 points and now has 2,400 points for his career.",
    )
    assert _kind_of(found, "2,302", "2,400") != "conflict"


def test_one_persons_money_through_a_link_is_not_red():
    # Money counts everything: "paid $3 million" and "paid $5 million" may be two payments.
    found = _through_link(
        "Gary Rossing was paid $3 million for writing and directing the film.",
        "The studio played hardball with Gary Rossing, who was paid $5 million.",
    )
    assert _kind_of(found, "$3 million", "$5 million") != "conflict"
