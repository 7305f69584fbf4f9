"""Merge the observations of a group into conflicts, after pairing names one to one.

The second stage of finding differences: ``conflicts`` observes each link's
slot pairs; here, per pair of articles, the strongest pairing of each name
is kept (``one_to_one``: a weak alignment cannot pair a name with a second
value), and the differing observations are merged into one conflict per
connected set of values (``merge_observations``). A merged conflict whose
best evidence is below ``TUNING.conflicts.possible_below`` is a possible
difference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.tuning import TUNING

__all__ = [
    "FoundConflict",
    "FoundValue",
    "accepted_conflicts",
    "merge_observations",
    "one_to_one",
]


@dataclass(frozen=True, slots=True)
class FoundValue:
    """One value of a found conflict, with its supporting mentions."""

    text: str
    spans: tuple[tuple[Span, str, int, int], ...]  # (span, text, start, end)


@dataclass(frozen=True, slots=True)
class FoundConflict:
    """A conflict or variant found in a group, before ids are assigned."""

    kind: str
    type: str
    values: tuple[FoundValue, ...]
    confidence: float = 1.0


def accepted_conflicts(
    observations: Sequence[Observation],
    article_order: Mapping[str, int],
    accepted: set[tuple[str, str, str, str]] | None = None,
) -> list[FoundConflict]:
    """``merge_observations`` of the observations whose name pairing ``accepted`` keeps (``one_to_one``)."""
    if accepted is not None:
        observations = [
            o for o in observations if o.kind != "conflict" or o.left[0] != "name" or _pair_key(o) in accepted
        ]
    return merge_observations(observations, article_order)


def _pair_key(o: Observation) -> tuple[str, str, str, str]:
    (x, _), (y, _) = o.spans
    return (x.article, o.left[1], y.article, o.right[1])


def one_to_one(
    observations: Sequence[Observation], mentions: Mapping[str, set[str]] | None = None
) -> set[tuple[str, str, str, str]]:
    """Keep, per pair of articles, the strongest pairing of each name (greedy by weight).

    A person one article never names anywhere (``mentions``: article -> the
    entity ids it names) keeps its strongest pairing even when the other name
    of the pair is taken: "Jim Poe resigned" against "Ann Roe resigned", where
    the first article names Roe elsewhere but the second never names Poe, is a
    change of name, not a reordering.
    """
    mentions = mentions or {}
    total: dict[tuple[str, str, str, str], float] = {}
    people: set[tuple[str, str, str, str]] = set()
    qualified: set[tuple[str, str, str, str]] = set()
    for o in observations:
        if o.left[0] in ("name", "variant") and o.type != "role":
            key = _pair_key(o)
            total[key] = total.get(key, 0.0) + o.weight
            if o.type == "person":
                people.add(key)
            if o.qualifies and o.kind == "conflict":
                qualified.add(key)
    taken: set[tuple[str, str, str]] = set()
    accepted = set()
    for key in sorted(total, key=lambda k: (-total[k], k)):
        art_a, ent_a, art_b, ent_b = key
        left, right = (art_a, art_b, "L" + ent_a), (art_a, art_b, "R" + ent_b)
        if left not in taken and right not in taken:
            taken.update({left, right})
            accepted.add(key)
        elif key in qualified and ent_a != ent_b:
            accepted.add(key)  # "Iowa Gov. Jo Poe" against "Ohio Gov. Jo Poe", Ohio named elsewhere too
        elif key not in people or ent_a == ent_b:
            continue  # places and organisations: a region for its city, a house for its state
        elif left not in taken and ent_a not in mentions.get(art_b, {ent_a}):
            taken.add(left)
            accepted.add(key)
        elif right not in taken and ent_b not in mentions.get(art_a, {ent_b}):
            taken.add(right)
            accepted.add(key)
    return accepted


def merge_observations(observations: Sequence[Observation], article_order: Mapping[str, int]) -> list[FoundConflict]:
    """Merge the observations of a group into conflicts: one per connected set of values."""
    dsu: DisjointSet[tuple[str, ...]] = DisjointSet()
    support: dict[tuple[str, ...], dict[tuple, tuple[Span, str]]] = {}
    confidence: dict[tuple[str, ...], float] = {}
    for o in observations:
        for node, (span, text) in ((o.left, o.spans[0]), (o.right, o.spans[1])):
            support.setdefault(node, {})[(span.sentence, span.start, span.end)] = (span, text)
        if o.kind != "agree":
            dsu.union(o.left, o.right)
            for node in (o.left, o.right):
                confidence[node] = max(confidence.get(node, 0.0), o.confidence)
        else:
            dsu.add(o.left)
    # A set of values takes its tier and type from its strongest pair (a conflict over a variant, then the
    # surer), not from whichever pair touched its first value last: a variant seen later hid a conflict.
    strongest: dict[tuple[str, ...], Observation] = {}
    for o in observations:
        if o.kind == "agree":
            continue
        root = dsu.find(o.left)
        best = strongest.get(root)
        if best is None or (o.kind == "conflict", o.confidence) > (best.kind == "conflict", best.confidence):
            strongest[root] = o
    out = []
    for nodes in dsu.groups():
        if len(nodes) < 2:
            continue
        values = []
        for node in nodes:
            spans = sorted(support[node].values(), key=lambda st: (article_order[st[0].article], st[0].start))
            values.append((len({s.article for s, _ in spans}), -article_order[spans[0][0].article], spans))
        values.sort(key=lambda v: (-v[0], -v[1]))
        pair = strongest[dsu.find(nodes[0])]
        kind, ctype = pair.kind, pair.type
        found = tuple(
            FoundValue(_display(spans), tuple((s, t, *_bounds(s, t)) for s, t in spans)) for _n, _o, spans in values
        )
        # The best evidence of any differing pair is the conflict's confidence.
        sure = max((confidence.get(n, 0.0) for n in nodes), default=0.0)
        several = kind in ("conflict", "possible") and pair.left[0] != "name"
        if several and _told_together(found) > TUNING.conflicts.told_together_max:
            continue  # "7 points and 5 rebounds", "14 points and 6 rebounds" against "23": several facts
        if kind == "conflict" and sure < TUNING.conflicts.possible_below:
            kind = "possible"
        out.append(FoundConflict(kind, ctype, found, round(sure, 4) if kind != "variant" else 1.0))
    return out


def _told_together(values: Sequence[FoundValue]) -> int:
    """The most values of a merged set that one article states.

    An article that states more than ``ConflictTuning.told_together_max`` (three) values of a set answers
    with all of them, so they are values of several facts (several players' points and rebounds, several
    games), not one fact told differently: such a set is not reported (a different-holders false red
    conflict of the ECB+ audits: eight players' and games' figures, five of them from one article). Fewer
    are left alone: an article may give two, each to its source ("5.9 by Tehran's count, 6.1 by the
    survey's"), or a player's rushing and receiving yards beside the total another outlet changes.
    """
    seen: dict[str, int] = {}
    for value in values:
        for article in {span.article for span, *_rest in value.spans}:
            seen[article] = seen.get(article, 0) + 1
    return max(seen.values(), default=0)


def _display(spans: Sequence[tuple[Span, str]]) -> str:
    texts = [t for _s, t in spans]
    return max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))


def _bounds(span: Span, text: str) -> tuple[int, int]:
    if span.role_span and text == span.role_span[2]:
        return span.role_span[0], span.role_span[1]
    if span.shown and text == span.shown[2]:
        return span.shown[0], span.shown[1]  # "£53m" shown where "53" was read: the whole of it is marked
    return span.start, span.end
