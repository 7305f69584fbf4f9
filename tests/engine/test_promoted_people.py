"""A surname one article gives a person, against another surname, is red when the story shares the given name.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of
two. Each names a doctor in full in a lead sentence that aligns with nothing, then by surname only in a
loosely worded sentence of one fact (a clinic run since 1998): "Harlow" against "Benton". Where the story
writes "Mara Harlow" and "Mara Benton", the one given name says the two surnames fill one place, as it
does for two full names; other given names, or an article naming both people in full, leave it a possible
difference at most (``peopledoubt.renamed``).
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

CLINIC_A = "Since 1998 Harlow, a family physician, has run a health clinic for the poor in Easton."
CLINIC_B = "Since 1998 Benton, a family doctor, has treated poor patients at her rural clinic in Easton."
LEAD_A = "Dr. Mara Harlow will be named state health director, officials said on Monday."
LEAD_B = "The governor's office praised {} Benton in a statement about rural medicine."
SURNAMES = frozenset({"Harlow", "Benton"})


def test_one_given_name_makes_two_surnames_of_one_fact_red():
    red, _possible = red_and_possible(f"{LEAD_A} {CLINIC_A}", f"{LEAD_B.format('Mara')} {CLINIC_B}")
    assert SURNAMES in red


def test_two_given_names_stay_a_possible_difference():
    red, possible = red_and_possible(f"{LEAD_A} {CLINIC_A}", f"{LEAD_B.format('Lena')} {CLINIC_B}")
    assert SURNAMES not in red
    assert SURNAMES in possible


def test_an_article_naming_both_people_in_full_knows_two_people():
    both = "Mara Harlow and Mara Benton both spoke at the meeting."
    red, _possible = red_and_possible(f"{both} {CLINIC_A}", f"{both} {CLINIC_B}")
    assert SURNAMES not in red


DIED = "Jo Kent died in the prison hospital on Monday, said prison spokesman Al Harlow, adding the cause was unknown."
KNOWN = "The cause of death was not known, but Kent had heart disease, said prison spokesman {} Benton."


def test_al_written_apart_is_a_given_name():
    red, _possible = red_and_possible(DIED, KNOWN.format("Al"))
    assert frozenset({"Al Harlow", "Al Benton"}) in red


def test_two_spokesmen_of_other_given_names_stay_a_possible_difference():
    red, possible = red_and_possible(DIED, KNOWN.format("Ed"))
    assert not red
    assert frozenset({"Al Harlow", "Ed Benton"}) in possible
