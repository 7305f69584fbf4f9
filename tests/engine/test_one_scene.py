"""Two sentences naming the same participants tell one event, wherever each sets it.

``evidence.two_scenes`` keeps apart the figures and dates of two sentences each set in a place
the other article never names ("in the province of X" against "in eastern Y": two events). An
outlet may set one match at its arena and another at its city, though: when the two sentences
name one person and share another slot besides (``ConflictTuning.one_scene_shared``), they tell
one act, and its date differs. Short sentences written for the test, parsed with the real spaCy
model; the row and its link are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import row_observations
from tuicompare.engine.align import AlignedGroup, Link

PUBLISHED = date(2021, 3, 12)
ARENA = "Maria Olsen beat Petra Lind in the third round of the final at Ridgeway Arena on Saturday."
CITY = "Geneva, Switzerland - Maria Olsen beat Petra Lind in the third round of the final on Tuesday night."


def _dates(first: str, second: str) -> set[tuple[str, frozenset[str]]]:
    group = AlignedGroup(("a0:0", "a1:0"), 0.8, (Link("a0:0", "a1:0", 0.6),))
    return {
        (o.kind, frozenset((o.spans[0][1], o.spans[1][1])))
        for o in row_observations((first, second), PUBLISHED, group)
        if o.spans[0][0].kind == "date" and o.kind in ("conflict", "possible")
    }


def test_one_match_set_at_its_arena_and_at_its_city_has_one_date():
    assert _dates(ARENA, CITY) == {("conflict", frozenset({"Saturday", "Tuesday"}))}


def test_sentences_sharing_one_person_only_stay_two_scenes():
    # Only the winner named on both sides: the other side's win may be another match.
    assert _dates(ARENA, "Geneva, Switzerland - Maria Olsen won the final on Tuesday night.") == set()
