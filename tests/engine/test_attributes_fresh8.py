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
        "We are praying for everyone, the Rev. Lenn Markby of the Harlow Bible Church told CNN."
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
        "The bug surfaced after a Finnish security firm, Norvatech Systems, published its findings.",
        "Lena Ortiz, spokeswoman for the U.S. advocacy group the Clean Rivers Project, said the ban was broken.",
    )
    assert sheet_reading(comparison, "Norvatech", "base") == ("single", {"a0": "Finnish"})
    assert sheet_reading(comparison, "Clean Rivers", "base") == ("single", {"a1": "U.S."})


def test_a_communications_provider_is_a_firm_seated_where_its_apposition_says():
    comparison = compare_sheet(
        "Halvard Telenett, a communications provider in Norway, said repairs would take a week.",
        "Halvard Telenett said service would return within days.",
    )
    assert not sheet_rows(comparison, "Telenett", "role")


def test_a_name_given_by_named_or_called_takes_the_noun_as_its_role():
    comparison = compare_sheet(
        "A hobby photographer named Emil Vorst asked her to pose for a calendar. A man named Ivo Daske called.",
        "She met a pastor called Lenn Markby in 1950.",
    )
    assert sheet_reading(comparison, "Vorst", "role") == ("single", {"a0": "hobby photographer"})
    assert sheet_reading(comparison, "Markby", "role") == ("single", {"a1": "pastor"})
    assert not sheet_rows(comparison, "Daske", "role")  # "man" is no office


def test_a_town_and_its_state_before_a_clause_subject_are_no_list():
    comparison = compare_sheet(
        "Born on May 3, 1931, in Nashville, Tennessee, Corran said she grew up poor.",
        "Storms hit Nashville, Memphis, Knoxville and Atlanta on Monday.",
    )
    assert sheet_reading(comparison, "Nashville", "location") == ("single", {"a0": "Tennessee"})


def test_an_institution_stands_where_the_in_after_its_name_says():
    comparison = compare_sheet(
        "She took a music degree at Fenwick College in Dayton and then moved west.",
        "The Harlow Bible Church in Marlow burned on Friday.",
    )
    assert sheet_reading(comparison, "Fenwick College", "location") == ("single", {"a0": "Dayton"})
    assert sheet_reading(comparison, "Harlow Bible Church", "location") == ("single", {"a1": "Marlow"})


def test_a_post_from_a_named_firm_is_held_there_but_not_a_body_left_or_a_state():
    comparison = compare_sheet(
        "Attacks are spreading, Nils Arvid, a researcher from the software security company Corvel Micro, said.",
        "Tom Feld, a defector from the party, spoke. Ana Ruiz, an analyst from Ohio, agreed with him.",
    )
    assert sheet_reading(comparison, "Arvid", "employer") == ("single", {"a0": "Corvel Micro"})
    assert not sheet_rows(comparison, "Feld", "employer")
    assert not sheet_rows(comparison, "Ruiz", "employer")


def test_a_place_noun_owned_by_a_country_places_the_town_in_it():
    comparison = compare_sheet(
        "Protesters gathered in Khartoum, Sudan's capital, on Monday. Others marched in Dakar, the country's capital.",
        "Protesters gathered in Khartoum, Sudan, on Monday.",
    )
    assert sheet_reading(comparison, "Khartoum", "location") == ("same", {"a0": "Sudan", "a1": "Sudan"})
    assert not sheet_rows(comparison, "Dakar", "location")  # "the country's": a common noun names no place
