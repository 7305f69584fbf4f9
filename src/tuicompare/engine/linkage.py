"""Average-linkage merging of articles into stories, strongest edge first.

``agglomerate`` walks the candidate edges (article pairs above the story
threshold) from the strongest down and joins two groups only when their
articles are alike on average. The walk meets the same two groups again and
again (two stories of one kind are linked by many article pairs), so a
refused join is remembered until either group changes, and each article
pair's similarity is computed once: the outcome is the plain walk's, at a
cost that grows with the number of edges, not with their square.

Two established stories (each of at least ``cohesion_size`` distinct
articles) must also be nearly as alike across as they are inside
(``cohesive``): two events of one kind (two fights of one champion, a ruling
and its reversal) share the names that carry the similarity, so their
articles pass average linkage, but they are less alike across than the
articles of each event are among themselves. A story's own cohesion is the
yardstick, and only a story of several articles gives a trustworthy one.

Three lone articles of which every pair is ``clique_threshold`` alike make one
story (``triangle``) though no pair, and no pair against the third, reaches the
small-group margin: a brief, a report and an analysis of one event are each a
little alike, and three such ties that agree are stronger evidence than the
one or two pairs the margin guards against.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine import tuning
from tuicompare.engine.dsu import DisjointSet

__all__ = ["agglomerate", "alike", "all_anchored", "cohesion", "cohesive", "joinable", "required", "triangle"]


def agglomerate(
    members: Sequence[str],
    edges: Mapping[tuple[str, str], float],
    similarity: Callable[[str, str], float],
    anchored: Callable[[str, str], bool] | None = None,
) -> list[list[str]]:
    """Merge groups along ``edges``, strongest first, when the groups are alike on average.

    Two groups merge only if the mean similarity of their articles reaches
    ``mean_threshold`` (average linkage over at most ``linkage_sample``
    articles of each), so one article that resembles another story cannot
    chain two stories together; two groups of at least ``cohesion_size``
    distinct articles each must also be ``cohesive``.

    Args:
        members: Every article, in corpus order (ties between edges break by it).
        edges: Article pair -> similarity, the pairs that may join.
        similarity: The similarity of two articles (symmetric).
        anchored: Whether two articles share their event's specifics (``story_anchors``): two
            groups whose every pair across does need only ``anchored_margin`` (``required``).

    Returns:
        The groups, each in ``members`` order, ordered by first member.
    """
    tune = tuning.TUNING.stories
    order = {a: n for n, a in enumerate(members)}
    dsu = DisjointSet(members)
    groups: dict[str, list[str]] = {a: [a] for a in members}
    distinct: dict[str, int] = dict.fromkeys(members, 1)
    # A group's version changes whenever it grows; a refusal holds while both versions do.
    version: dict[str, int] = dict.fromkeys(members, 0)
    refused: set[tuple[str, int, str, int]] = set()
    known: dict[tuple[str, str], float] = {}
    inside: dict[tuple[str, int], float] = {}
    made = 0

    def pair(x: str, y: str) -> float:
        key = (x, y) if order[x] < order[y] else (y, x)
        value = known.get(key)
        if value is None:
            value = known[key] = similarity(*key)
        return value

    def own(root: str) -> float:
        key = (root, version[root])
        value = inside.get(key)
        if value is None:
            value = inside[key] = cohesion(groups[root], pair)
        return value

    def join(ra: str, rb: str, score: float) -> str:
        nonlocal made
        dsu.union(ra, rb)
        root = dsu.find(ra)
        copies = score >= tune.duplicate_similarity
        na, nb = distinct.pop(ra), distinct.pop(rb)
        distinct[root] = max(na, nb) if copies else na + nb
        groups[root] = sorted(groups.pop(ra) + groups.pop(rb), key=order.__getitem__)
        made += 1
        version[root] = made
        return root

    near: dict[str, set[str]] = {a: set() for a in members}
    for x, y in edges:
        near[x].add(y)
        near[y].add(x)

    def third(a: str, b: str) -> str | None:
        """The lone article that makes a ``triangle`` with lone ``a`` and ``b``, the most alike to both."""
        found = [
            (min(pair(a, c), pair(b, c)), -order[c], c)
            for c in near[a] & near[b]
            if len(groups[dsu.find(c)]) == 1 and triangle([a, b], [c], pair, (2, 1))
        ]
        return max(found)[2] if found else None

    ranked = sorted(edges.items(), key=lambda e: (-e[1], order[e[0][0]], order[e[0][1]]))
    for (a, b), score in ranked:
        ra, rb = dsu.find(a), dsu.find(b)
        if ra == rb:
            continue
        state = (ra, version[ra], rb, version[rb]) if order[ra] < order[rb] else (rb, version[rb], ra, version[ra])
        if state in refused:
            continue
        if not joinable(groups[ra], groups[rb], pair, (distinct[ra], distinct[rb]), anchored) or (
            min(distinct[ra], distinct[rb]) >= tune.cohesion_size
            and not cohesive(groups[ra], groups[rb], pair, (own(ra), own(rb)))
        ):
            # Two lone articles alike below the pair's margin still join with a third alike to both.
            c = third(a, b) if len(groups[ra]) == len(groups[rb]) == 1 else None
            if c is None:
                refused.add(state)
                continue
            join(join(ra, rb, score), dsu.find(c), 0.0)
            continue
        join(ra, rb, score)
    return [list(map(str, g)) for g in dsu.groups()]


def _mean(pairs: list[tuple[str, str]], similarity: Callable[[str, str], float]) -> float:
    return math.fsum(similarity(x, y) for x, y in pairs) / len(pairs) if pairs else 0.0


def cohesion(group: Sequence[str], similarity: Callable[[str, str], float]) -> float:
    """The mean similarity of a group's (first ``linkage_sample``) articles among themselves."""
    head = group[: tuning.TUNING.stories.linkage_sample]
    return _mean([(x, y) for n, x in enumerate(head) for y in head[n + 1 :]], similarity)


