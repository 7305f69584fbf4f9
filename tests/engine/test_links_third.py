"""Links through a third article (``engine/thirdlinks.py``), on texts written for the test.

Three outlets report one regional election. The first gives the turnout as "62 percent of citizens", the
second as "nearly two in three eligible citizens took part": too few shared words for a link of their own.
The third outlet's sentence states both wordings and pairs firmly with each. The sentences are put in rows
of their own (as when the alignment keeps them apart), so only links can join them.
"""

from __future__ import annotations

import dataclasses

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine.align import align
from tuicompare.engine.links import SentenceKeys, cross_links
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Article

FIRST = [
    "Voters in Marlow chose a new regional assembly on Sunday.",
    "Officials said turnout reached 62 percent of citizens in the assembly vote.",
    "The Green list won the most seats for the first time.",
    "Its leader promised cheaper buses and more parks.",
    "Counting ended shortly after midnight.",
]
SECOND = [
    "The Green list came first in Sunday's regional election in Marlow.",
    "Nearly two in three eligible citizens took part, the electoral board reported.",
    "The party's leader pledged lower bus fares.",
    "Rivals conceded defeat late in the evening.",
]
THIRD = [
    "Marlow elected its regional assembly on Sunday, and the Green list won.",
    "Turnout in the assembly vote reached 62 percent, with nearly two in three eligible citizens taking part.",
    "The Greens had promised cheaper buses.",
    "Other parties admitted defeat.",
]
#: The turnout sentences of the first two outlets.
PAIR = {"a0:1", "a1:1"}


def _links(*texts: list[str], third_min: float, third_leg_min: float = TUNING.links.third_leg_min) -> dict:
    """The links of the texts' sentences, each sentence in a row of its own: pair of ids -> rank."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", " ".join(text)) for n, text in enumerate(texts)]
    stages = StoryStages(articles, nlp.analyze(articles))
    active = {a: [f for f in fs if f.active] for a, fs in stages.features.items()}
    people = {k for k, label in enumerate(stages.labels) if label == "person"}
    alone = {f.id: n for n, f in enumerate(f for fs in active.values() for f in fs)}
    links = dataclasses.replace(TUNING.links, third_min=third_min, third_leg_min=third_leg_min)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        alignment = align(stages.features, stages.entity_of)
        found = cross_links(alignment, SentenceKeys(active, stages.entity_of, people), alone)
    return {frozenset((k.a, k.b)): rank for k, rank in found}


@pytest.fixture(scope="module")
def through_third() -> dict:
    # The pair's own strength is about 0.35 on the installed model: a bar just under it.
    return _links(FIRST, SECOND, THIRD, third_min=0.34)


def test_two_sentences_firmly_paired_with_one_of_a_third_outlet_are_linked(through_third):
    assert frozenset(PAIR) in through_third


def test_a_link_through_a_third_outlet_is_shown_never_compared(through_third):
    assert through_third[frozenset(PAIR)] >= TUNING.links.compared_per_article


def test_without_the_rule_the_pair_is_too_weak_to_link():
    assert frozenset(PAIR) not in _links(FIRST, SECOND, THIRD, third_min=0.0)


def test_two_outlets_alone_give_no_such_link():
    assert frozenset(PAIR) not in _links(FIRST, SECOND, third_min=0.34)


def test_a_loose_pairing_with_the_third_outlet_is_no_evidence():
    # The third sentence pairs with each at a similarity near 0.65-0.71: a leg must reach the bar.
    assert frozenset(PAIR) not in _links(FIRST, SECOND, THIRD, third_min=0.34, third_leg_min=0.9)
