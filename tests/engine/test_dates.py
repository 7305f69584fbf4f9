"""Dates read against the article's own publication date: same, compatible, unknown or different."""

from __future__ import annotations

from datetime import date

import pytest

from tuicompare.engine.daterelation import date_relation
from tuicompare.engine.dates import resolve
from tuicompare.engine.published import publication_date
from tuicompare.engine.values import parse_date
from tuicompare.evaluation.gen.pools import MONTHS

FRIDAY = date(2018, 4, 6)
MAY_2013 = date(2013, 5, 10)


def _rel(a: str, pa: date | None, b: str, pb: date | None) -> str:
    ka, kb = parse_date(a, pa), parse_date(b, pb)
    assert ka is not None and kb is not None, (ka, kb)
    return date_relation(ka, kb)


def test_a_weekday_is_that_weeks_day():
    value = resolve("Friday", FRIDAY)
    assert (value.year, value.month, value.day) == (2018, 4, 6)
    value = resolve("Thursday", FRIDAY)
    assert (value.year, value.month, value.day) == (2018, 4, 5)
    value = resolve("next Tuesday", FRIDAY)
    assert (value.year, value.month, value.day) == (2018, 4, 10)
    value = resolve("yesterday", FRIDAY)
    assert (value.year, value.month, value.day) == (2018, 4, 5)


@pytest.mark.parametrize("vague", ["last week", "this weekend", "recently", "earlier this month", "in recent years"])
def test_what_cannot_be_placed_is_unknown(vague):
    assert parse_date(vague, FRIDAY) is None


def test_relative_dates_without_a_publication_date_are_unknown():
    assert parse_date("yesterday") is None
    assert parse_date("last year") is None


def test_same_day_in_other_words():
    assert _rel("Friday", FRIDAY, "April 6", date(2018, 4, 7)) == "compatible"
    assert _rel("Friday", FRIDAY, "Friday", date(2018, 4, 9)) == "same"  # the same Friday, read on Monday
    assert _rel("Nov. 30", None, "November 30th", None) == "same"


def test_last_september_is_not_a_conflict_with_a_day_in_it():
    assert _rel("Sept. 11, 2012", MAY_2013, "last September", MAY_2013) == "compatible"
    # A wrong guess of the year ("last September" read as 2012) is unknown, not a conflict.
    assert _rel("Sept. 11, 2011", MAY_2013, "last September", MAY_2013) == "unknown"
    assert _rel("Sept. 11, 2012", None, "last September", None) == "compatible"


def test_different_precision_is_compatible():
    assert _rel("March 2008", None, "March 2", None) == "compatible"
    assert _rel("March 2008", date(2008, 3, 20), "March 2", date(2008, 3, 20)) == "compatible"
    assert _rel("2012", None, "Sept. 11, 2012", None) == "compatible"


def test_stated_differences_are_conflicts():
    assert _rel("March 2", None, "March 9", None) == "differ"
    assert _rel("Saturday", date(2014, 11, 30), "Friday", date(2014, 11, 29)) == "differ"
    assert _rel("Friday", FRIDAY, "April 5, 2018", FRIDAY) == "differ"  # April 5, 2018 was a Thursday
    assert _rel("Sept. 11, 2012", None, "Oct. 11, 2012", None) == "differ"


def test_an_inferred_year_never_makes_a_conflict():
    # "Nov. 30" in an article of May 2013 is taken as 2012; "Nov. 30, 2011" differs only in that guess.
    assert _rel("Nov. 30", MAY_2013, "Nov. 30, 2011", None) == "unknown"


def test_publication_dates_as_feeds_give_them():
    assert publication_date("2018-04-06") == FRIDAY
    assert publication_date("2018-04-06T21:10:00Z") == FRIDAY
    assert publication_date("Fri, 06 Apr 2018 10:00:00 GMT") == FRIDAY
    assert publication_date("April 2018") is None
    assert publication_date("") is None


def test_a_weekday_against_the_weekday_of_a_day_in_the_same_weeks_differs():
    # Published Thursday 2011-01-06: "Jan. 5" is a Wednesday of that year, "Saturday" is not.
    thursday = date(2011, 1, 6)
    assert _rel("Saturday", thursday, "Jan. 5", thursday) == "differ"
    assert _rel("Wednesday", thursday, "Jan. 5", thursday) == "compatible"
    # "Wednesday" may be the Jan. 12 to come: one weekday, another week, unknown rather than a conflict.
    assert _rel("Wednesday", thursday, "Jan. 12", thursday) == "unknown"


def test_a_day_counted_from_the_publication_differs_from_a_weekday_days_away():
    tuesday = date(2013, 10, 22)
    # "today" is Tuesday: against "Friday" (three days away) a difference, against "Monday" a doubt
    # (the publication date may be a day off), against "Tuesday" the same day.
    assert _rel("today", tuesday, "Friday", tuesday) == "differ"
    assert _rel("yesterday", tuesday, "Friday", tuesday) == "differ"
    assert _rel("today", tuesday, "Monday", tuesday) == "unknown"
    assert _rel("yesterday", tuesday, "Monday", tuesday) == "compatible"
    assert _rel("today", tuesday, "Oct. 18", tuesday) == "differ"
    assert _rel("this morning", tuesday, "Oct. 21", tuesday) == "unknown"
    # Two days both counted from publication dates stay unknown when they differ: both dates may be off.
    assert _rel("today", tuesday, "yesterday", tuesday) == "unknown"
    # Without a publication date nothing is counted, nothing compared.
    assert parse_date("today") is None


def test_last_year_is_the_year_before_the_publication():
    # "last year" in an article of May 2013 states 2012: against 2010 a difference, against 2012 the same.
    assert _rel("last year", MAY_2013, "2010", None) == "differ"
    assert _rel("last year", MAY_2013, "2012", None) == "same"
    assert _rel("this year", MAY_2013, "March 2013", None) == "compatible"
    # Near New Year the publication date may be on the other side of it: a doubt, not a difference.
    assert _rel("last year", date(2013, 1, 1), "2010", None) == "unknown"
    # "the last year" is the past twelve months, not a calendar year.
    assert _rel("the last year", MAY_2013, "2010", None) == "unknown"


@pytest.mark.parametrize("clocked", ["March 5", "Friday", "yesterday", "2 days ago", "today"])
def test_a_publication_date_read_from_the_clock_is_no_anchor(clocked):
    # Anchored to the day the folder is opened, the text's "Friday" would be another day next week.
    assert publication_date(clocked) is None
    assert parse_date("Friday", publication_date(clocked)) == parse_date("Friday", None)  # as if undated


@pytest.mark.parametrize(
    ("text", "day"),
    [("11 a.m. Nov. 8", 8), ("9 p. m. Monday, June 3", 3), ("7pm on March 12", 12), ("March 12 at 10 o'clock", 12)],
)
def test_an_hour_of_the_clock_beside_a_date_is_no_day(text, day):
    # "Sentencing is set for 11 a.m. Nov. 8" states November 8, as "He will be sentenced November 8" does.
    value = resolve(text, MAY_2013)
    assert value is not None and value.day == day
    assert _rel(text, MAY_2013, f"{MONTHS[value.month - 1]} {day}", MAY_2013) in ("same", "compatible")
