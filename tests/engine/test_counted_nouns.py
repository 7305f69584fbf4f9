"""Links through a thing two articles each count once, with two figures, on texts written for the test.

One outlet writes "three strong aftershocks were felt", another "the main shock was followed by at least four
aftershocks": the two sentences tell one fact with two figures, so they share no value, and too few words to
link. Each is its article's one count of aftershocks, and the figures are close (``LinkTuning.counted_ratio``),
which earns the pair ``LinkTuning.counted_bonus`` (``countednouns``). A link is shown, and compared as any link:
no difference comes of the bonus alone.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.texts import compare_texts, differences, linked
from tuicompare.analysis import nlp
from tuicompare.engine.countednouns import counted_apart, sole_counts
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Article, Comparison

QUAKE = " ".join(
    [
        "A strong earthquake shook the island of Varnholm early on Monday, damaging dozens of homes.",
        "Rescue teams reached the worst-hit villages by midday.",
        "The regional governor asked residents to stay outdoors overnight.",
        "Schools across the island will stay closed until Thursday.",
        "Local radio said three strong aftershocks were felt before dawn.",
    ]
)
#: The same quake; its aftershocks told with another figure, in other words.
TREMOR = " ".join(
    [
        "An earthquake struck Varnholm on Monday morning, cracking walls and cutting power to the harbour.",
        "The main shock was followed by at least four aftershocks, which sent families into the streets.",
        "Engineers are checking the island's bridges.",
        "The ferry service resumed in the afternoon.",
    ]
)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(QUAKE, TREMOR)


def test_two_counts_of_one_thing_link_the_two_sentences(story):
    assert linked(story, "three strong aftershocks", "at least four aftershocks")


def test_without_the_count_bonus_the_pair_is_too_weak_to_link():
    links = dataclasses.replace(TUNING.links, counted_bonus=0.0)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        comparison = compare_texts(QUAKE, TREMOR)
    assert not linked(comparison, "three strong aftershocks", "at least four aftershocks")


def test_the_link_alone_reports_no_difference(story):
    assert not any("three" in values for _kind, values in differences(story))


def _apart(first: str, second: str) -> float:
    """How many things the first sentence of two articles counts with figures apart (``counted_apart``)."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate((first, second))]
    stages = StoryStages(articles, nlp.analyze(articles))
    a, b = ([f for f in stages.features[art] if f.active] for art in ("a0", "a1"))
    return float(counted_apart(sole_counts(a), sole_counts(b))[0, 0])


def test_one_count_of_aftershocks_each_with_two_figures():
    assert _apart("Three aftershocks were felt.", "The quake was followed by four aftershocks.") == 1.0


def test_figures_far_apart_count_two_facts_of_the_thing():
    assert _apart("Three aftershocks were felt.", "The quake was followed by 40 aftershocks.") == 0.0


def test_one_figure_of_the_thing_on_both_sides_is_a_shared_value_not_counted():
    assert _apart("Three aftershocks were felt.", "The quake was followed by three aftershocks.") == 0.0


def test_a_thing_an_article_counts_twice_is_no_sole_count():
    first = "Three aftershocks were felt. Two more aftershocks followed in the evening."
    assert _apart(first, "The quake was followed by four aftershocks.") == 0.0


def test_counts_of_people_and_of_times_are_left_out():
    assert _apart("Three people were hurt.", "Four people were hurt in the quake.") == 0.0
    assert _apart("The bridge has flooded three times.", "The bridge flooded four times.") == 0.0
