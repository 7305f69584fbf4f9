"""A person one article names with another surname than every other article is a conflict, wherever it sits.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story of three. Two articles name the harbour engineer Laura
Bennett; the third gives her given name with another surname, in a sentence
worded unlike theirs (so sentence alignment alone cannot pair the names). Two
people that the texts tell apart (the one article names both in full, other
middle initials, roles that share no word), one surname written two ways and a
story of two articles are no conflict.
"""

from __future__ import annotations

from tests.support.texts import (
    HARBOUR_BUDGET,
    HARBOUR_ENGINEER,
    HARBOUR_INSPECTED,
    HARBOUR_THIRD,
    compare_harbour,
    compare_texts,
    named,
    reported,
)
from tuicompare.models import Comparison


def _compare(third: str, first: str = HARBOUR_ENGINEER, second: str = HARBOUR_INSPECTED) -> Comparison:
    return compare_harbour(first, second, third)


def test_a_surname_no_other_article_gives_is_a_conflict():
    comparison = _compare("Laura Whitfield has checked the stones of the harbour every spring for a decade.")
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_the_renamed_person_is_found_when_the_article_names_her_elsewhere_by_surname():
    third = "Laura Whitfield has checked the stones of the harbour every spring. Bennett said the work must start soon."
    comparison = _compare(third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


QUIET = "The sea wall was built more than a century ago and has been patched many times since."


def test_a_name_one_other_article_gives_is_a_conflict_when_the_renaming_article_uses_its_surname():
    third = "Laura Whitfield has checked the stones of the harbour every spring. Bennett said the work must start soon."
    comparison = _compare(third, second=QUIET)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_a_name_one_other_article_gives_is_no_conflict_when_the_renaming_article_never_uses_it():
    third = "Laura Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = _compare(third, second=QUIET)
    assert not reported(comparison, "Laura Whitfield")


def test_a_name_one_other_article_gives_in_a_sentence_of_the_same_row_is_a_conflict():
    first = (
        "Laura Bennett, who inspected it for the harbour authority, warned in March that the wall could fall"
        " in a winter storm."
    )
    third = "The wall could fall in a winter storm, warned Laura Whitfield in a report to the council."
    comparison = _compare(third, first=first, second=QUIET)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_an_article_naming_both_in_full_knows_two_people():
    third = "Laura Whitfield and Laura Bennett have checked the stones of the harbour every spring for a decade."
    comparison = _compare(third)
    assert not reported(comparison, "Laura Whitfield")


def test_roles_that_share_no_word_are_two_people():
    comparison = _compare("Laura Whitfield, a ferry captain, has sailed past the harbour every day for a decade.")
    assert not reported(comparison, "Laura Whitfield")


def test_other_middle_initials_are_two_people():
    first = "Engineer Laura J. Bennett warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said Laura J. Bennett, an engineer who inspected it."
    third = "Laura K. Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = _compare(third, first, second)
    assert not reported(comparison, "Laura K. Whitfield")


def test_a_surname_written_apart_is_one_name():
    first = "Engineer Laura Van Dyke warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said Laura Van Dyke, an engineer who inspected it."
    third = "Laura VanDyke has checked the stones of the harbour every spring for a decade."
    comparison = _compare(third, first, second)
    assert named(comparison, "conflict") == []


def test_a_surname_another_person_of_the_story_has_is_no_rename():
    second = "The wall could collapse in a bad storm, said Laura Bennett, who works for harbour master Tom Whitfield."
    comparison = _compare(
        "Laura Whitfield has checked the stones of the harbour every spring for a decade.", second=second
    )
    assert not reported(comparison, "Laura Whitfield")


def test_a_story_of_two_articles_has_no_majority_to_go_by():
    first = " ".join(HARBOUR_BUDGET).format(HARBOUR_ENGINEER)
    third = " ".join(HARBOUR_THIRD).format(
        "Laura Whitfield has checked the stones of the harbour every spring for a decade."
    )
    comparison = compare_texts(first, third)
    assert not reported(comparison, "Laura Whitfield")


ROBERT = "Engineer Robert Bennett warned in March that the wall could fall in a winter storm."
ROBERT_ALSO = "The wall could collapse in a bad storm, said Robert Bennett, an engineer who inspected it."


def test_a_nickname_of_the_given_name_is_at_most_a_possible_rename():
    # "Bob" shortens Robert and other names: every other article naming a Robert makes Bob Whitfield
    # possibly him renamed, not surely (an actor "Hal" and a "Henry" of the story are two people).
    comparison = _compare(
        "Bob Whitfield has checked the stones of the harbour every spring for a decade.", ROBERT, ROBERT_ALSO
    )
    assert {"Robert Bennett", "Bob Whitfield"} in named(comparison, "possible")
    assert all("Bob Whitfield" not in values for values in named(comparison, "conflict"))


def test_a_nickname_in_a_sentence_of_the_same_row_is_a_conflict():
    third = "The wall could fall in a winter storm, warned Bob Whitfield in a report to the council."
    comparison = _compare(third, first=ROBERT, second=QUIET)
    assert {"Robert Bennett", "Bob Whitfield"} in named(comparison, "conflict")


def test_a_nickname_two_people_of_the_story_may_bear_names_neither():
    # "Chris" shortens Christopher and Christine alike: the story names both, so nothing tells which is meant.
    first = "Engineer Christopher Bennett warned in March that the wall could fall in a winter storm."
    second = (
        "The wall could collapse in a bad storm, said Christopher Bennett, an engineer who inspected it."
        " Christine Hale, who runs the harbour, said she would ask for more money."
    )
    comparison = _compare(
        "Chris Whitfield has checked the stones of the harbour every spring for a decade.", first, second
    )
    assert not reported(comparison, "Chris Whitfield")


MAYOR = "Mayor Laura Bennett warned in March that the wall could fall in a winter storm."


def test_a_name_one_other_article_gives_is_a_conflict_when_both_hold_one_office():
    # One seat, told with two surnames: the other article names no Bennett, yet both names are the mayor.
    third = "Mayor Laura Whitfield has asked the council for more money to check the stones every spring."
    comparison = _compare(third, first=MAYOR, second=QUIET)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_one_office_in_two_home_states_is_two_people():
    first = "Rep. Laura Bennett (D-Ohio) warned in March that the wall could fall in a winter storm."
    third = "Rep. Laura Whitfield, Democrat of Iowa, has asked for more money to check the stones every spring."
    comparison = _compare(third, first=first, second=QUIET)
    assert not reported(comparison, "Laura Whitfield")


def test_a_name_one_other_article_gives_is_a_conflict_when_both_are_given_one_home_state():
    first = "Rep. Laura Bennett (D-Ohio) warned in March that the wall could fall in a winter storm."
    third = "Laura Whitfield, Democrat of Ohio, has asked for more money to check the stones every spring."
    comparison = _compare(third, first=first, second=QUIET)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


LAWYER = "Lawyer Laura Bennett warned in March that the wall could fall in a winter storm."


def test_a_trade_many_practise_is_no_one_office():
    # Two lawyers are no one seat: the other article names no Bennett, so nothing says the two are one.
    third = "Laura Whitfield, a lawyer, has asked the council for more money to check the stones every spring."
    comparison = _compare(third, first=LAWYER, second=QUIET)
    assert not reported(comparison, "Laura Whitfield")


def test_a_shared_trade_is_no_shared_role():
    # Both lawyers, one a family friend, the other a ferry captain: roles that share only a trade many
    # practise are two people.
    first = "Lawyer Laura Bennett warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said Laura Bennett, a family friend who inspected it."
    third = "Laura Whitfield, a lawyer and ferry captain, has sailed past the harbour every day for a decade."
    comparison = _compare(third, first, second)
    assert not reported(comparison, "Laura Whitfield")


def test_an_article_naming_both_knows_two_people_when_one_name_leads_with_an_initial():
    # "J. Laura Bennett" is a Laura Bennett: the third article names her and a Laura Whitfield, two Lauras.
    third = (
        "J. Laura Bennett thanked Laura Whitfield, who has checked the stones of the harbour every spring."
        " Bennett said the work must start soon."
    )
    comparison = _compare(third)
    assert not reported(comparison, "Laura Whitfield")


PIER = "Laura Bennett found cracks in the Carrow Pier during an inspection in 2019."
PIER_TOO = "Cracks in the Carrow Pier were first found in 2019 by Laura Bennett, who led the inspection."
JOKED = "Laura Whitfield, who lives by the harbour, joked on Friday that the Bellamy Theatre would float away."


def test_an_article_telling_the_others_fact_without_its_person_names_someone_else_at_most_possibly():
    # The third article tells of the cracks found in the pier in 2019 with no one named, and names its Laura
    # beside other things only (a theatre, a Friday): a second Laura, likely; at most a possible difference.
    third = "Cracks in the Carrow Pier were found in 2019 during an inspection. " + JOKED
    comparison = _compare(third, PIER, PIER_TOO)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "possible")
    assert {"Laura Bennett", "Laura Whitfield"} not in named(comparison, "conflict")


def test_the_renamed_person_stays_red_when_the_article_never_tells_the_others_fact_without_her():
    # Nothing of the pier and 2019 without the Laura it names: she may be Bennett renamed, in another fact.
    assert {"Laura Bennett", "Laura Whitfield"} in named(_compare(JOKED, PIER, PIER_TOO), "conflict")
    # The pier told without her, but her own sentence shares the others' year: the fact she is renamed in.
    third = "Cracks in the Carrow Pier were found during an inspection. Laura Whitfield found more cracks in 2019."
    assert {"Laura Bennett", "Laura Whitfield"} in named(_compare(third, PIER, PIER_TOO), "conflict")
