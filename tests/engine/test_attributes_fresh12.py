"""The entity sheet on classes first seen on the twelfth fresh part (issue 11): texts written for the test.

An office a death report sets before a name ("Coroner X") is a title, not part of the
name, as "Sheriff X" is; an office its holder is to take up, which the tokenizer cuts in three ("president-elect"),
is one title; the post the object of "asked" (or its passive subject) is asked to serve as is a post to come
("asked X to serve as treasurer"); a country named by a common noun ("the country's surgeon general") is the
office's jurisdiction, as a named country is, no employer; a title-case headline's verb the tagger glued to a
person's name as a proper noun is cut from it ("Kennedy Aide Tom Brill Dies at 88").
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_an_office_before_a_name_in_a_death_report_is_a_title_not_part_of_the_name():
    comparison = compare_sheet(
        "Dana Price, the county coroner, said the man died on Saturday.",
        "The body was found in a motel room in Duluth, Coroner Dana Price said on Monday.",
    )
    people = [e for e in comparison.entities if "Price" in e.name]
    assert [e.name for e in people] == ["Dana Price"]  # one person, named without the office
    status, cells = sheet_reading(comparison, "Dana Price", "role")
    assert cells == {"a0": "county coroner", "a1": "Coroner"} and status in ("same", "variant", "compatible")
    assert not attribute_conflict_types(comparison)


def test_an_office_to_be_taken_up_cut_by_the_tokenizer_is_one_title():
    comparison = compare_sheet(
        "U.S. president-elect Anna Berg has asked Tom Reed to lead the agency, the paper said.",
        "Governor-elect Anna Berg spoke to reporters on Monday.",
        "Anna Berg, the president-elect of the club, spoke on Monday.",
    )
    status, cells = sheet_reading(comparison, "Anna Berg", "role")
    assert cells == {"a0": "president-elect", "a1": "Governor-elect", "a2": "president-elect"}
    assert status in ("same", "variant", "compatible")  # an office to come beside another: no conflict raised
    assert sheet_reading(comparison, "Anna Berg", "employer") == ("single", {"a2": "club"})


def test_the_post_a_person_is_asked_to_serve_as_is_a_post_to_come_and_a_denied_request_none():
    comparison = compare_sheet(
        "The mayor asked Ann Cole, the bank's chief economist, to serve as city treasurer, the paper said.",
        "Ann Cole was asked to serve as treasurer on Monday, officials said.",
        "The governor did not ask Ben Ford to serve as treasurer, aides said.",
    )
    status, cells = sheet_reading(comparison, "Ann Cole", "role")
    assert cells == {"a0": "chief economist; city treasurer", "a1": "treasurer"}
    assert status in ("same", "variant", "compatible")
    assert not sheet_rows(comparison, "Ben Ford", "role")
    assert not attribute_conflict_types(comparison)


def test_a_country_named_by_a_common_noun_is_a_jurisdiction_not_an_employer():
    comparison = compare_sheet(
        "Ann Cole, the country's surgeon general, spoke on Monday.",
        "Ann Cole, the nation's top doctor, spoke on Monday.",
        "Ann Cole, the city's treasurer, spoke on Monday.",
    )
    # the city employs its treasurer (the entity gold's "the city's public safety director")
    assert sheet_reading(comparison, "Ann Cole", "employer") == ("single", {"a2": "city"})


def test_a_surgeons_specialty_before_or_beside_a_name_is_a_trade():
    comparison = compare_sheet(
        "The hospital hired neurosurgeon Tom Reed on Monday, officials said.",
        "Tom Reed, a neurosurgeon who trained in Boston, joined the hospital on Monday.",
    )
    assert sheet_reading(comparison, "Tom Reed", "role") == ("same", {"a0": "neurosurgeon", "a1": "neurosurgeon"})


def test_a_title_case_headlines_verb_tagged_a_name_is_cut_from_the_name_but_a_name_ending_in_s_stays():
    comparison = compare_sheet(
        "Kennedy Aide Tom Brill Dies at 88",
        "Tom Brill, a White House aide for ten years, died on Sunday.",
        "Actress Ann Ross at the Palace Theatre Tonight",
    )
    names = [e.name for e in comparison.entities if e.label == "person"]
    assert "Tom Brill" in names and "Ann Ross" in names  # not "Tom Brill Dies"; "Ross" is no verb
    status, cells = sheet_reading(comparison, "Tom Brill", "role")
    assert cells == {"a0": "Aide", "a1": "aide"} and status in ("same", "variant")
