"""Sentences about different participants state different facts: their values differ only possibly.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. When each sentence names someone besides the two values
and the two share no one and no value, a differing figure or name is listed as
a possible difference (``ConflictTuning.participants_factor``, ``engine/participants.py``);
the same figure or name changed in sentences about the same participants stays a conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=NEUTRAL_TAIL)


def test_two_players_contract_lengths_are_a_possible_difference():
    comparison = _compare(
        "Dan Moss is believed to be seeking a five-year contract in the $60 million range this winter.",
        "The agent of Tom Reed, Lee Park, entered the winter hoping his client could attract a ten-year contract.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert frozenset({"five-year", "ten-year"}) in tier_values(comparison, "possible")


def test_one_players_contract_length_told_two_ways_is_a_conflict():
    comparison = _compare(
        "Dan Moss is believed to be seeking a five-year contract in the $60 million range this winter.",
        "The agent of Dan Moss, Lee Park, entered the winter hoping his client could attract a ten-year contract.",
    )
    assert frozenset({"five-year", "ten-year"}) in tier_values(comparison, "conflict")


def test_a_player_and_another_players_agent_are_a_possible_difference():
    comparison = _compare(
        "Dan Moss hopes to sign a five-year contract with the Owls this winter.",
        "Lee Park hopes his client Tom Reed will sign a ten-year contract this winter.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert frozenset({"Dan Moss", "Lee Park"}) in tier_values(comparison, "possible")


def test_another_player_in_one_teams_sentence_stays_a_conflict():
    comparison = _compare(
        "Dan Moss hopes to sign a five-year contract with the Owls this winter.",
        "Tom Reed hopes to sign a five-year contract with the Owls this winter.",
    )
    assert frozenset({"Dan Moss", "Tom Reed"}) in tier_values(comparison, "conflict")


def test_a_figure_changed_in_one_statement_given_to_another_spokesman_stays_a_conflict():
    # Each side names only its own speaker, but the sentences are one statement told twice.
    comparison = _compare(
        "Spokesman Ann Roe said that 7,619 motorists had been stranded on the coast road overnight.",
        "Spokesman Jo Poe said that 7,622 motorists had been stranded on the coast road overnight.",
    )
    assert frozenset({"7,619", "7,622"}) in tier_values(comparison, "conflict")
