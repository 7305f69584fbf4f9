"""``plantdrops``: the step of ``engine.build`` that lost a difference ``observe`` made ("dropped after pairing").

Short articles written for this test, analysed with the real spaCy model. ``plant_misses.py --rules``
prints these steps for each planted change "dropped after pairing": the next session reads them to
choose which step to work on, so a drop must be named by the step that made it, and a difference the
comparison reports must show no drop.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.evaluation.plantdrops import dropping_steps
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.models import Article

BRIDGE = "The new bridge over the river cost $5 million, the council said."
TUNNEL = "The old tunnel under the hill cost $7 million to dig."


def _steps(first: str, second: str) -> list[str]:
    """The steps that read the first sentences' figures (``a0:0`` against ``a1:0``)."""
    articles = [Article("a0", "a0.txt", "t", first), Article("a1", "a1.txt", "t", second)]
    analyses = nlp.analyze(articles)
    stages = StoryStages(articles, analyses)
    xs = [s for s in stages.flat["a0:0"].spans if s.kind == "number"]
    ys = [s for s in stages.flat["a1:0"].spans if s.kind == "number"]
    return dropping_steps(articles, analyses, [(x, y) for x in xs for y in ys])


def test_values_each_article_states_are_named_as_dropped_by_stated_elsewhere():
    # Each article gives both figures, to the bridge and the tunnel the other way round: the row's conflict
    # is read, then dropped by the story's judgement that both articles state both values.
    swapped = BRIDGE.replace("$5", "$7") + " " + TUNNEL.replace("$7", "$5")
    steps = _steps(f"{BRIDGE} {TUNNEL}", swapped)
    assert any(s.startswith("observe (row a0:0~a1:0") and s.endswith("conflict 1.00") for s in steps)
    assert steps[-1] == "stated_elsewhere: conflict 1.00 -> none"


def test_a_reported_difference_shows_no_drop():
    steps = _steps(BRIDGE, BRIDGE.replace("$5", "$7"))
    assert "group_observations: conflict 1.00" in steps
    assert not any("->" in s for s in steps)
