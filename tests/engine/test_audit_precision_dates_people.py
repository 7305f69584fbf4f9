"""Precision classes found by the third audit (``benchmarks/gold/audit``, topics 31-45).

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each test pairs a false-alarm class with the real
difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers


def test_the_date_of_an_appeal_is_not_the_date_of_the_verdict_it_overturned():
    # The first sentence tells of the verdict too, in a clause of "conviction": its date is the appeal's.
    red, possible = _tiers(
        "In August, the state Supreme Court tossed out a 2008 conviction that found Ellison was an accomplice "
        "to fraud.",
        "In September 2007 a state jury found Ellison guilty of being an accomplice to fraud.",
    )
    assert frozenset({"August", "September 2007"}) not in red | possible


def test_two_dates_of_one_act_still_conflict():
    red, _possible = _tiers(
        "In August, the state Supreme Court overturned the conviction of Ellison for fraud.",
        "In September, the state Supreme Court overturned the conviction of Ellison for fraud.",
    )
    assert red == {frozenset({"August", "September"})}


def test_an_arrest_after_a_shooting_is_dated_apart_from_the_shooting():
    red, possible = _tiers(
        "Police arrested Ellison on Friday after he shot a neighbour in the harbour district.",
        "Ellison shot a neighbour in the harbour district on Thursday, police said.",
    )
    assert frozenset({"Friday", "Thursday"}) not in red | possible


def test_a_lineman_and_a_tackle_are_one_player():
    red, possible = _tiers(
        "Sharks defensive lineman Mark Ellison was arrested early Sunday on suspicion of drunken driving after he "
        "was speeding down Route 9, the state police said.",
        "According to the state police, defensive tackle Mark Ellison was arrested on suspicion of drunken driving "
        "last weekend on a freeway.",
    )
    assert not any("defensive tackle" in values for values in red | possible)


def test_a_quarterback_and_a_tackle_still_conflict():
    red, _possible = _tiers(
        "Sharks quarterback Mark Ellison was arrested early Sunday on suspicion of drunken driving after he "
        "was speeding down Route 9, the state police said.",
        "According to the state police, defensive tackle Mark Ellison was arrested on suspicion of drunken driving "
        "last weekend on a freeway.",
    )
    assert any("defensive tackle" in values for values in red)


def test_two_officers_quoted_on_two_statements_are_no_red_conflict():
    # Each outlet quotes its own patrol officer, on different details: two people quoted, not one changed.
    red, possible = _tiers(
        "Mark Ellison was cited for driving on probation, Harbour Highway Patrol Officer Ann Roe said on Tuesday.",
        "Ellison failed sobriety tests shortly after 2 a.m. on Route 9, said Harbour Highway Patrol Officer Jo Poe.",
    )
    assert red == set()
    # Two full names of other given names, one rank many hold: two officers, no difference at all (fourteenth
    # session; a possible difference before).
    assert possible == set()


def test_one_statement_given_to_two_general_managers_is_still_a_red_conflict():
    red, _possible = _tiers(
        "We are aware of the issue involving Ellison, Sharks general manager Ann Roe said in a statement on Tuesday.",
        "We are aware of the issue involving Ellison, Sharks general manager Jo Poe said in a statement on Tuesday.",
    )
    assert red == {frozenset({"Ann Roe", "Jo Poe"})}


def test_a_count_of_the_other_bombs_is_part_of_the_total():
    # "Three other bombs" beside the one told before: four in all, as the other outlet says.
    red, possible = _tiers(
        "Jets bombed the Harbour refugee camp on Thursday. One bomb landed in the school yard. Three other bombs "
        "exploded outside the camp near the airstrip, witnesses said.",
        "Jets bombed the Harbour refugee camp on Thursday. Four bombs exploded outside the camp near the airstrip, "
        "witnesses said.",
    )
    assert frozenset({"Three", "Four"}) not in red | possible


def test_two_totals_of_bombs_still_conflict():
    red, _possible = _tiers(
        "Jets bombed the Harbour refugee camp on Thursday. Three bombs exploded outside the camp near the airstrip, "
        "witnesses said.",
        "Jets bombed the Harbour refugee camp on Thursday. Four bombs exploded outside the camp near the airstrip, "
        "witnesses said.",
    )
    assert red == {frozenset({"Three", "Four"})}
