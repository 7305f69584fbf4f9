"""A date after a named day, a clock's reading and a telephone number, read as what they are.

Short texts written for these tests, analysed with the real spaCy model. "Easter Sunday, April 20, 2025" is one
date even when the recogniser leaves "April 20" untagged (``monthdays``); "7:41" is a time of day, never the
range "7-41" nor a date (``clocktimes``); "0161 496 0732" is a number to dial, no value of the story (``phones``).
"""

from __future__ import annotations

import pytest

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.clocktimes import clock_key
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article

LEAD = "Police in the valley town of Marlow are searching for two men after a robbery at a bank in the high street. "
EASTER = "Witnesses said the robbers struck on Easter Sunday, April 20, 2025, as the bank's alarm failed."


def _slots(text: str) -> list[tuple[str, str, str | None, str]]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [(v.text, v.kind, v.key, v.vtype) for s in sentences for _f, _l, v in collect_spans(s)]


def _compared(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL))


def test_a_date_after_a_named_day_is_one_date():
    assert ("April 20, 2025", "date", "2025-04-20", "date") in _slots(EASTER)


def test_a_whole_date_the_recogniser_took_for_a_place_is_a_date():
    slots = _slots("The bank was robbed on Palm Sunday, March 24, 2024, shortly after it opened.")
    assert ("March 24, 2024", "date", "2024-03-24", "date") in slots


def test_a_date_after_a_named_day_told_two_ways_is_no_difference():
    assert _compared(EASTER, "The robbers struck on April 20 as the bank's alarm failed, witnesses said.") == []


def test_two_days_of_a_month_are_a_difference():
    found = _compared(EASTER, "The robbers struck on April 21 as the bank's alarm failed, witnesses said.")
    assert found == [("conflict", {"April 20, 2025", "April 21"})]


def test_a_clock_reading_is_a_time_never_a_count_or_a_date():
    assert ("7:41", "date", "7:41", "time") in _slots("The robbers left the bank at 7:41 with the cash.")
    assert ("7:42", "date", "7:42", "time") in _slots("With 7:42 left in the half, he scored.")
    assert ("2:09 a.m.", "date", "2:09a", "time") in _slots("The alarm went off at 2:09 a.m. on the dot.")


@pytest.mark.parametrize(
    ("text", "key"), [("7:42 p.m.", "7:42p"), ("19:42", "7:42p"), ("3 am", "3:00a"), ("7:42", "7:42"), ("2012", None)]
)
def test_the_key_of_a_time_of_day(text, key):
    assert clock_key(text) == key


def test_one_time_with_and_without_its_half_of_the_day_is_no_difference():
    first = "The robbers left the bank at 7:42 p.m. with the cash, witnesses said."
    assert _compared(first, "The robbers left the bank at 7:42 with the cash, witnesses said.") == []


def test_two_times_of_day_are_a_difference():
    first = "The robbers left the bank at 7:41 with the cash, witnesses said."
    found = _compared(first, "The robbers left the bank at 7:42 with the cash, witnesses said.")
    assert found == [("conflict", {"7:41", "7:42"})]


def test_a_telephone_number_is_no_value():
    slots = _slots("Anyone with information should call the police on 0161 496 0732 or 0800 555 0199.")
    assert not any(kind in ("number", "date") for _text, kind, _key, _vtype in slots)


def test_two_telephone_numbers_are_no_difference():
    first = "Anyone with information is asked to call the police on 0161 496 0732."
    second = "Anyone with information is asked to call the police on 0161 496 073."
    assert _compared(first, second) == []


def test_a_spaced_clock_with_its_half_of_the_day_is_one_time():
    slots = _slots("The alarm rang at 11: 01 p. m. and the robbers fled around 11 p. m. on foot.")
    assert ("11: 01 p. m.", "date", "11:01p", "time") in slots
    assert ("11 p. m.", "date", "11:00p", "time") in slots


def test_a_time_told_loosely_covers_one_a_few_minutes_off():
    first = "The robbers left the bank around 11 p.m. with the cash, witnesses said."
    assert _compared(first, "The robbers left the bank at 11:05 p.m. with the cash, witnesses said.") == []


def test_a_time_told_loosely_against_another_hour_is_a_difference():
    first = "The robbers left the bank around 11 p.m. with the cash, witnesses said."
    found = _compared(first, "The robbers left the bank at 3 a.m. with the cash, witnesses said.")
    assert [kind for kind, _values in found] in (["conflict"], ["possible"])
