"""``plantwhy``'s cause "two scenes": values paired, then kept apart only because each sentence is set elsewhere.

Short articles written for this test, analysed with the real spaCy model. Each
sentence is set in a place the other article never names, so ``evidence.two_scenes``
reads them as two events and drops their figures' pair; ``plant_misses.py`` then names
that rule instead of "slots not paired" (which says the pairing itself failed).
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.evaluation.plantwhy import StoryStages, _pair_stage
from tuicompare.models import Article

FIRST = "An earthquake of magnitude 4.6 shook homes near Truro early on Thursday, the geological survey said."
SECOND = "Residents of Exeter felt an earthquake of magnitude 6.2 early on Thursday, the geological survey said."


def _stage(first: str, second: str) -> str:
    articles = [Article("a0", "a0.txt", "t", first), Article("a1", "a1.txt", "t", second)]
    stages = StoryStages(articles, nlp.analyze(articles))
    xs = [s for s in stages.flat["a0:0"].spans if s.kind == "number"]
    ys = [s for s in stages.flat["a1:0"].spans if s.kind == "number"]
    return _pair_stage(stages, "a0:0", "a1:0", xs, ys)


def test_figures_of_sentences_set_in_two_unnamed_places_are_two_scenes():
    assert _stage(FIRST, SECOND) == "two scenes"


def test_figures_of_one_place_are_not_two_scenes():
    assert _stage(FIRST, SECOND.replace("Exeter", "Truro")) != "two scenes"
