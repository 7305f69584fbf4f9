"""Two places named at different levels may hold one another: a possible difference, not a conflict.

A false alarm class of the second fresh ECB+ gold (a tuning set since
session 5): "a LeFlore County jury" against "an Oklahoma jury"; and one place
in short and full form, no difference at all (third and fourth golds). Short
articles written for the test, compared with the real spaCy model, next to
two places of one level that must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences
from tuicompare.engine.features import Span, name_key
from tuicompare.engine.placelevels import level, short_form

TAIL = NEUTRAL_TAIL
JURY = "A nine-woman, three-man {} jury deliberated almost seven hours on Thursday before finding Dan Reed guilty."


def test_a_county_and_its_state_are_no_difference_another_state_a_possible_one():
    # The gazetteer knows the county lies in the state; the names alone only tell two levels apart.
    comparison = compare_texts(JURY.format("Cook County"), JURY.format("Illinois"), tail=TAIL)
    assert differences(comparison) == []
    comparison = compare_texts(JURY.format("Cook County"), JURY.format("Ohio"), tail=TAIL)
    assert differences(comparison) == [("possible", ("Cook County", "Ohio"))]


def test_each_place_name_says_its_own_level_each_time_it_is_asked():
    # Read once per name and kept: asked again, and between other names, each gives its own level.
    names = {"Egypt": "country", "Ohio": "state", "LeFlore County": "subdivision", "Ashcombe": ""}
    for _ in range(2):
        for text, at in names.items():
            assert level(Span("a:0", 0, len(text), text, "GPE", "name", name_key(text), "place")) == at


def test_two_counties_still_conflict():
    comparison = compare_texts(JURY.format("Cook County"), JURY.format("Lake County"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Cook County", "Lake County"))]


def test_two_cities_still_conflict():
    comparison = compare_texts(JURY.format("Dallas"), JURY.format("Houston"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Dallas", "Houston"))]


WARD = "The injured cyclist was taken to {} on Tuesday night, where doctors said he was in stable condition."


def test_a_hospital_in_short_and_full_form_is_no_difference():
    comparison = compare_texts(WARD.format("Mercy Hospital"), WARD.format("Mercy Hospital Medical Center"), tail=TAIL)
    assert differences(comparison) == []


def test_a_name_opening_another_without_saying_its_kind_is_a_possible_difference():
    # "Washington" may be the city, "Washington Heights" a neighbourhood of another one.
    comparison = compare_texts(WARD.format("Washington"), WARD.format("Washington Heights"), tail=TAIL)
    assert [kind for kind, _values in differences(comparison)] in ([], ["possible"])
    assert not any(kind == "conflict" for kind, _values in differences(comparison))


def test_a_park_and_the_zoo_in_it_are_not_one_place():
    comparison = compare_texts(WARD.format("Lincoln Park"), WARD.format("Lincoln Park Zoo"), tail=TAIL)
    assert differences(comparison) == [("possible", ("Lincoln Park", "Lincoln Park Zoo"))]


def _place(text: str) -> Span:
    return Span("a:0", 0, len(text), text, "FAC", "name", name_key(text), "name", (), None, "")


def test_a_road_cut_from_its_number_is_its_short_form():
    # The parse may read "Route 52 just past 2 a.m." as "Route" and a time: the road is still one road.
    assert short_form(_place("Route"), _place("Route 52"))
    assert short_form(_place("Mercy Hospital Medical Center"), _place("Mercy Hospital"))
    assert not short_form(_place("Lincoln Park"), _place("Lincoln Park Zoo"))
    assert not short_form(_place("Washington"), _place("Washington Heights"))
    assert not short_form(_place("Route 52"), _place("Route 5"))


def test_two_hospitals_still_conflict():
    comparison = compare_texts(WARD.format("Mercy Hospital"), WARD.format("Presbyterian Hospital"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("Mercy Hospital", "Presbyterian Hospital"))]


CREWS = "{} tackled a blaze at a warehouse in Ashford on Sunday."


def test_a_place_opening_a_bodys_name_differs_from_no_place():
    comparison = compare_texts(
        CREWS.format("Crews from Kent and Essex Fire and Rescue"),
        CREWS.format("Fire crews from Dover and Deal, called in to help,"),
        tail=TAIL,
    )
    assert differences(comparison) == []


def test_places_the_crews_came_from_still_differ():
    comparison = compare_texts(
        CREWS.format("Crews from Kent and Essex"), CREWS.format("Crews from Dover and Deal"), tail=TAIL
    )
    assert [kind for kind, _values in differences(comparison)] in (["conflict"], ["possible"])
