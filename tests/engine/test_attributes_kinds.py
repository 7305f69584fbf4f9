"""The entity sheet on descriptions, party marks, employers and counts: short texts written for the test.

Each test compares short articles with the real spaCy model and reads the
sheet a reader would see (see ``test_attributes.py`` for the first kinds).
"""

from __future__ import annotations

import pytest

from tests.support.sheet import (
    attribute_conflict_types,
    compare_sheet,
    sheet_reading,
    sheet_row,
    sheet_rows,
    sheet_values,
)
from tuicompare.engine.attrcount import number_value
from tuicompare.engine.values import parse_number


def test_verdicts_stances_and_figures_of_speech_are_no_roles():
    comparison = compare_sheet(
        "Arlo Pendry is a hardliner on fishing quotas.\n\nArlo Pendry, a longtime ally of the mayor, spoke first.",
        "Arlo Pendry, the harbour master, spoke first.\n\nArlo Pendry is also a polarizing figure in the town.",
    )
    assert sheet_reading(comparison, "Pendry", "role") == ("single", {"a1": "harbour master"})
    assert not attribute_conflict_types(comparison)


def test_an_occupation_that_is_no_office_is_a_role_and_two_of_them_conflict():
    comparison = compare_sheet(
        "Anna Cole, the paper's Moscow correspondent, filed the report on Monday.",
        "Anna Cole, a senior lawyer, filed the report on Monday.",
    )
    row = sheet_row(comparison, "Cole", "role")
    assert sheet_values(row) == {"a0": "Moscow correspondent", "a1": "senior lawyer"}
    assert row.status == "conflict" and attribute_conflict_types(comparison) == ["attribute:role"]
    assert sheet_values(sheet_row(comparison, "Cole", "employer")) == {"a0": "paper"}


def test_kinship_is_neither_a_role_nor_an_employer():
    comparison = compare_sheet(
        "Patti Brand, the daughter of Ronald Marsh, opened the harbour fair on Monday.",
        "Patti Brand opened the harbour fair on Monday.",
    )
    assert not sheet_rows(comparison, "Brand", "role") and not sheet_rows(comparison, "Brand", "employer")


def test_a_party_letter_in_brackets_is_the_party_and_matches_the_word():
    comparison = compare_sheet(
        "Gov. Jay Orrin (D) signed the harbour budget on Monday.",
        "Democratic Gov. Jay Orrin signed the harbour budget on Monday.",
    )
    assert sheet_reading(comparison, "Orrin", "party") == ("variant", {"a0": "D", "a1": "Democratic"})
    assert sheet_row(comparison, "Orrin", "role").status == "same"
    assert not attribute_conflict_types(comparison)


def test_spokeswoman_for_a_company_names_her_employer_and_two_companies_conflict():
    comparison = compare_sheet(
        "Lena Brandt, a spokeswoman for Harbour Rail, confirmed the timetable on Monday.",
        "Lena Brandt, a spokeswoman for Coastline Ferries, confirmed the timetable on Monday.",
    )
    employer = sheet_row(comparison, "Brandt", "employer")
    assert sheet_values(employer) == {"a0": "Harbour Rail", "a1": "Coastline Ferries"}
    assert employer.status == "conflict"
    assert sheet_row(comparison, "Brandt", "role").status == "same"


def test_a_former_employer_is_compatible_with_a_present_one():
    comparison = compare_sheet(
        "Lena Brandt, a former spokeswoman for Harbour Rail, confirmed the timetable on Monday.",
        "Lena Brandt, a spokeswoman for Coastline Ferries, confirmed the timetable on Monday.",
    )
    assert sheet_row(comparison, "Brandt", "employer").status == "compatible"
    assert not attribute_conflict_types(comparison)


def test_the_state_an_office_is_of_and_the_body_a_candidate_seeks_are_no_employers():
    comparison = compare_sheet(
        "Gov. Mara Quist of Vermont opened the harbour fair on Monday.",
        "Senate candidate Mara Quist opened the harbour fair on Monday.",
    )
    assert not sheet_rows(comparison, "Quist", "employer")
    assert sheet_row(comparison, "Quist", "role").status == "compatible"


