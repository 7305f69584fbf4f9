"""Two events of one kind that share their protagonist stay two stories (a vendored ECB+ subset).

The articles (``tests/data/ecbplus-one-team``, CC BY 3.0, see its README) report a football
team placing one running back on injured reserve in 2008 and another in 2011: the team, the
league and the wording are shared, so the two events pass average linkage; each event's
articles are more alike among themselves than across (``linkage.cohesive``). Each event's
articles also give their own games' scores and none of the other's (``story_anchors.tallies_clash``),
which alone keeps the two events apart too.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import cluster_articles, tuning
from tuicompare.load.corpus import load_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "ecbplus-one-team"


@pytest.fixture(scope="module")
def one_team():
    articles = tuple(a for a in load_corpus([str(DATA)]).articles if a.id.startswith("ecb_"))
    gold = json.loads((DATA / "stories.json").read_text(encoding="utf-8"))
    return articles, nlp.analyze(articles), gold


def _stories(articles, analyses):
    return sorted(map(sorted, cluster_articles(articles, analyses)))


def test_two_injured_reserve_placements_by_one_team_are_two_stories(one_team):
    articles, analyses, gold = one_team
    assert len(articles) == 10
    assert _stories(articles, analyses) == sorted(map(sorted, gold))


def test_without_the_cohesion_rule_the_scores_keep_the_placements_apart(one_team, monkeypatch):
    articles, analyses, gold = one_team
    off = dataclasses.replace(tuning.TUNING.stories, cohesion_size=len(articles) + 1)
    monkeypatch.setattr(tuning, "TUNING", dataclasses.replace(tuning.TUNING, stories=off))
    assert _stories(articles, analyses) == sorted(map(sorted, gold))


def test_without_either_rule_the_two_placements_chain_into_one_story(one_team, monkeypatch):
    # What a reader got before: one story of ten articles about two different players.
    articles, analyses, _gold = one_team
    off = dataclasses.replace(tuning.TUNING.stories, cohesion_size=len(articles) + 1, tally_clash=False)
    monkeypatch.setattr(tuning, "TUNING", dataclasses.replace(tuning.TUNING, stories=off))
    assert len(_stories(articles, analyses)) == 1
