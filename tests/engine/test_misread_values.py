"""Values the recogniser tags as the wrong kind: an age tagged a date, a day of a month read as months.

Short texts written for these tests, analysed with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.slot import Span
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article


def _values(text: str) -> list[Span]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [span for s in sentences for _first, _last, span in collect_spans(s) if span.kind != "name"]


def test_an_age_after_the_word_age_is_the_persons_age():
    # The recogniser tags "age 61" a date, which read no value at all.
    values = _values("Jane Doyle, age 61, was charged with two counts of murder.")
    assert ("61", "number", "61", "age") in [(v.text, v.kind, v.key, v.unit) for v in values]


def test_an_age_told_two_ways_alike_is_no_difference():
    lead = "Police in the valley town made an arrest on Friday in a case of two murders long unsolved. "
    comparison = compare_texts(
        lead + "Jane Doyle, age 61, was charged with two counts of murder.",
        lead + "Jane Doyle, 61, was charged with two counts of murder.",
        tail=NEUTRAL_TAIL,
    )
    assert difference_sets(comparison) == []


def test_ages_apart_are_one_red_difference():
    lead = "Police in the valley town made an arrest on Friday in a case of two murders long unsolved. "
    comparison = compare_texts(
        lead + "Jane Doyle, age 61, was charged with two counts of murder.",
        lead + "Jane Doyle, 64, was charged with two counts of murder.",
        tail=NEUTRAL_TAIL,
    )
    assert difference_sets(comparison) == [("conflict", {"61", "64"})]


def test_a_day_of_a_month_before_a_length_of_time_is_a_date():
    # The recogniser tags "July 24 ended months" one date: its 24 is the day, never 24 months.
    text = (
        "The chipmaker, hoping to gain on a resurgent rival, on July 24 ended months of speculation"
        " by saying it would buy a graphics firm."
    )
    values = _values(text)
    assert all(v.vtype != "duration" for v in values)
    assert any(v.key == "????-07-24" for v in values)
