"""One verb dated twice, acting on two different things: two acts' dates, at most possible (``actobjects``, issue 10).

Short texts written for these tests, read with the real spaCy model. "resigned from the board in 2019"
against "resigned from the company in 2021" may be two resignations, both true: red would be a false
contradiction. One thing left (told with another verb, or named on one side only, or a part of the
other: "the board of the bank" and "the bank") keeps the dates of one act, and their difference red.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.align import Link
from tuicompare.engine.linkconflicts import link_conflicts
from tuicompare.engine.links import link_observations

_YEARS = frozenset({"2019", "2021"})


def test_one_verb_from_two_bodies_is_no_red_difference():
    red, possible = red_and_possible(
        "Jo Poe resigned from the board in 2019.", "Jo Poe resigned from the company in 2021."
    )
    assert _YEARS not in red
    assert _YEARS in possible


def test_one_body_left_told_by_another_verb_stays_red():
    red, _possible = red_and_possible("Jo Poe resigned from the board in 2019.", "Jo Poe quit the board in 2021.")
    assert _YEARS in red


def test_the_object_told_on_one_side_only_stays_red():
    red, _possible = red_and_possible("Jo Poe resigned from the board in 2019.", "Jo Poe resigned in 2021.")
    assert _YEARS in red


def test_a_body_and_its_board_are_one_thing_left():
    red, _possible = red_and_possible(
        "Jo Poe resigned from the board of the bank in 2019.", "Jo Poe resigned from the bank in 2021."
    )
    assert _YEARS in red


def test_one_event_noun_from_two_bodies_is_no_red_difference():
    red, possible = red_and_possible(
        "Jo Poe was a director until her resignation from the board in 2019.",
        "Jo Poe was a director until her resignation from the company in 2021.",
    )
    assert _YEARS not in red
    assert _YEARS in possible


def test_one_event_noun_from_one_body_stays_red():
    red, _possible = red_and_possible(
        "Jo Poe was a director until her resignation from the board in 2019.",
        "Jo Poe was a director until her resignation from the board in 2021.",
    )
    assert _YEARS in red


def test_two_places_of_one_death_are_no_two_acts():
    # "at the hospital" and "at the scene" are where one death happened, not what was done: red stays.
    red, _possible = red_and_possible(
        "The driver died at the hospital on Monday.", "The driver died at the scene on Friday."
    )
    assert frozenset({"Monday", "Friday"}) in red


def test_one_verb_from_two_bodies_through_a_link_is_no_red_difference():
    r = story_readings(
        ("Jo Poe resigned from the board in 2019.", "Jo Poe resigned from the company in 2021."), date(2024, 5, 10)
    )
    rows, row_of = [["a0:0"], ["a1:0"]], {"a0:0": 0, "a1:0": 1}
    found = link_observations([Link("a0:0", "a1:0", 0.4)], r.features, rows, row_of, r.entity_of, r.labels, r.roles)
    reported = {
        frozenset(v.text for v in c.values): c.kind
        for _row, c in link_conflicts(found, {"a0": 0, "a1": 1}, [], None, r.roles)
    }
    assert reported.get(_YEARS) != "conflict"
