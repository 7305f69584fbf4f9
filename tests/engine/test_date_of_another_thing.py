"""A year set on a thing by "in" ("the resignation of the mayor in 1974") dates that thing only.

Short articles written for these tests, compared with the real spaCy model: against a date of another
act in a loosely linked sentence it is no difference (a possible one in sentences as alike as one
fact's); against a date of the same act (told by a verb of the noun's family) it still conflicts.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible


def test_the_year_of_a_resignation_against_the_year_someone_held_a_post_is_no_difference():
    red, possible = red_and_possible(
        "Jo Roe was deputy head of the city's police in 1972 when he began passing files to a reporter who pursued"
        " the story of the bribes that led to Mayor Ann Poe, who later resigned.",
        "As deputy head of the city's police, Jo Roe was angered by the attempts to block the inquiry into the"
        " bribes, which led to the resignation of Mayor Ann Poe in 1974.",
    )
    # Two acts' years (fifteenth session: no longer kept as a possible difference).
    assert frozenset({"1972", "1974"}) not in red | possible


def test_a_resignation_and_a_resigning_dated_differently_still_conflict():
    red, _possible = red_and_possible(
        "Mayor Ann Poe resigned in 1974 after the inquiry into the bribes, the council said.",
        "The inquiry into the bribes led to the resignation of Mayor Ann Poe in 1975, the council said.",
    )
    assert frozenset({"1974", "1975"}) in red


def test_two_sales_dated_differently_still_conflict():
    red, _possible = red_and_possible(
        "The family sold one of its oil fields for $30 million in 1957, and the son became a donor.",
        "His company found the Bolton field, which the family sold for $30 million in 1967.",
    )
    assert frozenset({"1957", "1967"}) in red


def test_a_year_compounded_on_a_noun_is_read_as_before():
    # "the 2016 campaign" names one event's year in passing: not read as another thing's (planted years kept).
    red, _possible = red_and_possible(
        "The mayor lost the 2016 campaign for the council seat in Leeds, the party said.",
        "The mayor lost the 2014 campaign for the council seat in Leeds, the party said.",
    )
    assert frozenset({"2016", "2014"}) in red
