"""Each article's first day, told in its lede, dates the story's event: two such days are a conflict (``ledes``).

Short articles written for these tests, compared as one story with the real spaCy model. Two outlets open on
one fire (or one robbery) with different verbs ("were called to", "broke out"; "stole", "rammed") and give it
two days: the first day each article names, in its first sentences, is the event's day, so the two days are a
red conflict (unreported on main: nothing else says the two days fill one role). A day a verb of speech
holds is a statement's ("said on Tuesday that"), and a day first named further down is no lede's: neither is
read as the event's day, nor is a follow-up's ("was charged Saturday after a shooting": ``ledes.AFTERMATH``).
A day set on the noun of the other side's verb ("after a shooting Sunday", "was shot Friday") is no longer held
to a possible difference (``evidence.slot_confidence``).
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.evidence import slot_confidence
from tuicompare.engine.features import Span
from tuicompare.engine.tuning import TUNING

_CALLED_FRIDAY = (
    "Fire crews were called to the Dunmore supermarket on High Street shortly before 9pm on Friday after smoke"
    " was seen rising from its roof."
)
_AFTER_THE_FIRE = "\n\nNobody was hurt.\n\nThe store will stay shut for several weeks."
_BROKE_OUT_TUESDAY = (
    "A supermarket on High Street in Dunmore has been destroyed after a fire broke out on Tuesday night."
    "\n\nSixty firefighters fought the flames until dawn.\n\nThe cause of the fire is not yet known."
)


def test_two_ledes_dating_one_fire_on_two_days_are_a_conflict():
    red, _possible = red_and_possible(_CALLED_FRIDAY + _AFTER_THE_FIRE, _BROKE_OUT_TUESDAY)
    assert frozenset({"Friday", "Tuesday"}) in red


def test_two_ledes_dating_one_robbery_on_two_days_are_a_conflict():
    red, _possible = red_and_possible(
        "Thieves stole jewels worth two million euros from a shop on the Rue Royale in central Lyon on Friday"
        " morning after smashing a car through its front window.\n\nNo one was hurt.\n\nThe gang escaped on"
        " motorbikes.",
        "In the early hours of Monday, robbers rammed a stolen van through the window of a jewellery shop on the"
        " Rue Royale in Lyon.\n\nPolice are looking for three men.\n\nThe shop had been robbed once before, in 2009.",
    )
    assert frozenset({"Friday", "Monday"}) in red


def test_a_statements_day_is_not_the_events_day():
    red, _possible = red_and_possible(
        _CALLED_FRIDAY + _AFTER_THE_FIRE,
        "The fire service said on Tuesday that a blaze had destroyed the supermarket on High Street in Dunmore."
        "\n\nSixty firefighters fought the flames until dawn.\n\nThe cause of the fire is not yet known.",
    )
    assert frozenset({"Friday", "Tuesday"}) not in red


def test_a_first_day_told_after_the_lede_is_not_read_as_the_events_day():
    late = "Nobody was hurt.\n\nThe store on High Street had opened in 1998.\n\nIts owners thanked the firefighters."
    red, _possible = red_and_possible(late + "\n\n" + _CALLED_FRIDAY, _BROKE_OUT_TUESDAY)
    assert frozenset({"Friday", "Tuesday"}) not in red


def test_a_follow_ups_day_in_a_later_lede_is_not_the_events_day():
    # The lede of the next day's article opens on the charge; the other outlet's on the shooting.
    red, _possible = red_and_possible(
        "A man was charged with murder on Saturday after a shooting at an office party in Dunmore.\n\nHe will"
        " appear in court next week.\n\nThe victim was 41.",
        "A former worker walked into an office party in Dunmore on Friday and shot a manager dead, police said."
        "\n\nGuests ran screaming from the building.\n\nThe victim was 41.",
    )
    assert frozenset({"Friday", "Saturday"}) not in red


def _day(text: str, at: int) -> Span:
    return Span(f"a{at}:0", 0, len(text), text, "DATE", "date", f":{text[:3].lower()}", "date")


def test_a_day_set_on_the_noun_of_the_other_sides_verb_may_be_red():
    # "after a shooting on Sunday" against "was shot on Friday": one act named by its verb and its noun.
    sunday, friday = _day("Sunday", 0), _day("Friday", 1)
    assert slot_confidence(0.7, 2.0, "noun:shooting", "shoot", sunday, friday) >= TUNING.conflicts.possible_below
    # "charged after a shooting Friday" against "charged Saturday": the noun may date another event.
    assert slot_confidence(0.7, 2.0, "noun:shooting", "charge", sunday, friday) < TUNING.conflicts.possible_below
