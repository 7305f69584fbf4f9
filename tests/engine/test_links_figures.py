"""Links through a figure read two ways, on texts written for the test.

One outlet names the driver "Marta Quill, 58," in its last sentence, another
writes "a 58-year-old woman at the controls" in its second: the recogniser
reads the first 58 as an age and the second as a date ("58 year-old"), so the
two sentences share no value key and too few words to link. The figure both
write earns the pair ``LinkTuning.respelled_bonus``.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.texts import compare_texts, linked
from tuicompare.analysis import nlp
from tuicompare.engine.links import SentenceKeys
from tuicompare.engine.respelled import figures
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Article, Comparison

CRASH = " ".join(
    [
        "A tram derailed on the Harbour Line in Port Elwyn on Saturday evening, injuring eleven passengers.",
        "The line will stay closed until Wednesday while engineers inspect the track.",
        "The tram operator apologised to travellers and promised a full review.",
        "Replacement buses are running every ten minutes between the depot and the ferry terminal.",
        "Unions have long complained about the age of the fleet.",
        "The city's transport chief said she would meet the unions next week.",
        "The driver, Marta Quill, 58, was treated in hospital for a broken wrist.",
    ]
)
#: The same derailment; the driver comes second, her age written as an adjective.
QUAY = " ".join(
    [
        "Eleven people were hurt when a tram left the rails near the ferry terminal in Port Elwyn on Saturday.",
        "A 58-year-old woman at the controls was taken to hospital.",
        "Passengers described a loud bang before the carriage tipped onto its side.",
        "Police closed the waterfront road for several hours.",
        "The council said the track had been renewed three years ago.",
        "Witnesses helped passengers climb out through the windows.",
    ]
)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(CRASH, QUAY)


def test_an_age_written_two_ways_links_the_two_sentences(story):
    assert linked(story, "Marta Quill", "58-year-old woman")


def test_without_the_figure_bonus_the_pair_is_too_weak_to_link():
    links = dataclasses.replace(TUNING.links, respelled_bonus=0.0)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        comparison = compare_texts(CRASH, QUAY)
    assert not linked(comparison, "Marta Quill", "58-year-old woman")


def _respelled(first: str, second: str) -> float:
    """How many figures the first sentence of two one-sentence articles shares read two ways."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate((first, second))]
    stages = StoryStages(articles, nlp.analyze(articles))
    keys = SentenceKeys({a: [f for f in fs if f.active] for a, fs in stages.features.items()}, stages.entity_of)
    return float(keys.respelled("a0", "a1")[0, 0])


def test_an_age_and_a_year_old_adjective_are_one_figure_read_two_ways():
    assert _respelled("The driver, Marta Quill, 58, was hurt.", "A 58-year-old driver was hurt.") == 1.0


def test_a_figure_read_alike_is_a_shared_value_not_counted_again():
    assert _respelled("The council spent $4,500 on the fence.", "The fence cost $4,500.") == 0.0


def test_single_digits_anchor_nothing():
    assert _respelled("The driver, Jo Quill, 9, was hurt.", "A 9-year-old driver was hurt.") == 0.0


def test_thousands_separators_do_not_split_a_figure():
    articles = [Article("a0", "a0.txt", "t", "The firm hired 2,507 workers in Leeds.")]
    stages = StoryStages(articles, nlp.analyze(articles))
    assert "2507" in figures(stages.features["a0"][0], stages.entity_of)


def test_a_length_with_a_bound_and_without_is_one_figure_read_two_ways():
    assert _respelled("No club has offered him more than eight years.", "The club made an eight-year offer.") == 1.0


def test_decades_and_years_of_one_length_are_one_figure():
    assert (
        _respelled("The chief has served the force for two decades.", "The chief, a 20-year veteran, was hurt.") == 1.0
    )


def test_two_different_lengths_are_not_one_figure():
    assert _respelled("The feud lasted more than three decades.", "The feud went on for more than 20 years.") == 0.0


def test_a_length_written_alike_is_a_shared_value_not_counted_again():
    assert _respelled("He got a five-year sentence.", "The judge gave him a five-year sentence.") == 0.0


def test_a_bound_on_a_count_still_marks_another_count():
    assert _respelled("More than 40 people were hurt.", "Police said 40 people were hurt.") == 0.0
