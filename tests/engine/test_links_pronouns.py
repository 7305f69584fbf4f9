"""Links through a person one outlet names and another refers to by a pronoun, on texts written for the test.

One outlet names the ring's bookkeeper once and two sentences on writes "He faces a long
prison term"; the other states the same fact with his name. The two sentences share no
value and too few words to link; the person the pronoun refers to earns the pair
``LinkTuning.pronoun_bonus`` (``engine/pronouns.py``).
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.texts import compare_texts, linked
from tuicompare.analysis import nlp
from tuicompare.engine.links import SentenceKeys
from tuicompare.engine.pronouns import pronoun_referents
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Article, Comparison

TRIAL = " ".join(
    [
        "A court in Brenford convicted four members of a car theft ring on Monday after a six-week trial.",
        "Prosecutors said the ring shipped stolen vehicles abroad through the city's port.",
        "The gang's bookkeeper, Dale Voss, handled the money from the sales.",
        "Investigators traced more than three hundred cars to the network.",
        "He faces a long prison term when he is sentenced by the court.",
        "The judge praised the police for a long investigation.",
        "Defence lawyers said they would appeal the verdicts.",
    ]
)
#: The same verdict; the bookkeeper's sentence is told with his name.
VERDICT = " ".join(
    [
        "Four men were found guilty on Monday of running a car theft ring in Brenford.",
        "Dale Voss is expected to get a long jail sentence.",
        "The jury heard that stolen cars were sent overseas from the port.",
        "Lawyers for the men said an appeal was likely.",
        "Police spent two years building the case, the judge noted.",
    ]
)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(TRIAL, VERDICT)


def test_a_person_named_in_one_outlet_and_a_pronoun_in_the_other_links_the_two_sentences(story):
    assert linked(story, "He faces a long prison term", "Dale Voss is expected")


def test_without_the_pronoun_bonus_the_pair_is_too_weak_to_link():
    links = dataclasses.replace(TUNING.links, pronoun_bonus=0.0)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        comparison = compare_texts(TRIAL, VERDICT)
    assert not linked(comparison, "He faces a long prison term", "Dale Voss is expected")


def _stages(*texts: list[str]) -> StoryStages:
    articles = [Article(f"a{n}", f"a{n}.txt", "t", " ".join(text)) for n, text in enumerate(texts)]
    return StoryStages(articles, nlp.analyze(articles))


def _referents(text: list[str]) -> list[str | None]:
    """``pronoun_referents`` of one article written as a list of sentences, as the person's written name."""
    stages = _stages(text)
    people = {k for k, label in enumerate(stages.labels) if label == "person"}
    feats = [f for f in stages.features["a0"] if f.active]
    names = {k: span.text for span, k in stages.entity_of.items()}
    return [None if k is None else names[k] for k in pronoun_referents(feats, stages.entity_of, people)]


def test_a_pronoun_refers_to_the_first_person_of_the_sentence_before():
    found = _referents(["Mayor Ann Roe met Tom Hale on Friday.", "She said the harbour would reopen."])
    assert found == [None, "Ann Roe"]


def test_the_subject_of_the_sentence_before_is_preferred_to_a_person_named_first():
    found = _referents(
        ["After his talk with Ann Roe, Mayor Tom Hale called Jo Poe.", "During the call, he thanked the crews."]
    )
    assert found == [None, "Tom Hale"]


def test_a_sentence_that_names_the_person_itself_needs_no_referent():
    found = _referents(["Ann Roe opened the bridge.", "Ann Roe said her team had worked for a year."])
    assert found == [None, None]


def test_a_pronoun_far_from_any_name_refers_to_no_one():
    found = _referents(
        [
            "Ann Roe opened the bridge on Friday.",
            "The bridge cost four million pounds.",
            "Traffic was light in the morning.",
            "She thanked the builders.",
        ]
    )
    assert found == [None, None, None, None]


def test_the_story_protagonist_referred_to_everywhere_singles_out_no_pair():
    # Ann Roe is named in most sentences: a "she" that means her says nothing of which fact it states.
    first = [f"Ann Roe {verb} the bridge on Friday." for verb in ("opened", "crossed", "praised")] + ["She smiled."]
    second = ["Ann Roe cut the ribbon.", "She thanked the builders.", "Ann Roe left at noon."]
    stages = _stages(first, second)
    people = {k for k, label in enumerate(stages.labels) if label == "person"}
    keys = SentenceKeys({a: [f for f in fs if f.active] for a, fs in stages.features.items()}, stages.entity_of, people)
    assert all(n == 0.0 for row in keys.pronouned("a0", "a1").tolist() for n in row)


def test_a_rare_person_named_on_one_side_and_referred_to_on_the_other_is_counted():
    stages = _stages([TRIAL], [VERDICT])
    people = {k for k, label in enumerate(stages.labels) if label == "person"}
    keys = SentenceKeys({a: [f for f in fs if f.active] for a, fs in stages.features.items()}, stages.entity_of, people)
    assert keys.pronouned("a0", "a1")[4, 1] == 1.0
