"""One age written two ways: "a 23-year-old man" against "John Keel, 37," (``relations.ages_two_ways``, issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. The recogniser
tags "23-year-old" a date (read as a length of time, "23 year-old") and the "37" after a name a count
(read with the unit "age"): each reading compared only with its own kind, so two outlets giving one
person two ages in the two forms were never compared. They are one quantity, compared as ages.
"""

from __future__ import annotations

from types import SimpleNamespace

from tests.support.texts import red_and_possible
from tuicompare.engine.relations import age_figure, ages_two_ways, relation

_CHARGED = "has been charged with the murder of his mother and sister, police said on Monday."


def test_an_age_after_a_name_against_a_hyphened_age_is_a_conflict():
    red, _possible = red_and_possible(f"John Keel, 37, of Leeds, {_CHARGED}", f"A 23-year-old man {_CHARGED}")
    assert frozenset({"37", "23-year-old"}) in red


def test_a_spelled_hyphened_age_against_one_after_the_name_is_a_conflict():
    red, _possible = red_and_possible(
        "Twenty-year-old Tom Bray is accused of firing at rival gang members from a rooftop.",
        "Tom Bray, 26, is accused of firing at rival gang members from a nearby rooftop.",
    )
    assert frozenset({"Twenty-year-old", "26"}) in red


def test_one_age_in_both_forms_is_no_difference():
    red, possible = red_and_possible(
        "Tom Bray, 20, is accused of firing at rival gang members from a rooftop.",
        "Twenty-year-old Tom Bray is accused of firing at rival gang members from a nearby rooftop.",
    )
    assert not red and not possible


def test_a_boys_age_against_his_mothers_is_no_red_conflict():
    red, _possible = red_and_possible(
        "Ann Cole, 34, was shot dead as she walked with her son in Brooklyn on Friday.",
        "A 12-year-old boy watched as his mother was shot dead in Brooklyn on Friday.",
    )
    assert not red


def _slot(key: str, vtype: str, unit: str = "") -> SimpleNamespace:
    return SimpleNamespace(key=key, vtype=vtype, unit=unit, approximate=False)


def test_which_slots_state_an_age():
    hyphened, after_name = _slot("23 year-old", "duration"), _slot("37", "number", "age")
    assert age_figure(hyphened) == "23" and age_figure(after_name) == "37"
    assert ages_two_ways(hyphened, after_name)
    assert relation(hyphened, after_name).outcome == "differ"
    assert relation(hyphened, _slot("23", "number", "age")).outcome == "same"
    assert age_figure(_slot(">30 year-old", "duration")) is None  # "more than 30 years old": no exact age
    assert age_figure(_slot("23 year", "duration")) is None  # "a 23-year term": a length, not an age
    assert not ages_two_ways(hyphened, _slot("37", "number", "person"))  # a count of people, not an age
    assert not ages_two_ways(hyphened, _slot("37 year-old", "duration"))  # one form: compared as before
