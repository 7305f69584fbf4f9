"""The shared-words signal of sentence alignment: which terms two sentences share, and how much that says.

A sentence's terms are its content lemmas, its names (the resolved entity
when known, so spelling variants anchor alike) and its exact values. A term
weighs by its rarity in the story (a word every sentence uses says little),
optionally times its rarity in English (``wordfreq``'s Zipf frequency,
``AlignTuning.background_share``; off by default, see there why). Two
sentences score the weighted cosine of their terms, except that values both
sentences hold and the other lacks ("$84,000" against "$50,000") are left out:
a number an outlet states differently must not hide that the sentences state
one fact, or the difference could never be reported.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.tuning import TUNING

__all__ = ["StoryTerms", "background_factor", "sentence_terms"]


def sentence_terms(sentence: SentenceFeatures, entity_of: Mapping[Span, int] | None = None) -> set[str]:
    """Terms used as anchors: content lemmas, names (resolved entities if known) and exact values."""
    terms = set(sentence.lemmas)
    for span in sentence.spans:
        if span.kind == "name" and entity_of and span in entity_of:
            terms.add(f"@{entity_of[span]}")  # "Temirkanov" and "Temirkhanov" anchor alike
        elif span.key:
            terms.add(("@" if span.kind == "name" else "#") + span.key)
    return terms


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: no side effects at import

    return zipf_frequency(word, "en")


def background_factor(term: str, share: float | None = None) -> float:
    """How specific a term is in English, in (0, 1]: names and values 1, common words near 0.

    A lemma weighs ``(background_cap - zipf) / background_cap``, at least
    ``background_floor / background_cap`` (``AlignTuning``).
    """
    if term[:1] in ("@", "#"):
        return 1.0
    t = TUNING.align
    share = t.background_share if share is None else share
    if not share:
        return 1.0  # the English rarity is off (the default): no frequency to look up
    rarity = max(t.background_floor, t.background_cap - _zipf(term)) / t.background_cap
    return 1.0 - share + share * rarity


class StoryTerms:
    """Rarity weights of sentence terms within one story (see the module docstring)."""

    def __init__(
        self,
        sentences: Sequence[SentenceFeatures],
        entity_of: Mapping[Span, int] | None = None,
        share: float | None = None,
    ) -> None:
        self.terms = {s.id: sentence_terms(s, entity_of) for s in sentences}
        df: Counter[str] = Counter()
        for terms in self.terms.values():
            df.update(terms)
        n = max(len(sentences), 1)
        if share is None:
            share = TUNING.align.background_share
        if share:
            self.weight = {t: (math.log((1 + n) / (1 + c)) + 0.1) * background_factor(t, share) for t, c in df.items()}
        else:  # every term's background factor is 1.0 (and a float times 1.0 is itself)
            self.weight = {t: math.log((1 + n) / (1 + c)) + 0.1 for t, c in df.items()}
        # Squared once: every pair of sentences sums them.
        self._squared = {t: w**2 for t, w in self.weight.items()}
        squared = self._squared.__getitem__
        # fsum: a sum over a set must not depend on the set's (hash-seeded) iteration order.
        self.square = {sid: math.fsum(map(squared, ts)) for sid, ts in self.terms.items()}
        # Each term's kind read once for the story; a sentence's share of them is then one set intersection.
        value_terms = frozenset(t for t in df if t[0] == "#")
        self.values = {sid: value_terms.intersection(ts) for sid, ts in self.terms.items()}
        # The terms that are more than a name ("@..."), to tell a pair that shares only names.
        plain_terms = frozenset(t for t in df if not t.startswith("@"))
        self._plain = {sid: plain_terms.intersection(ts) for sid, ts in self.terms.items()}

    def _unshared_values(self, mine: frozenset[str], other: set[str]) -> float:
        return math.fsum(map(self._squared.__getitem__, mine - other))

    def matrix(self, a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> tuple[np.ndarray, np.ndarray]:
        """Rarity-weighted cosine of shared terms, and whether any shared term is more than a name.

        When both sentences hold values the other lacks ("$84,000" against
        "$50,000", "Friday" against "Monday"), those values are left out of both
        sides' norms: a number one outlet states differently must not hide that
        the rest of the sentence states the same fact, or no conflict could
        ever be found. Different names still count against a pair (two people
        are most often two facts).
        """
        squared = self._squared.__getitem__
        # Python lists filled, then one array: a numpy item assignment per pair costs more than the pair's sum.
        rows: list[list[float]] = []
        content_rows: list[list[bool]] = []
        others = [(self.terms[y.id], self.square[y.id], self.values[y.id]) for y in b]
        for x in a:
            tx, vx, px, square_x = self.terms[x.id], self.values[x.id], self._plain[x.id], self.square[x.id]
            row, content_row = [0.0] * len(b), [False] * len(b)
            for j, (ty, sy, vy) in enumerate(others):
                shared = tx & ty
                if not shared:
                    continue
                sx = square_x
                if vx and vy and not vx <= ty and not vy <= tx:
                    sx -= self._unshared_values(vx, ty)
                    sy -= self._unshared_values(vy, tx)
                if sx > 0 and sy > 0:
                    row[j] = min(1.0, math.fsum(map(squared, shared)) / math.sqrt(sx * sy))
                    content_row[j] = not px.isdisjoint(shared)
            rows.append(row)
            content_rows.append(content_row)
        shape = (len(a), len(b))
        out = np.array(rows, dtype=np.float64).reshape(shape)
        content = np.array(content_rows, dtype=bool).reshape(shape)
        return out, content

    def pairs(self, xs: Sequence[str], ys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``matrix`` for the pairs of sentence ids ``(xs[k], ys[k])`` only, the same floats pair by pair.

        ``blocksim`` scores only the pairs of long articles that share a term; this is the body of
        ``matrix``'s loop, kept apart so that the all-pairs loop pays no call per pair.
        """
        out = np.zeros(len(xs))
        content = np.zeros(len(xs), dtype=bool)
        squared = self._squared.__getitem__
        for k, (x, y) in enumerate(zip(xs, ys, strict=True)):
            tx, ty = self.terms[x], self.terms[y]
            shared = tx & ty
            if not shared:
                continue
            sx, sy = self.square[x], self.square[y]
            vx, vy = self.values[x], self.values[y]
            if vx and vy and not vx <= ty and not vy <= tx:
                sx -= self._unshared_values(vx, ty)
                sy -= self._unshared_values(vy, tx)
            if sx > 0 and sy > 0:
                out[k] = min(1.0, math.fsum(map(squared, shared)) / math.sqrt(sx * sy))
                content[k] = not self._plain[x].isdisjoint(shared)
        return out, content
