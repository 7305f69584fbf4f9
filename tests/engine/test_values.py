"""Numbers, dates and durations normalise so that equal values compare equal."""

from __future__ import annotations

import pytest

from tuicompare.engine.values import parse_date, parse_number, parse_ordinal, value_key


@pytest.mark.parametrize(
    ("a", "b"),
    [("5,936", "5936"), ("two", "2"), ("twenty-five", "25"), ("3.5 million", "3500000"), ("one hundred", "100")],
)
def test_equal_numbers(a, b):
    assert parse_number(a) == parse_number(b) is not None


@pytest.mark.parametrize("vague", ["thousands", "hundreds of", "several", "many"])
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


def test_durations_are_not_counts():
    assert value_key("TIME", "over an hour") == ("duration", ">1 hour")
    assert value_key("DATE", "six months") == ("duration", "6 month")
    assert value_key("TIME", "over an hour") != value_key("CARDINAL", "one")


def test_ordinals_and_ranges():
    assert parse_ordinal("177th") == 177
    assert parse_ordinal("first") == 1
    assert value_key("CARDINAL", "between 10,000 and 50,000") == ("number", "10000-50000")
