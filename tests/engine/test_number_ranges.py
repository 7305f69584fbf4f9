"""A range of two figures the recogniser cuts in parts: "$140-150 million", "$2 to $3 billion", "300-400 people".

Short texts written for these tests, analysed with the real spaCy model. The currency sign, the scale
word and the counted noun a range's two ends share make it one value, shown whole and compared as a
range: a figure inside it agrees with it, a figure or range outside it differs.
"""

from __future__ import annotations

import pytest

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.slot import Span
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article, Comparison


def _values(text: str) -> list[Span]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [span for s in sentences for _first, _last, span in collect_spans(s) if span.kind == "number"]


@pytest.mark.parametrize(
    ("text", "shown", "key", "unit"),
    [
        ("The team offered $140-150 million over seven years.", "$140-150 million", "140000000-150000000", "money"),
        (
            "The new bridge will cost $2 to $3 billion, engineers said.",
            "$2 to $3 billion",
            "2000000000-3000000000",
            "money",
        ),
        ("The repairs will cost £2-3m a year.", "£2-3m", "2000000-3000000", "money"),
        ("Rents rose between 10 and 12 percent in the city.", "between 10 and 12 percent", "10-12", "%"),
        ("Some 300-400 people marched through the town on Sunday.", "300-400", "300-400", "person"),
        ("The factory will cut 2,000 to 3,000 jobs next year.", "2,000 to 3,000", "2000-3000", "job"),
    ],
)
def test_a_range_is_one_value_of_its_two_ends(text: str, shown: str, key: str, unit: str):
    values = _values(text)
    assert [(v.text, v.key, v.unit) for v in values] == [(shown, key, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The Owls beat the Hawks 72-60 on Friday night.",  # a score, the larger first
        "The Hawks fell to 5-10 after the loss on Friday.",  # a record told after a verb of standing
        "He served two to three years in a state prison.",  # a length of time, the dates' reader's
    ],
)
def test_a_score_a_record_or_a_length_of_time_is_no_money_or_count_range(text: str):
    assert all("-" not in (v.key or "").removeprefix("pair ") or v.key.startswith("pair") for v in _values(text))


def _compare(first: str, second: str) -> Comparison:
    lead = "The city council met on Tuesday to discuss the new stadium plan. "
    return compare_texts(lead + first, lead + second, tail=NEUTRAL_TAIL)


def test_a_figure_inside_a_range_is_no_difference():
    # Read in parts, "$140" (no scale word) against "$150 million" was a possible difference.
    comparison = _compare(
        "The club's bid is worth $140-150 million over seven years, officials said.",
        "The club's bid is worth $150 million over seven years, officials said.",
    )
    assert difference_sets(comparison) == []


def test_one_range_told_two_ways_is_no_difference():
    comparison = _compare(
        "The club's bid is worth $140-150 million over seven years, officials said.",
        "The club's bid is worth between $140 million and $150 million over seven years, officials said.",
    )
    assert difference_sets(comparison) == []


def test_a_count_inside_a_range_of_people_is_no_difference():
    comparison = _compare(
        "Some 300-400 people attended the protest outside the town hall.",
        "About 400 people attended the protest outside the town hall.",
    )
    assert difference_sets(comparison) == []


def test_two_ranges_apart_are_a_difference_shown_whole():
    comparison = _compare(
        "The club's bid is worth $140-150 million over seven years, officials said.",
        "The club's bid is worth $180-190 million over seven years, officials said.",
    )
    assert difference_sets(comparison) == [("conflict", {"$140-150 million", "$180-190 million"})]
