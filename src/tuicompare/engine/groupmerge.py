"""Whether two groups of aligned sentences may merge: size limits, and alike enough on average.

``align`` merges groups strongest link first with union-find; a link alone is
not enough (a lead sentence that states three facts would chain the sentences
stating each of them, and their partners, into one group), so two groups merge
only when they stay within the group limits and the pairs across them are
alike on average (``Similarities.coherent``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

__all__ = ["Similarities", "fits"]


class Similarities:
    """The similarity matrices of the aligned article pairs, to judge whether two groups state one fact."""

    def __init__(self, active: Mapping[str, Sequence[SentenceFeatures]]) -> None:
        self._row = {art: {s.index: n for n, s in enumerate(feats)} for art, feats in active.items()}
        self._matrix: dict[tuple[str, str], list[list[float]] | PairSimilarity] = {}
        self._partners: dict[str, set[str]] = {}

    def add(self, a: str, b: str, sim: np.ndarray | PairSimilarity) -> np.ndarray | PairSimilarity:
        """Keep the matrix of articles ``a`` (rows) and ``b`` (columns); returns it."""
        self._partners.setdefault(a, set()).add(b)
        self._partners.setdefault(b, set()).add(a)
        if isinstance(sim, PairSimilarity):
            self._matrix[(a, b)] = sim  # long articles: read as sim[i][j], each pair computed once
        else:
            self._matrix[(a, b)] = sim.tolist()  # plain lists: a few lookups per merge beat numpy indexing
        return sim

    def mean(self, x: Mapping[str, list[int]], y: Mapping[str, list[int]]) -> tuple[float, int]:
        """Mean similarity of the pairs across two groups (sentences of different articles), and their number."""
        total, count = 0.0, 0
        row, matrix = self._row, self._matrix
        place: dict[str, int] | None = None
        for a, xs in x.items():
            partners = self._partners.get(a, set())
            # Only the articles aligned with ``a``, in ``y``'s order (the order of the sums): a group of
            # a large story spans hundreds of articles, each aligned with a few.
            if len(partners) < len(y):
                place = place if place is not None else {b: n for n, b in enumerate(y)}
                mine = sorted((b for b in partners if b in place), key=place.__getitem__)
            else:
                mine = [b for b in y if b in partners]
            for b in mine:
                ys = y[b]
                if (a, b) in matrix:
                    m, first, second = matrix[(a, b)], [row[a][i] for i in xs], [row[b][j] for j in ys]
                else:
                    m, first, second = matrix[(b, a)], [row[b][j] for j in ys], [row[a][i] for i in xs]
                for r in first:
                    total += sum(map(m[r].__getitem__, second))
                count += len(first) * len(second)
        return (total / count if count else 0.0), count

    def coherent(self, x: Mapping[str, list[int]], y: Mapping[str, list[int]]) -> bool:
        """Whether two groups are alike enough on average to be one (``AlignTuning.merge_coherence``).

        Union-find alone chains: a lead sentence that shares one fact with each
        of three later sentences would pull all of them, and their own partners,
        into one group. The mean similarity of every pair across the two groups
        (sentences of different articles) must reach the bar; a single pair is
        the link itself and always passes.
        """
        bar = TUNING.align.merge_coherence
        if bar <= 0 or (sum(map(len, x.values())) == 1 and sum(map(len, y.values())) == 1):
            return True  # off, or two lone sentences: the link itself is the only pair
        mean, count = self.mean(x, y)
        return count < 2 or mean >= bar


def fits(indices: list[int]) -> bool:
    """Whether one article's sentences in a group stay within ``AlignTuning.max_per_article`` and ``max_spread``."""
    t = TUNING.align
    return len(indices) <= t.max_per_article and max(indices) - min(indices) <= t.max_spread
