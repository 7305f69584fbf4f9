"""A record or score told with the smaller figure first is still two figures, not a range.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. A team whose losses outnumber its wins "fell to 5-10";
a side that lost by the margin of "a 55-73 defeat": two figures joined by a dash
after a verb of a standing, in brackets after a name or before a result's noun
are a record or a score (``figures.told_as_record``), compared figure by figure,
while "5-10 people" stays a range. The whole a figure is picked from ("28 of 41
passes") is never set against a count of the first few ("his first 27 passes",
``figureparts``).
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=NEUTRAL_TAIL)


def test_a_losing_record_changed_is_a_conflict():
    comparison = _compare(
        "The Hawks lost at home to the Owls on Sunday and fell to 5-10 for the season.",
        "The Hawks lost at home to the Owls on Sunday and fell to 8-10 for the season.",
    )
    assert frozenset({"5-10", "8-10"}) in tier_values(comparison, "conflict")


def test_the_same_losing_record_is_no_difference():
    comparison = _compare(
        "The Hawks lost at home to the Owls on Sunday and fell to 5-10 for the season.",
        "The Hawks were beaten at home by the Owls on Sunday and fell to 5-10 this season.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_a_record_in_brackets_after_a_team_changed_is_a_conflict():
    comparison = _compare(
        "Tom Reed scored 14 points for the Hawks (15-17), who lost to the Owls on Sunday.",
        "Tom Reed scored 14 points for the Hawks (11-17), who lost to the Owls on Sunday.",
    )
    assert frozenset({"15-17", "11-17"}) in tier_values(comparison, "conflict")


def test_a_record_after_a_season_changed_is_a_conflict():
    comparison = _compare(
        "The Hawks lost to the Owls on Sunday, ending their season 15-17.",
        "The Hawks lost to the Owls on Sunday, ending their season 11-17.",
    )
    assert frozenset({"15-17", "11-17"}) in tier_values(comparison, "conflict")


def test_a_range_of_people_is_no_record():
    comparison = _compare(
        "Police said 5-10 people were hurt when the stand collapsed on Sunday.",
        "Police said several people were hurt when the stand collapsed on Sunday.",
    )
    assert tier_values(comparison, "conflict") == set()


def test_a_count_picked_first_is_not_set_against_the_whole_of_another_count():
    comparison = _compare(
        "Tom Reed completed his first 27 passes on Sunday.",
        "Tom Reed completed 28 of 41 passes on Sunday.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_a_count_picked_first_changed_is_still_a_conflict():
    comparison = _compare(
        "Tom Reed completed his first 17 passes on Sunday.",
        "Tom Reed completed his first 27 passes on Sunday.",
    )
    assert frozenset({"17", "27"}) in tier_values(comparison, "conflict")
