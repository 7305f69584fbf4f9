"""A date an outlet also states in a sentence less like the other's is a change, not a move.

A class of missed planted changes (issue 10, "moved"): one outlet dates an
act "Thursday" where the other says "Monday", and states "Monday" again in a
later sentence of the same row, a sentence the other outlet's is less like
(or not linked to at all). The row's other mention used to excuse the change
as a moved value. When that later sentence is the other's closer counterpart,
the date did move, and nothing is reported. Short sentences written for the
test, parsed with the real spaCy model; the row and its links are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import row_observations
from tuicompare.engine.align import AlignedGroup, Link

PUBLISHED = date(2021, 3, 12)
FIRST = (
    "The county board voted on Thursday to close the old river bridge to all traffic. "
    "Engineers had inspected the bridge on Monday."
)
SECOND = "The county board voted on Monday to close the old river bridge to all traffic."


def _dates(links: list[tuple[str, str, float]], second: str = SECOND) -> set[tuple[str, frozenset[str]]]:
    """The date differences of one row holding FIRST's two sentences and ``second``, linked as given."""
    group = AlignedGroup(("a0:0", "a0:1", "a1:0"), 0.8, tuple(Link(a, b, w) for a, b, w in links))
    found = row_observations((FIRST, second), PUBLISHED, group)
    return {
        (o.kind, frozenset((o.spans[0][1], o.spans[1][1])))
        for o in found
        if o.spans[0][0].kind == "date" and o.kind in ("conflict", "possible")
    }


def test_a_date_restated_only_in_an_unlinked_sentence_is_a_change():
    assert _dates([("a0:0", "a1:0", 0.8)]) == {("conflict", frozenset({"Thursday", "Monday"}))}


def test_a_date_restated_in_a_less_alike_sentence_is_a_change():
    found = _dates([("a0:0", "a1:0", 0.8), ("a0:1", "a1:0", 0.5)])
    assert ("conflict", frozenset({"Thursday", "Monday"})) in found


def test_a_date_restated_in_the_closer_sentence_moved():
    # The other outlet's sentence is more like the later one, which states its date: a move.
    assert _dates([("a0:0", "a1:0", 0.6), ("a0:1", "a1:0", 0.8)]) == set()


def test_a_sentence_of_two_dates_keeps_the_row_excuse():
    # Which of two dates answers the first outlet's one is the pairing's guess: the row's other
    # mention of "Monday" still excuses it.
    two = "The county board voted on Monday to close the old river bridge after a report released Friday."
    assert not any("Monday" in values for _kind, values in _dates([("a0:0", "a1:0", 0.8)], two))
