"""The entity sheet on clauses about several people, counts over time, bodies named by initials, ranks and trades.

Short texts written for the test, compared with the real spaCy model and read
as a reader of the sheet would (conventions: ``benchmarks/gold/entities/README.md``).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows


def _attribute_conflicts(comparison):  # noqa: ANN001, ANN202
    return [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_what_one_clause_counts_for_its_subject_is_not_the_age_or_count_of_the_next_subject():
    comparison = compare_sheet(
        "The inspector said Dorian Pell has 20 horses and Mara Quint has two.",
        "Mara Quint, 44, keeps her horses on the hill farm above the harbour.",
    )
    assert sheet_reading(comparison, "Quint", "age") == ("single", {"a1": "44"})
    assert not sheet_rows(comparison, "Quint", "count")
    assert sheet_reading(comparison, "Pell", "count") == ("single", {"a0": "20 horses"})
    assert not _attribute_conflicts(comparison)


def test_a_count_of_all_there_ever_were_says_nothing_against_the_count_now():
    comparison = compare_sheet(
        "Dorian Pell, who has had 26 horses, spoke at the harbour fair on Monday.",
        "The inspector said Dorian Pell has 20 horses on the hill farm.",
    )
    status, cells = sheet_reading(comparison, "Pell", "count")
    assert cells == {"a0": "26 horses", "a1": "20 horses"} and status == "compatible"
    assert not _attribute_conflicts(comparison)


def test_a_count_now_that_differs_is_still_a_conflict():
    comparison = compare_sheet(
        "Dorian Pell, who has 26 horses, spoke at the harbour fair on Monday.",
        "The inspector said Dorian Pell has 20 horses on the hill farm.",
    )
    assert sheet_reading(comparison, "Pell", "count")[0] == "conflict"


def test_a_body_named_by_its_initials_in_one_outlet_and_in_full_in_another_is_a_variant():
    comparison = compare_sheet(
        "Dorian Pell is the treasurer of the Northern Union of Harbour Pilots, a court heard on Monday.",
        "NUHP treasurer Dorian Pell told the court on Monday that the accounts were in order.",
    )
    status, cells = sheet_reading(comparison, "Pell", "employer")
    assert cells == {"a0": "Northern Union of Harbour Pilots", "a1": "NUHP"} and status == "variant"
    assert not _attribute_conflicts(comparison)


def test_two_bodies_whose_initials_differ_stay_a_difference():
    comparison = compare_sheet(
        "Dorian Pell is the treasurer of the Northern Union of Harbour Pilots, a court heard on Monday.",
        "NUFP treasurer Dorian Pell told the court on Monday that the accounts were in order.",
    )
    assert sheet_reading(comparison, "Pell", "employer")[0] in ("possible", "conflict")
