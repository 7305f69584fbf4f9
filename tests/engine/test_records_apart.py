"""A fighter's or a team's two records no bout of the story makes are a conflict (``attrcount.results_apart``).

Texts written for these tests, compared with the real spaCy model. A record changes with every bout or game, so
two records one result apart ("12-3" and "13-3") may be told before and after one bout: a possible difference
at most. Records further apart than ``EntityTuning.record_results_apart`` ("14-13-2" and "18-13-2") are not the
record of one person told before and after a bout or two of one story: one outlet has it wrong.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading
from tuicompare.engine.attrcount import results_apart


def _bout(record: str) -> str:
    return (
        f"The challenger Ida Kern ({record}) meets the champion in Leeds on Saturday. "
        "The bout is scheduled for twelve rounds."
    )


def test_records_four_wins_apart_are_a_conflict():
    comparison = compare_sheet(_bout("14-13-2"), _bout("18-13-2"))
    assert sheet_reading(comparison, "Kern", "count") == ("conflict", {"a0": "14-13-2", "a1": "18-13-2"})


def test_records_one_result_apart_stay_possible():
    # Told before and after one bout: both may be right.
    comparison = compare_sheet(_bout("14-13-2"), _bout("15-13-2"))
    assert sheet_reading(comparison, "Kern", "count")[0] == "possible"


def test_how_many_results_lie_between_two_records():
    assert results_apart("record=14-13-2", "record=18-13-2") == 4
    assert results_apart("record=52-3", "record=53-3") == 1
    assert results_apart("record=14-13", "record=14-13-2") == 0  # two shapes: which part is which is not known
