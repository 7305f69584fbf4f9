"""Two counts of different things in one cell of the entity sheet: each is compared on its own.

Texts written for these tests, compared with the real spaCy model. An outlet that calls a fighter a "two-time"
champion, as the other does, still tells another record: the agreeing title count must not make the row agree.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading


def _standing(record: str) -> str:
    return f"Two-time champion Ida Kern dropped to {record} after the loss in Leeds on Saturday. The bout was long."


def test_an_agreeing_title_count_does_not_hide_a_record_far_apart():
    # Main read this row "compatible": one agreeing count of any thing made the whole cell agree.
    comparison = compare_sheet(_standing("27-7-2"), _standing("45-7-2"))
    assert sheet_reading(comparison, "Kern", "count") == (
        "conflict",
        {"a0": "Two-time; 27-7-2", "a1": "Two-time; 45-7-2"},
    )


def test_a_record_one_result_apart_stays_possible_beside_an_agreeing_title_count():
    comparison = compare_sheet(_standing("27-7-2"), _standing("28-7-2"))
    assert sheet_reading(comparison, "Kern", "count")[0] == "possible"


def test_the_same_counts_of_two_things_are_the_same():
    comparison = compare_sheet(_standing("27-7-2"), _standing("27-7-2"))
    assert sheet_reading(comparison, "Kern", "count")[0] == "same"
