"""A person "of" two coordinated organisations works for both: "Dr. X of Emory University and CNN".

Short articles written for these tests, compared with the real spaCy model: another article naming one
of the two as the employer agrees with it.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

CORRESPONDENT = (
    "The governor has asked Dr. Ravi Mehta, CNN's medical correspondent, to be the state's health secretary."
)


def test_an_employer_coordinated_after_of_is_the_person_s_too():
    red, possible = red_and_possible(
        "News that the governor may name Dr. Ravi Mehta of Emory University and CNN as health secretary caused a stir.",
        CORRESPONDENT,
    )
    assert frozenset({"Emory University", "CNN"}) not in red | possible


def test_one_other_employer_alone_still_differs():
    red, possible = red_and_possible(
        "News that the governor may name Dr. Ravi Mehta of Emory University as health secretary caused a stir.",
        CORRESPONDENT,
    )
    assert frozenset({"Emory University", "CNN"}) in red | possible
