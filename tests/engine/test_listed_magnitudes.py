"""Magnitudes a sentence lists after naming the scale once are magnitudes (``magnitudes``, issue 10).

Short texts written for these tests, read with the real spaCy model. "Tremors of magnitude 3.1 and 2.4": the
parse reads the scale for the first figure only; a decimal figure with no unit beside a magnitude is one too,
and differs from the other outlet's magnitude. "A 6.3 -magnitude earthquake" (a stray space before the
hyphen) gives the scale as "a 6.3-magnitude earthquake" does. A decimal that says its own unit keeps it.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, row_observations
from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.tuning import TUNING


def test_the_second_of_two_listed_magnitudes_differs_red():
    # Not reported on 7b91f17: "2.4" was read with no unit, "a magnitude 4.8" as a magnitude.
    group = AlignedGroup(("a0:0", "a1:0"), 0.8, (Link("a0:0", "a1:0", 0.5),))
    found = row_observations(
        (
            "Tremors of magnitude 3.1 and 2.4 followed the Corvale quake within the hour, the survey said.",
            "Two tremors followed the Corvale quake within the hour, of magnitude 3.1 and a magnitude 4.8, the"
            " survey said.",
        ),
        date(2024, 5, 10),
        group,
    )
    red = {
        frozenset((o.spans[0][1], o.spans[1][1]))
        for o in found
        if o.kind == "conflict" and o.confidence >= TUNING.conflicts.possible_below
    }
    assert frozenset({"2.4", "4.8"}) in red


def test_a_magnitude_written_with_a_stray_space_before_its_hyphen_is_red():
    red, _possible = red_and_possible(
        "A strong 6.3 -magnitude earthquake shook the coast near Corvale on Monday morning, the survey said.",
        "An earthquake of magnitude 5.1 shook the coast near Corvale on Monday morning, the survey said.",
    )
    assert frozenset({"6.3", "5.1"}) in red


def test_a_decimal_with_its_own_unit_keeps_it():
    red, possible = red_and_possible(
        "A magnitude 5.9 earthquake struck 10.5 miles south of Corvale on Monday morning, the survey said.",
        "A magnitude 5.9 earthquake struck 12.5 miles south of Corvale on Monday morning, the survey said.",
    )
    assert red == {frozenset({"10.5 miles", "12.5 miles"})} and not possible
