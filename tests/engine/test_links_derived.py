"""Links through word families, on texts written for the test: a fact told with a noun and with its verb.

One outlet writes "forced the evacuation of a primary school", another, in its
last sentence, "pupils were evacuated from the primary school": spaCy's lemmas
("evacuation", "evacuate") differ, so the shared words alone leave the pair too
weak to link. Their shared family (``derivation``) earns the link its
``LinkTuning.derived_bonus``.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.texts import compare_texts, linked
from tuicompare.engine.derivation import families, family_keys, shared_families
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Comparison

LEAK = " ".join(
    [
        "A gas leak forced the evacuation of a primary school in Dunmore on Monday morning.",
        "Engineers from the gas board capped the pipe within two hours.",
        "The head teacher praised the calm of the children.",
        "The building dates from the 1930s and was renovated in 2008.",
        "Parents were told by text message to collect their children from the village hall.",
        "Lessons will resume on Wednesday after safety checks.",
    ]
)
#: The same event from the street; the evacuation comes last, told with the verb.
STREET = " ".join(
    [
        "Firefighters were called to Dunmore on Monday after residents smelled gas near the high street.",
        "The leak came from a cracked pipe under the road, the gas board said.",
        "Traffic was diverted around the village for most of the day.",
        "Local shops stayed open throughout.",
        "Crews checked nearby homes but found no further leaks.",
        "A bus company said its services would run as normal on Tuesday.",
        "Pupils were evacuated from the primary school because of the gas leak, a council spokesman said.",
    ]
)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("shooting", "shoot"), ("evacuation", "evacuate"), ("arrival", "arrive"), ("settlement", "settle")],
)
def test_a_noun_and_its_verb_are_one_family(noun, verb):
    assert family_keys(noun) & family_keys(verb)


@pytest.mark.parametrize(("short", "longer"), [("state", "station"), ("tie", "tier"), ("rate", "ration")])
def test_short_words_do_not_merge_with_longer_ones(short, longer):
    assert not family_keys(short) & family_keys(longer)


def test_a_word_both_sentences_use_is_not_counted_again_as_a_family():
    assert shared_families(families(["shooting", "school"]), families(["shoot", "school"])) == 1
    assert shared_families(families(["shooting"]), families(["shooting", "shoot"])) == 0


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(LEAK, STREET)


def test_a_fact_told_with_a_noun_and_with_its_verb_is_linked(story):
    assert linked(story, "forced the evacuation", "Pupils were evacuated")


def test_without_the_family_bonus_the_pair_is_too_weak_to_link():
    links = dataclasses.replace(TUNING.links, derived_bonus=0.0)
    with with_tuning(dataclasses.replace(TUNING, links=links)):
        comparison = compare_texts(LEAK, STREET)
    assert not linked(comparison, "forced the evacuation", "Pupils were evacuated")
