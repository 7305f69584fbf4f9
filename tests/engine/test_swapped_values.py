"""Links that survive a changed value, on texts written for the test (``engine/swaps.py``).

Two outlets tell of one settlement in loosely paraphrased sentences; one of them
gives another sum. The shared sum was the strongest sign the sentences state one
fact, so without it they are linked no more and the difference could never be
shown. A value of one type that each sentence states in place of the other's,
new to the other article, now counts toward the link.
"""

from __future__ import annotations

import dataclasses
from contextlib import AbstractContextManager

import pytest

from tests.support.texts import compare_texts, grouped_together, linked
from tuicompare.engine.tuning import TUNING, Tuning
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Comparison

FIRST = " ".join(
    [
        "The Lakeside dairy cooperative has settled a lawsuit brought by a former delivery driver, Tomas Vendel.",
        "The cooperative paid $84,000 from its reserve fund to end the dispute, according to board minutes.",
        "Vendel had accused two managers of cutting his hours after he reported unsafe trucks.",
        "The cooperative's chairman declined to comment on Wednesday.",
        "Milk prices in the region have fallen for a third year.",
    ]
)


def _second(money: str, asked: str = "") -> str:
    return " ".join(
        [
            f"A former delivery driver{asked} has reached a settlement with the Lakeside dairy cooperative.",
            "Milk prices across the region fell again this year, squeezing members.",
            "Tomas Vendel said managers cut his shifts once he complained about the state of the trucks.",
            f"Board minutes show the money, {money}, came out of the reserve.",
            "The chairman did not answer calls on Wednesday.",
        ]
    )


def _linked(comparison: Comparison, first: str, second: str) -> bool:
    """The two sentences holding ``first`` (a0) and ``second`` (a1) share a row or are linked across rows."""
    return grouped_together(comparison, first, second) or linked(comparison, first, second)


def _without_swaps() -> AbstractContextManager[Tuning]:
    links = dataclasses.replace(TUNING.links, swap_bonus=0.0, swap_compared=0)
    return with_tuning(dataclasses.replace(TUNING, links=links))


@pytest.fixture(scope="module")
def changed_sum() -> Comparison:
    return compare_texts(FIRST, _second("$59,000"))


def test_a_sentence_giving_another_sum_stays_linked_to_its_counterpart(changed_sum):
    assert _linked(changed_sum, "paid $84,000", "the money, $59,000")
    # The other sentences still find their own counterparts, and nothing else is linked to the sum.
    assert _linked(changed_sum, "cutting his hours", "cut his shifts")
    assert not _linked(changed_sum, "paid $84,000", "did not answer calls")


def test_without_the_swapped_value_the_loose_paraphrase_is_not_linked():
    with _without_swaps():
        comparison = compare_texts(FIRST, _second("$59,000"))
    assert not _linked(comparison, "paid $84,000", "the money, $59,000")


def test_a_sum_the_other_article_states_elsewhere_has_moved_and_gives_no_link():
    # The second article gives the first's $84,000 too (as the sum first asked): its $59,000 is then
    # a second figure, not the first article's figure changed.
    comparison = compare_texts(FIRST, _second("$59,000", " who had asked for $84,000"))
    assert not _linked(comparison, "paid $84,000", "the money, $59,000")


def test_values_of_two_types_are_no_swap():
    # A year in place of a sum: the sentences state two things about the money.
    comparison = compare_texts(FIRST, _second("set aside in 2019"))
    assert not _linked(comparison, "paid $84,000", "the money, set aside in 2019")
