"""The entity sheet on classes first seen on the twelfth fresh part (issue 11): texts written for the test.

An office a death or police report sets before a name ("Coroner X", "Constable X") is a title, not part of the
name, as "Sheriff X" is; an office its holder is to take up, which the tokenizer cuts in three ("president-elect"),
is one title.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading


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
