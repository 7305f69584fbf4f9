"""The entity sheet on classes first seen on the thirteenth fresh part (issue 11): texts written for the test.

A body's name set beside its common noun ("at the group Open Lanes") is the employer, whatever label the
recogniser gave the name; a trade's noun said of whoever devised a plan ("the chief architect of a tax policy") is a
figure of speech, no office; an office or a party word set off after "Senator X of Ohio," is the person's, and a
party word set beside a place contains no place, nor does one before a body seat it or give it a party; a title
right before a name keeps its own "of" phrase ("Secretary of State X", "chief of staff X").
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_the_name_set_beside_a_bodys_noun_is_the_employer_not_the_noun():
    comparison = compare_sheet(
        "Tom Reed, the director of research at the group Open Lanes, said so on Tuesday.",
        "Tom Reed, a director at Open Lanes, spoke on Monday.",
        "Ann Cole, an analyst with the company Velta Systems, spoke on Monday.",
    )
    status, cells = sheet_reading(comparison, "Tom Reed", "employer")
    assert cells == {"a0": "Open Lanes", "a1": "Open Lanes"} and status == "same"  # not "group" beside the name
    assert sheet_reading(comparison, "Ann Cole", "employer") == ("single", {"a2": "Velta Systems"})
    assert not attribute_conflict_types(comparison)


def test_a_bodys_noun_with_no_name_beside_it_stays_the_employer():
    comparison = compare_sheet(
        "Ann Cole, a nurse at the hospital, spoke on Monday.",
        "Ann Cole, a spokeswoman for the group, Tom Reed said.",
    )
    assert sheet_reading(comparison, "Ann Cole", "employer")[1] == {"a0": "hospital", "a1": "group"}


def test_the_architect_of_a_policy_holds_no_office_but_the_architect_of_a_building_does():
    comparison = compare_sheet(
        "Tom Reed was the chief architect of a tax policy that failed, Ann Cole said.",
        "[Dana Price] was the architect of the deal, Ann Cole said.",
        "Lee Grant, the architect of the new stadium, spoke on Monday.",
    )
    assert not sheet_rows(comparison, "Tom Reed", "role")  # a figure of speech: whoever devised the policy
    assert not sheet_rows(comparison, "Dana Price", "role")
    status, cells = sheet_reading(comparison, "Lee Grant", "role")
    assert status == "single" and "architect" in cells["a2"]  # a trade


def test_an_office_or_party_after_the_state_a_person_stands_for_is_the_persons():
    comparison = compare_sheet(
        "They accused Senator Tom Reed of Ohio, the Democratic leader, of giving in on Monday.",
        "The remark was a clear reference to former Speaker Dan Ross of Utah, a Republican.",
        "Lee Grant of Ashby, a village in Kent, said so on Monday.",
    )
    status, cells = sheet_reading(comparison, "Tom Reed", "role")
    assert status == "single" and "leader" in cells["a0"] and "Senator" in cells["a0"]
    assert sheet_reading(comparison, "Tom Reed", "party") == ("single", {"a0": "Democratic"})
    assert sheet_reading(comparison, "Dan Ross", "party") == ("single", {"a1": "Republican"})
    assert not sheet_rows(comparison, "Utah", "location")  # a party's word is no place Utah lies in
    assert not sheet_rows(comparison, "Lee Grant", "role")  # the village is Ashby's, no office of his


def test_a_party_word_before_a_body_neither_seats_it_nor_gives_it_a_party():
    comparison = compare_sheet(
        "Dana Price, a candidate in the Republican Senate primary, spoke in Ames on Monday.",
        "Dana Price, a Republican, spoke to the Senate on Monday.",
    )
    assert not sheet_rows(comparison, "Senate", "base") and not sheet_rows(comparison, "Senate", "party")
    assert sheet_reading(comparison, "Dana Price", "party") == ("single", {"a1": "Republican"})


def test_a_title_with_its_own_of_phrase_right_before_a_name_is_read():
    comparison = compare_sheet(
        "He praised former Secretary of State Ann Cole on Monday.",
        "The money will come from the fund, acting White House chief of staff Tom Reed told reporters.",
    )
    assert sheet_reading(comparison, "Ann Cole", "role") == ("single", {"a0": "former Secretary of State"})
    assert sheet_reading(comparison, "Tom Reed", "role") == ("single", {"a1": "chief of staff"})
    assert sheet_reading(comparison, "Tom Reed", "employer") == ("single", {"a1": "White House"})
