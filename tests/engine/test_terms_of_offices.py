"""Counts of terms of two offices are no one count: "a two-term governor" and "a five-term mayor".

"a seven-term congressman" counts the terms of a congressman: two such counts are one fact's only
where their offices may be one office ("congressman" and "House member", as the roles of one person
compare), never a governor's and a mayor's. Short articles written for the test, compared with the
real spaCy model, beside the changes of one office's count that must stay conflicts.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences, through_link

TAIL = NEUTRAL_TAIL
SIGNED = "The {} signed the water bill on Monday."
APPOSED = "Poe, a {}, signed the water bill on Monday."


def test_terms_of_a_governor_and_of_a_mayor_are_no_conflict():
    comparison = compare_texts(
        SIGNED.format("two-term governor"), "Poe, a five-term mayor, criticized the water bill.", tail=TAIL
    )
    assert differences(comparison) == []


def test_one_person_a_governor_and_a_mayor_for_so_many_terms_is_no_conflict():
    comparison = compare_texts(APPOSED.format("two-term governor"), APPOSED.format("five-term mayor"), tail=TAIL)
    assert differences(comparison) == []


def test_through_a_link_terms_of_two_offices_are_no_difference():
    # Two sentences of two rows tied by one link: once a possible difference at 0.6.
    found = through_link(SIGNED.format("two-term governor"), "Poe, a five-term mayor, criticized the water bill.", 0.6)
    assert found == {}


def test_terms_of_two_offices_with_a_word_between_are_no_conflict():
    # "two-term Republican senator": the parse hangs "term" as a modifier, not a compound; still a senator's terms.
    comparison = compare_texts(
        APPOSED.format("two-term Republican senator"), APPOSED.format("five-term Democratic mayor"), tail=TAIL
    )
    assert ("conflict", ("two", "five")) not in differences(comparison)


def test_terms_of_one_office_with_a_word_between_are_still_a_conflict():
    comparison = compare_texts(
        APPOSED.format("two-term Republican senator"), APPOSED.format("three-term Republican senator"), tail=TAIL
    )
    assert differences(comparison) == [("conflict", ("two", "three"))]


def test_terms_of_one_office_are_still_a_conflict():
    comparison = compare_texts(SIGNED.format("two-term governor"), SIGNED.format("three-term governor"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("two", "three"))]


def test_one_office_written_two_ways_is_still_a_conflict():
    comparison = compare_texts(
        SIGNED.format("seven-term congressman"), SIGNED.format("twelve-term House member"), tail=TAIL
    )
    assert differences(comparison) == [("conflict", ("seven", "twelve"))]


def test_one_office_written_two_ways_with_one_count_agrees():
    comparison = compare_texts(
        SIGNED.format("seven-term congressman"), SIGNED.format("seven-term House member"), tail=TAIL
    )
    assert differences(comparison) == []


def test_other_nouns_are_compared_as_before():
    # "run" and "scamper" name one run: nouns other than offices have synonyms, so their figures still pair.
    run = "Roe broke loose for an {} on the first play of the second half."
    comparison = compare_texts(run.format("86-yard touchdown run"), run.format("84-yard scamper"), tail=TAIL)
    assert differences(comparison) == [("conflict", ("86", "84"))]