def cohesive(
    a: Sequence[str],
    b: Sequence[str],
    similarity: Callable[[str, str], float],
    inside: tuple[float, float] | None = None,
) -> bool:
    """Whether two stories are alike across at least ``cohesion_ratio`` times their mean cohesion.

    The mean of the two cohesions, not the looser one: a story grows
    stragglers that loosen it, and against the looser story alone two events
    would look more and more alike as they grow.

    Args:
        a: One story's articles.
        b: The other's.
        similarity: The similarity of two articles.
        inside: The two stories' cohesions when already known.
    """
    sample = tuning.TUNING.stories.linkage_sample
    ia, ib = inside if inside is not None else (cohesion(a, similarity), cohesion(b, similarity))
    across = _mean([(x, y) for x in a[:sample] for y in b[:sample]], similarity)
    return across >= tuning.TUNING.stories.cohesion_ratio * (ia + ib) / 2


def required(a: int, b: int, anchored: bool = False) -> float:
    """The mean similarity two groups of ``a`` and ``b`` articles need to join.

    A mean over few pairs is a noisy estimate, so small groups need a margin
    that shrinks with the square root of the number of pairs: one article
    joining a three-article story needs more than two stories of ten joining.
    Sizes count distinct articles: copies of one article are one witness.
    Groups whose every pair across shares the event's specifics (``anchored``,
    ``story_anchors``) have evidence besides the mean, and need the smaller
    ``anchored_margin``.
    """
    tune = tuning.TUNING.stories
    sample = tune.linkage_sample
    margin = tune.anchored_margin if anchored else tune.small_group_margin
    return tune.mean_threshold + margin / math.sqrt(min(a, sample) * min(b, sample))


def joinable(
    a: Sequence[str],
    b: Sequence[str],
    similarity: Callable[[str, str], float],
    sizes: tuple[int, int],
    anchored: Callable[[str, str], bool] | None = None,
) -> bool:
    """Average linkage at ``required``'s bar for groups of ``sizes`` distinct articles.

    Whether the groups are ``all_anchored`` is read only when it decides: when
    they are alike at the anchored bar but not at the plain one.
    """
    if anchored is None or tuning.TUNING.stories.anchored_margin >= tuning.TUNING.stories.small_group_margin:
        joined = alike(a, b, similarity, required(*sizes))
    elif not alike(a, b, similarity, required(*sizes, anchored=True)):
        joined = False
    else:
        joined = alike(a, b, similarity, required(*sizes)) or all_anchored(a, b, anchored)
    return joined or triangle(a, b, similarity, sizes)


def triangle(
    a: Sequence[str], b: Sequence[str], similarity: Callable[[str, str], float], sizes: tuple[int, int]
) -> bool:
    """Whether two groups make three distinct articles of which every pair is ``clique_threshold`` alike.

    The small-group margin guards a mean over one or two pairs, a noisy witness; three articles
    each alike to both others are three witnesses that agree (a brief, a report and an analysis
    of one event), though no pair of them reaches the pair's bar.
    """
    if sizes[0] + sizes[1] != 3 or len(a) + len(b) != 3:
        return False
    union = [*a, *b]
    bar = tuning.TUNING.stories.clique_threshold
    return all(similarity(x, y) >= bar for n, x in enumerate(union) for y in union[n + 1 :])


def all_anchored(a: Sequence[str], b: Sequence[str], anchored: Callable[[str, str], bool] | None) -> bool:
    """Whether every pair across two groups' (first ``linkage_sample``) articles is ``anchored``."""
    if anchored is None:
        return False
    sample = tuning.TUNING.stories.linkage_sample
    return all(anchored(x, y) for x in a[:sample] for y in b[:sample])


def alike(a: Sequence[str], b: Sequence[str], similarity: Callable[[str, str], float], required: float) -> bool:
    """Average linkage: whether the groups' (first ``linkage_sample``) articles are ``required`` alike on average.

    Similarities are never negative, so the sum only grows: once the partial
    sum reaches the bar the rest cannot change the answer, and is not computed.
    """
    sample = tuning.TUNING.stories.linkage_sample
    a, b = a[:sample], b[:sample]
    count = len(a) * len(b)
    total = 0.0
    for x in a:
        for y in b:
            total += similarity(x, y)
        if total / count >= required:
            return True
    return False
