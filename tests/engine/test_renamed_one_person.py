"""A renamed person is found when the texts name them in two ways the rule used to count as two people.

Short articles written for these tests, analysed with the real spaCy model and compared as one
story of three (the harbour story of ``test_renamed_people``). The other two articles name the
harbour engineer with her surname written apart and run together ("Van Dyke", "VanDyke"); or the
articles call her by two words the press uses for one job ("TV host", "journalist"; "head" and
"director" of one body), or the third
by a word for no job ("a woman who"); the third gives her given name with another surname. Two
people the roles still tell apart ("a ferry captain", also "a sailing star") stay unreported.
"""

from __future__ import annotations

from tests.support.texts import HARBOUR_ENGINEER, HARBOUR_INSPECTED, compare_harbour, named, reported


def test_a_surname_the_others_write_apart_and_run_together_still_names_one_person():
    first = "Engineer Laura Van Dyke warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said Laura VanDyke, an engineer who inspected it."
    third = "Laura Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    conflicts = named(comparison, "conflict")
    assert any("Laura Whitfield" in values for values in conflicts)


def test_two_words_for_one_job_do_not_make_two_people():
    first = "TV host Laura Bennett asked the harbour master in March whether the wall could fall in a storm."
    second = "The wall could collapse in a bad storm, the harbour master told Laura Bennett, a TV host."
    third = "The journalist Laura Whitfield has written about the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_two_jobs_of_no_one_family_still_make_two_people():
    first = "TV host Laura Bennett asked the harbour master in March whether the wall could fall in a storm."
    second = "The wall could collapse in a bad storm, the harbour master told Laura Bennett, a TV host."
    third = "Laura Whitfield, a ferry captain, has sailed past the harbour every day for a decade."
    comparison = compare_harbour(first, second, third)
    assert not reported(comparison, "Laura Whitfield")


def test_a_word_for_a_kind_of_person_is_no_other_job():
    third = "Laura Whitfield, a woman who has checked the stones of the harbour every spring, fears the worst."
    comparison = compare_harbour(HARBOUR_ENGINEER, HARBOUR_INSPECTED, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_a_word_of_fame_beside_another_job_still_makes_two_people():
    third = "Laura Whitfield, a sailing star and ferry captain, has passed the harbour every day for a decade."
    comparison = compare_harbour(HARBOUR_ENGINEER, HARBOUR_INSPECTED, third)
    assert not reported(comparison, "Laura Whitfield")


def test_the_head_and_the_director_of_one_body_are_one_person():
    first = "Laura Bennett, the head of the harbour authority, warned in March that the wall could fall in a storm."
    second = "The wall could collapse in a bad storm, said Laura Bennett, head of the harbour authority."
    third = "Laura Whitfield, director of the harbour authority, has checked the stones of the harbour every spring."
    comparison = compare_harbour(first, second, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")
