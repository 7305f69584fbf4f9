"""The last slots of one kin in two aligned sentences: the pairing ``slots.paired_slots`` does after families.

A kin is a finer family within a family of slots: a country or a US state
among names ("thefts in France" against "robberies in Spain", in sentences
naming firms and streets besides, which keep the family of names from being
down to one slot on each side).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tuicompare.engine.features import SentenceFeatures, Span


def last_of_kin(
    a: SentenceFeatures,
    b: SentenceFeatures,
    used: tuple[set[int], set[int]],
    families: tuple[list[str], list[str]],
    kin: Callable[[Span], str],
    score_of: Callable[[int, int], float],
    apart: Callable[[int, int], bool],
) -> Iterator[tuple[Span, Span, float]]:
    """Pair the one slot of a kin left on each side (``paired_slots``'s ``kin``), marking both used."""
    left: dict[str, list[int]] = {}
    right: dict[str, list[int]] = {}
    for n, x in enumerate(a.spans):
        if n not in used[0] and (k := kin(x)):
            left.setdefault(families[0][n] + ":" + k, []).append(n)
    for m, y in enumerate(b.spans):
        if m not in used[1] and (k := kin(y)):
            right.setdefault(families[1][m] + ":" + k, []).append(m)
    for key, ns in left.items():
        ms = right.get(key, [])
        if len(ns) == 1 and len(ms) == 1 and not apart(ns[0], ms[0]):
            used[0].add(ns[0])
            used[1].add(ms[0])
            yield a.spans[ns[0]], b.spans[ms[0]], score_of(ns[0], ms[0])
