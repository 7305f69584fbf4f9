"""Same-referent resolution of a given name and its nickname ("Chuck" for "Charles"), with real spaCy.

Short texts written for the test: the sheet and the entity list read as a
reader would; the nickname table is the ``nicknames`` package's.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_row, sheet_values
from tests.support.texts import NEUTRAL_TAIL, compare_texts


def _people(comparison):  # noqa: ANN001, ANN202
    return sorted(e.name for e in comparison.entities if e.label == "person")


def test_a_nickname_and_the_given_name_it_shortens_are_one_person_whose_attributes_line_up():
    comparison = compare_sheet(
        "Senator Charles E. Harwick, 84, spoke against the harbour bill on Tuesday.",
        "Chuck Harwick, 84, spoke against the harbour bill on Tuesday.",
    )
    assert len([n for n in _people(comparison) if "Harwick" in n]) == 1
    age = sheet_row(comparison, "Harwick", "age")
    assert sheet_values(age) == {"a0": "84", "a1": "84"}
    assert age.status == "same"


def test_two_given_names_that_are_no_nickname_of_each_other_stay_two_people():
    comparison = compare_sheet(
        "Senator Charles Harwick, 84, spoke against the harbour bill on Tuesday.",
        "Thomas Harwick, 52, spoke against the harbour bill on Tuesday.",
    )
    assert len([n for n in _people(comparison) if "Harwick" in n]) == 2
    assert all(row.status == "single" for row in comparison.attributes)


def test_a_nickname_two_fuller_names_share_joins_neither():
    comparison = compare_sheet(
        "William Harwick, 84, and Robert Harwick, 81, spoke against the harbour bill on Tuesday.",
        "Bill Harwick, 52, spoke against the harbour bill on Tuesday.",
    )
    assert len([n for n in _people(comparison) if "Harwick" in n]) == 3


def test_a_listed_full_name_and_its_nickname_elsewhere_are_one_person_spelled_two_ways():
    comparison = compare_texts(
        "Police identified the victims as Ann Marie Lee, 47, and Maxwell J. Ray, 39, both of Springfield.",
        "Police identified the victim as Max Ray, a 39-year-old man from Springfield.",
        tail=NEUTRAL_TAIL,
    )
    people = [(c.kind, {v.text for v in c.values}) for c in comparison.conflicts if c.type == "person"]
    assert people == [("variant", {"Maxwell J. Ray", "Max Ray"})]
