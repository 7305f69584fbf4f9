"""The similarity of two long articles' sentences, block by block, never as one N x M matrix.

``align.similarity`` scores every pair of sentences: rapidfuzz and the shared
terms of each pair, so two 8,000-sentence articles cost 64 million pairs (minutes,
and gigabytes as a matrix). Past ``ScaleTuning.block_cells`` pairs ``align``
uses a ``PairSimilarity`` instead, which gives the same numbers where they
decide anything:

* Sentences are scored once per distinct content (masked text and terms): a
  sentence repeated in an article (a reprinted paragraph, a standard line)
  costs one score, whatever its number of copies; the reading position, the
  only part that differs between copies, is added per pair.
* Only pairs that share a term are scored (an inverted index over the story
  terms of ``align_terms``), and every pair of a sentence without terms. A pair
  sharing none has no shared-terms score and keeps ``names_only_factor`` of its
  wording and position: below every threshold the alignment and the links read
  (``ScaleTuning`` says how this was checked), so in a block it reads 0.
* Blocks of rows are built on demand with exactly the
  arithmetic of ``align.similarity`` (same types, same order), so a pair's
  value is the same float as in the full matrix; ``value`` gives any pair's true
  value, shared term or not (the coherence of two groups averages every pair).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from tuicompare.engine.align_terms import StoryTerms
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

__all__ = ["PairSimilarity", "combine", "finish", "lexical", "partial"]


def lexical(sorted_x: Sequence[str], set_x: Sequence[str], sorted_y: Sequence[str], set_y: Sequence[str]) -> np.ndarray:
    """The wording score of each pair (x[k], y[k]), as float32 like ``align.similarity``'s ``cdist``."""
    if not sorted_x:
        return np.zeros(0, dtype=np.float32)
    return (
        process.cpdist(set_x, set_y, scorer=fuzz.token_set_ratio, workers=1)
        + process.cpdist(sorted_x, sorted_y, scorer=fuzz.ratio, workers=1)
    ) / 200.0


