"""The entity sheet's status of two values: a grade beside a post, an employer that is a person.

Short texts written for the test, compared with the real spaCy model. Each
compatible case has a real-disagreement counterpart, so the rule that makes it
compatible cannot simply hide every difference of its kind.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_row, sheet_values


def test_a_grade_and_a_post_of_one_body_are_compatible():
    comparison = compare_sheet(
        "Police spokesman Tom Reeve said the two climbers were found on Sunday.",
        "Police Inspector Tom Reeve said the two climbers were found on Sunday.",
    )
    role = sheet_row(comparison, "Reeve", "role")
    assert sheet_values(role) == {"a0": "spokesman", "a1": "Inspector"}
    assert role.status == "compatible"
    assert not attribute_conflict_types(comparison)


def test_two_grades_of_one_body_conflict():
    comparison = compare_sheet(
        "Police Sergeant Tom Reeve said the two climbers were found on Sunday.",
        "Police Inspector Tom Reeve said the two climbers were found on Sunday.",
    )
    role = sheet_row(comparison, "Reeve", "role")
    assert sheet_values(role) == {"a0": "Sergeant", "a1": "Inspector"}
    assert role.status == "conflict"
    assert attribute_conflict_types(comparison) == ["attribute:role"]


def test_a_grade_beside_a_post_in_no_named_body_is_only_a_possible_difference():
    comparison = compare_sheet(
        "Inspector Tom Reeve said the two climbers were found on Sunday.",
        "Deputy prosecutor Tom Reeve said the two climbers were found on Sunday.",
    )
    role = sheet_row(comparison, "Reeve", "role")
    assert sheet_values(role) == {"a0": "Inspector", "a1": "Deputy prosecutor"}
    assert role.status == "possible"


def test_the_person_an_aide_serves_and_an_organisation_are_compatible_employers():
    comparison = compare_sheet(
        "Colin Marsh, a top Harbour Rail aide, died on Sunday at 75.",
        "Colin Marsh, a close aide to former mayor Dana Pell, died on Sunday at 75.",
    )
    employer = sheet_row(comparison, "Marsh", "employer")
    assert sheet_values(employer) == {"a0": "Harbour Rail", "a1": "Dana Pell"}
    assert employer.status == "compatible"
    assert not attribute_conflict_types(comparison)


def test_two_organisations_an_aide_works_for_conflict():
    comparison = compare_sheet(
        "Colin Marsh, a top Harbour Rail aide, died on Sunday at 75.",
        "Colin Marsh, a top Kestrel Bank aide, died on Sunday at 75.",
    )
    employer = sheet_row(comparison, "Marsh", "employer")
    assert sheet_values(employer) == {"a0": "Harbour Rail", "a1": "Kestrel Bank"}
    assert employer.status == "conflict"


def test_a_post_whose_body_one_source_gives_the_employer_is_compatible_not_a_variant():
    # "Director" (its body in the employer row) says less than "public safety director": not the same words
    fewer = compare_sheet(
        "Harbour Public Safety Director Lena Marsh closed the quay on Monday.",
        "Lena Marsh, the town's public safety director, closed the quay on Monday.",
    )
    assert sheet_reading(fewer, "Marsh", "role") == ("compatible", {"a0": "Director", "a1": "public safety director"})
    spelled = compare_sheet(
        "Sen. Lena Marsh closed the quay on Monday.",
        "Senator Lena Marsh closed the quay on Monday.",
    )
    assert sheet_row(spelled, "Marsh", "role").status == "variant"


def test_a_post_the_text_dates_to_a_year_is_no_difference_from_a_present_one():
    # a career: the post held in a given year says nothing against the one held now
    comparison = compare_sheet(
        "Ann Cole, the council's treasurer in 2004, opened the harbour museum on Sunday.",
        "Council leader Ann Cole opened the harbour museum on Sunday.",
    )
    assert sheet_reading(comparison, "Cole", "role") == ("compatible", {"a0": "treasurer", "a1": "leader"})
    assert not attribute_conflict_types(comparison)
    # undated, the same two posts are a real disagreement
    undated = compare_sheet(
        "Ann Cole, the council's treasurer, opened the harbour museum on Sunday.",
        "Council leader Ann Cole opened the harbour museum on Sunday.",
    )
    assert sheet_row(undated, "Cole", "role").status == "conflict"


def test_ages_told_of_years_as_far_apart_as_the_ages_are_compatible():
    # one age told a year apart: 52 in 2017, 53 in 2018
    comparison = compare_sheet(
        "Tom Avery, 52, won the county sheepdog trial in June 2017.",
        "In June 2018 Tom Avery, 53, won the county sheepdog trial again.",
    )
    assert sheet_reading(comparison, "Avery", "age") == ("compatible", {"a0": "52", "a1": "53"})
    # told of one year, the same two ages still disagree
    same_year = compare_sheet(
        "Tom Avery, 52, won the county sheepdog trial in June 2017.",
        "In June 2017 Tom Avery, 53, won the county sheepdog trial.",
    )
    assert sheet_row(same_year, "Avery", "age").status in ("possible", "conflict")
