"""Links through a third article: two sentences that each pair firmly with one sentence of a third outlet.

A story told by three outlets states most facts three times. When two outlets word a fact apart ("turnout
reached 62 percent of citizens", "nearly two in three eligible citizens took part") their two sentences may
still be too weak a link on their own, or crowded out of each other's strongest candidates
(``LinkTuning.per_article``), while each pairs firmly with the third outlet's sentence of that fact. So a pair
of sentences of two articles becomes a link when both are paired with one sentence of a third article (in
its row, or as one side's strongest counterpart there, ``rank`` 0, at a similarity of at least
``LinkTuning.third_leg_min``) and their own strength (``linkstrength.strength``) reaches ``LinkTuning.third_min``.
The third sentence is evidence about the pair, not proof, so such a link is shown, never compared for
conflicts, like a neighbour's (``neighbours``). Long articles scored block by block (``blocksim``) give
the same links: only the few cells asked are scored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.align import Link, lifted_link
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

__all__ = ["Scored", "third_links"]

#: One aligned pair of articles: the active sentences of each, and a cell's link strength (``linkstrength.strength``)
#: and similarity (``align.similarity``), each of a row (the first article's sentence) and a column.
Scored = tuple[
    Sequence[SentenceFeatures], Sequence[SentenceFeatures], Callable[[int, int], float], Callable[[int, int], float]
]


def _partners(
    found: Sequence[tuple[Link, int]], row_of: Mapping[str, int], article: Mapping[str, str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each sentence's firm partners in other articles: firm strongest counterparts, and its row's sentences."""
    firm: dict[str, set[str]] = {}
    bar = TUNING.links.third_leg_min
    for link, rank in found:
        if rank == 0 and link.score >= bar:
            firm.setdefault(link.a, set()).add(link.b)
            firm.setdefault(link.b, set()).add(link.a)
    rows: dict[int, list[str]] = {}
    for sid in firm:  # two row-mates of one sentence share its row: only a firm partner's row-mates count
        if sid in row_of:
            rows.setdefault(row_of[sid], [])
    for sid in article:
        if row_of.get(sid) in rows:
            rows[row_of[sid]].append(sid)
    mates: dict[str, set[str]] = {}
    for members in rows.values():
        for a in members:
            mates[a] = {b for b in members if article[b] != article[a]}
    return firm, mates


def third_links(
    scored: Sequence[Scored],
    found: Sequence[tuple[Link, int]],
    row_of: Mapping[str, int],
    lift: Mapping[tuple[str, str], float],
) -> list[tuple[Link, int]]:
    """The links through a third article (module docstring) that ``found`` lacks, ranked as shown only.

    Args:
        scored: Each aligned pair of articles, with its cells' strengths and similarities.
        found: The links already chosen (``links.cross_links``), with their ranks.
        row_of: Sentence id -> the index of its row (group).
        lift: What a value swap added to a pair's similarity (``align.Alignment.lift``), which a link carries.

    Returns:
        New links, sorted by their sentence ids, each with rank ``LinkTuning.per_article`` (never compared).
    """
    t = TUNING.links
    if not t.third_min or len(scored) < 3:
        return []  # a third article needs at least three pairs of articles
    pair_of = {(a[0].article, b[0].article): n for n, (a, b, _strength, _sim) in enumerate(scored) if a and b}
    article = {x.id: x.article for a, b, _strength, _sim in scored for x in (*a, *b)}
    firm, mates = _partners(found, row_of, article)
    linked = {frozenset((k.a, k.b)) for k, _rank in found}
    place: dict[int, tuple[dict[str, int], dict[str, int]]] = {}
    new: dict[tuple[str, str], Link] = {}
    # Two row-mates of z share its row: a pair needs a firm partner of z on one side at least.
    for z in sorted(firm):
        for x, y in sorted({(x, y) for x in firm[z] for y in firm[z] | mates.get(z, set()) if x != y}):
            if article[x] == article[y] or article[z] in (article[x], article[y]) or row_of[x] == row_of[y]:
                continue
            if (article[y], article[x]) in pair_of:
                x, y = y, x
            n = pair_of.get((article[x], article[y]))
            if n is None or (x, y) in new or frozenset((x, y)) in linked:
                continue
            a, b, strength, similarity = scored[n]
            if n not in place:
                place[n] = ({s.id: i for i, s in enumerate(a)}, {s.id: j for j, s in enumerate(b)})
            i, j = place[n][0][x], place[n][1][y]
            if strength(i, j) >= t.third_min:
                new[(x, y)] = lifted_link(x, y, round(similarity(i, j), 4), lift)
    return [(new[key], t.per_article) for key in sorted(new)]
