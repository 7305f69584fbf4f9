"""Places by the gazetteer: a place and one holding it agree; a red place conflict needs two places surely apart.

False alarm classes of the ECB+ audits (red place conflicts true 0 of 10 at their first runs): a
neighbourhood against its borough, a town against its valley or state, a region against a part of it.
Short articles written for the test, compared with the real spaCy model; each class that must no longer
be red has a counterpart that must still conflict (two cities of different states, two states, two
towns no list knows named alike).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading
from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences
from tuicompare.engine.gazetteer import readings, relation
from tuicompare.engine.placelevels import unsure

FIRE = "The gunman opened fire at a warehouse in {} on Thursday night, police said."
JURY = "A nine-woman, three-man {} jury deliberated almost seven hours on Thursday before finding Dan Reed guilty."


def _kinds(a: str, b: str, text: str = FIRE) -> list[str]:
    return [kind for kind, _values in differences(compare_texts(text.format(a), text.format(b), tail=NEUTRAL_TAIL))]


def test_the_gazetteer_tells_which_place_holds_which():
    assert relation("Munich", "Germany") == "holds"
    assert relation("Tulsa", "Okla.") == "holds"  # the press's abbreviation of a state
    assert relation("Mexico City", "Mexico") == "holds"
    assert relation("Europe", "Lyon") == "holds"
    assert relation("New York City", "New York") == "holds"  # a city by another of its names, and its state


def test_the_gazetteer_calls_apart_only_places_surely_two():
    assert relation("Chicago", "Detroit") == "apart"
    assert relation("Ohio", "Iowa") == "apart"
    assert relation("Kenya", "Chile") == "apart"
    # Two great boroughs of one city, a few kilometres apart: GeoNames lists both as cities; neither holds the other.
    assert relation("Brooklyn", "Queens") is None
    # A region or a valley no list knows, and two levels neither holding the other, tell nothing.
    assert relation("the Kestrel Valley", "Denver") is None
    assert relation("Chicago", "Ohio") is None


def test_a_state_or_country_name_is_read_as_that_not_as_a_town_named_after_it():
    assert {p.level for p in readings("Oregon")} == {"state"}
    assert {p.level for p in readings("Mexico")} == {"country"}
    assert relation("Oregon", "Ariz.") == "apart"


def test_a_city_and_its_state_or_country_are_no_difference():
    assert _kinds("Tulsa", "Oklahoma", JURY) == []
    assert _kinds("Lyon", "France") == []


def test_two_cities_of_different_states_still_conflict():
    assert _kinds("Dallas", "Denver") == ["conflict"]
    assert _kinds("Ohio", "Iowa", JURY) == ["conflict"]


def test_a_quarter_against_its_city_is_no_difference():
    # GeoNames lists the quarter as a city of its own, near the great city and a tenth of its size or less.
    assert relation("Hollywood", "Los Angeles") == "holds"
    assert _kinds("Hollywood", "Los Angeles") == []
    assert _kinds("College Point", "Queens") == []


def test_a_compass_part_of_a_quarter_against_its_great_city_is_no_difference():
    # "South Hollywood" is no list's name: a part of Hollywood, which lies in Los Angeles.
    assert _kinds("South Hollywood", "Los Angeles") == []


def test_two_great_boroughs_or_two_far_cities_of_one_state_still_differ():
    assert _kinds("Brooklyn", "Queens") == ["possible"]  # neither holds the other; both may be loose names
    assert _kinds("Los Angeles", "San Francisco") == ["conflict"]  # hundreds of kilometres apart


def test_a_town_no_list_knows_against_an_area_or_a_great_city_is_a_possible_difference_at_most():
    # "Ashby Ford" may lie in "the Kestrel Valley", or be a quarter of a city of millions.
    assert _kinds("Ashby Ford", "the Kestrel Valley") in ([], ["possible"])
    assert _kinds("Ashby Ford", "Los Angeles") in ([], ["possible"])


def test_two_towns_no_list_knows_named_as_towns_alike_still_conflict():
    # Nothing relates them, and nothing in their names says one is an area holding the other.
    assert _kinds("Ashby Ford", "Marlow Green") == ["conflict"]


def test_the_names_tell_when_a_place_no_list_knows_may_lie_in_the_other():
    assert unsure("Ashby Ford", "the Kestrel Valley")  # a town against an area
    assert unsure("Ashby Ford", "Los Angeles")  # against a great city: maybe one of its quarters
    assert unsure("Ashby Ford", "Ohio")  # against a state: maybe a town of it
    assert unsure("Northern Kestrel", "North Marlow")  # two compass parts of places
    assert not unsure("Ashby Ford", "Marlow Green")  # two towns named alike
    assert not unsure("W. Elm Ave.", "North Elm Avenue")  # two roads, one shortened as addresses write it
    assert not unsure("Harrow National Park", "Tarn National Park")  # two places of one kind
    assert not unsure("Chicago", "Detroit")  # the gazetteer knows them apart


def test_two_people_named_where_the_recogniser_says_so_are_not_judged_as_places():
    spokesman = "{}, a spokesman for the sheriff, said the suspect was caught on Friday near the border."
    assert _kinds("Nick Hanley", "Nick Orwell", spokesman) == ["conflict"]


HUT = "A hiker fell while climbing to a hut on Mount Kestrel in {} on Saturday."


def test_the_sheet_reads_a_city_in_its_state_as_compatible_and_two_far_cities_as_a_conflict():
    held = compare_sheet(HUT.format("Boulder"), HUT.format("Colorado"))
    assert sheet_reading(held, "Kestrel", "location")[0] == "compatible"
    apart = compare_sheet(HUT.format("Boulder"), HUT.format("Seattle"))
    assert sheet_reading(apart, "Kestrel", "location") == ("conflict", {"a0": "Boulder", "a1": "Seattle"})


def test_the_sheet_reads_a_quarter_in_its_great_city_as_compatible_and_two_boroughs_as_possible():
    quarter = compare_sheet(HUT.format("Hollywood"), HUT.format("Los Angeles"))
    assert sheet_reading(quarter, "Kestrel", "location")[0] == "compatible"
    part = compare_sheet(HUT.format("South Hollywood"), HUT.format("Los Angeles"))
    assert sheet_reading(part, "Kestrel", "location")[0] == "compatible"
    # Both great boroughs, a few kilometres apart in one state: one may be a loose name for the other.
    boroughs = compare_sheet(HUT.format("Brooklyn"), HUT.format("Queens"))
    assert sheet_reading(boroughs, "Kestrel", "location")[0] == "possible"
