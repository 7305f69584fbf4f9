"""Records after a verb of a standing held ("slumping at 9-14", "stands at 28-4") or of a start ("opened 9-14").

Texts written for these tests, compared with the real spaCy model (``attrcount.record_to``).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows


def _pair(template: str, first: str, second: str, name: str) -> tuple[str, dict[str, str]]:
    return sheet_reading(compare_sheet(template.format(first), template.format(second)), name, "count")


def test_a_record_after_slumping_at_is_the_subjects():
    text = "The Harlow Rovers, who are slumping at {} after the loss, fired their coach on Sunday."
    assert _pair(text, "9-14", "16-14", "Rovers") == ("conflict", {"a0": "9-14", "a1": "16-14"})


def test_a_record_after_opened_is_the_subjects():
    text = "The Harlow Rovers have opened {} with eight losses in their last ten games."
    assert _pair(text, "9-14", "16-14", "Rovers") == ("conflict", {"a0": "9-14", "a1": "16-14"})


def test_a_record_after_stands_at_is_the_subjects():
    text = "Ida Kern stands at {} after the win in Leeds on Saturday."
    assert _pair(text, "28-4", "35-4", "Kern") == ("conflict", {"a0": "28-4", "a1": "35-4"})


def test_a_height_after_stands_at_is_no_record():
    text = "Ida Kern stands at {} and weighs 220 pounds."
    comparison = compare_sheet(text.format("6-4"), text.format("6-1"))
    assert sheet_rows(comparison, "Kern", "count") == []


def test_a_score_after_started_is_no_record():
    text = "The Harlow Rovers started {} down in Leeds on Saturday."
    comparison = compare_sheet(text.format("2-0"), text.format("5-0"))
    assert sheet_rows(comparison, "Kern", "count") == [] and sheet_rows(comparison, "Rovers", "count") == []


def test_a_score_after_names_in_a_title_case_headline_is_no_record():
    # The recogniser may read a headline's "Rovers Beat Hornets" as one name: the score after it is the game's.
    comparison = compare_sheet(
        "Rovers Beat Hornets 20-13, Clinch Fifth Seed In Playoffs\n\nThe Rovers won in Leeds on Sunday.",
        "Rovers Beat Hornets 20-13, Clinch Fifth Seed In Playoffs\n\nThe Rovers stand at 10-5 after the win on Sunday.",
    )
    readings = [r for r in comparison.attributes if r.name == "count"]
    assert not any("20-13" in v.text for r in readings for v in r.values)
