"""A number that names a kind of thing is no count: a "three-point play", "a 6.9 aftershock".

False alarm classes of the second fresh ECB+ gold (a tuning set since
session 5): a player's 14 points against another outlet's "three-point play",
and (in its planted copies) "a 6.9 aftershock" against "two aftershocks".
Short articles written for the test, compared with the real spaCy model,
next to the changes of such a number that must stay conflicts.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

TAIL = NEUTRAL_TAIL
BENCH = "Backup center Will Ames came off the bench in the first half and {} for the Hawks."
STREET = '"Who are you?" the {} demanded of the student on the street in Washington.'


def test_a_kind_of_play_is_no_count_of_points():
    comparison = compare_texts(
        BENCH.format("scored 14 points"), BENCH.format("dunked to start a three-point play"), tail=TAIL
    )
    assert differences(comparison) == []


def test_another_kind_of_play_is_still_a_conflict():
    comparison = compare_texts(
        BENCH.format("dunked to start a three-point play"), BENCH.format("dunked to start a four-point play"), tail=TAIL
    )
    assert differences(comparison) == [("conflict", ("three", "four"))]


def test_a_number_of_terms_is_compared_whatever_noun_it_qualifies():
    comparison = compare_texts(
        STREET.format("seven-term congressman"), STREET.format("twelve-term House member"), tail=TAIL
    )
    assert differences(comparison) == [("conflict", ("seven", "twelve"))]


AFTER = "It was followed by {} at 2:12 a.m., the survey said."


def test_a_magnitude_of_one_aftershock_is_no_count_of_aftershocks():
    comparison = compare_texts(AFTER.format("a 6.9 aftershock"), AFTER.format("two aftershocks"), tail=TAIL)
    assert differences(comparison) == []


def test_another_magnitude_of_the_aftershock_is_still_a_conflict():
    comparison = compare_texts(AFTER.format("a 6.9 aftershock"), AFTER.format("a 2.9 aftershock"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("6.9", "2.9"))]


def test_another_count_of_aftershocks_is_still_a_conflict():
    comparison = compare_texts(AFTER.format("three aftershocks"), AFTER.format("two aftershocks"), tail=TAIL)
    assert [kind for kind, _values in differences(comparison)] == ["conflict"]
