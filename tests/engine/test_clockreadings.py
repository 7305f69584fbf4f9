"""Readings of a running clock ("with 17 seconds left") are moments, not lengths (``engine.clockreadings``).

Short game reports written for these tests, analysed with the real spaCy model and compared as one
story. A false red of the fifth ECB+ gold: the clock read before a delay against the clock read after
it, in two sentences telling two moments of one drive.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_GAME = "The Hawks beat the Owls 24-21 on Sunday in Marlow."


def test_two_moments_of_a_drive_are_not_set_against_each_other():
    red, possible = red_and_possible(
        f"{_GAME} Late in the game, Dane Corso drove the Hawks to the 5-yard line with 31 seconds remaining,"
        " but a sack cost them ten seconds.",
        f"{_GAME} After a sack, the Hawks had a first down at the 5 with 19 seconds left, and Dane Corso threw"
        " two incomplete passes.",
    )
    assert not any("31 seconds" in values for values in red | possible)


def test_two_readings_of_one_play_still_conflict():
    # One act told alike: the clock when the winning touchdown was thrown is one fact.
    red, possible = red_and_possible(
        f"{_GAME} Dane Corso threw the winning touchdown with 31 seconds remaining.",
        f"{_GAME} Dane Corso threw the winning touchdown with 19 seconds left.",
    )
    assert frozenset({"31 seconds", "19 seconds"}) in red


def test_minutes_to_go_are_readings_too():
    red, possible = red_and_possible(
        f"{_GAME} Late in the game, Dane Corso drove the Hawks to the 5-yard line with four minutes to go, but a"
        " penalty pushed them back.",
        f"{_GAME} After a penalty, the Hawks had a first down at the 15 with just two minutes to go, and Dane Corso"
        " threw two incomplete passes.",
    )
    assert not any("four minutes" in values for values in red | possible)


def test_a_length_left_on_a_contract_still_conflicts():
    # What is left of something held, told as a fact of its own (no "with"): two lengths of one contract.
    red, possible = red_and_possible(
        f"{_GAME} Coach Ray Pell, who has two years left on his contract, praised the defence after the game.",
        f"{_GAME} Pell has three years left on his deal, and he said the defence won the game.",
    )
    assert frozenset({"two years", "three years"}) in red


def test_years_left_after_with_are_no_clock():
    # "with two years left on his contract": what was left of a contract when he was fired, one fact in both.
    red, possible = red_and_possible(
        "The Hawks fired coach Ray Pell on Monday in Marlow. Pell was let go with two years left on his contract,"
        " after a season of nine losses.",
        "The Hawks fired coach Ray Pell on Monday in Marlow. The team owner said the decision was hard, and that"
        " Pell left with three years remaining on his deal.",
    )
    assert frozenset({"two years", "three years"}) in red | possible
