"""Ages the recogniser tags as dates: "at the age of 59", "ages 16 and 6", "ages 22" (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. spaCy tags "age of 59"
and "ages 16 and 6" DATE; read as dates they had no key, so two outlets giving two sons two different ages were
never compared. An age phrase is never a day: each figure in it is a person's age (``spans._entity_span``,
``figurecounts.counted``).
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings

_SURVIVED = "Deputy Sam Ortez, who married three weeks ago, is survived by his wife and two sons, {}, the sheriff said."
_DIED = "The painter Jane Moor died of pneumonia {} in a Lisbon hospital on Thursday, her agent said."


def _slots(text: str) -> list[tuple[str, str, str]]:
    readings = story_readings([text], date(2020, 1, 1))
    return [(s.text, s.kind, s.unit) for f in readings.features.values() for s in f.spans]


def test_the_ages_of_two_sons_are_ages_not_a_date() -> None:
    slots = _slots(_SURVIVED.format("ages 16 and 6"))
    assert ("16", "number", "age") in slots and ("6", "number", "age") in slots
    assert not any(kind == "date" and "16" in text for text, kind, _unit in slots)


def test_at_the_age_of_is_an_age_not_a_date() -> None:
    slots = _slots(_DIED.format("at the age of 59"))
    assert ("59", "number", "age") in slots


def test_two_ages_of_one_son_are_a_conflict() -> None:
    red, _possible = red_and_possible(_SURVIVED.format("ages 16 and 6"), _SURVIVED.format("ages 22 and 6"))
    assert frozenset({"16", "22"}) in red


def test_the_same_ages_are_no_difference() -> None:
    red, possible = red_and_possible(_SURVIVED.format("ages 16 and 6"), _SURVIVED.format("ages 16 and 6"))
    assert not red and not possible


def test_an_age_at_death_against_one_after_the_name_is_a_conflict() -> None:
    red, _possible = red_and_possible(
        _DIED.format("at the age of 59"),
        "The painter Jane Moor, 85, died of pneumonia in a Lisbon hospital on Thursday, her agent said.",
    )
    assert frozenset({"59", "85"}) in red


def test_an_age_at_death_told_both_ways_is_no_difference() -> None:
    red, possible = red_and_possible(
        _DIED.format("at the age of 85"),
        "The painter Jane Moor, 85, died of pneumonia in a Lisbon hospital on Thursday, her agent said.",
    )
    assert not red and not possible
