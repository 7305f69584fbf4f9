"""Outlets that name one event's place, firm or person in different ways still make one story.

One brief writes "Ostravelde" and "Quenneville Haulage", another "the Ostravelde Trading Estate"
and "the Quenneville yard", and a third calls the director "Mrs Vosberg" where the others write
"Anneke Vosberg": no full name is shared by every pair, but a rare word of a name is, and that
is the event's specific (``story_anchors.name_words``). A fire of the same kind elsewhere, with
its own place and people, stays apart. The texts are invented here (places, firms and people
that do not exist).
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.briefs import Briefs, analysed, opened
from tuicompare.engine import tuning
from tuicompare.engine.story_anchors import name_words, shares_specifics

BRIEFS = {
    "fire_a": "Fire destroyed the Quenneville Haulage depot in Ostravelde, in the north of England, overnight, "
    "and 60 firefighters fought the blaze for six hours. Director Anneke Vosberg said 40 lorries were lost.",
    "fire_b": "Anneke Vosberg, whose lorries were parked at the Ostravelde Trading Estate, said 40 of them burned. "
    "The fire at the estate started in a workshop, fire crews said.",
    "fire_c": "Mrs Vosberg said the overnight fire that destroyed 40 of her lorries at the Ostravelde Trading Estate "
    "in northern England started in a workshop. The Quenneville yard will reopen next month.",
    "other_a": "A fire tore through a furniture warehouse in Brackenholt on Tuesday, and 45 firefighters battled "
    "the flames until dawn. Owner Teodor Lindqvast said the stock was lost.",
    "other_b": "Teodor Lindqvast, who owns the Brackenholt furniture store, said the fire started in the loading bay.",
}


@pytest.fixture(scope="module")
def briefs() -> Briefs:
    return analysed(BRIEFS)


def test_three_briefs_naming_one_fire_differently_are_one_story(briefs):
    assert opened(briefs, ["fire_a", "fire_b", "fire_c"]) == [["fire_a", "fire_b", "fire_c"]]


def test_without_the_names_rare_words_the_third_brief_stays_alone(briefs, monkeypatch):
    # The first and third briefs share no full name: only the rare words of their names tie them.
    stories = dataclasses.replace(tuning.TUNING.stories, anchor_name_words=False)
    monkeypatch.setattr(tuning, "TUNING", dataclasses.replace(tuning.TUNING, stories=stories))
    assert opened(briefs, ["fire_a", "fire_b", "fire_c"]) == [["fire_a"], ["fire_b", "fire_c"]]


def test_a_fire_of_the_same_kind_elsewhere_stays_apart(briefs):
    assert opened(briefs, list(BRIEFS)) == [["fire_a", "fire_b", "fire_c"], ["other_a", "other_b"]]
    assert opened(briefs, ["fire_a", "fire_b", "other_a"]) == [["fire_a", "fire_b"], ["other_a"]]


def test_a_names_rare_words_are_specifics_and_its_common_words_are_not():
    assert name_words({"@ostravelde trading estate": 1.0, "fire": 2.0}) == {"ostravelde"}
    assert name_words({"@new york police department": 1.0, "#40": 1.0}) == frozenset()
    assert shares_specifics({"@quenneville haulage": 1.0}, {"@quenneville": 2.0})
    # Two names that share only a common word ("street", "party") share no specific.
    assert not shares_specifics({"@high street": 1.0}, {"@market street": 1.0})
    assert not shares_specifics({"@labour party": 1.0}, {"@green party": 1.0})
