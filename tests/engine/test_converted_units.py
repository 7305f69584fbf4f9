"""One measure in two units: "about 24km" against "about 15 miles".

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Outlets convert a figure for their readers and round it:
a converted figure close to the other is the same measure (no difference), one
somewhat far from it is a possible difference (the writer rounded), one too far for
any rounding of a conversion (``ValueTuning.hedge_ratio`` times or more) a red
conflict, and an area in square units is converted as an area.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, difference_sets

OPENING_A = "A fire broke out at a paint warehouse in Dunmore on Tuesday night, the fire service said. "
OPENING_B = "Fire swept through a paint warehouse in Dunmore late on Tuesday, according to the fire service. "
CLOSING = " No one was hurt, and the cause of the fire is not yet known."


def _found(sentence_a: str, sentence_b: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(OPENING_A + sentence_a + CLOSING, OPENING_B + sentence_b + CLOSING))


def test_a_distance_converted_and_rounded_is_no_difference():
    found = _found(
        "Smoke from the blaze could be seen about 24km away, witnesses said.",
        "Smoke from the blaze could be seen about 15 miles away, witnesses said.",
    )
    assert found == []


def test_a_distance_somewhat_far_from_the_converted_one_is_a_possible_difference():
    found = _found(
        "Smoke from the blaze could be seen about 32km away, witnesses said.",
        "Smoke from the blaze could be seen about 15 miles away, witnesses said.",
    )
    assert found == [("possible", {"about 32km", "about 15 miles"})]


def test_a_distance_too_far_for_any_rounded_conversion_is_a_conflict():
    found = _found(
        "Smoke from the blaze could be seen about 38km away, witnesses said.",
        "Smoke from the blaze could be seen about 15 miles away, witnesses said.",
    )
    assert found == [("conflict", {"about 38km", "about 15 miles"})]


def test_an_area_in_square_metres_and_square_feet_is_converted_as_an_area():
    same = _found(
        "The blaze destroyed the 15,800-square-metre building, which held paint and solvents.",
        "The blaze destroyed the 170,000-square-foot building, which held paint and solvents.",
    )
    other = _found(
        "The blaze destroyed the 20,800-square-metre building, which held paint and solvents.",
        "The blaze destroyed the 170,000-square-foot building, which held paint and solvents.",
    )
    assert same == [] and [kind for kind, _values in other] == ["possible"]
