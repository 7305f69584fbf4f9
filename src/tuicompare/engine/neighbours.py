"""Links to a partner's neighbour: one outlet states in two sentences what another states in one.

A long sentence ("The council voted on Tuesday to rebuild the library for
$4 million; it will reopen in May") often has two counterparts in another
outlet, one sentence each. Its partner (same row or linked) is the one of the
two it resembles more; the other sits right next to that partner and shares
less with the long sentence than a link needs (it states only part of it).
So a pair becomes a link when one of its sentences is paired with the other's
neighbour, the neighbour states a value of the long sentence (a name, number
or date) that the partner does not (the two pieces cover the long sentence
together; a neighbour that only names the same person again is no piece of
it), and its strength (similarity plus the bonuses of ``linkstrength.strength``)
reaches ``LinkTuning.neighbour_min``. Such a link is shown, never compared for
conflicts: it is weaker evidence than a link in its own right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

__all__ = ["anchors", "neighbour_pairs"]


def anchors(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    chosen: Iterable[tuple[int, int]],
    row_of: Mapping[str, int],
) -> set[tuple[int, int]]:
    """The pairs of ``a`` and ``b`` (indices) already paired: chosen as links, or in one row."""
    out = set(chosen)
    in_row: dict[int, list[int]] = {}
    for j, y in enumerate(b):
        in_row.setdefault(row_of[y.id], []).append(j)
    for i, x in enumerate(a):
        out.update((i, j) for j in in_row.get(row_of[x.id], ()))
    return out


def neighbour_pairs(
    paired: set[tuple[int, int]],
    values: tuple[Sequence[set[str]], Sequence[set[str]]],
    strength: Callable[[int, int], float],
) -> list[tuple[int, int]]:
    """The pairs next to a paired one (one sentence shared, the other its neighbour) that link (module docstring).

    Args:
        paired: Pairs already paired (``anchors``); none of them is returned.
        values: The values (``observations.context_keys``) of each sentence of the two articles.
        strength: A pair's link strength (``linkstrength.strength``).

    Returns:
        The new pairs, in order; read from ``paired`` alone (a new pair makes no further one).
    """
    bar = TUNING.links.neighbour_min
    first, second = values
    n, m = len(first), len(second)
    found: set[tuple[int, int]] = set()
    for i, j in paired:
        # (i, j -+ 1): the second article's neighbour of i's partner j; (i -+ 1, j): the first's of j's partner i.
        for x, y, piece, partner, whole in (
            (i, j - 1, second[j - 1] if j else set(), second[j], first[i]),
            (i, j + 1, second[j + 1] if j + 1 < m else set(), second[j], first[i]),
            (i - 1, j, first[i - 1] if i else set(), first[i], second[j]),
            (i + 1, j, first[i + 1] if i + 1 < n else set(), first[i], second[j]),
        ):
            if (x, y) in paired or (x, y) in found or not (piece & whole) - partner:
                continue
            if strength(x, y) >= bar:
                found.add((x, y))
    return sorted(found)