def combine(lex: np.ndarray, shared: np.ndarray, content: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """``align.similarity``'s combination of its three signals, element by element (the same floats)."""
    return finish(partial(lex, shared), content, pos)


def partial(lex: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """The wording and shared-terms part of ``combine``, as ``align.similarity`` adds it first."""
    t = TUNING.align
    return t.lex_weight * lex + t.terms_weight * shared


def finish(part: np.ndarray, content: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """``combine`` from its ``partial`` sum: the position added, clipped, names-only pairs reduced.

    In place on ``pos`` (a block's worth of cells, allocated once): each step is the
    same IEEE operation on the same two numbers as in ``align.similarity``.
    """
    t = TUNING.align
    sim = np.multiply(pos, t.position_weight, out=pos)
    np.add(part, sim, out=sim)
    np.clip(sim, 0.0, 1.0, out=sim)
    np.multiply(sim, t.names_only_factor, out=sim, where=~content)
    return sim


def _words(sentence: SentenceFeatures) -> tuple[str, str]:
    words = sorted(sentence.masked.split())
    return " ".join(words), " ".join(dict.fromkeys(words))


class _Side:
    """One article's sentences as distinct contents: which content each sentence has, and one of each."""

    def __init__(self, sentences: Sequence[SentenceFeatures], terms: StoryTerms) -> None:
        index: dict[tuple[str, frozenset[str]], int] = {}
        self.content = np.array(
            [index.setdefault((s.masked, frozenset(terms.terms[s.id])), len(index)) for s in sentences],
            dtype=np.int64,
        )
        first: dict[int, SentenceFeatures] = {}
        for s, c in zip(sentences, self.content.tolist(), strict=True):
            first.setdefault(c, s)
        self.one = [first[c] for c in range(len(index))]
        words = [_words(s) for s in self.one]
        self.sorted = [w for w, _ in words]
        self.set = [w for _, w in words]
        self.position = np.array([s.position for s in sentences])
        # The sentences of each content, to spread a content's scores over its copies.
        order = np.argsort(self.content, kind="stable")
        bounds = np.searchsorted(self.content[order], np.arange(len(index) + 1))
        self.copies = [order[bounds[c] : bounds[c + 1]] for c in range(len(index))]


class _Rows:
    """Per content of one side: the other side's sentences it shares a term with, and the pair scores.

    ``part`` is ``partial`` of each pair; when the contents are few (a text
    repeated), each content's whole row over the other side is kept as well
    (``ScaleTuning.content_rows``), so a block is one gather.
    """

    def __init__(self, contents: int, pairs: np.ndarray, part: np.ndarray, content: np.ndarray, other: _Side) -> None:
        self.columns: list[np.ndarray] = []
        self.scores: list[tuple[np.ndarray, np.ndarray]] = []
        order = np.argsort(pairs[:, 0], kind="stable")
        bounds = np.searchsorted(pairs[order, 0], np.arange(contents + 1))
        for c in range(contents):
            mine = order[bounds[c] : bounds[c + 1]]
            copies = [other.copies[v] for v in pairs[mine, 1].tolist()]
            counts = [len(k) for k in copies]
            self.columns.append(np.concatenate(copies) if copies else np.zeros(0, dtype=np.int64))
            self.scores.append((np.repeat(part[mine], counts), np.repeat(content[mine], counts)))
        self.dense: tuple[np.ndarray, np.ndarray] | None = None
        width = len(other.content)
        if contents * width <= TUNING.scale.content_rows:
            whole = np.zeros((contents, width)), np.zeros((contents, width), dtype=bool)
            for c in range(contents):
                whole[0][c, self.columns[c]], whole[1][c, self.columns[c]] = self.scores[c]
            self.dense = whole


class PairSimilarity:
    """The similarity of two articles' active sentences, by blocks (see the module docstring).

    Attributes:
        shape: (sentences of ``a``, sentences of ``b``), as the matrix it stands for.
    """

    def __init__(self, a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures], terms: StoryTerms) -> None:
        self._terms = terms
        self._a, self._b = _Side(a, terms), _Side(b, terms)
        self.shape = (len(a), len(b))
        pairs = self._candidates()
        x = [self._a.one[u] for u in pairs[:, 0].tolist()]
        y = [self._b.one[v] for v in pairs[:, 1].tolist()]
        lex = lexical(
            [self._a.sorted[u] for u in pairs[:, 0].tolist()],
            [self._a.set[u] for u in pairs[:, 0].tolist()],
            [self._b.sorted[v] for v in pairs[:, 1].tolist()],
            [self._b.set[v] for v in pairs[:, 1].tolist()],
        )
        shared, content = terms.pairs([s.id for s in x], [s.id for s in y])
        self.candidates = len(pairs)
        # Pairs come sorted by a's content then b's: a pair's place is found by binary search.
        self._pairs, self._first = pairs, np.searchsorted(pairs[:, 0], np.arange(len(self._a.one) + 1))
        self._lex, self._shared, self._content = lex, shared, content
        part = partial(lex, shared)
        self._rows = _Rows(len(self._a.one), pairs, part, content, self._b)
        self._cache: dict[tuple[int, int], float] = {}

    def _candidates(self) -> np.ndarray:
        """Pairs of contents (a, b) sharing at least one term, from an inverted index over b's terms.

        A sentence without any term ("Why?", "How are you?") is paired with every
        sentence: its similarity is its wording and position alone, and short
        wording can match closely without a shared term.
        """
        postings: dict[str, list[int]] = {}
        bare = []
        for v, s in enumerate(self._b.one):
            if not self._terms.terms[s.id]:
                bare.append(v)
            for term in self._terms.terms[s.id]:
                postings.setdefault(term, []).append(v)
        every = range(len(self._b.one))
        firsts, seconds = [], []  # arrays, not tuples: long articles of distinct sentences have many pairs
        for u, s in enumerate(self._a.one):
            found: set[int] = set(bare if self._terms.terms[s.id] else every)
            for term in self._terms.terms[s.id]:
                found.update(postings.get(term, ()))
            seconds.append(np.array(sorted(found), dtype=np.int64))
            firsts.append(np.full(len(found), u, dtype=np.int64))
        if not firsts:
            return np.zeros((0, 2), dtype=np.int64)
        return np.stack([np.concatenate(firsts), np.concatenate(seconds)], axis=1)

    def rows(self, start: int, stop: int, width: int | None = None) -> np.ndarray:
        """Rows ``start:stop`` of the matrix: sentences of ``a`` against those of ``b`` (the first ``width``)."""
        return self._block(self._a, self._b, self._rows, start, stop, width)

    def row_blocks(self, size: int) -> Iterator[tuple[int, np.ndarray]]:
        """Every row block of at most ``size`` rows, with its first row."""
        for start in range(0, self.shape[0], size):
            yield start, self.rows(start, min(start + size, self.shape[0]))

    @staticmethod
    def _block(mine: _Side, other: _Side, rows: _Rows, start: int, stop: int, width: int | None = None) -> np.ndarray:
        which = mine.content[start:stop]
        width = len(other.content) if width is None else width
        if rows.dense is not None:
            part, content = rows.dense[0][which, :width], rows.dense[1][which, :width]
        else:
            part = np.zeros((stop - start, len(other.content)))
            content = np.zeros(part.shape, dtype=bool)
            for r, c in enumerate(which.tolist()):
                columns = rows.columns[c]
                if len(columns):
                    part[r, columns], content[r, columns] = rows.scores[c]
            part, content = part[:, :width], content[:, :width]
        pos = np.subtract(mine.position[start:stop, None], other.position[None, :width])
        np.abs(pos, out=pos)
        return finish(part, content, np.subtract(1.0, pos, out=pos))

    def __getitem__(self, i: int) -> _Row:
        """Row ``i``, read like the nested lists of a matrix: ``sim[i][j]`` is ``value(i, j)``."""
        return _Row(self, i)

    def value(self, i: int, j: int) -> float:
        """The similarity of sentence ``i`` of ``a`` and ``j`` of ``b``, shared term or not, as in the matrix."""
        key = (i, j)
        if key in self._cache:
            return self._cache[key]
        u, v = int(self._a.content[i]), int(self._b.content[j])
        lo, hi = int(self._first[u]), int(self._first[u + 1])
        k = lo + int(np.searchsorted(self._pairs[lo:hi, 1], v))
        if k < hi and self._pairs[k, 1] == v:
            lex, shared, content = self._lex[k : k + 1], self._shared[k : k + 1], self._content[k : k + 1]
        else:
            x, y = self._a.one[u], self._b.one[v]
            lex = lexical([self._a.sorted[u]], [self._a.set[u]], [self._b.sorted[v]], [self._b.set[v]])
            shared, content = self._terms.pairs([x.id], [y.id])
        pos = 1.0 - np.abs(self._a.position[i : i + 1] - self._b.position[j : j + 1])
        out = self._cache[key] = float(combine(lex, shared, content, pos)[0])
        return out


class _Row:
    def __init__(self, sim: PairSimilarity, i: int) -> None:
        self._sim, self._i = sim, i

    def __getitem__(self, j: int) -> float:
        return self._sim.value(self._i, j)
