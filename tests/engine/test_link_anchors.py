"""A difference between linked sentences of two rows, when both values qualify one person alike.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. The two sentences naming the senator are worded so
differently that they sit in different rows, joined only by a link; a link
alone makes a difference at most possible, but the home state of one senator
given two ways is a conflict wherever the sentences sit. Two different people
in such sentences are still no conflict.
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison

FIRST = (
    "The city council approved a new budget for the northern docks after months of debate.",
    "{}",
    "The plan moves money from the ferry service to repairs of the old sea wall.",
    "Fishermen had warned for years that the wall could collapse in a winter storm.",
    "Work on the wall is due to start in March and last two years.",
)
SECOND = (
    "After a long fight, the city council passed its budget for the northern docks.",
    "Money for the ferry service will instead pay for repairs to the crumbling sea wall.",
    "Fishermen have long said a winter storm could bring the wall down.",
    "Repairs should begin in March and take two years.",
    "{}",
)
LATER = (
    "Several fishing groups and unions, and {}, a longtime critic of the council who wants a new vote,"
    " came out on Tuesday against the $40 million plan."
)


def _compare(first: str, second: str) -> Comparison:
    return compare_texts(" ".join(FIRST).format(first), " ".join(SECOND).format(LATER.format(second)))


def _differences(comparison: Comparison, kind: str) -> list[set[str]]:
    return [{v.text for v in c.values} for c in comparison.conflicts if c.kind == kind]


def _linked_apart(comparison: Comparison) -> bool:
    """The two sentences naming the senator sit in different rows, joined by a link."""
    row = {s: g.id for g in comparison.groups for s in g.sentences}
    return row["a0:1"] != row["a1:4"] and any({k.a, k.b} == {"a0:1", "a1:4"} for k in comparison.links)


def test_one_senators_home_state_given_two_ways_in_linked_sentences_is_a_conflict():
    comparison = _compare(
        "The $40 million plan lost the support of Sen. Ann Roe of Maine on Tuesday.", "Sen. Ann Roe of Vermont"
    )
    assert _linked_apart(comparison)
    assert {"Maine", "Vermont"} in _differences(comparison, "conflict")


def test_two_people_in_linked_sentences_are_no_conflict():
    comparison = _compare("The $40 million plan lost the support of Sen. Ann Roe on Tuesday.", "Sen. Jo Poe")
    assert _linked_apart(comparison)
    assert _differences(comparison, "conflict") == []