def test_terms_served_that_differ_are_a_count_conflict():
    comparison = compare_sheet(
        "Tom Reed, a three-term mayor, opened the harbour fair on Monday.",
        "Tom Reed, a four-term mayor, opened the harbour fair on Monday.",
    )
    count = sheet_row(comparison, "Reed", "count")
    assert count.status == "conflict" and sheet_values(count) == {"a0": "three-term", "a1": "four-term"}
    assert sheet_row(comparison, "Reed", "role").status == "same"
    # the sentences line up, so the sentence conflict on the number carries it
    conflict = next(c for c in comparison.conflicts if c.id == count.conflict)
    assert conflict.kind == "conflict" and {v.text for v in conflict.values} >= {"three", "four"}


def test_a_hedged_count_is_at_most_a_possible_difference_and_other_things_counted_are_compatible():
    hedged = compare_sheet(
        "Acme Rail, which employs more than 3,000 people, opened a depot in the harbour on Monday.",
        "Acme Rail, which employs 3,400 people, opened a depot in the harbour on Monday.",
    )
    assert sheet_row(hedged, "Acme", "count").status == "possible"
    assert not [c for c in hedged.conflicts if c.kind == "conflict" and c.type == "attribute:count"]
    other = compare_sheet(
        "Acme Rail, which employs 3,000 people, opened a depot in the harbour on Monday.",
        "Acme Rail, which runs 40 trains, opened a depot in the harbour on Monday.",
    )
    assert sheet_row(other, "Acme", "count").status == "compatible"


def test_a_count_one_source_gives_is_single():
    comparison = compare_sheet(
        "Ada Lowe, who has 14,000 followers online, opened the harbour fair on Monday.",
        "Ada Lowe opened the harbour fair on Monday.",
    )
    assert sheet_reading(comparison, "Lowe", "count") == ("single", {"a0": "14,000 followers"})


def test_a_hundred_spelled_out_counts_100_on_the_sheet():
    same = compare_sheet(
        "Harbour Rail, which employs a hundred people, opened a depot in the harbour on Monday.",
        "Harbour Rail, which employs 100 people, opened a new depot in the harbour on Monday.",
    )
    count = sheet_row(same, "Harbour Rail", "count")
    assert count.status == "variant" and sheet_values(count) == {"a0": "hundred people", "a1": "100 people"}
    differs = compare_sheet(
        "Harbour Rail, which employs a hundred people, opened a depot in the harbour on Monday.",
        "Harbour Rail, which employs 300 people, opened a depot in the harbour on Monday.",
    )
    assert sheet_row(differs, "Harbour Rail", "count").status == "conflict"


@pytest.mark.parametrize(
    ("word", "value"),
    [("seven", 7), ("Twenty", 20), ("ninety", 90), ("14,000", 14000), ("hundred", 100), ("thousand", None)],
)
def test_one_number_token_on_the_sheet_is_read_from_the_one_table_of_number_words(word, value):
    # a bare "hundred" counts 100 on the sheet (the parser hands "a hundred people" over as "hundred")
    # although a sentence's values refuse a bare scale word; larger scales alone were never counted
    assert number_value(word) == value
    assert parse_number(word) == (None if word in ("hundred", "thousand") else value)


def test_the_post_a_person_resigned_as_is_a_role_and_whom_she_works_for_an_employer():
    comparison = compare_sheet(
        "Dana Whitlow resigned as harbour master on Monday.\n\nDana Whitlow works for Coastline Ferries.",
        "Dana Whitlow, the harbour master, resigned on Monday.\n\nShe joined Coastline Ferries in May.",
    )
    assert sheet_row(comparison, "Whitlow", "role").status == "same"
    assert sheet_values(sheet_row(comparison, "Whitlow", "employer")) == {"a0": "Coastline Ferries"}


