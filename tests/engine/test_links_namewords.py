"""Links through a name one outlet capitalises and another writes in plain words, on texts written for the test.

One outlet writes of "the Seasonal Harvest Permit", tagged a name, the other of
"a seasonal harvest permit" in lower case: the two sentences share no resolved
value and too few other words to link. The rare phrase both write earns the pair
``LinkTuning.name_words_bonus`` (``engine/namewords.py``).
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.texts import compare_texts, linked
from tuicompare.analysis import nlp
from tuicompare.engine.links import SentenceKeys
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Article, Comparison

PLAN = " ".join(
    [
        "The regional government of Varnholt approved a new farm labour plan on Tuesday after months of talks.",
        "Growers had warned that fruit would rot in the fields without more pickers this summer.",
        "Under the plan, the Seasonal Harvest Permit will let foreign pickers stay for up to nine months.",
        "Opposition members called the vote rushed and said wages should have been raised first.",
        "The farming union welcomed the decision but asked for faster processing of applications.",
        "Officials expect the first workers to arrive in late spring.",
    ]
)
#: The same vote; the permit is written in plain words, in another sentence's place.
VOTE = " ".join(
    [
        "Varnholt lawmakers backed a plan on Tuesday to bring in more fruit pickers from abroad.",
        "Farm owners said crops had been left unpicked last year because workers could not be found.",
        "Critics in the assembly argued that the measure was pushed through too quickly.",
        "Pickers from abroad will be able to apply for a seasonal harvest permit lasting most of the year.",
        "The union representing growers said the change was overdue.",
        "The first arrivals are expected before the summer.",
    ]
)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(PLAN, VOTE)


def test_a_name_written_in_plain_words_links_the_two_sentences(story):
    assert linked(story, "Seasonal Harvest Permit", "seasonal harvest permit")


def test_without_the_name_words_bonus_the_pair_is_too_weak_to_link():
    links = dataclasses.replace(TUNING.links, name_words_bonus=0.0)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        comparison = compare_texts(PLAN, VOTE)
    assert not linked(comparison, "Seasonal Harvest Permit", "seasonal harvest permit")


def _named(first: list[str], second: list[str]) -> list[list[float]]:
    """``SentenceKeys.named`` of two articles written as lists of sentences."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", " ".join(text)) for n, text in enumerate((first, second))]
    stages = StoryStages(articles, nlp.analyze(articles))
    keys = SentenceKeys({a: [f for f in fs if f.active] for a, fs in stages.features.items()}, stages.entity_of)
    return keys.named("a0", "a1").tolist()


def test_the_phrase_counts_from_either_side():
    found = _named(["Pickers may now apply for a seasonal harvest permit."], ["The Seasonal Harvest Permit passed."])
    assert found == [[1.0]]


def test_one_name_both_sentences_hold_is_a_shared_value_not_counted_again():
    found = _named(["Mayor Ann Roe opened the Harbour Arts Centre."], ["The Harbour Arts Centre opened on Friday."])
    assert found == [[0.0]]


def test_a_name_the_story_writes_everywhere_says_nothing_of_the_fact():
    # The story's subject, in every sentence: no sentence pair is singled out by it.
    first = [f"The Harbour Arts Centre {verb} on Friday." for verb in ("opened", "closed", "shone", "filled")] * 6
    second = ["Crowds came to the harbour arts centre.", "The harbour arts centre was full."]
    assert all(n == 0.0 for row in _named(first, second) for n in row)
