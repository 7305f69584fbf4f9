"""A renamed person both outlets give as working for one named body is one person renamed.

Short articles written for these tests, analysed with the real spaCy model and compared as one
story of three (the harbour story of ``test_renamed_people``). One outlet names "Laura Bennett of the
Harbour Trust", another "Laura Whitfield, a director at the Harbour Trust" in a sentence of another
fact, and the third names neither, so no majority, row, office or fact ties the two names: the body
both are said to work for does. Two bodies tie nothing. "The Senate minority leader" against "Senator" is one
seat told by two of its titles, as "majority leader" was already.
"""

from __future__ import annotations

from tests.support.texts import compare_harbour, named

FIRST = "Laura Bennett of the Harbour Trust warned in March that the wall could fall in a winter storm."
THIRD = "Laura Whitfield, a director at the Harbour Trust, has checked the stones of the harbour every spring."
QUIET = "The ferry will keep sailing all winter, the harbour authority said."


def test_one_body_ties_a_renamed_person_no_third_outlet_names():
    comparison = compare_harbour(FIRST, QUIET, THIRD)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_two_bodies_tie_nothing():
    comparison = compare_harbour(FIRST, QUIET, THIRD.replace("Harbour Trust", "Sea Museum"))
    assert not named(comparison, "conflict")


def test_a_chamber_s_minority_leader_and_a_senator_are_one_seat():
    first = "Senator Laura Bennett, who lives by the pier, warned in March that the wall could fall in a winter storm."
    third = (
        "Laura Whitfield, the Senate minority leader, has checked the stones of the harbour every spring for a decade."
    )
    comparison = compare_harbour(first, QUIET, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")
