"""The entity sheet on classes first seen on unseen parts (issue 11): short texts written for the test.

A body named by its country's adjective or name, a quarter of a town beside a
town, nouns that name no post ("list", a bare "member", a fictional part), and
an age a later description with a generic noun carries.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_a_body_named_by_the_country_adjective_or_name_is_one_body():
    comparison = compare_sheet(
        "Bram Ocker, a spokesman for the Kenya Armed Forces, said the camp was hit on Monday.",
        "Bram Ocker, a spokesman for the Kenyan Army, said the camp was hit on Monday.",
    )
    assert sheet_reading(comparison, "Ocker", "employer") == (
        "variant",
        {"a0": "Kenya Armed Forces", "a1": "Kenyan Army"},
    )
    assert not attribute_conflict_types(comparison)


def test_a_quarter_named_by_its_side_beside_another_place_is_at_most_possible():
    comparison = compare_sheet(
        "The fire broke out at a house on 90th Street in Marlow on Monday.",
        "The fire broke out at a house on 90th Street in East Dunmore on Monday.",
    )
    assert sheet_reading(comparison, "90th Street", "location")[0] == "possible"
    assert not attribute_conflict_types(comparison, "conflict")


def test_two_towns_of_one_level_still_conflict():
    comparison = compare_sheet(
        "Brightfield Foods, based in Marlow, recalled 4,000 jars of sauce on Monday.",
        "Brightfield Foods, based in Dunmore, recalled 4,000 jars of sauce on Monday.",
    )
    assert sheet_reading(comparison, "Brightfield", "base")[0] == "conflict"


def test_a_list_a_bare_member_and_a_fictional_part_are_no_roles():
    comparison = compare_sheet(
        "The list of contenders went 'Tom Brakes'. Tom Brakes will be the Ninth Doctor, the studio said.",
        "Tom Brakes became a member while studying in Leeds. Tom Brakes, an actor, was praised.",
    )
    assert sheet_reading(comparison, "Brakes", "role") == ("single", {"a1": "actor"})


def test_a_member_of_a_body_is_still_a_role():
    comparison = compare_sheet(
        "Mara Quill, a conservative and member of the harbour board, spoke on Monday.",
        "Mara Quill spoke on Monday.",
    )
    assert "member" in sheet_reading(comparison, "Quill", "role")[1]["a0"]


def test_a_physician_in_lower_case_is_still_a_role():
    comparison = compare_sheet("Mara Quill, a rural doctor, spoke on Monday.", "Mara Quill spoke on Monday.")
    assert sheet_reading(comparison, "Quill", "role") == ("single", {"a0": "rural doctor"})


def test_an_age_in_a_later_description_with_a_generic_noun_goes_to_its_holder():
    comparison = compare_sheet(
        "Orla Venn, the leader of a small sect, was sentenced on Tuesday. The jury deliberated for hours. "
        "Prosecutors charged that the 61-year-old sect leader defrauded two families.",
        "Orla Venn was sentenced on Tuesday.",
    )
    assert sheet_reading(comparison, "Venn", "age") == ("single", {"a0": "61"})
    assert not sheet_rows(comparison, "jury", "age")


def test_a_head_of_a_department_and_its_controller_are_one_post():
    comparison = compare_sheet(
        "Ben Oakes, the broadcaster's head of drama, praised the choice.",
        "Ben Oakes, Controller of Drama Commissioning at the broadcaster, praised the choice.",
    )
    assert sheet_reading(comparison, "Oakes", "role") == (
        "compatible",
        {"a0": "head of drama", "a1": "Controller"},
    )
    assert not attribute_conflict_types(comparison)


def test_a_spaced_party_mark_with_a_two_word_state_is_a_party_not_a_role():
    comparison = compare_sheet(
        "The bill was backed by Rep. Nick Rahall II (D - W. Va.), who had been chairman of the panel.",
        "The bill was backed by Rep. Nick Rahall II (D-W.Va.), who had been chairman of the panel.",
    )
    assert sheet_reading(comparison, "Rahall", "role")[0] == "same"
    assert sheet_reading(comparison, "Rahall", "party") == ("same", {"a0": "D", "a1": "D"})


def test_an_age_told_of_an_earlier_time_does_not_conflict_with_a_later_one():
    comparison = compare_sheet(
        "Dan Lope, who was 18 at the time of the shooting, confessed on Monday.",
        "Dan Lope, 20, was sentenced on Monday.",
    )
    assert sheet_reading(comparison, "Lope", "age") == ("compatible", {"a0": "18", "a1": "20"})
    assert not attribute_conflict_types(comparison)


def test_an_earlier_age_higher_than_a_later_one_still_conflicts():
    comparison = compare_sheet(
        "Dan Lope, who was 22 at the time of the shooting, confessed on Monday.",
        "Dan Lope, 20, was sentenced on Monday.",
    )
    assert sheet_reading(comparison, "Lope", "age")[0] == "conflict"
