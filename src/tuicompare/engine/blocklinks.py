"""What ``align.pair_links`` and ``links.cross_links`` read of a ``PairSimilarity``, block by block.

Both read a similarity matrix through a few summaries: each row's and each
column's best match, the in-order alignment (``align._monotone_pairs``) and
each row's and column's strongest link candidates. Here they are computed from
blocks of rows (or columns) in turn, with the same arithmetic and the same
tie-breaking as on the whole matrix, so the result is the same while memory
stays a few blocks, whatever the articles' length.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.tuning import TUNING

__all__ = ["BonusFn", "PairSummary", "monotone_pairs", "summary", "top_candidates"]

# A block's link strengths (``links.strength``) from its first row (or column) and its similarities.
BonusFn = Callable[[int, np.ndarray], np.ndarray]


class PairSummary:
    """Each row's best column and its score, each column's best row and its score (first index on ties)."""

    def __init__(self, best_b: np.ndarray, row_max: np.ndarray, best_a: np.ndarray, col_max: np.ndarray) -> None:
        self.best_b, self.row_max, self.best_a, self.col_max = best_b, row_max, best_a, col_max


def summary(sim: PairSimilarity) -> PairSummary:
    """``argmax`` along rows and along columns, as numpy gives it on the whole matrix."""
    n, m = sim.shape
    best_b = np.zeros(n, dtype=np.int64)
    row_max = np.zeros(n)
    best_a = np.zeros(m, dtype=np.int64)
    col_max = np.full(m, -np.inf)
    for start, block in sim.row_blocks(TUNING.scale.block_rows):
        rows = np.arange(len(block))
        best_b[start : start + len(block)] = arg = block.argmax(axis=1)
        row_max[start : start + len(block)] = block[rows, arg]
        top = block.argmax(axis=0)
        value = block[top, np.arange(m)]
        better = value > col_max  # strictly: an earlier row keeps a tie, as argmax does
        best_a[better], col_max[better] = top[better] + start, value[better]
    return PairSummary(best_b, row_max, best_a, col_max)


def monotone_pairs(sim: PairSimilarity, minimum: float) -> list[tuple[int, int]]:
    """``align._monotone_pairs`` over the blocks: the same table, kept only at every block's first row.

    The backward walk recomputes one block's rows of the table at a time from its saved first row.
    """
    n, m = sim.shape
    size = TUNING.scale.block_rows
    saved: dict[int, np.ndarray] = {}
    prev = np.zeros(m + 1)
    for start, block in sim.row_blocks(size):
        saved[start] = prev
        prev = _table(prev, block - minimum)[-1]
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        start = (i - 1) // size * size
        gain = sim.rows(start, min(start + size, n)) - minimum
        best = _table(saved[start], gain)  # best[k] is the table's row start + k
        while i > start and j > 0:
            g, here, up = gain[i - 1 - start], best[i - start], best[i - 1 - start]
            if g[j - 1] >= 0 and here[j] == up[j - 1] + g[j - 1]:
                pairs.append((i - 1, j - 1))
                i, j = i - 1, j - 1
            elif here[j] == up[j]:
                i -= 1
            else:
                j -= 1
    return pairs[::-1]


def _table(first: np.ndarray, gain: np.ndarray) -> np.ndarray:
    """Rows of ``_monotone_pairs``' table from the row before ``gain``'s first: the same running maxima."""
    best = np.zeros((len(gain) + 1, len(first)))
    best[0] = first
    for k, g in enumerate(gain):
        prev = best[k]
        diag = np.where(g >= 0, prev[:-1] + g, -1.0)
        best[k + 1, 1:] = np.maximum.accumulate(np.maximum(prev[1:], diag))
    return best


def top_candidates(
    sim: PairSimilarity, bonus_rows: BonusFn, bonus_columns: BonusFn
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], float]]:
    """``links.cross_links``' choice over the blocks: each row's and column's strongest link candidates.

    A candidate's strength is ``bonus_rows(start, block)`` for a block of rows
    (``bonus_columns`` the same for columns, transposed). Each row and each
    column keeps its ``LinkTuning.per_article`` strongest at or above ``min_strength``,
    ties to the earlier sentence as a stable sort gives them; a pair kept by both
    sides gets the better rank.

    Returns:
        The kept pairs (row, column) with their rank, and their similarity.
    """
    chosen: dict[tuple[int, int], int] = {}
    score: dict[tuple[int, int], float] = {}
    for start, block in sim.row_blocks(TUNING.scale.block_rows):
        for i, j, rank, value in _strongest(block, bonus_rows(start, block), start):
            chosen[(i, j)] = min(rank, chosen.get((i, j), rank))
            score[(i, j)] = value
    for start, block in sim.column_blocks(TUNING.scale.block_rows):
        for j, i, rank, value in _strongest(block, bonus_columns(start, block), start):
            chosen[(i, j)] = min(rank, chosen.get((i, j), rank))
            score[(i, j)] = value
    return chosen, score


def _strongest(block: np.ndarray, strength: np.ndarray, start: int) -> list[tuple[int, int, int, float]]:
    """Each row's ``per_article`` strongest entries at or above ``min_strength``: (row, column, rank, similarity)."""
    t = TUNING.links
    rows, cols = np.nonzero(strength >= t.min_strength)
    values = strength[rows, cols]
    order = np.lexsort((cols, -values, rows))  # by row, strongest first, then the earlier column
    rows, cols = rows[order], cols[order]
    first = np.searchsorted(rows, rows)  # each row's first position in the sorted entries
    rank = np.arange(len(rows)) - first
    keep = rank < t.per_article
    rows, cols, rank = rows[keep], cols[keep], rank[keep]
    sims = block[rows, cols]
    return [
        (r + start, c, k, s)
        for r, c, k, s in zip(rows.tolist(), cols.tolist(), rank.tolist(), sims.tolist(), strict=True)
    ]
