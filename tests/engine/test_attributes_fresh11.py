"""The entity sheet on classes first seen on the eleventh fresh part (issue 11): texts written for the test.

A trade that is also a verb, after "to", is the infinitive's verb, no title ("paid to recruit X"); a possessive
naming whom a team is for is part of the title, no employer ("men's basketball coach"); the post a person is
removed from is named by "his position as" ("terminated from his position as coach"); an "as" whose noun a
possessive owns names a post whatever the verb ("ran the club as its treasurer"); "X and other former nurses"
says X is one of them; a title opening the sentence, capitalised by its place, is set beside the name after it
("Director of the X Clinic, Pat Mott, said").
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_a_trade_that_is_also_a_verb_after_to_is_no_title_but_a_trade_that_is_no_verb_is():
    comparison = compare_sheet(
        "Officials said Cole paid $4,000 to recruit Dario Velez in 2001.",
        "The Hawks won thanks to cornerback Omar Tellis, who returned a fumble.",
    )
    assert not sheet_rows(comparison, "Velez", "role")
    assert sheet_reading(comparison, "Tellis", "role") == ("single", {"a1": "cornerback"})


def test_whom_a_team_is_for_is_part_of_the_title_and_no_employer():
    comparison = compare_sheet(
        "Jim Rowe was terminated from his position as head men's basketball coach at Lakeside University.",
        "Jim Rowe, the former basketball coach, sued the school on Monday.",
    )
    status, cells = sheet_reading(comparison, "Rowe", "role")
    assert cells == {"a0": "head men's basketball coach", "a1": "former basketball coach"}
    assert status in ("compatible", "same", "variant")
    assert sheet_reading(comparison, "Rowe", "employer") == ("single", {"a0": "Lakeside University"})
    assert not attribute_conflict_types(comparison)


def test_the_post_a_person_is_removed_from_is_a_past_one():
    comparison = compare_sheet(
        "Ann Vale was terminated from her position as finance director in May.",
        "Ann Vale, the city's treasurer, spoke at the meeting.",
    )
    status, cells = sheet_reading(comparison, "Vale", "role")
    assert cells["a0"] == "finance director" and status != "conflict"  # a post left beside the one held now
    assert not attribute_conflict_types(comparison, "conflict")


def test_an_as_whose_noun_a_possessive_owns_names_a_post_whatever_the_verb():
    comparison = compare_sheet(
        "Ann Cole ran the charity as its treasurer until 2019.",
        "Ann Cole spoke as a mother at the hearing. Ted Lyle ran the race as a favourite.",
    )
    assert sheet_reading(comparison, "Cole", "role") == ("single", {"a0": "treasurer"})
    assert not sheet_rows(comparison, "Lyle", "role")


def test_a_name_beside_other_members_of_a_trade_is_one_of_them_but_a_body_s_members_hold_no_post():
    comparison = compare_sheet(
        "Ann Cole, Tom Reed and other former nurses sued the hospital.",
        "Dan Roe and other senior club members were charged on Friday.",
    )
    assert sheet_reading(comparison, "Cole", "role") == ("single", {"a0": "former nurses"})
    assert sheet_reading(comparison, "Reed", "role") == ("single", {"a0": "former nurses"})
    assert not sheet_rows(comparison, "Roe", "role") and not sheet_rows(comparison, "Roe", "employer")


def test_a_title_opening_the_sentence_before_the_name_it_is_set_beside_is_the_names():
    comparison = compare_sheet(
        "Director of the Harlow Law Clinic, Pat Mott, commented on the case.",
        "Pat Mott, the clinic's director, said the trial would go on.",
    )
    status, cells = sheet_reading(comparison, "Mott", "role")
    assert cells["a0"] == "Director" and status != "conflict"
    assert sheet_reading(comparison, "Mott", "employer")[1]["a0"] == "Harlow Law Clinic"
    assert not attribute_conflict_types(comparison, "conflict")


def test_an_owned_as_after_a_verb_of_depicting_is_how_someone_is_shown_no_post():
    comparison = compare_sheet(
        "Reyes cast former minister Ann Cole as his loyal deputy in a speech on Friday.",
        "Ann Cole, a former minister, did not reply.",
    )
    status, cells = sheet_reading(comparison, "Cole", "role")
    assert cells == {"a0": "former minister", "a1": "former minister"} and status != "conflict"


def test_an_owned_as_after_a_verb_of_knowing_or_judging_holds_no_post():
    comparison = compare_sheet(
        "Dan Roe, a lawyer, was known as their enforcer for years.",
        "Dan Roe was hailed as its saviour by the club's fans.",
    )
    assert sheet_reading(comparison, "Roe", "role") == ("single", {"a0": "lawyer"})


def test_a_compound_title_the_recogniser_tagged_a_body_is_one_title_and_no_employer():
    comparison = compare_sheet(
        "Ann Cole thanked former Surgeon General Dan Satcher. She will replace Rear Admiral Ted Galson next week.",
        "Dan Satcher, a former surgeon general, and Ted Galson, the acting surgeon general, praised her.",
    )
    status, cells = sheet_reading(comparison, "Satcher", "role")
    assert cells["a0"] == "former Surgeon General" and status != "conflict"
    assert not sheet_rows(comparison, "Satcher", "employer") and not sheet_rows(comparison, "Galson", "employer")
    assert sheet_reading(comparison, "Galson", "role")[1]["a0"] == "Rear Admiral"
