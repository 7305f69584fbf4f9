"""Figures of people the parse cannot tell apart (``engine.figurepeople``): a false red class of the audits.

A season's tally given to "He" or to "his ..." in a sentence naming no one may be anyone's: against
another person's tally it is a possible difference at most, not a red one. Each false case is paired
with the real difference the rule must still report in red: one named player's two tallies. Short
texts written for these tests, analysed with the real spaCy model and compared as one story.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers

WIN = "The Hawks beat the Owls 31-24 on Sunday to clinch a playoff spot."
NAMED = f"{WIN} Jon Reyes has 53 catches for 605 yards and five touchdowns this season."
TALLIES = {frozenset({"3,907 yards", "605 yards"}), frozenset({"26", "five"})}


def test_a_tally_of_an_unnamed_he_against_a_named_player_s_is_possible_at_most():
    red, possible = _tiers(NAMED, f"{WIN} He closed the season with 3,907 yards and 26 touchdowns.")
    assert not red & TALLIES
    assert possible & TALLIES  # still listed: nothing says it is someone else's either


def test_a_tally_held_through_his_against_another_player_s_is_possible_at_most():
    red, possible = _tiers(
        f"{WIN} Receiver Jon Reyes caught two passes. He has 53 catches for 605 yards and five touchdowns this season.",
        f"{WIN} Quarterback Tim Lowe threw for 300 yards. His late surge leaves him with 3,907 yards and 26 "
        "touchdowns this season.",
    )
    assert not red & TALLIES
    assert possible & TALLIES


def test_one_named_player_s_two_tallies_still_conflict():
    red, _possible = _tiers(NAMED, f"{WIN} Jon Reyes now has 3,907 yards and 26 touchdowns this season.")
    assert red & TALLIES


BLAST = "A gas explosion tore through a fireworks warehouse in Rivermouth on Tuesday night."


def test_a_count_of_the_people_a_clause_is_about_still_conflicts():
    # "15 workers were hurt": the figure counts its own subject, nobody holds it; "He said" changes nothing.
    red, _possible = _tiers(
        f"{BLAST} The owner, Jo Poe, said 12 workers were hurt.", f"{BLAST} He said 15 workers were hurt, police said."
    )
    assert frozenset({"12", "15"}) in red


def test_a_toll_given_by_a_named_official_still_conflicts():
    red, _possible = _tiers(
        f"{BLAST} Twelve people were killed in the blast, police said.",
        f"{BLAST} Police chief Ann Roe said 15 people were killed in the blast.",
    )
    assert frozenset({"Twelve", "15"}) in red


def test_one_act_s_toll_told_of_an_unnamed_gunman_still_conflicts():
    # One verb holds both figures: the act's toll, whoever the sentences name as its doer.
    mall = "A gunman opened fire at a shopping mall in Rivermouth on Tuesday night."
    red, _possible = _tiers(
        f"{mall} The gunman killed 12 people before he was arrested, police said.",
        f"{mall} The shooter killed 15 people before officers arrested him.",
    )
    assert frozenset({"12", "15"}) in red
