"""Ages written in words on the entity sheet: read as the figure they spell, on short texts written for the test."""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows


def test_an_age_in_words_before_the_name_is_the_same_age_as_its_figure_after_it():
    comparison = compare_sheet(
        "The fifty-two-year-old Ann Cole opened the harbour museum on Sunday.",
        "Ann Cole, 52, opened the harbour museum on Sunday.",
    )
    assert sheet_reading(comparison, "Cole", "age") == ("same", {"a0": "fifty-two", "a1": "52"})


def test_ages_in_words_set_after_the_name_that_differ_are_a_conflict():
    comparison = compare_sheet(
        "Ann Cole, fifty-two, opened the harbour museum on Sunday.",
        "Ann Cole, who is fifty-eight, opened the harbour museum on Sunday.",
    )
    assert sheet_reading(comparison, "Cole", "age") == ("conflict", {"a0": "fifty-two", "a1": "fifty-eight"})


def test_a_twenty_year_old_student_set_beside_the_name_gives_her_age_and_her_trade():
    comparison = compare_sheet(
        "Ann Cole, a twenty-year-old student, opened the harbour museum on Sunday.",
        "Ann Cole, 20, opened the harbour museum on Sunday.",
    )
    assert sheet_reading(comparison, "Cole", "age") == ("same", {"a0": "twenty", "a1": "20"})
    assert sheet_reading(comparison, "Cole", "role") == ("single", {"a0": "student"})


def test_one_of_a_group_set_after_a_name_is_no_age():
    comparison = compare_sheet(
        "Ann Cole, one of the founders, opened the harbour museum on Sunday.",
        "Ann Cole, two of whose sons work there, opened the harbour museum on Sunday.",
    )
    assert not sheet_rows(comparison, "Cole", "age")
