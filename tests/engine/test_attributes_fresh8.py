"""The entity sheet on classes first seen on the eighth fresh part (issue 11): short texts written for the test.

A person "of" an organisation, an apposition closing the sentence that the
parser hung on an earlier verb, a place "from X in northern Y" hung on the
verb, a country's adjective placing a town or seating a body, and a firm named
by its trade ("a communications provider") that holds no office.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_a_person_of_an_organisation_works_for_it_but_not_for_a_state_or_a_party():
    comparison = compare_sheet(
        "We have no idea what caused it, the Rev. Lenn Markby of the Harlow Bible Church told CNN."
        " Senator Dale Ruck of Tennessee opened a hearing. Tom Feld of the Labour Party spoke.",
        "Lenn Markby, pastor of the Harlow Bible Church, said the damage was large.",
    )
    assert sheet_reading(comparison, "Markby", "employer") == (
        "same",
        {"a0": "Harlow Bible Church", "a1": "Harlow Bible Church"},
    )
    assert not sheet_rows(comparison, "Ruck", "employer")
    assert not sheet_rows(comparison, "Feld", "employer")


def test_an_apposition_closing_the_sentence_is_said_of_the_name_before_it():
    comparison = compare_sheet(
        "Mara Quillon spoke first. The pastor declined to say whether the fire was aimed at Mara Quillon,"
        " the failed Republican mayoral candidate.",
        "Mara Quillon, the Republican mayoral candidate, thanked the firefighters.",
    )
    status, cells = sheet_reading(comparison, "Quillon", "role")
    assert status in ("same", "variant") and cells["a0"] == "mayoral candidate"
    assert sheet_reading(comparison, "Quillon", "party")[1]["a0"] == "Republican"


def test_a_closing_phrase_naming_no_office_gives_no_role():
    comparison = compare_sheet(
        "Mara Quillon spoke first. The board gave the contract to Mara Quillon, a decision the council backed.",
        "Mara Quillon thanked the board on Monday.",
    )
    assert not sheet_rows(comparison, "Quillon", "role")


def test_a_town_from_which_a_line_runs_lies_in_the_region_named_right_after_it():
    comparison = compare_sheet(
        "The new ferry runs from Naples in southern Italy to Bordeaux in western France, the operator said.",
        "The ferry leaves Naples, Italy, twice a week.",
    )
    assert sheet_reading(comparison, "Naples", "location") == ("same", {"a0": "Italy", "a1": "Italy"})
    assert sheet_reading(comparison, "Bordeaux", "location") == ("single", {"a0": "France"})


def test_a_country_adjective_before_a_town_noun_places_the_town_in_that_country():
    comparison = compare_sheet(
        "The cable will link the northern Moroccan port city of Tangier and the French city of Lyon, officials said.",
        "The cable landed at Tangier, Morocco, on Friday.",
    )
    assert sheet_reading(comparison, "Tangier", "location") == ("variant", {"a0": "Moroccan", "a1": "Morocco"})
    assert sheet_reading(comparison, "Lyon", "location") == ("single", {"a0": "French"})
    assert not attribute_conflict_types(comparison)


def test_a_country_adjective_or_name_before_a_body_noun_seats_the_body():
    comparison = compare_sheet(
        "The flaw came to light after a Finnish security firm, Norvatech Systems, released details of the loophole.",
        "John Bradshaw, spokesman for the U.S. advocacy group the Enough Project, said the ban was broken.",
    )
    assert sheet_reading(comparison, "Norvatech", "base") == ("single", {"a0": "Finnish"})
    assert sheet_reading(comparison, "Enough Project", "base") == ("single", {"a1": "U.S."})


def test_a_communications_provider_is_a_firm_seated_where_its_apposition_says():
    comparison = compare_sheet(
        "Halvard Telenett, a communications provider in Norway, said there was no time frame for the repair.",
        "Halvard Telenett said service would return within days.",
    )
    assert not sheet_rows(comparison, "Telenett", "role")
