"""Two people's acts are a possible difference, one person's act told two ways is a conflict.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. When each sentence's actor is a person the other sentence
never names, the sentences tell of two acts, so a place or day that differs is
listed as a possible difference (``ConflictTuning.other_people_factor``); two
loosely alike sentences sharing only a verb are partial evidence of one fact
(``ConflictTuning.frame_evidence``); both set with ``benchmarks/calibrate.py``.
The same person, or a changed number of one act, still makes a conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def test_two_candidates_campaigning_on_two_days_is_a_possible_difference():
    comparison = _compare(
        "Sen. Ann Roe of Vermont, campaigning in Denver on Sunday, told the large crowd that the harbour report"
        " must be released.",
        "Former Rep. Jim Poe, campaigning in Ohio on Friday, told reporters that the harbour report must be laid"
        " out in full.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert frozenset({"Sunday", "Friday"}) in tier_values(comparison, "possible")


def test_one_candidate_campaigning_on_two_days_is_a_conflict():
    comparison = _compare(
        "Mayor Ann Roe, campaigning in Denver on Sunday, told the large crowd that the harbour report must be"
        " released.",
        "Ann Roe, the mayor, campaigning in Denver on Friday, told reporters that the harbour report must be"
        " released in full.",
    )
    assert frozenset({"Sunday", "Friday"}) in tier_values(comparison, "conflict")


def test_an_actor_the_other_sentence_names_keeps_the_conflict():
    # Poe is named on both sides: the sentences may well tell of one campaign.
    comparison = _compare(
        "Sen. Ann Roe of Vermont, campaigning with Jim Poe in Denver on Sunday, told the large crowd that the"
        " harbour report must be released.",
        "Former Rep. Jim Poe, campaigning in Ohio on Friday, told reporters that the harbour report must be laid"
        " out in full.",
    )
    assert frozenset({"Sunday", "Friday"}) in tier_values(comparison, "conflict")


def test_a_changed_job_count_in_paraphrased_sentences_stays_a_conflict():
    comparison = _compare(
        "The harbour company said on Tuesday that it would cut 300 jobs at its plant in Ohio next year.",
        "The harbour firm will cut 500 jobs at the Ohio plant next year, the company said on Tuesday.",
    )
    assert frozenset({"300", "500"}) in tier_values(comparison, "conflict")


def test_two_quotes_sharing_only_the_verb_name_two_speakers_and_no_difference():
    comparison = _compare(
        "\u201cThe harbour report must be released in full today,\u201d Sen. Ann Roe of Vermont wrote on Twitter.",
        "\u201cTrust but verify,\u201d Ms. Lee wrote on Twitter.",
    )
    assert tier_values(comparison, "conflict") == set()
    # Each wrote her own words: two statements, not one given to two people (``quotes.speakers_apart``;
    # a possible difference until the fifteenth session, which the ECB+ audits judged false).
    assert frozenset({"Ann Roe", "Lee"}) not in tier_values(comparison, "possible")


def test_one_post_given_to_two_people_in_alike_sentences_stays_a_conflict():
    comparison = _compare(
        "Ann Roe wrote on Twitter on Sunday that the council had hidden the harbour report from voters.",
        "Jim Lee wrote on Twitter on Sunday that the council had hidden the harbour report from the voters.",
    )
    assert frozenset({"Ann Roe", "Jim Lee"}) in tier_values(comparison, "conflict")
