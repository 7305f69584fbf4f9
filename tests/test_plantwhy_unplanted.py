"""``plantwhy``'s look at the unchanged story: was a pair that the planted change left unaligned aligned before?

Short articles written for this test, analysed with the real spaCy model. A
planted copy's sentences are read as the original article's (same index), so
``bench_real.py --why`` can tell a change that cut its sentence's anchor from a
pair the engine never aligned.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.evaluation.plantwhy import StoryStages
from tuicompare.models import Article

ORIGINAL = (
    "The harbour board voted on Tuesday to close the old pier for repairs after a winter of storms."
    " Work on the pier will cost the city about four million dollars, the mayor said."
)
OTHER = (
    "The old pier will close for repairs, the harbour board decided on Tuesday after the storms."
    " A bakery on the seafront reopened its doors after a fire last spring."
)
COPY = ORIGINAL.replace("Tuesday", "Friday")


def _stages(*articles: Article) -> StoryStages:
    return StoryStages(list(articles), nlp.analyze(list(articles)))


def test_a_copys_pair_is_read_in_the_unchanged_story():
    original, other = Article("a0", "a0.txt", "t", ORIGINAL), Article("a1", "a1.txt", "t", OTHER)
    copy = Article("c0", "c0.txt", "t", COPY)
    unchanged = _stages(original, other)
    assert unchanged.row_of["a0:0"] == unchanged.row_of["a1:0"]  # the pier's closure, told by both
    planted = _stages(copy, other)
    assert not planted.aligned_unplanted("c0:0", "a1:0")  # not known until the unchanged story is given
    planted.unplanted = (unchanged, "c0", "a0")
    assert planted.aligned_unplanted("c0:0", "a1:0")
    assert planted.aligned_unplanted("a1:0", "c0:0")
    assert not planted.aligned_unplanted("c0:1", "a1:1")  # the cost and the bakery: apart before too
