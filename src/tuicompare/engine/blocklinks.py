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

__all__ = ["BonusFn", "PairSummary", "SharedCounts", "monotone_pairs", "summary", "top_candidates"]

# A block's link strengths (``linkstrength.strength``) from its first row and its similarities.
BonusFn = Callable[[int, np.ndarray], np.ndarray]


class PairSummary:
    """Each row's best column and its score, each column's best row and its score (first index on ties).

    ``saved`` holds ``align._monotone_pairs``' table at every block's first row, for ``monotone_pairs``.
    """

    def __init__(self, shape: tuple[int, int]) -> None:
        n, m = shape
        self.best_b, self.row_max = np.zeros(n, dtype=np.int64), np.zeros(n)
        self.best_a, self.col_max = np.zeros(m, dtype=np.int64), np.full(m, -np.inf)
        self.saved: dict[int, np.ndarray] = {}


def summary(sim: PairSimilarity, minimum: float) -> PairSummary:
    """``argmax`` along rows and along columns as numpy gives it on the whole matrix, and the table's checkpoints.

    One pass over the blocks also runs ``align._monotone_pairs``' table forward (for the pairs
    scoring at least ``minimum``), keeping its row before every block.
    """
    out = PairSummary(sim.shape)
    columns = np.arange(sim.shape[1])
    prev = np.zeros(sim.shape[1] + 1)
    for start, block in sim.row_blocks(TUNING.scale.block_rows):
        stop = start + len(block)
        out.best_b[start:stop] = arg = block.argmax(axis=1)
        out.row_max[start:stop] = block[np.arange(len(block)), arg]
        top = block.argmax(axis=0)
        value = block[top, columns]
        better = value > out.col_max  # strictly: an earlier row keeps a tie, as argmax does
        out.best_a[better], out.col_max[better] = top[better] + start, value[better]
        out.saved[start] = prev
        prev = order_table(prev, block - minimum)[-1]
    return out


def monotone_pairs(sim: PairSimilarity, minimum: float, saved: dict[int, np.ndarray]) -> list[tuple[int, int]]:
    """``align._monotone_pairs`` over the blocks, from the table's rows ``summary`` saved (same ``minimum``).

    The backward walk recomputes one block's rows of the table at a time from its saved first row.
    """
    n, m = sim.shape
    size = TUNING.scale.block_rows
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        start = (i - 1) // size * size
        # The walk only moves up and left: the columns up to j are all it reads, and a table row's
        # first j + 1 entries depend on those columns alone.
        gain = sim.rows(start, min(start + size, n), j) - minimum
        best = order_table(saved[start][: j + 1], gain)  # best[k] is the table's row start + k
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


def order_table(first: np.ndarray, gain: np.ndarray) -> np.ndarray:
    """Rows of the in-order alignment's table (``align._monotone_pairs``) from the row before ``gain``'s first.

    ``best[k + 1, j]`` is the best total gain of an in-order alignment of the first rows up to
    ``k`` with the first ``j`` columns: the maximum of the cell above, the cell to the left and the
    diagonal step (a step only where the gain is not negative), computed as a running maximum along
    each row (exact: maxima and one addition per cell).

    Args:
        first: The table's row before ``gain``'s first row (zeros for the whole table).
        gain: Similarity less the minimum, one row per sentence of the first article.

    Returns:
        The table: ``first`` and then one row per row of ``gain``.
    """
    best = np.zeros((len(gain) + 1, len(first)))
    best[0] = first
    for k, g in enumerate(gain):
        prev = best[k]
        diag = np.where(g >= 0, prev[:-1] + g, -1.0)
        best[k + 1, 1:] = np.maximum.accumulate(np.maximum(prev[1:], diag))
    return best


