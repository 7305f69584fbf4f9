"""Two sentences a row joined through a third one are compared when they are each other's counterparts.

A class of missed planted changes (issue 10, "same row, no direct link"): a row is built from
chains of links ("A" like "B", "B" like "C"), and its differences are read along those links
only. When "A" and "C" state one date differently and "B" states none, the difference was never
looked for. ``links.cross_links`` names such pairs (each other's strongest counterparts, as a
link across rows would be compared) and ``group_observations`` compares those at least
``LinkTuning.row_counterpart_min`` alike. Short sentences written for the test, parsed with the
real spaCy model; the row and its links are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import row_observations
from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2022, 6, 10)
TEXTS = (
    "The city council voted on Thursday to close the old river bridge to all traffic.",
    "The city council voted to close the old river bridge, citing cracks found by engineers.",
    "The city council voted on Monday to close the old river bridge to all traffic.",
)
CHAIN = (Link("a0:0", "a1:0", 0.7), Link("a1:0", "a2:0", 0.7))


def _dates(extra: tuple[Link, ...]) -> set[frozenset[str]]:
    """The date differences found in one row of the three sentences, linked by ``CHAIN`` (and ``extra``)."""
    found = row_observations(TEXTS, PUBLISHED, AlignedGroup(("a0:0", "a1:0", "a2:0"), 0.7, CHAIN), extra)
    return {
        frozenset((o.spans[0][1], o.spans[1][1]))
        for o in found
        if o.spans[0][0].kind == "date" and o.kind in ("conflict", "possible")
    }


def test_a_row_chained_through_a_sentence_without_the_date_misses_the_change():
    # The middle sentence states no date: along the row's own links there is nothing to compare.
    assert _dates(()) == set()


def test_two_counterparts_joined_only_through_the_row_are_compared():
    assert _dates((Link("a0:0", "a2:0", 0.8),)) == {frozenset({"Thursday", "Monday"})}


def test_counterparts_less_alike_than_the_bar_are_not_compared():
    weak = TUNING.links.row_counterpart_min - 0.05
    assert _dates((Link("a0:0", "a2:0", weak),)) == set()
