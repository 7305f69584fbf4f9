"""A day the recogniser tags apart from its part of the day dates what the whole would (issue 10).

Short texts written for these tests, read with the real spaCy model. In "died after a shooting Friday
afternoon" the recogniser tags "Friday" a date and "afternoon" a time, and the parse hangs "Friday" on
"afternoon": the date is still set on the shooting (``frames.dated_noun``), as "after a shooting Friday" and
"Friday night" tagged whole are, so against "was fatally shot Tuesday" the two days are one act's: red.
A part of a day on another noun, or a death's day against a shooting's, is read as before: no red conflict.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.frames import NOUN_FRAME, dated_noun

_SHOT = (
    "A county deputy talking to a couple outside a home in the small city was fatally shot Tuesday when a"
    " gunman burst out of the door."
)


def _died(when: str) -> str:
    return (
        f"A county deputy died after a shooting {when} in a small city east of the capital, the sheriff's office said."
    )


def test_a_shooting_s_day_split_from_its_afternoon_against_the_day_of_the_shot():
    red, _possible = red_and_possible(_died("Friday afternoon"), _SHOT)
    assert frozenset({"Friday", "Tuesday"}) in red


def test_a_shooting_s_day_split_from_its_morning_against_the_day_of_the_shot():
    red, _possible = red_and_possible(
        "A police officer died after a shooting Friday morning at a gas station in the small town, officials said.",
        "A police officer was fatally shot Tuesday at a gas station in the small town when a robber opened fire.",
    )
    assert frozenset({"Friday", "Tuesday"}) in red


def test_the_split_day_is_set_on_the_shooting():
    r = story_readings((_died("Friday afternoon"),), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    friday = next(s for s in sentence.spans if s.text == "Friday")
    assert sentence.parse is not None
    assert dated_noun(sentence.parse, friday.start, friday.end) == NOUN_FRAME + "shooting"


def test_a_part_of_a_day_on_a_ceremony_dates_no_shooting():
    red, _possible = red_and_possible(
        "A county deputy was honoured at a ceremony Friday afternoon in a small city east of the capital.", _SHOT
    )
    assert not any("Friday" in value for pair in red for value in pair)


def test_a_death_s_day_split_from_its_afternoon_is_no_red_conflict_with_the_shooting():
    red, _possible = red_and_possible(
        "A gunman opened fire at a food plant on Tuesday, wounding three workers, police said.",
        "One of the wounded workers died in hospital Friday afternoon, police said.",
    )
    assert not any("Friday" in value for pair in red for value in pair)
