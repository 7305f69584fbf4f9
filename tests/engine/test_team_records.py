"""A team's record, and a record after a verb of standing, on the entity sheet (``attrcount.records``).

Texts written for these tests, compared with the real spaCy model. A team's record set after its name ("the
Hawks (11-4)") is the team's as a fighter's is the fighter's; a record after "dropped to", "improved to", "fell to"
is the subject's standing after the bout or game the clause tells ("Roe dropped to 27-7-2").
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows


def _game(team: str, record: str) -> str:
    return f"{team} ({record}) beat the Hornets at home on Sunday. The crowd was the largest of the season."


def _standing(verb: str, record: str) -> str:
    return f"Ida Kern {verb} to {record} after the loss in Leeds on Saturday. The bout went twelve rounds."


def test_a_teams_two_records_far_apart_are_a_conflict():
    # The recogniser calls the team a body: the sheet read records of people only.
    comparison = compare_sheet(_game("The Harlow Rovers", "11-4"), _game("The Harlow Rovers", "18-4"))
    assert sheet_reading(comparison, "Rovers", "count") == ("conflict", {"a0": "11-4", "a1": "18-4"})


def test_a_team_named_by_its_city_has_its_record_too():
    comparison = compare_sheet(_game("Harlow City", "11-4"), _game("Harlow City", "18-4"))
    assert sheet_reading(comparison, "Harlow", "count") == ("conflict", {"a0": "11-4", "a1": "18-4"})


def test_a_record_after_a_verb_of_standing_is_the_subjects():
    comparison = compare_sheet(_standing("dropped", "27-7-2"), _standing("fell", "45-7-2"))
    assert sheet_reading(comparison, "Kern", "count") == ("conflict", {"a0": "27-7-2", "a1": "45-7-2"})


def test_a_record_told_after_the_name_and_after_a_verb_of_standing_agree():
    comparison = compare_sheet(
        "Ida Kern (27-7-2) lost in Leeds on Saturday. The bout went twelve rounds.",
        _standing("dropped", "27-7-2"),
    )
    assert sheet_reading(comparison, "Kern", "count") == ("same", {"a0": "27-7-2", "a1": "27-7-2"})


def test_a_record_the_verb_gives_its_object_is_not_the_subjects():
    # "The knockout improved the fighter to 52-3": whose record it is, is the object's.
    comparison = compare_sheet(
        "The knockout by Ida Kern improved the fighter to 52-3 in Leeds on Saturday.",
        "The knockout by Ida Kern improved the fighter to 45-3 in Leeds on Saturday.",
    )
    assert sheet_rows(comparison, "Kern", "count") == []


def test_numbers_right_after_a_teams_name_are_a_score():
    # A headline's "Rovers Top Hornets 20-13": the game's score, not the record the other outlet gives.
    comparison = compare_sheet(
        "Rovers Top Hornets 20-13\n\nThe Hornets lost at home on Sunday.",
        "The Hornets (4-11) lost at home on Sunday.",
    )
    assert [row.status for row in sheet_rows(comparison, "Hornets", "count")] == ["single"]


def test_a_verb_of_standing_set_beside_the_subjects_verb_is_the_subjects():
    def bout(record: str) -> str:
        return f"Ida Kern, the champion from Leeds, struggled in the early rounds and dropped to {record} on Saturday."

    comparison = compare_sheet(bout("27-7-2"), bout("45-7-2"))
    assert sheet_reading(comparison, "Kern", "count") == ("conflict", {"a0": "27-7-2", "a1": "45-7-2"})
