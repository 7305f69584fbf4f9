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
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import frame
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


def _named(terms: AbstractSet[str]) -> bool:
    return any(t[0] == "@" for t in terms)


_DIGITS = re.compile(r"[0-9]")
_WEEKDAY = re.compile(r":[a-z]+")


def value_slots(sentence: SentenceFeatures) -> dict[str, frozenset[tuple[str, str]]]:
    """A sentence's value terms ("#" + key), each with the (shape, verb) of its slots.

    The shape is the value type and unit, and for a date the form of its key (a year, a weekday of a
    month, a month): "2012" and "2014" are one shape, "2012" and "Friday" two. The verb is the one the
    slot hangs from (``frames.frame``); a slot with no verb, or a sentence with no parse, has none.
    """
    out: dict[str, set[tuple[str, str]]] = {}
    if sentence.parse is None:
        return {}
    for span in sentence.spans:
        if span.kind == "name" or not span.key or (span.kind != "date" and span.unit != "money"):
            continue
        verb = frame(sentence.parse, span.start, span.end)
        if not verb:
            continue
        shape = f"{span.vtype}/{span.unit}"
        if span.kind == "date":
            shape += "/" + _WEEKDAY.sub(":d", _DIGITS.sub("9", span.key))
        out.setdefault("#" + span.key, set()).add((shape, verb))
    return {t: frozenset(r) for t, r in out.items()}


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
        value_terms = frozenset([t for t in df if t[0] == "#"])  # a list comprehension: no generator resumed per term
        self.values = {sid: value_terms.intersection(ts) for sid, ts in self.terms.items()}
        # The terms that are more than a name ("@..."), to tell a pair that shares only names.
        plain_terms = frozenset([t for t in df if not t.startswith("@")])
        self._plain = {sid: plain_terms.intersection(ts) for sid, ts in self.terms.items()}
        self._sentences = {s.id: s for s in sentences}
        self._slots: dict[str, dict[str, frozenset[tuple[str, str]]]] = {}
        self._by_article: dict[str, Counter[tuple[str, str]]] = {}
        # What a value swap (``_swap``) added to a pair's similarity, by (id, id) both ways: it counts for choosing
        # rows and links, and is taken away again when a linked pair's values are judged (``Link.judged``).
        self.lift: dict[tuple[str, str], float] = {}

    def _value_slots(self, sid: str) -> dict[str, frozenset[tuple[str, str]]]:
        """Each value term of a sentence, with the (shape, verb) of the slots that hold it (read once)."""
        known = self._slots.get(sid)
        if known is None:
            known = self._slots[sid] = value_slots(self._sentences[sid])
        return known

    def _readings(self, article: str) -> Counter[tuple[str, str]]:
        """How many sentences of an article hold a value of each (shape, verb) (read once an article)."""
        known = self._by_article.get(article)
        if known is None:
            known = self._by_article[article] = Counter()
            for s in self._sentences.values():
                if s.article == article:
                    known.update({r for readings in self._value_slots(s.id).values() for r in readings})
        return known

    def _swap(
        self, x: str, y: str, shared: AbstractSet[str], mine: AbstractSet[str], theirs: AbstractSet[str]
    ) -> float:
        """The squared weight a value each sentence states in place of the other's adds as shared (0: none).

        ``mine`` and ``theirs`` are the value terms one sentence holds and the other lacks; a swap is
        one of each, of one shape (a year and a year, a weekday and a weekday, money and money) hanging
        from one verb ("repay the $84,000" / "repay the $50,000"). It weighs at most
        ``AlignTuning.swap_weight_cap``: what a common word both sentences share would weigh.
        """
        tx, ty = self.terms[x], self.terms[y]
        if _named(tx - ty) and _named(ty - tx):
            return 0.0  # each names someone or something the other does not: most often two facts
        slots_x, slots_y = self._value_slots(x), self._value_slots(y)
        once_x, once_y = self._readings(self._sentences[x].article), self._readings(self._sentences[y].article)
        best = 0.0
        for mx in mine:
            readings = slots_x.get(mx)
            if not readings:
                continue
            for my in theirs:
                # One verb, a content word both sentences use ("repay", not "say" or "be"), and in each
                # article the only sentence that reads so: two outlets' "scored 14 points" and "scored 7
                # points" among a game's several scorers are two facts, an outlet's one repayment is not.
                if not any(
                    verb in shared and once_x[shape, verb] == 1 and once_y[shape, verb] == 1
                    for shape, verb in readings & slots_y.get(my, frozenset())
                ):
                    continue
                best = max(best, min(self.weight[mx], self.weight[my], TUNING.align.swap_weight_cap))
        return best * best

    def _swapped(
        self,
        x: str,
        y: str,
        similarity: float,
        sums: tuple[float, float, float],
        shared: AbstractSet[str],
        mine: AbstractSet[str],
        theirs: AbstractSet[str],
    ) -> float:
        """A pair's similarity with a value swap (``_swap``) counted as shared; what it added is kept in ``lift``.

        ``sums`` are the pair's shared squared weight and its two norms' squares, as ``matrix`` computed them.
        """
        swap = self._swap(x, y, shared, mine, theirs)
        if not swap:
            return similarity
        top, sx, sy = sums
        lifted = min(1.0, (top + swap) / math.sqrt((sx + swap) * (sy + swap)))
        if lifted - similarity > 0:
            self.lift[x, y] = self.lift[y, x] = lifted - similarity
        return lifted

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
        swap_min = TUNING.align.swap_rest_min
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
                both_unshared = bool(vx and vy and not vx <= ty and not vy <= tx)
                if both_unshared:
                    sx -= self._unshared_values(vx, ty)
                    sy -= self._unshared_values(vy, tx)
                if sx > 0 and sy > 0:
                    top = math.fsum(map(squared, shared))
                    row[j] = min(1.0, top / math.sqrt(sx * sy))
                    if both_unshared and row[j] >= swap_min:
                        row[j] = self._swapped(x.id, b[j].id, row[j], (top, sx, sy), shared, vx - ty, vy - tx)
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
            both_unshared = bool(vx and vy and not vx <= ty and not vy <= tx)
            if both_unshared:
                sx -= self._unshared_values(vx, ty)
                sy -= self._unshared_values(vy, tx)
            if sx > 0 and sy > 0:
                top = math.fsum(map(squared, shared))
                out[k] = min(1.0, top / math.sqrt(sx * sy))
                if both_unshared and out[k] >= TUNING.align.swap_rest_min:
                    out[k] = self._swapped(x, y, float(out[k]), (top, sx, sy), shared, vx - ty, vy - tx)
                content[k] = not self._plain[x].isdisjoint(shared)
        return out, content
