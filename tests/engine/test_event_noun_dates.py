"""A date of an event noun against the day its verb gives (issue 10): one act, so two days are a conflict.

Short articles written for these tests, compared as one story with the real spaCy model. "The explosion
occurred Sunday" dates the explosion, not "occur" (``eventsubjects``), and a bomb that "exploded Friday"
is the same act told by its verb (``verbclasses.one_act``): a red conflict. A shooting's day against a
death's day stays no red conflict: two acts of one event.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_FIRE = "A gunman opened fire at a food plant in the northeast of the city, killing two workers and wounding a third."
_KILLED = "Two workers were killed and one was wounded when a gunman opened fire at a food plant."


def test_an_explosion_that_occurred_against_a_bomb_that_exploded():
    red, _possible = red_and_possible(
        "A bomb exploded Friday at a small bank branch in the town, killing two police officers.",
        "The explosion occurred Sunday afternoon at a small bank branch in the town, about 30 miles from the capital.",
    )
    assert frozenset({"Friday", "Sunday"}) in red


def test_two_shootings_that_happened_and_took_place_on_two_days():
    red, _possible = red_and_possible(
        f"{_FIRE} The shooting took place just after 8:30 p.m. Thursday inside the old factory, police said.",
        f"{_KILLED} The shootings happened shortly after 8:30 p.m. Monday.",
    )
    assert any("Thursday" in pair and any("Monday" in v for v in pair) for pair in red)


def test_a_date_after_a_shooting_against_the_day_of_the_shot():
    red, _possible = red_and_possible(
        "A deputy died after a shooting Sunday afternoon outside an apartment in the small city, the sheriff said.",
        "A deputy interviewing a couple outside an apartment in the small city was fatally shot Friday when a"
        " gunman burst out of the door.",
    )
    assert frozenset({"Sunday afternoon", "Friday"}) in red


def test_a_shooting_s_day_and_a_death_s_day_are_no_red_conflict():
    red, _possible = red_and_possible(
        f"{_FIRE} The shooting happened shortly after 8:30 p.m. Friday inside the old factory, police said.",
        f"{_KILLED} One of the wounded workers died in hospital on Sunday.",
    )
    assert not any("Sunday" in value for pair in red for value in pair)
