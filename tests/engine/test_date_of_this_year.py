"""A day "of this year" is a date, not a length of time (issue 10).

"Elections scheduled for December 22 of this year" was read as a duration of 22 years, so it was never
compared with another outlet's "December 15, 2013"; "March 3 of last year" was placed in the nearest past
March, not in the year before the article's. Short sentences written for the test, read with the real spaCy
model.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible
from tuicompare.engine.values import value_key

_PUBLISHED = date(2013, 9, 1)


def test_a_day_of_this_year_is_that_day():
    assert value_key("DATE", "December 22 of this year", _PUBLISHED) == ("date", "~2013-12-22")


def test_a_day_of_last_or_next_year_is_in_that_year():
    assert value_key("DATE", "March 3 of last year", _PUBLISHED) == ("date", "~2012-03-03")
    assert value_key("DATE", "December 5 of next year", _PUBLISHED) == ("date", "~2014-12-05")


def test_lengths_of_time_stay_lengths():
    assert value_key("DATE", "the last two years", _PUBLISHED) == ("duration", "2 year")
    assert value_key("DATE", "six months", _PUBLISHED) == ("duration", "6 month")


def test_an_election_day_of_this_year_against_a_full_date_is_a_difference():
    red, possible = red_and_possible(
        "Parliamentary elections on the island of Marra that are scheduled for December 22 of this year will be"
        " held with two parties for the first time.",
        "Parliamentary elections on the island of Marra which are planned for December 15, 2013, will be held"
        " with two parties for the first time.",
    )
    assert frozenset({"December 22 of this year", "December 15, 2013"}) in red | possible
