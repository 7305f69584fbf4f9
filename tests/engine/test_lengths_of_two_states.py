"""Two lengths of time hung on verbs of two families tell of two states: a possible difference at most.

Short articles written for these tests, compared with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

HOSPITAL = "Ann Page had been hospitalized in Denver for four weeks due to pneumonia, only to suffer a heart attack."


def test_weeks_in_hospital_against_a_week_in_a_coma_are_at_most_possible():
    red, possible = red_and_possible(
        HOSPITAL, "Ann Page died yesterday in Denver after lingering in a coma for a week following a heart attack."
    )
    assert frozenset({"four weeks", "a week"}) not in red
    assert frozenset({"four weeks", "a week"}) in possible


def test_two_lengths_of_one_stay_still_conflict():
    red, _possible = red_and_possible(HOSPITAL, HOSPITAL.replace("four weeks", "three weeks"))
    assert frozenset({"four weeks", "three weeks"}) in red


def test_a_length_of_a_named_thing_told_with_two_verbs_still_conflicts():
    red, _possible = red_and_possible(
        "Both of the new laptops from Acme deliver seven hours of battery life, the firm said in Leeds.",
        "Both of the new laptops from Acme come with ten hours of battery life, the firm said in Leeds.",
    )
    assert frozenset({"seven hours", "ten hours"}) in red
