"""The wording scores of two articles' masked sentences, kept for the next comparison of the same words.

rapidfuzz's ``cdist`` of every sentence pair is the largest single cost of a comparison (about
56 M of the seeds' 404 M instructions). The app compares a story's articles again when stories are
merged or split, and a benchmark compares the same articles many times: the same words give the same
scores, so they are kept, keyed by the words themselves (never by an object's identity, so nothing
can go stale), within a bound on the cells kept.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["Key", "adopt", "forget", "kept_scores", "wording_scores"]

#: Cells (sentence pairs, 4 bytes each) kept at most: about 8 MB; the seeds' ten article pairs hold 3,000.
#: Past it every kept score is let go at once (simpler than an order of use, and as rare as a corpus change).
KEPT_CELLS = 2_000_000

#: The words two articles' scores are kept by: ``wording_scores``' four arguments, as tuples.
Key = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_KEPT: dict[Key, np.ndarray] = {}
_cells = 0


def wording_scores(set_a: list[str], set_b: list[str], sorted_a: list[str], sorted_b: list[str]) -> np.ndarray:
    """``token_set_ratio`` of the distinct words plus ``ratio`` of the sorted words, over 200, for every pair.

    Args:
        set_a: Each sentence of the first article: its distinct masked words, sorted, joined by spaces.
        set_b: The same for the second article.
        sorted_a: Each sentence of the first article: all its masked words, sorted, joined by spaces.
        sorted_b: The same for the second article.

    Returns:
        A read-only float32 matrix in [0, 1] (rows: the first article's sentences); callers share it.
    """
    key = (tuple(set_a), tuple(set_b), tuple(sorted_a), tuple(sorted_b))
    found = _KEPT.get(key)
    if found is not None:
        return found
    found = (
        process.cdist(set_a, set_b, scorer=fuzz.token_set_ratio, workers=1)
        + process.cdist(sorted_a, sorted_b, scorer=fuzz.ratio, workers=1)
    ) / 200.0
    found.setflags(write=False)
    _keep(key, found)
    return found


def _keep(key: Key, found: np.ndarray) -> None:
    global _cells
    if _cells + found.size > KEPT_CELLS:
        _KEPT.clear()
        _cells = 0
    if found.size <= KEPT_CELLS:
        _KEPT[key] = found
        _cells += found.size


def kept_scores(key: Key) -> np.ndarray | None:
    """The scores kept for ``key`` (``wording_scores``' arguments as tuples), if any: read-only, shared."""
    return _KEPT.get(key)


def adopt(key: Key, scores: np.ndarray) -> None:
    """Keep ``scores``, read back from where an earlier process kept them, as ``wording_scores`` of ``key``.

    The caller vouches that they are those scores (``engine.keptrecord.load_scores`` checks their shape and
    range; the record's key holds the words and the engine's code).
    """
    if scores.shape != (len(key[0]), len(key[1])):
        raise ValueError("wording scores: not the shape of their sentences")
    scores.setflags(write=False)
    _keep(key, scores)


def forget() -> None:
    """Let go every kept score (``engine_instructions.py --cold`` counts comparisons as a process's first)."""
    global _cells
    _KEPT.clear()
    _cells = 0
