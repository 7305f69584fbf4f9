"""Names in title-case headlines: the headline's verb the recogniser glues to a person's name is cut off.

Short texts written for the test, compared with the real spaCy model: "Actress
X Dies at 91" names X (one person with the body's X), and the age it states is
compared like any other.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_row, sheet_values


def test_a_headline_verb_glued_to_a_name_is_cut_and_its_age_agrees_with_the_body():
    comparison = compare_sheet(
        "Actress Dana Pellworth Dies at 91",
        "Dana Pellworth, who starred in films, died on Thursday at the age of 91.",
    )
    assert [e.name for e in comparison.entities if e.label == "person"] == ["Dana Pellworth"]
    age = sheet_row(comparison, "Pellworth", "age")
    assert sheet_values(age) == {"a0": "91", "a1": "91"}
    assert age.status == "same"


def test_two_headlines_that_give_two_ages_at_death_conflict():
    comparison = compare_sheet("Actress Dana Pellworth Dies at 91", "Actress Dana Pellworth Dies at 88")
    age = sheet_row(comparison, "Pellworth", "age")
    assert sheet_values(age) == {"a0": "91", "a1": "88"}
    assert age.status == "conflict"
