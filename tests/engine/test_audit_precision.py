"""Precision classes found by the audits (``benchmarks/gold/audit``): false alarms on unannotated triples.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each test pairs a false-alarm class with the real
difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tests.support.texts import red_and_possible as _tiers


def test_a_currency_conversion_in_brackets_is_never_a_red_conflict():
    # Both outlets give the same loan in euros; each converts it at its own day's rate.
    red, _possible = _tiers(
        "The ministers agreed a 90 billion euro ($117 billion) loan to Portugal on Sunday, officials said.",
        "The ministers agreed a 90 billion euro ($128 billion) loan to Portugal on Sunday, officials said.",
    )
    assert red == set()


def test_a_conversion_no_exchange_rate_explains_is_still_a_red_conflict():
    red, _possible = _tiers(
        "The ministers agreed a 90 billion euro ($117 billion) loan to Portugal on Sunday, officials said.",
        "The ministers agreed a 90 billion euro ($317 billion) loan to Portugal on Sunday, officials said.",
    )
    assert red == {frozenset({"$117 billion", "$317 billion"})}


def test_two_sums_in_one_currency_are_still_a_red_conflict():
    red, _possible = _tiers(
        "The ministers agreed a $117 billion loan to Portugal on Sunday, officials said.",
        "The ministers agreed a $128 billion loan to Portugal on Sunday, officials said.",
    )
    assert red == {frozenset({"$117 billion", "$128 billion"})}


def test_one_title_named_by_either_of_its_words_is_one_thing_retained():
    # "retained his title belts on Saturday" against "retained his titles on Wednesday": one act, one day changed.
    red, _possible = _tiers(
        "Tom Brennan stopped Carl Hayes in the sixth round to retain his heavyweight title belts on Saturday.",
        "Tom Brennan stopped Carl Hayes in the sixth round to retain his heavyweight titles on Wednesday.",
    )
    assert red == {frozenset({"Saturday", "Wednesday"})}


def test_the_subject_after_an_opening_phrase_ending_in_a_name_is_no_role_of_that_name():
    # "With the signing of NAME, the season was ...": the comma opens the main clause; the season and the
    # squad are no titles of the player.
    comparison = compare_texts(
        "With the off-season acquisition of Mark Delaney, the 2008-09 season was supposed to be a good one"
        " for the Rovers.",
        "With the off-season acquisition of Mark Delaney, the 2008-09 squad was supposed to be a good one"
        " for the Rovers.",
        tail=NEUTRAL_TAIL,
    )
    assert not [c for c in comparison.conflicts if c.type in ("role", "attribute:role") and c.kind != "variant"]


def test_a_real_apposition_after_a_name_in_an_opening_phrase_is_still_a_role():
    comparison = compare_texts(
        "After the arrest of Tom Barker, the club's goalkeeper, the police questioned two more men on Monday.",
        "After the arrest of Tom Barker, the club's chairman, the police questioned two more men on Monday.",
        tail=NEUTRAL_TAIL,
    )
    assert [c for c in comparison.conflicts if c.type in ("role", "attribute:role") and c.kind != "variant"]


def test_two_firms_each_introduced_as_a_company_called_something_are_no_red_conflict():
    # Two different past owners of the building; only "a company called" is shared.
    red, _possible = _tiers(
        "In 1998 a company called Harbour Estates bought the old mill and planned to turn it into flats.",
        "The founder later set up a company called Northgate Dairy, which sold ice cream in Maine.",
    )
    assert red == set()


def test_a_firm_named_differently_in_one_act_is_still_reported():
    red, possible = _tiers(
        "In 1998 a company called Harbour Estates bought the old mill and planned to turn it into flats.",
        "In 1998 a company called Northgate Estates bought the old mill and planned to turn it into flats.",
    )
    assert red | possible


def test_one_verb_acting_on_two_different_things_dates_two_acts_at_most_possibly_different():
    # Two things the governor signed on two days: never a red conflict over the day.
    red, _possible = _tiers(
        "A clause in the farm bill signed by Governor Ann Walsh on March 11 lets towns sell the old depots.",
        "On January 30, Governor Ann Walsh signed an executive order closing the old depots to the public.",
    )
    assert red == set()


def test_one_verb_acting_on_one_thing_on_two_days_is_still_a_red_conflict():
    red, _possible = _tiers(
        "Governor Ann Walsh signed the farm bill on March 11, ending a long fight over the old depots.",
        "Governor Ann Walsh signed the farm bill on January 30, ending a long fight over the old depots.",
    )
    assert red == {frozenset({"March 11", "January 30"})}


def test_two_reporters_of_one_rumour_are_at_most_a_possible_difference():
    red, _possible = _tiers(
        "Radio host Dave Morton reported on Monday that the Hawks have offered Carl Hayes a five-year deal"
        " worth $90 million, a record for the club.",
        "Newspaper columnist Lisa Grant reports that the Hawks have made Carl Hayes an offer, the largest"
        " the owners have ever made to a player.",
    )
    assert red == set()
