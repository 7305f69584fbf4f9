"""Align the sentences of one story's articles into groups that report the same thing.

For every pair of articles a similarity matrix combines three signals: the
masked wording (rapidfuzz ``process.cdist`` over entity-masked sentences, so
"captured <ENT>" matches whichever town was captured), shared content words and
names weighted by their rarity in the story (anchors), and the reading position.
A monotone dynamic programme keeps the pairs that respect reading order; strong
mutual best matches are kept even out of order (articles reorder), so is a
sentence's best match in the other article when it is alike enough, and a
sentence whose best partner already pairs with its neighbour joins it (one
article packs into one sentence what another says in two). Links are merged
with union-find into groups, strongest first, as long as a group stays within
the size limits and the two groups merged are alike on average (one link is
not enough: a lead sentence that states three facts would chain the sentences
stating each of them, and their partners, into one group); every sentence
ends in exactly one group (``groupmerge``), and the groups come in reading
order (``readorder``). ``align`` also hands back the similarity matrices, from
which ``links`` finds each sentence's counterparts outside its group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import cast

import numpy as np

from tuicompare.engine.align_terms import StoryTerms
from tuicompare.engine.blocklinks import monotone_pairs, order_table, summary
from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.features import STAMP_LINES, SentenceFeatures, Span
from tuicompare.engine.groupmerge import Similarities, fits
from tuicompare.engine.readorder import reading_order
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.wording import Key, wording_scores


@dataclass(frozen=True, slots=True)
class Link:
    """Two sentences of different articles that report the same thing."""

    a: str
    b: str
    score: float
    #: What a value each sentence states in place of the other's (``StoryTerms._swap``) added to ``score``: it
    #: helps choose the link, not judge its values (``judged``).
    lift: float = 0.0

    @property
    def judged(self) -> float:
        """The score a link's values are judged at: its similarity without the value swap's term."""
        return max(0.0, round(self.score - self.lift, 4)) if self.lift else self.score


def lifted_link(a: str, b: str, score: float, lift: Mapping[tuple[str, str], float]) -> Link:
    """A link of two sentences scored ``score``, with the part of it a value swap added (``Alignment.lift``).

    Every link is made here: a row's (``pair_links``), and those between rows and the pairs inside one
    (``links.cross_links``, ``thirdlinks``), so wherever a link is compared its values are judged without the swap.
    """
    part = lift.get((a, b))
    return Link(a, b, score, round(TUNING.align.terms_weight * part, 4)) if part else Link(a, b, score)


@dataclass(frozen=True, slots=True)
class Alignment:
    """A story's groups, and the similarity matrices of the article pairs aligned (``links`` reads them).

    Attributes:
        groups: The groups in reading order (``align_story``).
        pairs: Per aligned pair of articles: the active sentences of each and their
            similarity matrix (rows: the first article's sentences), or for long articles
            the ``PairSimilarity`` that gives it block by block.
        lift: What a value swap added to a pair's term similarity, by (id, id) both ways (``Link.lift``).
    """

    groups: list[AlignedGroup]
    pairs: list[tuple[list[SentenceFeatures], list[SentenceFeatures], np.ndarray | PairSimilarity]]
    lift: Mapping[tuple[str, str], float]


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """A group of sentences with its confidence and the links that built it."""

    sentences: tuple[str, ...]
    score: float
    links: tuple[Link, ...]


#: Each sentence's words sorted, and its distinct words sorted (``_sorted_words``), of two articles.
_Words = tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]]


def similarity(
    a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures], terms: StoryTerms, words: _Words | None = None
) -> np.ndarray:
    """Similarity in [0, 1] of every sentence of ``a`` with every one of ``b`` (``words``: their ``_sorted_words``)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    # rapidfuzz's token scorers split and sort both sentences for every pair; token_sort_ratio is ratio over the
    # sorted words, token_set_ratio reads the set of words: sorted once an article, the scores are the same.
    (sorted_a, set_a), (sorted_b, set_b) = words or (_sorted_words(a), _sorted_words(b))
    lex = wording_scores(set_a, set_b, sorted_a, sorted_b)
    t = TUNING.align
    pos = 1.0 - np.abs(np.array([s.position for s in a])[:, None] - np.array([s.position for s in b])[None, :])
    shared, content = terms.matrix(a, b)
    sim = np.clip(t.lex_weight * lex + t.terms_weight * shared + t.position_weight * pos, 0.0, 1.0)
    # Two sentences that share only who is named ("Mayor X said ...") need not state one fact.
    return np.where(content, sim, sim * t.names_only_factor)


#: The key a sentence's sorted words are kept under in ``SentenceFeatures.readings``.
_SORTED = "sorted words"


def _sorted_words(sentences: Sequence[SentenceFeatures]) -> tuple[list[str], list[str]]:
    """Each masked sentence's words sorted, and its distinct words sorted, as rapidfuzz's token scorers read them.

    Kept on each sentence's features (a pure reading of its words): a sentence compared again is not sorted again.
    """
    sorted_words, distinct = [], []
    for s in sentences:
        read = s.readings
        both = cast("tuple[str, str] | None", read.get(_SORTED))
        if both is None:
            words = sorted(s.masked.split())
            both = (" ".join(words), " ".join(dict.fromkeys(words)))
            read[_SORTED] = both
        sorted_words.append(both[0])
        distinct.append(both[1])
    return sorted_words, distinct


def wording_keys(articles: Mapping[str, Sequence[SentenceFeatures]]) -> list[Key]:
    """The words of each pair of articles whose wording scores ``align`` asks for (``wording.wording_scores``).

    Args:
        articles: A story's articles (id -> features of all its sentences), in the order ``align`` is given them.
    """
    active = {art: [s for s in feats if s.active] for art, feats in articles.items()}
    words = {art: _sorted_words(f) for art, f in active.items()}
    keys = []
    for x, y in article_pairs(active):
        # As ``align`` does: a long pair is scored block by block, an empty side not at all.
        if active[x] and active[y] and len(active[x]) * len(active[y]) <= TUNING.scale.block_cells:
            (sorted_a, set_a), (sorted_b, set_b) = words[x], words[y]
            keys.append((tuple(set_a), tuple(set_b), tuple(sorted_a), tuple(sorted_b)))
    return keys


def _monotone_pairs(sim: np.ndarray, minimum: float) -> list[tuple[int, int]]:
    """Pairs of the best in-order alignment (gaps allowed) whose score reaches ``minimum``."""
    n, m = sim.shape
    gain = sim - minimum
    # The walk reads Python floats (the same doubles): a numpy item read costs more than the step.
    best, gains = order_table(np.zeros(m + 1), gain).tolist(), gain.tolist()
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        g = gains[i - 1][j - 1]
        if g >= 0 and best[i][j] == best[i - 1][j - 1] + g:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def pair_links(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    sim: np.ndarray | PairSimilarity,
    lift: Mapping[tuple[str, str], float],
) -> list[Link]:
    """Links between two articles' sentences (see the module docstring), each with its ``lift`` (``lifted_link``)."""
    t = TUNING.align
    if isinstance(sim, PairSimilarity):
        found = summary(sim, t.ordered_min)
        best_b, row_max, best_a, col_max = found.best_b, found.row_max, found.best_a, found.col_max
        ordered = monotone_pairs(sim, t.ordered_min, found.saved)
    else:
        if sim.size == 0:
            return []
        best_b, best_a = sim.argmax(axis=1), sim.argmax(axis=0)
        row_max, col_max = sim[np.arange(len(best_b)), best_b], sim[best_a, np.arange(len(best_a))]
        ordered = _monotone_pairs(sim, t.ordered_min)
    chosen = _chosen(a, b, ordered, best_b, row_max.tolist(), best_a, col_max.tolist())
    value = sim.value if isinstance(sim, PairSimilarity) else lambda i, j: float(sim[i, j])
    return [lifted_link(a[i].id, b[j].id, value(i, j), lift) for i, j in sorted(chosen)]


def _chosen(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    ordered: list[tuple[int, int]],
    best_b: np.ndarray,
    row_max: list[float],
    best_a: np.ndarray,
    col_max: list[float],
) -> set[tuple[int, int]]:
    """The linked pairs, from the in-order pairs and each row's and column's best match and its score."""
    t = TUNING.align
    # Plain ints: each row's and column's partner is read several times below.
    best_b, best_a = best_b.tolist(), best_a.tolist()
    chosen = set(ordered)
    for i, j in enumerate(best_b):
        if best_a[j] == i and row_max[i] >= t.reorder_min:
            chosen.add((i, int(j)))
    # Real outlets order facts differently (one's third paragraph is another's twelfth):
    # a sentence's best partner is linked in any order once it is alike enough.
    for i, j in enumerate(best_b):
        if row_max[i] >= t.best_min:
            chosen.add((i, int(j)))
    for j, i in enumerate(best_a):
        if col_max[j] >= t.best_min:
            chosen.add((int(i), j))
    # Every partner counts, not only the last one recorded: a sentence may already have several.
    partners_a: dict[int, set[int]] = {}
    partners_b: dict[int, set[int]] = {}
    for i, j in chosen:
        partners_a.setdefault(i, set()).add(j)
        partners_b.setdefault(j, set()).add(i)
    for i, j in enumerate(best_b):
        j = int(j)
        if i not in partners_a and row_max[i] >= t.packed_min and partners_b.get(j, set()) & {i - 1, i + 1}:
            chosen.add((i, j))
    for j, i in enumerate(best_a):
        i = int(i)
        if j not in partners_b and col_max[j] >= t.packed_min and partners_a.get(i, set()) & {j - 1, j + 1}:
            chosen.add((i, j))
    linked_a = {i for i, _j in chosen}
    linked_b = {j for _i, j in chosen}
    for i, j in enumerate(best_b):
        if i not in linked_a and row_max[i] >= t.lonely_min and abs(a[i].position - b[j].position) <= t.lonely_span:
            chosen.add((i, int(j)))
    for j, i in enumerate(best_a):
        if j not in linked_b and col_max[j] >= t.lonely_min and abs(a[i].position - b[j].position) <= t.lonely_span:
            chosen.add((int(i), j))
    return chosen


def article_pairs(active: Mapping[str, Sequence[SentenceFeatures]]) -> list[tuple[str, str]]:
    """The pairs of articles to align: all of them in a small story, else each with its nearest.

    In a story of many rewrites every article is aligned with its
    ``AlignTuning.nearest_articles`` most similar ones (cosine of content words); groups
    still form across all of them through union-find, and the cost grows
    linearly with the number of articles instead of quadratically.
    """
    names = list(active)
    nearest = TUNING.align.nearest_articles
    if len(names) <= nearest + 1:
        return list(combinations(names, 2))
    vocabulary: dict[str, int] = {}
    rows = []
    for a in names:
        row = Counter(vocabulary.setdefault(w, len(vocabulary)) for s in active[a] for w in s.lemmas)
        rows.append(row)
    matrix = np.zeros((len(names), max(len(vocabulary), 1)))
    for i, row in enumerate(rows):
        for j, count in row.items():
            matrix[i, j] = count
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    cosine = matrix @ matrix.T
    np.fill_diagonal(cosine, -1.0)
    pairs: set[tuple[int, int]] = set()
    for i in range(len(names)):
        # Stable sort on the negated row: ties go to the earlier article, deterministically.
        for j in np.argsort(-cosine[i], kind="stable")[:nearest]:
            pairs.add((min(i, int(j)), max(i, int(j))))
    return [(names[i], names[j]) for i, j in sorted(pairs)]


def publication_lines(articles: Mapping[str, Sequence[SentenceFeatures]]) -> list[str]:
    """Each article's publication line: its first timestamp line ("Published April 10, 2007 | 7:07 AM")
    among its first ``features.STAMP_LINES`` sentences, the line its publication date is read from.

    They are furniture and state nothing of the story, but the outlets' timestamps side by side are
    one row of the comparison (their dates may differ: a row without links is never compared).
    """
    found = []
    for feats in articles.values():
        line = next((s.id for s in feats[:STAMP_LINES] if s.furniture and s.furniture_kind == "timestamp"), None)
        if line is not None:
            found.append(line)
    return found


def datelines(articles: Mapping[str, Sequence[SentenceFeatures]]) -> list[tuple[str, str]]:
    """Datelines the sentence splitter left on a line of their own ("WASHINGTON --"), each with the
    sentence it opens: the dateline joins that sentence's row (another outlet's lead holds its own).
    """
    return [
        (line.id, lead.id)
        for feats in articles.values()
        for line, lead in pairwise(feats)
        if line.furniture and line.furniture_kind == "dateline" and lead.active
    ]


def align_story(
    articles: Mapping[str, Sequence[SentenceFeatures]], entity_of: Mapping[Span, int] | None = None
) -> list[AlignedGroup]:
    """Align a story's sentences into groups in reading order (``align(...).groups``)."""
    return align(articles, entity_of).groups


def align(articles: Mapping[str, Sequence[SentenceFeatures]], entity_of: Mapping[Span, int] | None = None) -> Alignment:
    """Align a story's sentences into groups in reading order.

    Args:
        articles: Article id -> features of all its sentences, in story order.
        entity_of: Resolved entity of each name span (``entities.resolve``), so
            that spelling variants count as shared names; optional.

    Returns:
        Groups covering every sentence exactly once (inactive sentences alone),
        in reading order (see ``reading_order``), and the similarity matrices.
    """
    active = {art: [s for s in feats if s.active] for art, feats in articles.items()}
    pairs = article_pairs(active)
    # The story's terms and each sentence's sorted words are read only when two articles have sentences to align
    # (a story of one article has none).
    live = [(x, y) for x, y in pairs if active[x] and active[y]]
    terms = StoryTerms([s for feats in active.values() for s in feats] if live else [], entity_of)
    words = {art: _sorted_words(active[art]) for art in dict.fromkeys(art for pair in live for art in pair)}
    links: list[Link] = []
    sims, matrices = Similarities(active), []
    for x, y in pairs:
        if len(active[x]) * len(active[y]) > TUNING.scale.block_cells:
            sim = sims.add(x, y, PairSimilarity(active[x], active[y], terms))
        else:
            read = (words[x], words[y]) if x in words and y in words else None
            sim = sims.add(x, y, similarity(active[x], active[y], terms, read))
        links.extend(pair_links(active[x], active[y], sim, terms.lift))
        matrices.append((active[x], active[y], sim))
    every = [s for feats in articles.values() for s in feats]
    by_id = {s.id: s for s in every}
    dsu = DisjointSet(s.id for s in every)
    members: dict[str, dict[str, list[int]]] = {s.id: {s.article: [s.index]} for s in every}
    used: list[Link] = []
    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        ra, rb = dsu.find(link.a), dsu.find(link.b)
        if ra == rb:
            used.append(link)
            continue
        merged = {art: members[ra].get(art, []) + members[rb].get(art, []) for art in {*members[ra], *members[rb]}}
        if not all(fits(indices) for indices in merged.values()) or not sims.coherent(members[ra], members[rb]):
            continue
        dsu.union(ra, rb)
        members[dsu.find(ra)] = merged
        used.append(link)
    stamps = publication_lines(articles)
    for sid in stamps[1:]:
        dsu.union(stamps[0], sid)
    for line, lead in datelines(articles):
        dsu.union(lead, line)
    groups: dict[str, list[str]] = {}
    for sid in dsu._parent:
        groups.setdefault(dsu.find(sid), []).append(sid)
    group_links: dict[str, list[Link]] = {}
    for link in used:
        group_links.setdefault(dsu.find(link.a), []).append(link)
    order = {art: n for n, art in enumerate(articles)}
    out = []
    for root, sids in groups.items():
        sids.sort(key=lambda s: (order[by_id[s].article], by_id[s].index))
        own = group_links.get(root, [])
        score = sum(k.judged for k in own) / len(own) if own and len(sids) > 1 else 0.0
        out.append(AlignedGroup(tuple(sids), round(score, 4), tuple(own)))
    return Alignment(reading_order(out, articles, by_id, order), matrices, terms.lift)
