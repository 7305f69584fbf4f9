"""Links between rows: sentences of different articles that state one fact but sit in different groups.

Groups are a partition (the rows of the side-by-side view), and real outlets
split, merge and reorder facts: a lead sentence stating three facts can sit
in one row only, while each of its facts is repeated in another outlet's
sentence of its own. So besides the rows the comparison records links: for
each sentence and each other article it was aligned with, its best
counterparts there, when they are not already in its row.

A candidate's strength (``linkstrength``) is its alignment similarity (``align.similarity``)
plus a bonus for each value both sentences state (the same resolved entity,
number or date; at most two count) and more for a value few sentences of the
story state (a figure, a date or a name told once is a fact's signature; the
story's protagonist, named everywhere, is not) and for each word family both
use through different words ("evacuation", "evacuated": ``derivation``), each figure both
write that was read as two values ("Ann Roe, 58," and "a 58-year-old": ``respelled``) and each
rare name one gives that the other writes word for word but was not resolved to ("Temporary
Protected Status", "temporary protected status": ``namewords``) and for a person few sentences name that
one sentence names and the other refers to by a pronoun only ("Dale Voss faces ...", "He faces ...":
``pronouns``), less a penalty for how late
the earlier of the two sits in its article (``LinkTuning.late_penalty``: news
states its facts first and restates them lower down). Each sentence keeps its
``LinkTuning.per_article`` strongest candidates per other article above
``LinkTuning.min_strength``, and a link is kept when either side keeps it (shown only: a partner's
neighbour, ``neighbours``, and two sentences firmly paired with one of a third article, ``thirdlinks``).
Only each sentence's ``LinkTuning.compared_per_article`` strongest are compared
for conflicts, and one less alike than ``LinkTuning.conflict_link_min`` only for the
values both sentences tie to one entity (``LinkTuning.anchored_link_min``, ``doercounts``). The same
choice inside a row names the pairs its chains of links
joined without linking them directly; the row compares those too
(``groupobservations``, ``LinkTuning.row_counterpart_min``).

Linked pairs are compared for conflicts like a group's links (``linkconflicts.link_conflicts``), on stricter
evidence: two rows are weaker evidence of one fact than one row, so a difference found only through a link is a
possible difference unless its confidence reaches ``LinkTuning.conflict_min`` (or the row's cut, when the two names
qualify one entity alike, "Mayor Ann Roe of Leeds" against "Leeds Mayor Jo Poe", or two numbers count one thing one
person did, ``doercounts.mark_doer_counts``); negations are not read from links, nor what a group reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import cast

import numpy as np

from tuicompare.engine.align import Alignment, Link, lifted_link
from tuicompare.engine.blocklinks import SharedCounts, top_candidates
from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.conflicts import observe
from tuicompare.engine.conjoinedacts import conjoined
from tuicompare.engine.countednouns import counted_apart, sole_counts
from tuicompare.engine.derivation import families, family_matrix
from tuicompare.engine.doercounts import any_tied, mark_doer_counts, tied_values
from tuicompare.engine.evidence import same_frame
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.linkstrength import Bonuses, strength
from tuicompare.engine.namewords import NamePhrases
from tuicompare.engine.neighbours import anchors, neighbour_pairs
from tuicompare.engine.observations import Observation, context_keys
from tuicompare.engine.pronouns import pronoun_referents
from tuicompare.engine.respelled import figures, respelled
from tuicompare.engine.slotroles import SAME, SlotRoles, fact_relation
from tuicompare.engine.swaps import TypedValues
from tuicompare.engine.thirdlinks import Scored, third_links
from tuicompare.engine.timespent import mark_stays, spent_alike
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.verbclasses import one_act

__all__ = ["SentenceKeys", "cross_links", "link_observations"]


class SentenceKeys:
    """Each sentence's values, and which of them are rare in the story, to count what two sentences share."""

    def __init__(
        self,
        active: Mapping[str, Sequence[SentenceFeatures]],
        entity_of: Mapping[Span, int],
        people: Collection[int] = (),
    ) -> None:
        """``people``: the entities resolved as persons, for ``pronouned`` (none: no pronoun is read)."""
        self._keys = {art: [context_keys([s], entity_of) for s in feats] for art, feats in active.items()}
        self._union = {art: set().union(*keys) for art, keys in self._keys.items()}
        count: Counter[str] = Counter(k for keys in self._keys.values() for ks in keys for k in ks)
        bar = max(1.0, TUNING.links.rare_share * sum(map(len, self._keys.values())))
        self._rare = {k for k, n in count.items() if n <= bar}
        self.typed = TypedValues(active, entity_of)
        self._families = {art: [_families(s) for s in feats] for art, feats in active.items()}
        self._figures = {art: [figures(s, entity_of) for s in feats] for art, feats in active.items()}
        self._counted = {art: sole_counts(feats) for art, feats in active.items()}
        self._phrases = NamePhrases(active, entity_of, TUNING.links.name_words_share)
        # The person a sentence's pronoun alone means (``pronouns``): by id for weak links' ties, if rare a key too.
        self.referents: dict[str, int] = {}
        self._referent: dict[str, list[str | None]] = {}
        for art, feats in active.items():
            read = pronoun_referents(feats, entity_of, people) if people else [None] * len(feats)
            self.referents.update((f.id, p) for f, p in zip(feats, read, strict=True) if p is not None)
            keys = [f"e{p}" if p is not None and TUNING.links.pronoun_bonus else None for p in read]
            self._referent[art] = [k if k in self._rare else None for k in keys]

    def pronouned(self, a: str, b: str) -> np.ndarray:
        """Whether each sentence of ``a`` and each of ``b`` share a rare person that one of them (or both)
        refers to by a pronoun only (``pronouns``), for ``LinkTuning.pronoun_bonus``.
        """
        ref_a, ref_b = self._referent[a], self._referent[b]
        out = np.zeros((len(ref_a), len(ref_b)))
        keys_a, keys_b = self._keys[a], self._keys[b]
        for i, x in enumerate(ref_a):
            if x is not None:
                for j, y in enumerate(ref_b):
                    if x == y or x in keys_b[j]:
                        out[i, j] = 1.0
        for j, y in enumerate(ref_b):
            if y is not None:
                for i, keys in enumerate(keys_a):
                    if y in keys:
                        out[i, j] = 1.0
        return out

    def named(self, a: str, b: str) -> np.ndarray:
        """How many rare names each sentence of ``a`` and each of ``b`` share only as words (``namewords``)."""
        return self._phrases.shared(a, b)

    def respelled(self, a: str, b: str) -> np.ndarray:
        """How many figures each sentence of ``a`` shares with each of ``b`` read two ways (``respelled``)."""
        return respelled(self._figures[a], self._figures[b])

    def counted(self, a: str, b: str) -> np.ndarray:
        """How many things each sentence of ``a`` and each of ``b`` count apart, each its article's one count of
        it (``countednouns``), for ``LinkTuning.counted_bonus``."""
        return counted_apart(self._counted[a], self._counted[b])

    def derived(self, a: str, b: str) -> np.ndarray:
        """How many word families each sentence of ``a`` shares with each of ``b`` through different words only
        ("shot" and "shooting": ``derivation``), for ``LinkTuning.derived_bonus``.
        """
        return family_matrix(self._families[a], self._families[b])

    def rare_values(self, a: str, b: str) -> tuple[list[set[str]], list[set[str]]]:
        """The rare values (``LinkTuning.rare_share``) of each sentence of articles ``a`` and ``b``."""
        return [k & self._rare for k in self._keys[a]], [k & self._rare for k in self._keys[b]]

    def shared(self, a: str, b: str) -> tuple[np.ndarray, np.ndarray]:
        """How many values each sentence of ``a`` shares with each of ``b``, and how many of them are rare."""
        x, y, rare = self.incidence(a, b)
        return x @ y.T, (x * rare) @ y.T

    def incidence(self, a: str, b: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Which of the values both articles state each sentence of ``a`` and of ``b`` states, and which are rare."""
        # Only the values both articles state matter: small matrices however large the story.
        common = {k: n for n, k in enumerate(sorted(self._union[a] & self._union[b]))}
        rare = np.array([1.0 if k in self._rare else 0.0 for k in common])
        return self._incidence(a, common), self._incidence(b, common), rare

    def _incidence(self, article: str, columns: Mapping[str, int]) -> np.ndarray:
        keys = self._keys[article]
        # Python lists filled, then one array: a numpy item assignment per value costs more than the loop.
        rows = [[0.0] * len(columns) for _ks in keys]
        for row, ks in zip(rows, keys, strict=True):
            for k in ks:
                if k in columns:
                    row[columns[k]] = 1.0
        return np.array(rows, dtype=np.float64).reshape(len(keys), len(columns))


#: The key a sentence's word families are kept under in ``SentenceFeatures.readings``.
_FAMILIES = "word families"


def _families(sentence: SentenceFeatures) -> dict[str, frozenset[str]]:
    """``families`` of a sentence's lemmas, kept on its features (a pure reading of them, never changed)."""
    read = sentence.readings
    found = read.get(_FAMILIES)
    if found is None:
        found = read[_FAMILIES] = families(sentence.lemmas)
    return cast("dict[str, frozenset[str]]", found)


def cross_links(
    alignment: Alignment,
    keys: SentenceKeys,
    row_of: Mapping[str, int],
    in_row: list[Link] | None = None,
) -> list[tuple[Link, int]]:
    """Links between sentences of different rows (see the module docstring), with their rank.

    Args:
        alignment: The story's alignment: each aligned pair of articles (the active sentences of one, of
            the other, and their similarity matrix, ``align.similarity``), and what a value swap added to a
            pair's similarity, which every link carries (``align.lifted_link``).
        keys: The story's sentence values (``SentenceKeys``).
        row_of: Sentence id -> the index of its row (group).
        in_row: When given, receives the pairs of one row that would be compared as links if they sat
            in two rows (each other's strongest counterparts), for the row to compare (``_file``).

    Returns:
        Links in the order of ``pairs`` then reading order, each scored with
        the two sentences' similarity, never two sentences of one row, each with
        its rank among the candidates of the side that ranks it best (0: the
        strongest counterpart of one of its sentences in the other's article).
    """
    t = TUNING.links
    out: list[tuple[Link, int]] = []
    scored: list[Scored] = []  # each pair's strengths, for the links through a third article
    lift = alignment.lift
    for a, b, sim in alignment.pairs:
        if isinstance(sim, PairSimilarity):
            out.extend(_blocked(a, b, sim, keys, row_of, lift, in_row, scored))
            continue
        if sim.size == 0:
            continue
        shared, rare = keys.shared(a[0].article, b[0].article)
        swapped = keys.typed.swapped(a[0].article, b[0].article) if t.swap_bonus else None
        score = strength(sim, shared, rare, swapped, *Bonuses.of(keys, a, b))
        chosen: dict[tuple[int, int], int] = {}
        k = t.per_article
        # Read as Python floats and ints (the same doubles): a numpy item read costs more than the test.
        values = score.tolist()
        # The similarity of the few cells ``third_links`` asks, read one by one: not the whole matrix as lists.
        scored.append((a, b, _cell(values), _item(sim)))
        # Stable sorts: ties go to the earlier sentence, deterministically.
        for i, order in enumerate(np.argsort(-score, axis=1, kind="stable")[:, :k].tolist()):
            for rank, j in enumerate(order):
                if values[i][j] >= t.min_strength:
                    chosen[(i, j)] = min(rank, chosen.get((i, j), rank))
        for j, order in enumerate(np.argsort(-score, axis=0, kind="stable")[:k].T.tolist()):
            for rank, i in enumerate(order):
                if values[i][j] >= t.min_strength:
                    chosen[(i, j)] = min(rank, chosen.get((i, j), rank))
        paired = anchors(a, b, chosen, row_of)
        for i, j in neighbour_pairs(paired, keys.rare_values(a[0].article, b[0].article), _cell(values)):
            chosen[(i, j)] = t.per_article  # shown, never compared (``neighbours``)
        for (i, j), rank in sorted(chosen.items()):
            rank = _swap_rank(keys, a[0].article, b[0].article, i, j, rank)
            link = lifted_link(a[i].id, b[j].id, round(float(sim[i, j]), 4), lift)
            _file(link, rank, row_of, out, in_row)
    return out + third_links(scored, out, row_of, lift)


def _file(
    link: Link, rank: int, row_of: Mapping[str, int], out: list[tuple[Link, int]], in_row: list[Link] | None
) -> None:
    """A candidate of two rows into ``out``; of one row, when compared (``compared_per_article``), into ``in_row``.

    A row joins sentences through chains of links ("A" like "B", "B" like "C"), and its conflicts are
    read along those links: two of its sentences that are each other's strongest counterparts but were
    never linked directly ("A" and "C") would never be compared (``LinkTuning.row_counterpart_min``).
    """
    if row_of[link.a] != row_of[link.b]:
        out.append((link, rank))
    elif in_row is not None and rank < TUNING.links.compared_per_article and TUNING.links.row_counterpart_min:
        in_row.append(link)


def _cell(values: list[list[float]]) -> Callable[[int, int], float]:
    """A matrix read as Python lists, as a function of a cell."""
    return lambda i, j: values[i][j]


def _item(matrix: np.ndarray) -> Callable[[int, int], float]:
    """A matrix read cell by cell, each a Python float (the same double ``tolist`` gives)."""
    return lambda i, j: float(matrix[i, j])


def _swap_rank(keys: SentenceKeys, a: str, b: str, i: int, j: int, rank: int) -> int:
    """A link holding a swapped value is compared as a strongest counterpart (``LinkTuning.swap_compared``)."""
    if rank and rank < TUNING.links.swap_compared and keys.typed.pair(a, b, i, j):
        return 0
    return rank


def _blocked(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    sim: PairSimilarity,
    keys: SentenceKeys,
    row_of: Mapping[str, int],
    lift: Mapping[tuple[str, str], float],
    in_row: list[Link] | None = None,
    scored: list[Scored] | None = None,
) -> list[tuple[Link, int]]:
    """``cross_links`` of two long articles, block by block (``blocklinks.top_candidates``); their cells'
    strengths into ``scored`` (``thirdlinks``)."""
    counts = SharedCounts(*keys.incidence(a[0].article, b[0].article))
    bonus = Bonuses.of(keys, a, b)

    def rows(start: int, block: np.ndarray) -> np.ndarray:
        stop = start + len(block)
        swapped = keys.typed.swapped(a[0].article, b[0].article, start, stop) if TUNING.links.swap_bonus else None
        return strength(block, *counts.rows(start, stop), swapped, *bonus.part(slice(start, stop)))

    chosen, score = top_candidates(sim, rows)
    art_a, art_b = a[0].article, b[0].article

    def strength_at(i: int, j: int) -> float:
        # One pair's ``rows``: the same elementwise sums as a block's.
        shared, rare = (x[:, j : j + 1] for x in counts.rows(i, i + 1))
        swapped = keys.typed.swapped(art_a, art_b, i, i + 1)[:, j : j + 1] if TUNING.links.swap_bonus else None
        cell = slice(i, i + 1), slice(j, j + 1)
        return float(strength(np.array([[sim.value(i, j)]]), shared, rare, swapped, *bonus.part(*cell))[0, 0])

    if scored is not None:
        scored.append((a, b, strength_at, sim.value))
    for i, j in neighbour_pairs(anchors(a, b, chosen, row_of), keys.rare_values(art_a, art_b), strength_at):
        chosen[(i, j)], score[(i, j)] = TUNING.links.per_article, sim.value(i, j)
    out: list[tuple[Link, int]] = []
    for (i, j), rank in sorted(chosen.items()):
        link = lifted_link(a[i].id, b[j].id, round(score[(i, j)], 4), lift)
        _file(link, _swap_rank(keys, art_a, art_b, i, j, rank), row_of, out, in_row)
    return out


def link_observations(
    links: Sequence[Link],
    features: Mapping[str, SentenceFeatures],
    rows: Sequence[Sequence[str]],
    row_of: Mapping[str, int],
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    roles: SlotRoles | None = None,
    referents: Mapping[str, int] | None = None,
) -> list[tuple[int, int, Observation]]:
    """Slot observations of the links alike enough to compare, each with the rows of its two sentences.

    Each side's context (the values that count as "stated elsewhere", so a
    value that moved is not a change) is what its article says in both rows.
    A link under ``LinkTuning.conflict_link_min`` gives only the differences both
    sentences tie to one entity (``_anchored``), from ``LinkTuning.anchored_link_min``;
    ``referents`` (``SentenceKeys.referents``) names the person a sentence's pronoun means.
    """
    out: list[tuple[int, int, Observation]] = []
    t = TUNING.links
    referents = referents or {}
    for link in links:
        # A link under ``conflict_link_min`` is compared only for the values both sentences tie to one entity
        # in one relation ("the Institute in Leeds", "the Institute in York").
        weak = link.score < t.conflict_link_min
        if weak and (roles is None or not t.anchored_link_min or link.score < t.anchored_link_min):
            continue
        a, b = features[link.a], features[link.b]
        if not {x.kind for x in a.spans} & {y.kind for y in b.spans}:
            continue  # no two values of one kind: nothing to compare
        if weak and not any_tied(a, b, roles, entity_of, entity_label, referents):
            continue  # no two values tied to one entity: nothing such a link compares (and ``observe`` is dear)
        ra, rb = row_of[link.a], row_of[link.b]
        both = [features[s] for s in (*rows[ra], *rows[rb])]
        ctx_a = context_keys([s for s in both if s.article == a.article], entity_of, counted=True)
        ctx_b = context_keys([s for s in both if s.article == b.article], entity_of, counted=True)
        weight = max(link.judged, t.conflict_link_min)
        found = observe(a, b, weight, entity_of, entity_label, ctx_a, ctx_b, roles)
        if weak:
            found = [o for o in found if _anchored(o, a, b, roles, entity_of, entity_label, referents)]
        if roles is not None and TUNING.conflicts.link_doer_counts_as_row:  # judged by a row's cut
            mark_doer_counts(found, a, b, roles, entity_of, entity_label)
            mark_stays(found, a, b)
        # A weak link's differences are tied to one entity (``_anchored``): that is their evidence of one role.
        one = (o for o in found if o.kind == "agree" or weak or _one_role(o, roles, a, b))
        out.extend((min(ra, rb), max(ra, rb), o) for o in one)
    return out


def _anchored(
    o: Observation,
    a: SentenceFeatures,
    b: SentenceFeatures,
    roles: SlotRoles | None,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    referents: Mapping[str, int],
) -> bool:
    """Whether a difference of a weak link ties both values to one entity (``tied_values``)."""
    if o.kind not in ("conflict", "possible") or roles is None:
        return False
    (x, _), (y, _) = o.spans
    return tied_values(a, b, x, y, roles, entity_of, labels, referents)


def _one_role(o: Observation, roles: SlotRoles | None, a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether the two values of an observation surely fill one role: a verb both hang from, or one anchor.

    Two rows are weak evidence that two sentences state one fact, so a difference
    through a link needs this evidence of its own (``LinkTuning.same_role_only``). ``a`` and ``b`` are the two
    sentences (a date's verbs joined by "and": ``conjoinedacts``).
    """
    if not TUNING.links.same_role_only:
        return True
    if roles is None:
        return False
    (x, _), (y, _) = o.spans
    if x.kind == "number" and x.unit == y.unit and x.unit not in ("", "money", "%"):
        return True  # numbers of one thing ("two turkeys", "five turkeys")
    verbs = roles.argument if x.kind == "name" else roles.frame
    if x.vtype == y.vtype == "date" and (one_act(verbs.get(x, ""), verbs.get(y, "")) or conjoined(o, a, b, roles)):
        return True  # two verbs of one act ("found Sunday", "was discovered Monday"; "and": ``conjoinedacts``)
    if spent_alike(a, b, x, y):
        return True  # two stays in one place ("six years in the reserves": ``timespent``)
    return same_frame(verbs.get(x, ""), verbs.get(y, "")) or fact_relation(x, y, roles) == SAME
