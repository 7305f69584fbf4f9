"""One office given to two people by two articles is a conflict, wherever the sentences sit.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. The sentence naming the office holder is worded
differently in each article (so sentence alignment alone is unsure); the
office both give the two people tells the reader one name is wrong. Shared
titles ("Sen."), past offices and two people both articles name (an office
two people hold, or held in turn) are no conflict.
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison

FIRST = (
    "The harbour authority approved a new budget for the northern docks on Tuesday after months of debate.",
    "{}",
    "The plan moves money from the ferry service to repairs of the old sea wall.",
    "Fishermen had warned for years that the wall could collapse in a winter storm.",
)
SECOND = (
    "After a long fight, the harbour authority passed its budget for the northern docks on Tuesday.",
    "Money for the ferry service will instead pay for repairs to the crumbling sea wall.",
    "Fishermen have long said a winter storm could bring the wall down.",
    "{}",
)


def _compare(first: str, second: str) -> Comparison:
    """The two articles, each naming an office holder in a sentence the other article does not align with."""
    return compare_texts(" ".join(FIRST).format(first), " ".join(SECOND).format(second))


def _people(comparison: Comparison, kind: str) -> list[set[str]]:
    return [{v.text for v in c.values} for c in comparison.conflicts if c.kind == kind and c.type == "person"]


def test_one_named_office_given_to_two_people_is_a_conflict():
    comparison = _compare(
        "Harbour Authority Finance Director Nadia Okonjo has kept the port's accounts since 2019.",
        "The fishing fleet welcomed the vote, Harbour Authority Finance Director Tomas Brandt told reporters.",
    )
    assert {"Nadia Okonjo", "Tomas Brandt"} in _people(comparison, "conflict")


def test_a_shared_title_is_not_one_office():
    comparison = _compare(
        "Sen. Nadia Okonjo has kept an eye on the port's accounts since 2019.",
        "The fishing fleet welcomed the vote, Sen. Tomas Brandt told reporters.",
    )
    assert _people(comparison, "conflict") == []


def test_a_former_holder_is_not_a_conflict():
    comparison = _compare(
        "Former Harbour Authority Finance Director Nadia Okonjo has kept the port's accounts since 2019.",
        "The fishing fleet welcomed the vote, Harbour Authority Finance Director Tomas Brandt told reporters.",
    )
    assert _people(comparison, "conflict") == []


def test_two_people_both_articles_name_are_not_a_conflict():
    comparison = _compare(
        "Harbour Authority Finance Director Nadia Okonjo and Tomas Brandt have kept the port's accounts since 2019.",
        "The fleet welcomed the vote, Harbour Authority Finance Director Tomas Brandt and Nadia Okonjo said.",
    )
    assert _people(comparison, "conflict") == []


def test_a_shorter_office_may_be_another_post():
    comparison = _compare(
        "Senate Majority Leader Nadia Okonjo has pushed for the harbour money since 2019.",
        "The fishing fleet welcomed the vote, Majority Leader Tomas Brandt told reporters.",
    )
    assert _people(comparison, "conflict") == []
