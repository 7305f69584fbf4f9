"""The entity sheet on where a place lies when the parser hangs the words about it elsewhere.

Short texts written for the test, compared with the real spaCy model. Each
case that must agree has a counterpart that must disagree, so the reading is
not a way to hide differences: "a hut on Mount X in the Y park", "from X in
the UK", "Y's X park", "the X building in Y", "Y's historic X building", and
a state abbreviated by the press ("Miss." for "Mississippi").
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_rows, sheet_values


def test_a_park_after_a_mountain_on_which_a_hut_stands_agrees_spelled_two_ways_and_differs_from_another():
    same = compare_sheet(
        "Tomas Wolak fell while climbing to a hut on Mount Kestrel in the Harrow national park on Saturday.",
        "Tomas Wolak died while climbing to a hut on Mount Kestrel in the Harrow National Park on Saturday.",
    )
    row = sheet_row(same, "Kestrel", "location")
    assert sheet_values(row) == {"a0": "Harrow national park", "a1": "Harrow National Park"}
    assert row.status == "variant"
    other = compare_sheet(
        "Tomas Wolak fell while climbing to a hut on Mount Kestrel in the Harrow national park on Saturday.",
        "Tomas Wolak died while climbing to a hut on Mount Kestrel in the Tarn National Park on Saturday.",
    )
    assert sheet_row(other, "Kestrel", "location").status == "conflict"


def test_an_in_the_parser_hung_on_the_preposition_before_a_place_says_where_it_lies():
    comparison = compare_sheet(
        "Mr Wolak, originally from Hertford in the UK, lived in New Zealand, says the agency.",
        "Mr Wolak, originally from Hertford in Canada, lived in New Zealand, says the agency.",
    )
    row = sheet_row(comparison, "Hertford", "location")
    assert sheet_values(row) == {"a0": "UK", "a1": "Canada"}
    assert row.status == "conflict"


def test_a_place_owning_a_park_is_where_it_lies():
    comparison = compare_sheet(
        "Briton dies in New Zealand's Harrow National Park",
        "Tomas Wolak died in Australia's Harrow National Park on Saturday.",
    )
    row = sheet_row(comparison, "Harrow", "location")
    assert sheet_values(row) == {"a0": "New Zealand", "a1": "Australia"}
    assert row.status == "conflict"


def test_a_building_named_in_a_town_or_by_the_towns_possessive_lies_there():
    same = compare_sheet(
        "Someone reported a fire at the Kestrel Dairy building in downtown Swindon on Tuesday.",
        "A fire on Tuesday destroyed Swindon's historic Kestrel Dairy warehouse building.",
    )
    row = sheet_row(same, "Kestrel", "location")
    assert sheet_values(row) == {"a0": "Swindon", "a1": "Swindon"}
    assert row.status == "same"
    other = compare_sheet(
        "Someone reported a fire at the Kestrel Dairy building in downtown Swindon on Tuesday.",
        "Someone reported a fire at the Kestrel Dairy building in Marlow on Tuesday.",
    )
    assert sheet_row(other, "Kestrel", "location").status == "conflict"


def test_a_state_the_press_abbreviates_is_a_variant_of_its_name_and_differs_from_another_state():
    same = compare_sheet(
        "A body was found at a Harlow, Miss., motel on Tuesday.",
        "Police in Harlow, Mississippi, found a body at a motel on Tuesday.",
    )
    row = sheet_row(same, "Harlow", "location")
    assert sheet_values(row) == {"a0": "Miss.", "a1": "Mississippi"}
    assert row.status == "variant"
    other = compare_sheet(
        "A body was found at a Harlow, Miss., motel on Tuesday.",
        "Police in Harlow, Ala., found a body at a motel on Tuesday.",
    )
    assert sheet_row(other, "Harlow", "location").status == "conflict"


def test_a_town_and_its_state_both_qualifying_a_noun_say_where_the_town_lies():
    same = compare_sheet(
        "Analysts expect the Bellevue, Wash. company to deliver a fix for the flaw next week.",
        "Analysts expect the Bellevue, Washington company to deliver a fix for the flaw next week.",
    )
    row = sheet_row(same, "Bellevue", "location")
    assert sheet_values(row) == {"a0": "Wash.", "a1": "Washington"}
    assert row.status == "variant"
    other = compare_sheet(
        "Analysts expect the Bellevue, Wash. company to deliver a fix for the flaw next week.",
        "Analysts expect the Bellevue, Neb. company to deliver a fix for the flaw next week.",
    )
    assert sheet_row(other, "Bellevue", "location").status == "conflict"


def test_two_states_side_by_side_are_a_list_not_a_place_and_its_state():
    comparison = compare_sheet(
        "Officials expect the Texas, Oklahoma border to reopen next week.",
        "Officials expect the Texas, Arkansas border to reopen next week.",
    )
    assert sheet_rows(comparison, "Texas", "location") == []


def test_a_town_against_a_state_the_press_never_abbreviates_is_a_possible_difference_two_states_conflict():
    # One list of the fifty states: "Ohio", which AP style never abbreviates, is a state on the sheet too;
    # the gazetteer knows a city of it (compatible), not a town of fewer than 15,000 people (possible)
    hut = "A hiker fell while climbing to a hut on Mount Kestrel in {} on Saturday."
    town = compare_sheet(hut.format("Ohio"), hut.format("Cleveland"))
    assert sheet_reading(town, "Kestrel", "location") == ("compatible", {"a0": "Ohio", "a1": "Cleveland"})
    town = compare_sheet(hut.format("Ohio"), hut.format("Ashby Ford"))
    assert sheet_reading(town, "Kestrel", "location") == ("possible", {"a0": "Ohio", "a1": "Ashby Ford"})
    states = compare_sheet(hut.format("Ohio"), hut.format("Kentucky"))
    assert sheet_reading(states, "Kestrel", "location") == ("conflict", {"a0": "Ohio", "a1": "Kentucky"})


def test_a_town_the_recogniser_calls_a_person_is_read_as_a_place_beside_an_abbreviated_state():
    # the recogniser tags "Austin" a person here; the state after the comma says it is a town
    same = compare_sheet(
        "The Austin, Tex. company said it would fight the ruling.",
        "The Austin, Texas company said it would fight the ruling.",
    )
    assert sheet_reading(same, "Austin", "location") == ("variant", {"a0": "Tex.", "a1": "Texas"})
    other = compare_sheet(
        "The Austin, Tex. company said it would fight the ruling.",
        "The Austin, Minn. company said it would fight the ruling.",
    )
    assert sheet_reading(other, "Austin", "location") == ("conflict", {"a0": "Tex.", "a1": "Minn."})


def test_one_region_does_not_settle_two_districts_of_a_village():
    # both sources put the village in the Kharkiv region, but in two different districts: not compatible, a
    # possible difference (which level each name is, the text may not say); the same district agrees
    apart = compare_sheet(
        "Shelling hit homes in Velykyi Burluk, a village in the Kupiansk district of the Kharkiv region, on Monday.",
        "Shelling hit homes in Velykyi Burluk, a village in the Izium district of the Kharkiv region, on Monday.",
    )
    assert sheet_reading(apart, "Burluk", "location")[0] == "possible"
    alike = compare_sheet(
        "Shelling hit homes in Velykyi Burluk, a village in the Kupiansk district of the Kharkiv region, on Monday.",
        "Shelling hit homes in Velykyi Burluk, a village in the Kharkiv region, on Monday.",
    )
    assert sheet_reading(alike, "Burluk", "location")[0] == "compatible"


def test_a_place_one_source_adds_beside_a_region_both_give_is_no_difference():
    # one source reads a district beside the region both give (the parse files "Porta Nuova" under the city):
    # nothing of the other source denies it, so the two agree, where two districts, one per source, would be a
    # possible difference (an ECB+ structure, CC BY 3.0, with other people and prisons)
    more = compare_sheet(
        "Marco Russo, the `` godfather'' of the Palermo district of Porta Nuova, was found dead late last night "
        "in Pagliarelli prison in the Sicilian capital of Palermo.",
        "Marco Russo, who was convicted last year, was found dead late last night in Pagliarelli prison in the "
        "Sicilian capital of Palermo.",
    )
    assert sheet_reading(more, "Palermo", "location")[0] == "compatible"
