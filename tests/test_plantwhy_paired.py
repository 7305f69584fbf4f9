"""``plantwhy``'s causes of a pair ``slots.paired_slots`` made and ``conflicts.observe`` then dropped.

Short articles written for this test, analysed with the real spaCy model. Before branch s20-why
these misses were all "slots not paired", which says the pairing failed: the next sessions
count misses by cause to choose what to build, so a pair the engine made and dropped must be named
as what dropped it ("weak evidence" under ``report_min``; "days of two acts": a loose link's pair under
``possible_below`` whose verbs are two acts; "read as two facts": one of ``observe``'s readings).
"""

from __future__ import annotations

from tests.engine.test_needed_figures import LOOSELY_NEEDED, LOOSELY_SCORED
from tuicompare.analysis import nlp
from tuicompare.engine.features import Span
from tuicompare.evaluation.plantreadings import dropped_by
from tuicompare.evaluation.plantwhy import StoryStages, _pair_stage
from tuicompare.models import Article

CALLED = "Firefighters were called to the Leeds warehouse on Friday."
BROKE_OUT = "A blaze broke out in the warehouse on Monday."
# The same two acts in sentences sharing fewer words: the pair is paired, but under ``report_min``.
CALLED_LOOSELY = "Firefighters were called to the warehouse on Friday."
BROKE_OUT_LOOSELY = "A blaze broke out on Monday in a warehouse near the river, destroying boxes of shoes."
KILLED = "The blast at the chemical plant in Dover killed four workers."
HURT = "The blast at the chemical plant in Dover hurt seven workers."


def _slots(first: str, second: str, kind: str) -> tuple[StoryStages, list[Span], list[Span]]:
    """The story of two one-sentence articles and each first sentence's slots of ``kind``."""
    articles = [Article("a0", "a0.txt", "t", first), Article("a1", "a1.txt", "t", second)]
    stages = StoryStages(articles, nlp.analyze(articles))
    xs = [s for s in stages.flat["a0:0"].spans if s.kind == kind]
    ys = [s for s in stages.flat["a1:0"].spans if s.kind == kind]
    return stages, xs, ys


def _stage(first: str, second: str, kind: str) -> str:
    """The cause ``plantwhy`` gives the first sentence's value of ``kind`` against the second's."""
    stages, xs, ys = _slots(first, second, kind)
    return _pair_stage(stages, "a0:0", "a1:0", xs, ys)


def _dropped(first: str, second: str) -> list[str]:
    """The readings ``plantreadings`` names as dropping the first sentence's numbers against the second's."""
    stages, xs, ys = _slots(first, second, "number")
    return dropped_by(stages, "a0:0", "a1:0", xs, ys)


def test_days_of_two_acts_in_a_loose_link_are_paired_weak_not_unpaired():
    # "called" and "broke out" are verbs of two acts: the two days are paired, then dropped as weak.
    assert _stage(CALLED, BROKE_OUT, "date") == "paired, weak: days of two acts"


def test_days_of_two_acts_paired_under_report_min_are_weak_evidence_not_unpaired():
    # The engine drops the pair by one test: under ``report_min``, or weak and of two acts. The first bar wins.
    assert _stage(CALLED_LOOSELY, BROKE_OUT_LOOSELY, "date") == "weak evidence (report_min)"


def test_days_of_one_verb_are_not_days_of_two_acts():
    assert _stage(CALLED, CALLED.replace("Friday", "Monday"), "date") != "paired, weak: days of two acts"


def test_counts_of_two_outcomes_are_paired_and_read_as_two_facts():
    # "killed four workers" against "hurt seven workers": paired, then read as two acts' counts (``outcomes``).
    assert _stage(KILLED, HURT, "number") == "paired, read as two facts"


def test_counts_of_one_outcome_are_not_read_as_two_facts():
    assert _stage(KILLED, KILLED.replace("four", "seven"), "number") != "paired, read as two facts"


def test_the_reading_that_dropped_counts_of_two_outcomes_is_named():
    assert _dropped(KILLED, HURT) == ["ActClasses"]


def test_a_reading_observe_asks_through_another_module_is_named():
    # "needed nine points" against "scored 20 points": dropped by ``needed_against_done``, which ``observe``
    # asks through ``factsapart``; ``plant_misses.py --rules`` failed on it when the reading moved there.
    assert _dropped(LOOSELY_NEEDED, LOOSELY_SCORED) == ["needed_against_done"]
