"""How alike two articles' stories are: weighted term vectors and the score clustering and triage share.

An article's bag of terms (``story_terms.article_terms``) is weighted by how
rare each term is in English and split into names-and-numbers and content
words; the story similarity is the geometric mean of the two cosines, lowered
for far-apart dates. ``stories.StoryIndex`` scores every candidate pair with it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from tuicompare.engine import tuning
from tuicompare.engine.story_anchors import tallies, tallies_clash
from tuicompare.engine.story_terms import date_factor, term_weights

__all__ = ["StoryVector", "Weights", "story_similarity", "weigh"]

Weights = dict[str, float]


def weigh(bag: Mapping[str, float]) -> Weights:
    """Sublinear counts times each term's English-rarity weight."""
    counted = [(t, c) for t, c in bag.items() if c > 0]
    weight = term_weights([t for t, _c in counted])
    # Each distinct count's sublinear form computed once: an article's terms share a few counts (1, 1.5, 2...).
    sublinear = {c: 1 + math.log(c) if c >= 1 else c for c in {c for _t, c in counted}}
    return {t: sublinear[c] * w for (t, c), w in zip(counted, weight, strict=True)}


@dataclass(frozen=True, slots=True)
class StoryVector:
    """An article's weighted terms split into names-and-numbers and words, with both norms and its day.

    ``tallies`` are its scores, records and tallies (``story_anchors.tallies``).
    """

    names: Weights
    words: Weights
    norms: tuple[float, float]
    day: int | None
    tallies: frozenset[str] = frozenset()

    @classmethod
    def of(cls, weights: Weights, day: int | None) -> StoryVector:
        """The vector of an article's weighted terms (``weigh``) and its day number (``day_number``)."""
        names = {t: w for t, w in weights.items() if t[0] in "@#"}
        words = {t: w for t, w in weights.items() if t[0] not in "@#"}
        # Each part's norm, summed over its terms in the order of the weights.
        norms = math.sqrt(sum([w * w for w in names.values()])), math.sqrt(sum([w * w for w in words.values()]))
        return cls(names, words, norms, day, tallies(names))


def _dot(a: Weights, b: Weights) -> float:
    # fsum rounds the same whatever the order, so the score is symmetric and the same in every run.
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


def story_similarity(a: StoryVector, b: StoryVector) -> float:
    """Geometric mean of the names-and-numbers cosine and the word cosine, lowered for far-apart dates.

    Both must agree: same-kind stories share words but not names (two
    earthquakes), and stories about one war share names but not words.
    Two articles that each give their own scores or tallies and share no
    specific report two events of one kind (``story_anchors.tallies_clash``): 0.
    """
    if (
        a.tallies
        and b.tallies
        and tuning.TUNING.stories.tally_clash
        and tallies_clash(a.names, b.names, a.tallies, b.tallies)
    ):
        return 0.0
    factor = date_factor(a.day, b.day)
    words = _dot(a.words, b.words) / (a.norms[1] * b.norms[1]) if a.norms[1] and b.norms[1] else 0.0
    if not (a.norms[0] and b.norms[0]):
        return min(1.0, words) * factor  # an article without names: words alone decide
    names = _dot(a.names, b.names) / (a.norms[0] * b.norms[0])
    share = tuning.TUNING.stories.name_share
    return min(1.0, max(names, 0.0) ** share * max(words, 0.0) ** (1 - share)) * factor
