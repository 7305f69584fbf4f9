"""A figure someone needs ("needed nine points to pass the record") is no value of what was done.

Short articles written for these tests, compared with the real spaCy model: against a figure of what
happened it is at most a possible difference in sentences as alike as one fact's, and no difference in loosely
linked ones; two needed figures still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets

RECORD = "against the Owls on Thursday night to pass Carl Ford for the school scoring record."
SCORED = "Dan Moss scored 20 points " + RECORD
# The same two figures in sentences only loosely alike (also ``test_plantwhy_paired``'s).
LOOSELY_NEEDED = (
    "The 6-foot-9 senior needed nine points in the Hawks' game against the Owls on Thursday night to pass Carl "
    "Ford for the school scoring record."
)
LOOSELY_SCORED = (
    "Dan Moss scored 20 points last night to break the school's career scoring record and help the Hawks remain "
    "unbeaten with a win over the visiting Owls."
)


def _differences(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(first, second, tail=NEUTRAL_TAIL))


def test_the_points_a_record_took_against_the_points_scored_are_at_most_possible():
    assert _differences("Dan Moss needed nine points " + RECORD, SCORED) == [("possible", {"nine", "20"})]
    assert _differences("Dan Moss needed just nine points " + RECORD, SCORED) == [("possible", {"nine", "20"})]


def test_the_points_a_record_took_in_a_loosely_alike_sentence_are_no_difference():
    # Fifteenth session: sentences linked below ``link_full`` tell two facts (an audit's false possible difference).
    assert _differences(LOOSELY_NEEDED, LOOSELY_SCORED) == []


def test_two_figures_needed_still_conflict():
    needed = "Dan Moss needed nine points " + RECORD
    assert _differences(needed, needed.replace("nine", "seven")) == [("conflict", {"nine", "seven"})]


def test_two_figures_scored_still_conflict():
    assert _differences(SCORED, SCORED.replace("20", "24")) == [("conflict", {"20", "24"})]
