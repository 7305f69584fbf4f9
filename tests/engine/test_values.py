"""Numbers, dates and durations normalise so that equal values compare equal."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tuicompare.engine.relations import relation
from tuicompare.engine.values import hedge, parse_date, parse_number, parse_ordinal, value_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("5,936", "5936"),
        ("1, 000", "1000"),
        ("12, 500", "12500"),
        ("two", "2"),
        ("twenty-five", "25"),
        ("3.5 million", "3500000"),
        ("one hundred", "100"),
        ("a hundred", "100"),
        ("two dozen", "24"),
        ("a dozen", "12"),
        ("half a dozen", "6"),
        ("fourteen percent", "14"),
        ("4 1/2", "4.5"),
        ("4 1 / 2", "4.5"),
        ("4½", "4.5"),
        ("2 1/2 million", "2500000"),
    ],
)
def test_equal_numbers(a, b):
    assert parse_number(a) == parse_number(b) is not None


@pytest.mark.parametrize("vague", ["thousands", "hundreds of", "several", "many", "dozens", "one-third", "half"])
def test_vague_amounts_have_no_value(vague):
    assert parse_number(vague) is None


@pytest.mark.parametrize("text", ["Nov. 30", "November 30", "30 November", "November 30th", "Nov 30"])
def test_one_date_many_spellings(text):
    assert parse_date(text) == "????-11-30"


def test_dates_with_years_and_weekdays():
    assert parse_date("March 5, 2022") == "2022-03-05"
    assert parse_date("Wednesday") == ":wed"
    assert parse_date("the same day") is None
    assert parse_date("third year") is None
    assert value_key("DATE", "the 2000 fiscal year") == ("date", "2000")


def test_a_mixed_fraction_is_not_its_whole_part():
    # "4 1/2 hours" read as 4 hours made a conflict with another outlet's "4.5 hours".
    assert value_key("TIME", "4 1 / 2 hours") == value_key("TIME", "4.5 hours") == ("duration", "4.5 hour")
    assert value_key("TIME", "4 1/2 hours") != value_key("TIME", "4 hours")
    assert parse_number("1, 000 1/2") == 1000  # a thousand, then something else: no fraction of "000"


def test_durations_are_not_counts():
    assert value_key("TIME", "over an hour") == ("duration", ">1 hour")
    assert value_key("DATE", "six months") == ("duration", "6 month")
    assert value_key("TIME", "over an hour") != value_key("CARDINAL", "one")
    assert value_key("DATE", "two days ago") is None  # a date, and without a publication date, unknown


def test_ordinals_and_ranges():
    assert parse_ordinal("177th") == 177
    assert parse_ordinal("first") == 1
    assert value_key("CARDINAL", "between 10,000 and 50,000") == ("number", "10000-50000")


def test_a_range_keeps_each_ends_scale_and_two_figures_set_against_each_other_are_no_range():
    # "between 2 and 3 million" is two to three million, not 2 to 3,000,000.
    assert value_key("CARDINAL", "between 2 and 3 million") == ("number", "2000000-3000000")
    assert value_key("CARDINAL", "$1 million to $2.5 million") == ("number", "1000000-2500000")
    # "outraised her rival $5.4 million to $200,000": two sums compared, no one value (it was "5.4-200000").
    assert value_key("CARDINAL", "$5.4 million to $200,000") is None


@pytest.mark.parametrize(
    ("before", "text", "after", "mark"),
    [
        ("paid ", "about $80,000", "", "~"),
        ("", "Roughly 520,000", " people", "~"),
        ("killed ", "more than 500", " people", ">"),
        ("killed ", "500", " or so", "~"),
        ("killed up to ", "500", "", "<"),
        ("paid ", "$84,000", "", ""),
        ("talked about the ", "two", " teenagers", ""),
    ],
)
def test_hedged_numbers(before, text, after, mark):
    assert hedge(before, text, after) == mark


def _value(key, vtype="number", unit="", approximate=False):
    return SimpleNamespace(key=key, vtype=vtype, unit=unit, approximate=approximate)


def test_numbers_of_different_things_are_not_compared():
    assert relation(_value("14", unit="%"), _value("14", unit="voter")).outcome == "unknown"
    assert relation(_value("300", unit="job"), _value("12", unit="%")).outcome == "unknown"
    assert relation(_value("13", unit="age"), _value("2", unit="teenager")).outcome == "unknown"
    assert relation(_value("13 month", "duration"), _value("2 year", "duration")).outcome == "unknown"


def test_an_approximation_differs_only_possibly():
    rough = relation(_value("80000", unit="money", approximate=True), _value("84000", unit="money"))
    exact = relation(_value("3500000000", unit="money"), _value("3600000000", unit="money"))
    assert rough.outcome == exact.outcome == "differ"
    assert rough.confidence < 0.7 <= exact.confidence
    assert relation(_value(">500", unit="person", approximate=True), _value("520", unit="person")).outcome == (
        "compatible"
    )
    assert relation(_value("10-50"), _value("30")).outcome == "compatible"
    assert relation(_value("12", unit="person"), _value("12", unit="person")).outcome == "same"


def test_a_rounded_figure_is_compatible_with_the_exact_one():
    assert relation(_value("1400000000", unit="money"), _value("1375000000", unit="money")).outcome == "compatible"
    assert relation(_value("520000"), _value("519400")).outcome == "compatible"
    # One significant digit is too coarse to tell rounding from a different figure.
    assert relation(_value("80000", unit="money"), _value("84000", unit="money")).outcome == "differ"
    assert relation(_value("1400"), _value("1300")).outcome == "differ"


def test_same_hedges_with_different_figures_differ():
    at_least = relation(_value(">5", approximate=True), _value(">8", approximate=True))
    assert at_least.outcome == "differ" and at_least.confidence >= 0.7
