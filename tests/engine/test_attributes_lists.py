"""The entity sheet on hyphenated roles and on lists of people with their ages.

Short texts written for the test, compared with the real spaCy model. The
small parser may split "a co-producer" into three appositions of the name
(read before as the role "a co", at odds with "producer"), and may hang the
next person of a list ("son Leo, 8, daughter Ava, 3") on the first one, whose
age then took the second's too.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_rows, sheet_values


def test_a_hyphenated_role_is_read_whole_and_agrees_with_its_last_word():
    comparison = compare_sheet(
        "The new play was staged by Dana Pell, a co-producer of the festival, in March.",
        "Dana Pell, a producer of the festival, praised the cast.",
    )
    [role] = sheet_rows(comparison, "Pell", "role")
    assert sheet_values(role) == {"a0": "co-producer of the festival", "a1": "producer of the festival"}
    assert role.status == "compatible"
    assert not comparison.conflicts  # no "producer" against "a co" among the claims either


def test_a_hyphenated_rank_reads_like_the_spaced_one_and_a_plain_role_is_still_read():
    hyphen = compare_sheet(
        "The deal was signed by Tomas Wolak, a vice-president of the bank, on Monday.",
        "Tomas Wolak, the president of the bank, signed the deal.",
    )
    spaced = compare_sheet(
        "The deal was signed by Tomas Wolak, a vice president of the bank, on Monday.",
        "Tomas Wolak, the president of the bank, signed the deal.",
    )
    [role] = sheet_rows(hyphen, "Wolak", "role")
    [twin] = sheet_rows(spaced, "Wolak", "role")
    assert sheet_values(role) == {"a0": "vice-president", "a1": "president"}
    assert sheet_values(twin) == {"a0": "vice president", "a1": "president"}
    assert role.status == twin.status


def test_each_child_of_a_list_keeps_their_own_age():
    comparison = compare_sheet(
        "Jon Hale makes pancakes for son Oscar, 8, daughter Ava, 3, as well as his wife Mary Hale.",
        "Oscar Hale, who plays football, scored twice on Saturday.",
    )
    assert sheet_values(sheet_rows(comparison, "Oscar", "age")[0]) == {"a0": "8"}
    assert sheet_values(sheet_rows(comparison, "Ava", "age")[0]) == {"a0": "3"}


def test_the_next_name_of_a_list_ends_the_first_ones_appositions_and_a_single_age_is_still_read():
    listed = compare_sheet(
        "Tom Hale makes pancakes for son Leo, 8, daughter Ava, 3, as well as his wife Mary Hale.",
        "Leo Hale plays football.",
    )
    single = compare_sheet("Tom Hale makes pancakes for son Leo, 8, on Sundays.", "Leo Hale plays football.")
    assert sheet_values(sheet_rows(listed, "Leo", "age")[0]) == {"a0": "8"}
    assert sheet_values(sheet_rows(single, "Leo", "age")[0]) == {"a0": "8"}
