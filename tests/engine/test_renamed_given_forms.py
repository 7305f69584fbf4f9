"""A given name written two ways, or the given name "Al", still ties a renamed person to the others' name.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of three
(``compare_harbour``). Two articles name the harbour engineer; the third gives her given name, written with
another first letter of one sound ("Katherine", "Catherine"), with another surname in a sentence of the same
row: one person renamed. Two given names that sound apart ("Dustin", "Justin") are two people. "Al" written
apart before a surname is a given name (the name key reads it as the article of "al-Assad" and drops it), so
"Al Whitfield" against "Al Bennett" is one person renamed, and an article naming both knows two people.
"""

from __future__ import annotations

from tests.support.texts import HARBOUR_ENGINEER, HARBOUR_INSPECTED, compare_harbour, named, reported
from tuicompare.engine.surnameparts import same_given
from tuicompare.models import Comparison

_SAME_ROW = "The wall could fall in a winter storm, warned {} in a report to the council."


def _compare(given: str, third: str) -> Comparison:
    first = HARBOUR_ENGINEER.replace("Laura", given)
    second = HARBOUR_INSPECTED.replace("Laura", given)
    return compare_harbour(first, second, third)


def test_a_given_name_respelled_by_its_first_letter_is_one_person_renamed():
    comparison = _compare("Katherine", _SAME_ROW.format("Catherine Whitfield"))
    assert {"Katherine Bennett", "Catherine Whitfield"} in named(comparison, "conflict")


def test_given_names_that_sound_apart_are_two_people():
    comparison = _compare("Dustin", _SAME_ROW.format("Justin Whitfield"))
    assert not reported(comparison, "Justin Whitfield")


def test_which_given_names_are_read_as_one():
    assert same_given("catherine", "katherine")
    assert not same_given("dustin", "justin")  # two names, not two spellings
    assert not same_given("carin", "karin")  # too short to tell a respelling from another name
    assert not same_given("christian", "christina")  # the letters differ at the end: two names


def test_al_written_apart_is_a_given_name():
    comparison = _compare("Al", _SAME_ROW.format("Al Whitfield"))
    assert {"Al Bennett", "Al Whitfield"} in named(comparison, "conflict")


def test_an_article_naming_both_als_in_full_knows_two_people():
    third = "Al Whitfield and Al Bennett have checked the stones of the harbour every spring for a decade."
    comparison = _compare("Al", third)
    assert not reported(comparison, "Al Whitfield")
