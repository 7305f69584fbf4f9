"""A person's height and weight, and a figure below zero, read as what they measure.

Short texts written for these tests, analysed with the real spaCy model. "5-foot-9" is one height of 69
inches (``heights``), never the range "5-9" nor, run on into the weight after it, "9,150 pounds"
(``figures.joined_thousands``); "weighs 150 pounds" is a weight, never a sum of pounds sterling; "minus 12"
keeps its sign.
"""

from __future__ import annotations

import pytest

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.slot import Span
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article

LEAD = (
    "Police in the valley town of Marlow made an arrest on Friday after a long search for a man wanted over a robbery. "
)
TOLD = "Officers said the suspect is 5-foot-9, 150 pounds, with a scar on his chin."


def _values(text: str) -> list[tuple[str, str | None, str]]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    spans: list[Span] = [span for s in sentences for _first, _last, span in collect_spans(s)]
    return [(v.text, v.key, v.unit) for v in spans if v.kind == "number"]


@pytest.mark.parametrize(
    ("text", "height"),
    [
        (TOLD, ("5-foot-9", "69", "inch")),
        ("The suspect is 5 - foot - 8, 135 pounds, and was last seen on foot.", ("5 - foot - 8", "68", "inch")),
        ("The suspect is 6 ft 2 in and weighs 190 lbs.", ("6 ft 2 in", "74", "inch")),
        ("The suspect is 5 feet 9 inches tall.", ("5 feet 9 inches", "69", "inch")),
    ],
)
def test_a_height_in_feet_and_inches_is_one_length_in_inches(text, height):
    assert height in _values(text)


def test_the_weight_after_a_height_is_its_own_figure():
    assert ("150 pounds", "150", "pound") in _values(TOLD)


def test_a_weight_in_pounds_is_no_sum_of_money():
    # The recogniser tags "135 pounds" after "weighs" as money; "lbs" is the same unit written short.
    assert ("135 pounds", "135", "pound") in _values("The suspect is 5-foot-8 and weighs 135 pounds.")
    assert ("190", "190", "pound") in _values("The suspect is 6 ft 2 in and weighs 190 lbs.")


def test_spaced_thousands_are_still_one_figure():
    values = _values("Some 1, 000 homes were flooded, and the new laptops cost $1, 199 and $1, 499.")
    assert ("Some 1, 000", "1000", "home") in values
    assert any(key == "1199-1499" for _text, key, _unit in values)


def _compared(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL))


def test_a_height_and_a_weight_told_two_ways_alike_are_no_difference():
    told_again = "The suspect is 5 feet 9 inches tall and weighs 150 pounds, with a scar on his chin."
    assert _compared(TOLD, told_again) == []


def test_two_heights_are_a_difference():
    taller = "The suspect is 6 feet 1 inch tall and weighs 150 pounds, with a scar on his chin."
    assert _compared(TOLD, taller) == [("conflict", {"5-foot-9", "6 feet 1 inch"})]


def test_two_weights_are_a_difference():
    heavier = "The suspect is 5 feet 9 inches tall and weighs 175 pounds, with a scar on his chin."
    assert _compared(TOLD, heavier) == [("conflict", {"150 pounds", "175 pounds"})]


COLD = "Firefighters fought the blaze in temperatures of minus 12 degrees."


def test_a_figure_below_zero_keeps_its_sign():
    assert ("minus 12 degrees", "-12", "degree") in _values(COLD)
    assert ("minus 12", "-12", "degree") in _values(
        "Outside, temperatures were minus 12 as firefighters fought the blaze."
    )


def test_a_subtraction_is_no_figure_below_zero():
    assert ("20", "20", "") in _values("The score was 100 minus 20, which left 80.")


def test_a_figure_below_zero_told_two_ways_is_no_difference():
    assert _compared(COLD, "Outside, temperatures were minus 12 as firefighters fought the blaze.") == []


def test_below_zero_against_above_is_a_difference():
    warm = "Firefighters fought the blaze in temperatures of 12 degrees."
    assert _compared(COLD, warm) == [("conflict", {"minus 12 degrees", "12 degrees"})]


def test_a_temperature_with_no_unit_against_one_in_degrees_is_a_difference():
    bare = "Outside, temperatures were minus 15 as firefighters fought the blaze."
    assert _compared(COLD, bare) == [("conflict", {"minus 12 degrees", "minus 15"})]
