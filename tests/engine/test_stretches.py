"""Counts over different stretches are possible differences; one count changed is a conflict.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. A count whose counted noun or verb carries a phrase of
extent with a number ("in 54 games", "during a 15-2 run") runs over that stretch;
against a count over another stretch, or over none, the two may both be true, so
the difference is a possible one (``engine/scopes.py``). Two counts over the same
stretch, or over none, still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=NEUTRAL_TAIL)


def test_points_during_a_run_against_points_in_the_game_are_a_possible_difference():
    comparison = _compare(
        "Tom Reed scored 23 points as the Owls beat the Larks 65-53 on Friday.",
        "Tom Reed had five points during a pivotal 15-2 run as the Owls beat the Larks 65-53 on Friday.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert frozenset({"23", "five"}) in tier_values(comparison, "possible")


def test_points_in_the_game_changed_are_a_conflict():
    comparison = _compare(
        "Tom Reed scored 23 points as the Owls beat the Larks 65-53 on Friday.",
        "Tom Reed scored 25 points as the Owls beat the Larks 65-53 on Friday.",
    )
    assert frozenset({"23", "25"}) in tier_values(comparison, "conflict")


def test_a_career_figure_against_a_figure_over_some_games_is_a_possible_difference():
    comparison = _compare(
        "Reed has averaged 100 RBIs in his six seasons with the club.",
        "Reed hit .358 with 43 RBIs in 54 games with the club.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert frozenset({"100", "43"}) in tier_values(comparison, "possible")


def test_two_figures_over_the_same_games_are_a_conflict():
    comparison = _compare(
        "Reed hit .358 with 43 RBIs in 54 games with the club.",
        "Reed hit .358 with 47 RBIs in 54 games with the club.",
    )
    assert frozenset({"43", "47"}) in tier_values(comparison, "conflict")


def test_points_in_a_game_named_by_its_score_against_points_that_night_are_a_conflict():
    comparison = _compare(
        "Tom Reed scored 20 points on Friday to help the Owls beat the Larks 91-73.",
        "Tom Reed posted 12 points in the Owls' 91-73 victory over the Larks on Friday.",
    )
    assert frozenset({"20", "12"}) in tier_values(comparison, "conflict")


def test_points_in_a_game_of_another_score_are_no_conflict():
    comparison = _compare(
        "Tom Reed scored 20 points on Friday to help the Owls beat the Larks 91-73.",
        "Tom Reed posted 12 points in the Owls' 80-62 victory over the Larks on Friday.",
    )
    assert frozenset({"20", "12"}) not in tier_values(comparison, "conflict")


def test_a_count_over_a_place_not_a_stretch_changed_is_a_conflict():
    comparison = _compare(
        "The firm said the patch holds more than 300 distinct updates for IE in around 50 languages.",
        "The firm said the patch holds more than 390 distinct updates for IE in many languages.",
    )
    assert frozenset({"more than 300", "more than 390"}) in tier_values(comparison, "conflict")
