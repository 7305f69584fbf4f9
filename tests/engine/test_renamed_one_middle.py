"""A renamed person whose middle name or initial both outlets write alike is one person renamed.

Short articles written for these tests, analysed with the real spaCy model and compared as one
story of three (the harbour story of ``test_renamed_people``). One outlet names "Laura J. Bennett",
another "Laura J. Whitfield" in a sentence of another fact, and the third names neither, so no
majority, row, office or fact ties the two names: the middle initial both give is what says they are
one person's, as two people of one story rarely share a given and a middle name. Without the middle
initial on one side, or with a surname particle in its place, the given name alone ties nothing; nor
does a trade before the name ("Trooper William Bennett"), which would read the given name as a middle one.
"""

from __future__ import annotations

from tests.support.texts import compare_harbour, named

FIRST = "Laura J. Bennett, who lives by the pier, warned in March that the wall could fall in a winter storm."
THIRD = "Laura J. Whitfield has checked the stones of the harbour every spring for a decade."
QUIET = "The ferry will keep sailing all winter, the harbour authority said."


def test_one_middle_initial_ties_a_renamed_person_no_third_outlet_names():
    comparison = compare_harbour(FIRST, QUIET, THIRD)
    assert {"Laura J. Bennett", "Laura J. Whitfield"} in named(comparison, "conflict")


def test_a_middle_name_against_its_initial_ties_them_too():
    third = THIRD.replace("Laura J.", "Laura Jane")
    comparison = compare_harbour(FIRST, QUIET, third)
    assert {"Laura J. Bennett", "Laura Jane Whitfield"} in named(comparison, "conflict")


def test_a_middle_initial_on_one_side_only_ties_nothing():
    third = THIRD.replace("Laura J.", "Laura")
    comparison = compare_harbour(FIRST, QUIET, third)
    assert {"Laura J. Bennett", "Laura Whitfield"} not in named(comparison, "conflict")


def test_a_surname_particle_is_no_middle_name():
    first = FIRST.replace("Laura J. Bennett", "Laura van Bennett")
    third = THIRD.replace("Laura J. Whitfield", "Laura van Whitfield")
    comparison = compare_harbour(first, QUIET, third)
    assert not named(comparison, "conflict")


def test_a_trade_before_one_given_name_is_no_middle_name():
    first = (
        "Trooper William Bennett, who lives by the pier, warned in March that the wall could fall in a winter storm."
    )
    third = "Trooper William Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, QUIET, third)
    assert not named(comparison, "conflict")
