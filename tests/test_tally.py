"""Scores add up field by field with ``+=``: counts summed, lists extended, counts by key merged."""

from __future__ import annotations

from collections import Counter

from tuicompare.evaluation.entity_gold import EntityScore
from tuicompare.evaluation.plantscore import PlantedScore
from tuicompare.evaluation.real import RealScore


def test_planted_scores_add_every_kind_of_field():
    total = PlantedScore(planted=2, found={"conflict": 1}, missed=["a"], causes={"date": Counter(unaligned=1)})
    total += PlantedScore(
        planted=3,
        found={"conflict": 2, "possible": 1},
        missed=["b"],
        copies=4,
        causes={"date": Counter(unaligned=2, tier=1), "number": Counter(tier=1)},
    )
    assert (total.planted, total.copies) == (5, 4)
    assert total.found == {"conflict": 3, "possible": 1}
    assert total.missed == ["a", "b"]
    assert total.causes == {"date": Counter(unaligned=3, tier=1), "number": Counter(tier=1)}


def test_real_scores_add_and_their_ratios_follow():
    total = RealScore(stories=1, reported={"conflict": 2}, correct={"conflict": 1}, unmapped=["x"])
    total += RealScore(stories=1, one_story=1, reported={"conflict": 2}, correct={"conflict": 2})
    assert (total.stories, total.one_story, total.unmapped) == (2, 1, ["x"])
    assert total.precision("conflict") == 0.75


def test_entity_scores_add_counts_and_notes():
    total = EntityScore(gold_values=4, found_values=2, notes=["one"])
    total += EntityScore(gold_values=4, found_values=4, notes=["two"])
    assert (total.gold_values, total.found_values, total.notes) == (8, 6, ["one", "two"])
    assert total.recall == 0.75
