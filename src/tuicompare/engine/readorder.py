"""The reading order of a story's aligned groups: every article reads in order wherever the alignment allows."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from tuicompare.engine.features import SentenceFeatures

if TYPE_CHECKING:  # align imports this module: the group type is only named here
    from tuicompare.engine.align import AlignedGroup

__all__ = ["reading_order"]


def reading_order(
    groups: list[AlignedGroup],
    articles: Mapping[str, Sequence[SentenceFeatures]],
    by_id: Mapping[str, SentenceFeatures],
    order: Mapping[str, int],
) -> list[AlignedGroup]:
    """Order groups so that every article reads in order wherever the alignment allows.

    Consecutive sentences of an article make the first one's group come before
    the second one's (a topological order); among the groups free to come next,
    the lowest mean relative position goes first, and a cycle (an article that
    reorders) is broken the same way.
    """
    key = {
        id(g): (
            sum(by_id[s].position for s in g.sentences) / len(g.sentences),
            order[by_id[g.sentences[0]].article],
            by_id[g.sentences[0]].index,
        )
        for g in groups
    }
    group_of = {s: n for n, g in enumerate(groups) for s in g.sentences}
    after: dict[int, set[int]] = {n: set() for n in range(len(groups))}
    indegree = [0] * len(groups)
    for feats in articles.values():
        for x, y in pairwise(feats):
            a, b = group_of[x.id], group_of[y.id]
            if a != b and b not in after[a]:
                after[a].add(b)
                indegree[b] += 1
    ready = [(key[id(groups[n])], n) for n in range(len(groups)) if indegree[n] == 0]
    heapq.heapify(ready)
    remaining = set(range(len(groups)))
    out = []
    while remaining:
        if ready:
            _k, n = heapq.heappop(ready)
            if n not in remaining:
                continue
        else:
            n = min(remaining, key=lambda m: key[id(groups[m])])
        remaining.discard(n)
        out.append(groups[n])
        for m in after[n]:
            indegree[m] -= 1
            if indegree[m] == 0 and m in remaining:
                heapq.heappush(ready, (key[id(groups[m])], m))
    return out
