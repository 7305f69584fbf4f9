"""One team under two names, its city's and its nickname, tied by the story (``teamnames.teams_of_places``).

Texts written for these tests, compared with the real spaCy model. "Sacramento fell to 5-10" and "the Hornets fell
to 9-10" tell one team's record when the story writes "the Sacramento Hornets": the record told of the city is the
team's, so the two records are compared on the team's row. Without that tie, or when the city's name leads two
teams' names, the city's record stays on the city's row.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows

_TEAM = "The Sacramento Hornets lost to the Harlow Rovers on Sunday. "


def test_a_record_told_of_the_city_and_of_the_nickname_is_one_teams():
    comparison = compare_sheet(
        _TEAM + "Sacramento fell to 5-10 with the loss.", _TEAM + "The Hornets fell to 9-10 with the loss."
    )
    assert sheet_reading(comparison, "Hornets", "count") == ("conflict", {"a0": "5-10", "a1": "9-10"})
    assert "attribute:count" in attribute_conflict_types(comparison, "conflict")


def test_one_record_under_the_two_names_agrees():
    comparison = compare_sheet(
        _TEAM + "Sacramento fell to 5-10 with the loss.", _TEAM + "The Hornets fell to 5-10 with the loss."
    )
    assert sheet_reading(comparison, "Hornets", "count") == ("same", {"a0": "5-10", "a1": "5-10"})


def test_without_the_full_name_the_city_keeps_its_record():
    # Nothing in the story says the Hornets are Sacramento's team.
    untied = "The Hornets lost to the Harlow Rovers on Sunday. "
    comparison = compare_sheet(
        untied + "Sacramento fell to 5-10 with the loss.", untied + "The Hornets fell to 9-10 with the loss."
    )
    assert [row.status for row in sheet_rows(comparison, "Sacramento", "count")] == ["single"]
    assert "attribute:count" not in attribute_conflict_types(comparison)


def test_a_city_that_leads_two_teams_names_keeps_its_record():
    # Which of the city's two teams "Sacramento" means, the story does not say.
    derby = "The Sacramento Hornets beat the Sacramento Rovers on Sunday. "
    comparison = compare_sheet(
        derby + "Sacramento fell to 5-10 with the loss.", derby + "The Rovers fell to 9-10 with the loss."
    )
    assert [row.status for row in sheet_rows(comparison, "Rovers", "count")] == ["single"]
    assert "attribute:count" not in attribute_conflict_types(comparison)
