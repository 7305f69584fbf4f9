"""Three reports of one event, no two of them alike enough alone, open as one story; another event stays apart.

A report, a follow-up on the cause and a side story (a school closed by the smoke) of one
warehouse fire share the city, the fire chief and the fire's words, each pair a little: one pair
is alike enough to join on its own, the third article is alike to both others but not enough on
average for a group of two (``linkage.required``). Every pair of the three is above
``clique_threshold``: three witnesses that agree, so ``compare`` opens them as one story
(``linkage.triangle``). A fire at a carpet factory of the same city, told by the same fire chief,
is alike to each of them too, but not to every one: it stays its own story.
The texts are invented here.
"""

from __future__ import annotations

import dataclasses
from itertools import combinations

import pytest

from tests.support.briefs import Briefs, analysed, opened
from tuicompare.engine import tuning

# One warehouse fire told three ways, and a fire at a carpet factory of the same city told twice.
TEXTS = {
    "fire_a": "Fire crews in Leicester fought a blaze at a warehouse through the night. The roof collapsed "
    "shortly after midnight and thick smoke drifted over homes on Victoria Street, said Janet Hughes, a "
    "neighbour. Police closed the road until morning and Western Power cut the electricity to the area.",
    "fire_b": "The blaze that destroyed a furniture warehouse in Leicester was probably started by faulty "
    "wiring, fire chief Mark Taylor told the BBC on Tuesday. Investigators will search the ruins once the "
    "building is safe. The owner, Harlow Home, said the stock was lost and that its insurers had been told.",
    "fire_c": "Smoke from the burning warehouse forced St Mary's primary school in Leicester to close for the "
    "day. Headteacher Paul Green told Radio Leicester the smell reached the playground. Mark Taylor of the "
    "fire service said crews would stay until the last of the flames was out.",
    "carpet_a": "A fire at a carpet factory in Leicester closed the ring road on Friday afternoon, and fire "
    "chief Mark Taylor said the sprinklers had failed. Forty workers were led out and two were treated in "
    "hospital.",
    "carpet_b": "The carpet factory that caught fire in Leicester last week will reopen next month, its owner, "
    "Brenton Rugs, said. The company blamed a welding job on the roof.",
}
FIRE = ["fire_a", "fire_b", "fire_c"]
CARPET = ["carpet_a", "carpet_b"]


@pytest.fixture(scope="module")
def fires() -> Briefs:
    return analysed(TEXTS)


def _opened(fires: Briefs, keys: list[str]) -> list[list[str]]:
    """The stories ``compare`` shows for these articles opened alone, sorted."""
    return sorted(map(sorted, opened(fires, keys)))


def test_three_reports_of_one_fire_open_as_one_story(fires):
    assert _opened(fires, FIRE) == [FIRE]


def test_two_fires_of_one_city_stay_two_stories_in_one_folder(fires):
    assert _opened(fires, FIRE + CARPET) == [CARPET, FIRE]


@pytest.mark.parametrize("pair", list(combinations(FIRE, 2)))
@pytest.mark.parametrize("other", CARPET)
def test_two_reports_of_one_fire_and_one_of_the_other_do_not_make_one_story(fires, pair, other):
    stories = _opened(fires, [*pair, other])
    assert [other] in stories


def test_without_the_rule_the_third_report_is_left_alone(fires, monkeypatch):
    # What a reader got before: the follow-up on the cause opened as a story of its own.
    off = dataclasses.replace(tuning.TUNING.stories, clique_threshold=1.01)
    monkeypatch.setattr(tuning, "TUNING", dataclasses.replace(tuning.TUNING, stories=off))
    assert len(_opened(fires, FIRE)) == 2