def test_a_reputation_is_no_role():
    comparison = compare_sheet(
        "Dana Whitlow is known as a brilliant negotiator in the port.",
        "Dana Whitlow, the harbour master, opened the fair on Monday.",
    )
    assert sheet_row(comparison, "Whitlow", "role").status == "single"


def test_where_an_organisation_has_its_headquarters_is_its_base():
    comparison = compare_sheet(
        "Northgate Logistics Inc., whose headquarters is in Swindon, opened a depot on Monday.",
        "Northgate Logistics Inc., whose headquarters is in Reading, opened a depot on Monday.",
    )
    assert sheet_reading(comparison, "Northgate", "base") == ("conflict", {"a0": "Swindon", "a1": "Reading"})


def test_one_of_several_people_is_no_count_and_a_country_is_no_employer():
    comparison = compare_sheet(
        "One councillor, Ada Lowe, voted against the harbour budget on Monday.",
        "Norway's ambassador, Ada Lowe, voted against the harbour budget on Monday.",
    )
    assert not sheet_rows(comparison, "Lowe", "count") and not sheet_rows(comparison, "Lowe", "employer")
    assert sheet_values(sheet_row(comparison, "Lowe", "role")) == {"a0": "councillor", "a1": "ambassador"}


def test_a_bare_title_coordinated_before_a_name_is_hers_but_the_senator_and_x_are_two_people():
    comparison = compare_sheet(
        "The row pitted Tom Reed against GOP mayoral candidate and former harbour master Ann Pryce on Monday.",
        "The senator and Ann Pryce met at the harbour on Monday.",
    )
    role = sheet_row(comparison, "Pryce", "role")
    assert set(sheet_values(role)) == {"a0"} and "candidate" in sheet_values(role)["a0"]
    assert sheet_values(sheet_row(comparison, "Pryce", "party")) == {"a0": "GOP"}


def test_headquartered_in_and_has_its_headquarters_in_each_say_the_base():
    apart = compare_sheet(
        "Brightwell Foods, which is headquartered in Reading, cut 200 jobs on Monday.",
        "Brightwell Foods, which has its headquarters in Swindon, cut 200 jobs on Monday.",
    )
    alike = compare_sheet(
        "Brightwell Foods is headquartered in Reading and cut 200 jobs on Monday.",
        "Brightwell Foods has its headquarters in Reading and cut 200 jobs on Monday.",
    )
    assert sheet_reading(apart, "Brightwell", "base") == ("conflict", {"a0": "Reading", "a1": "Swindon"})
    assert sheet_reading(alike, "Brightwell", "base") == ("same", {"a0": "Reading", "a1": "Reading"})


def test_a_place_an_organisation_has_something_else_in_is_no_base():
    comparison = compare_sheet(
        "Brightwell Foods has 200 staff in Swindon and cut 20 jobs on Monday.",
        "Brightwell Foods has its headquarters in Reading and cut 20 jobs on Monday.",
    )
    assert sheet_reading(comparison, "Brightwell", "base") == ("single", {"a1": "Reading"})


def test_a_name_tagged_an_organisation_set_off_by_a_post_held_at_a_body_is_a_person_with_that_role():
    # the recogniser tags "Marcus Tripley" an organisation here; the post held for a body says it is a person
    other = "All versions of the browser are affected, the company says."
    person = compare_sheet(
        "Marcus Tripley, technical manager of security research for Brightline, found the flaw on Monday.", other
    )
    assert sheet_reading(person, "Tripley", "role") == (
        "single",
        {"a0": "technical manager of security research for Brightline"},
    )


def test_a_name_tagged_an_organisation_with_a_descriptor_and_no_body_or_a_firms_last_word_stays_unread():
    other = "All versions of the browser are affected, the company says."
    model = compare_sheet("Marcus Tripley, a famous model, found the flaw on Monday.", other)
    assert sheet_rows(model, "Tripley", "role") == []
    firm = compare_sheet("Brightline Security, the manager of the fund, found the flaw on Monday.", other)
    assert sheet_rows(firm, "Brightline", "role") == []
