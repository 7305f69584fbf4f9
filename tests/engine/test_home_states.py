"""A politician given two home states by two articles is a conflict, wherever the two sentences sit.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story of three. Each article ties the senator Maria Cantrell
(or the former governor Tom Brandvold) to a state in one of the press's set
forms (a party mark, "of" a state, "Democrat of" a state, a state before the
office); the sentences are worded apart, so sentence alignment alone would not
pair them. The same state written two ways, a former office against a current
one, a city named like a state and a bare surname are no conflict.
"""

from __future__ import annotations

from tests.support.texts import compare_filled, named, reported
from tuicompare.models import Comparison

FIRST = (
    "The Senate passed a bill on Tuesday to pay for repairs of river dams across the country.",
    "{}",
    "The bill sets aside $2 billion over five years for the work.",
)
SECOND = (
    "Repairs to aging river dams will get $2 billion over five years under a bill the Senate passed Tuesday.",
    "{}",
    "Engineers have warned for years that many of the dams could fail in a flood.",
)
THIRD = (
    "Many river dams could fail in a big flood, engineers have long warned.",
    "The Senate voted on Tuesday to spend $2 billion on fixing them over the next five years.",
    "{}",
)


def _compare(first: str, second: str, third: str) -> Comparison:
    return compare_filled((FIRST, SECOND, THIRD), (first, second, third))


MARK = "Sen. Maria Cantrell (D-N.Y.) wrote the bill with members of both parties."
APPOSED = "The bill's author, Maria Cantrell, Democrat of New York, called the vote a relief for towns downstream."


def test_a_state_given_by_one_article_against_the_others_is_a_conflict():
    third = "Senator Maria Cantrell of Oregon said towns below the dams had waited long enough."
    assert {"New York", "Oregon"} in named(_compare(MARK, APPOSED, third), "conflict")


def test_a_state_before_the_office_is_read_too():
    third = "Oregon Sen. Maria Cantrell said towns below the dams had waited long enough."
    assert {"New York", "Oregon"} in named(_compare(MARK, APPOSED, third), "conflict")


def test_one_state_written_as_an_abbreviation_and_in_full_is_no_conflict():
    third = "Senator Maria Cantrell of New York said towns below the dams had waited long enough."
    comparison = _compare(MARK, APPOSED, third)
    assert not reported(comparison, "New York") and not reported(comparison, "N.Y.")


def test_a_city_named_like_a_state_is_no_state():
    third = "Sen. Maria Cantrell, of New York City, said towns below the dams had waited long enough."
    assert not reported(_compare(MARK, APPOSED, third), "New York City")


def test_a_former_office_is_compared_only_with_a_former_office():
    first = "Former Idaho Gov. Tom Brandvold, who backed the bill, said it came years too late."
    second = "Tom Brandvold, a former Republican governor of Montana, praised the bill."
    third = "Sen. Tom Brandvold (R-Utah) said towns below the dams had waited long enough."
    comparison = _compare(first, second, third)
    assert {"Idaho", "Montana"} in named(comparison, "conflict")
    assert not reported(comparison, "Utah")


def test_a_state_given_to_a_bare_surname_is_no_conflict():
    third = "Cantrell, of Oregon, said towns below the dams had waited long enough."
    assert not reported(_compare(MARK, APPOSED, third), "Oregon")


def test_every_office_read_before_a_name_passes_the_quick_test_for_one():
    # ``home_states`` searches for an office only in words holding one of ``_OFFICE_WORDS``: an office added
    # to ``_OFFICE`` without such a word would never be read.
    from tuicompare.engine.homestates import _OFFICE, _OFFICE_WORDS

    offices = [o.replace("\\.", ".") for o in _OFFICE.removeprefix("(?:").removesuffix(")").split("|")]
    assert "Lt. Gov." in offices and "Attorney General" in offices
    assert all(any(word in office for word in _OFFICE_WORDS) for office in offices)
