"""One side's record told two ways: after a verb of a standing, and in brackets after its name.

Short articles written for these tests, analysed with the real spaCy model and compared as
one story. "Portland improved to 18-7" and "Portland (25-7) will play" give one team's record
(``recordholders.records_of_one_side``); two teams' records, or a record against a game's run,
are not one fact.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import NEUTRAL_TAIL, compare_texts, story_readings, tier_values
from tuicompare.engine.recordholders import records_of_one_side
from tuicompare.models import Comparison

_LEAD = "The Portland Pilots beat Salem 70-61 on Friday night in the conference tournament. "


def _compare(first: str, second: str) -> Comparison:
    return compare_texts(_LEAD + first, _LEAD + second, tail=NEUTRAL_TAIL)


def test_a_record_after_a_standing_against_the_same_sides_bracketed_record_is_a_conflict():
    comparison = _compare(
        "Portland improved to 18-7 on the season and will play Saturday in a semifinal.",
        "In Saturday's semifinals, Portland (25-7) will play Eugene.",
    )
    assert frozenset({"18-7", "25-7"}) in tier_values(comparison, "conflict")


def test_the_same_record_told_both_ways_is_no_difference():
    comparison = _compare(
        "Portland improved to 25-7 on the season and will play Saturday in a semifinal.",
        "In Saturday's semifinals, Portland (25-7) will play Eugene.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_two_sides_records_are_no_conflict():
    comparison = _compare("Salem fell to 15-17 after the loss.", "Eugene fell to 12-17 after a loss to Bend.")
    assert tier_values(comparison, "conflict") == set()


def test_a_record_against_a_run_of_the_game_is_nothing():
    comparison = _compare("Salem fell to 15-17 after the loss.", "The Pilots went on a 15-2 run to pull away.")
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_a_record_over_another_scope_is_no_conflict_with_the_standing():
    # Two records of one side, one of them all-time in a tournament: two facts. Possible at most (a shared
    # verb, as before records were tied to their side), never red.
    comparison = _compare(
        "The win improved Portland to 41-20 all-time in tournament play.",
        "Portland improved to 25-7 on the season.",
    )
    assert tier_values(comparison, "conflict") == set()


def _records(first: str, second: str, keys: tuple[str, str]) -> bool:
    readings = story_readings([first, second], date(2024, 3, 9))
    a, b = readings.features["a0:0"], readings.features["a1:0"]
    x = next(s for s in a.spans if s.key == keys[0])
    y = next(s for s in b.spans if s.key == keys[1])
    return records_of_one_side(a, b, x, y, readings.roles, readings.entity_of)


def test_a_bracketed_record_the_parse_hangs_as_an_adverbial_is_its_sides():
    # "the Tar Heels (14-0)," parses the record as an adverbial of "Heels", not an apposition: the bracket says whose.
    assert _records(
        "Jo Roe also chipped in 16 points for the Tar Heels (14-0), though coach Al Poe looked frustrated at times.",
        "Jo Roe missed a dunk later, and the Tar Heels (10-0) took control with a 19-4 run.",
        ("pair 14-0", "pair 10-0"),
    )


def test_a_games_score_is_not_a_sides_record():
    assert not _records(
        "The Tar Heels won 66-51 over Evansville in the opener.",
        "Jo Roe scored 20 points for Evansville (7-2) in the opener.",
        ("pair 66-51", "pair 7-2"),
    )
