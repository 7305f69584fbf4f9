"""A renamed person is found when the texts give them two offices one person commonly holds together.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of
three (the harbour story of ``test_renamed_people``). Two articles call the harbour's legislator
"Senator", the third calls her "the majority leader" with another surname; or two call the ferry
company's chief "CEO" and the third "a ferry executive": one person renamed. Two chiefs of one company
("CEO", "COO") and a chief and a captain stay two people. The two offices tie the names even when the
second outlet names neither; a bare "leader" beside "Senator" does not.
"""

from __future__ import annotations

from tests.support.texts import compare_harbour, named, reported

CEO = "Ferry CEO Laura Bennett warned in March that the wall could fall in a winter storm."
CEO_AGAIN = "The wall could collapse in a bad storm, said Laura Bennett, the CEO of the ferry company."


def test_a_legislator_and_a_leadership_post_name_one_person():
    first = "Senator Laura Bennett warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said Senator Laura Bennett, who inspected it."
    third = "The majority leader Laura Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_a_company_chief_and_an_executive_name_one_person():
    third = "Laura Whitfield, a ferry executive, has sailed past the harbour every day for a decade."
    comparison = compare_harbour(CEO, CEO_AGAIN, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_two_chiefs_of_one_company_still_make_two_people():
    third = "Ferry COO Laura Whitfield has sailed past the harbour every day for a decade."
    comparison = compare_harbour(CEO, CEO_AGAIN, third)
    assert not reported(comparison, "Laura Whitfield")


def test_a_chief_and_a_captain_still_make_two_people():
    third = "Laura Whitfield, a ferry captain, has sailed past the harbour every day for a decade."
    comparison = compare_harbour(CEO, CEO_AGAIN, third)
    assert not reported(comparison, "Laura Whitfield")


#: The second outlet's sentence naming no one: only one outlet names the harbour's legislator or chief.
UNNAMED = "The wall could collapse in a bad storm, engineers said."


def test_offices_held_together_tie_the_names_when_an_outlet_names_neither():
    first = "Senator Laura Bennett said the wall must be repaired before the winter."
    third = "Majority leader Laura Whitfield has visited the harbour every spring for a decade."
    comparison = compare_harbour(first, UNNAMED, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")
    chief = "CEO Laura Bennett said the wall must be repaired before the winter."
    third = "Shipping executive Laura Whitfield has visited the harbour every spring for a decade."
    comparison = compare_harbour(chief, UNNAMED, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_a_bare_leader_beside_a_legislator_ties_no_names_when_an_outlet_names_neither():
    first = "Senator Laura Bennett said the wall must be repaired before the winter."
    third = "Party leader Laura Whitfield has visited the harbour every spring for a decade."
    comparison = compare_harbour(first, UNNAMED, third)
    assert not named(comparison, "conflict")