def top_candidates(
    sim: PairSimilarity, strength_of: BonusFn
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], float]]:
    """``links.cross_links``' choice over the blocks: each row's and column's strongest link candidates.

    A candidate's strength is ``strength_of(start, block)`` for a block of rows.
    Each row and each column keeps its ``LinkTuning.per_article`` strongest at or
    above ``min_strength``, ties to the earlier sentence as a stable sort gives
    them; a pair kept by both sides gets the better rank. A row is whole in its
    block; a column keeps its strongest of each block, ranked once all are read.

    Returns:
        The kept pairs (row, column) with their rank, and their similarity.
    """
    k = TUNING.links.per_article
    chosen: dict[tuple[int, int], int] = {}
    score: dict[tuple[int, int], float] = {}
    columns: list[tuple[np.ndarray, ...]] = []
    for start, block in sim.row_blocks(TUNING.scale.block_rows):
        strength = strength_of(start, block)
        rows, cols, values = _top(strength, k)
        kept, rank = _ranked(rows, cols, values, k)
        rows, cols = rows[kept], cols[kept]
        _record(chosen, score, rows + start, cols, rank, block[rows, cols])
        cols, rows, values = _top(strength.T, k)
        columns.append((cols, rows + start, values, block[rows, cols]))
    if columns:
        cols, rows, values, sims = (np.concatenate(part) for part in zip(*columns, strict=True))
        kept, rank = _ranked(cols, rows, values, k)
        _record(chosen, score, rows[kept], cols[kept], rank, sims[kept])
    return chosen, score


def _record(
    chosen: dict[tuple[int, int], int],
    score: dict[tuple[int, int], float],
    rows: np.ndarray,
    cols: np.ndarray,
    rank: np.ndarray,
    sims: np.ndarray,
) -> None:
    for i, j, r, s in zip(rows.tolist(), cols.tolist(), rank.tolist(), sims.tolist(), strict=True):
        chosen[(i, j)] = min(r, chosen.get((i, j), r))
        score[(i, j)] = s


def _top(strength: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The entries that may be among their row's ``k`` strongest at or above ``min_strength``.

    Returns:
        Their rows, columns and strengths.
    """
    bar = np.full(len(strength), TUNING.links.min_strength)
    if strength.shape[1] > k:
        # Only entries at least as strong as a row's k-th strongest can be among its k strongest.
        bar = np.maximum(bar, np.partition(strength, -k, axis=1)[:, -k])
    rows, cols = np.nonzero(strength >= bar[:, None])
    return rows, cols, strength[rows, cols]


def _ranked(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Which entries are among their row's ``k`` strongest (earlier column first on ties), and their rank."""
    order = np.lexsort((cols, -values, rows))  # by row, strongest first, then the earlier column
    first = np.searchsorted(rows[order], rows[order])  # each row's first position in the sorted entries
    rank = np.arange(len(order)) - first
    keep = rank < k
    return order[keep], rank[keep]


class SharedCounts:
    """``links.SentenceKeys.shared`` by blocks: how many values, and rare values, two sentences share.

    Sentences stating the same values share one row of a small table when the
    distinct sets of values are few (``ScaleTuning.content_rows``); otherwise each
    block multiplies the incidence matrices. Counts are small integers: the same
    floats either way.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, rare: np.ndarray) -> None:
        self._x, self._y, self._rare = x, y, rare
        self._table: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        ux, which_x = np.unique(x, axis=0, return_inverse=True)
        uy, which_y = np.unique(y, axis=0, return_inverse=True)
        if len(ux) * len(uy) <= TUNING.scale.content_rows:
            self._table = (ux @ uy.T, (ux * rare) @ uy.T, which_x.reshape(-1), which_y.reshape(-1))

    def rows(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """Shared and rare shared values of rows ``start:stop`` (sentences of the first article)."""
        if self._table is not None:
            shared, rare, which_x, which_y = self._table
            mine = which_x[start:stop, None]
            return shared[mine, which_y[None, :]], rare[mine, which_y[None, :]]
        part = self._x[start:stop]
        return part @ self._y.T, (part * self._rare) @ self._y.T
