"""Two places named at different levels may hold one another: a possible difference, not a conflict.

A false alarm class of the second fresh ECB+ gold (a tuning set since
session 5): "a LeFlore County jury" against "an Oklahoma jury". Short
articles written for the test, compared with the real spaCy model, next to
two places of one level that must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

TAIL = NEUTRAL_TAIL
JURY = "A nine-woman, three-man {} jury deliberated almost seven hours on Thursday before finding Dan Reed guilty."


def test_a_county_and_a_state_are_a_possible_difference():
    comparison = compare_texts(JURY.format("Cook County"), JURY.format("Illinois"), tail=TAIL)
    assert differences(comparison) == [("possible", ("Cook County", "Illinois"))]


def test_two_counties_still_conflict():
    comparison = compare_texts(JURY.format("Cook County"), JURY.format("Lake County"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Cook County", "Lake County"))]


def test_two_cities_still_conflict():
    comparison = compare_texts(JURY.format("Dallas"), JURY.format("Houston"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Dallas", "Houston"))]


WARD = "The injured cyclist was taken to {} on Tuesday night, where doctors said he was in stable condition."


def test_a_short_form_of_a_place_is_a_possible_difference():
    comparison = compare_texts(WARD.format("Mercy Hospital"), WARD.format("Mercy Hospital Medical Center"), tail=TAIL)
    assert differences(comparison) == [("possible", ("Mercy Hospital", "Mercy Hospital Medical Center"))]


def test_two_hospitals_still_conflict():
    comparison = compare_texts(WARD.format("Mercy Hospital"), WARD.format("Presbyterian Hospital"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Mercy Hospital", "Presbyterian Hospital"))]
