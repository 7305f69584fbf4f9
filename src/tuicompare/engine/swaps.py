"""Values one sentence states in place of another's: the trace a changed fact leaves on a pair of sentences.

Two sentences that state one fact share its values, and a shared value is the
strongest sign that they do (``links.strength`` gives it a bonus). When one
outlet states the fact with a different value ("$59,000" against "$84,000",
"Mitt Roe" against "Mitt Poe", "Friday" against "Sunday"), that sign is gone
exactly where the difference lies, and the pair is linked no more: the
disagreement can never be found. So a pair of sentences where each states a
value of one type (one kind of name, numbers of one unit, dates, durations)
that the other lacks, each new to the other article (stated nowhere in it: a
value the other article states elsewhere has moved, not changed;
``LinkTuning.swap_both_new``), counts as holding a swapped value: its link
gets ``LinkTuning.swap_bonus`` and is compared for differences even when it is
not the sentence's strongest (``LinkTuning.swap_compared``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.tuning import TUNING

__all__ = ["TypedValues", "value_type"]

#: spaCy labels of places, read as one type (outlets call one place a country or a region).
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def value_type(span: Span) -> str | None:
    """The type a value is swapped within: a kind of name, numbers of one unit, dates, durations; None if vague."""
    if not span.key:
        return None
    if span.kind == "name":
        return "name:place" if span.label in _PLACES else f"name:{span.label}"
    if span.kind == "number":
        return f"number:{span.unit}"
    if span.kind == "date":
        return f"date:{span.vtype}"
    return None  # unit designations are names of a kind of their own, never swapped


class TypedValues:
    """Each sentence's values by type, per article, to find the pairs holding a swapped value (module docstring)."""

    def __init__(self, active: Mapping[str, Sequence[SentenceFeatures]], entity_of: Mapping[Span, int]) -> None:
        self._values: dict[str, list[set[tuple[str, str]]]] = {}
        for art, feats in active.items():
            rows = []
            for s in feats:
                row = set()
                for span in s.spans:
                    kind = value_type(span)
                    if kind is not None:
                        key = f"e{entity_of[span]}" if span.kind == "name" and span in entity_of else f"v{span.key}"
                        row.add((kind, key))
                rows.append(row)
            self._values[art] = rows
        self._union = {art: set().union(*rows) for art, rows in self._values.items()}
        self._sides: dict[tuple[str, str], list[tuple[str, dict[str, int], np.ndarray, np.ndarray, np.ndarray]]] = {}

    def swapped(self, a: str, b: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Whether each sentence of ``a`` (rows ``start:stop``) and each of ``b`` hold a swapped value (0 or 1)."""
        xs = self._values[a][start:stop]
        out = np.zeros((len(xs), len(self._values[b])), dtype=bool)
        both_new = TUNING.links.swap_both_new
        for kind, columns, y, count_y, new_y in self._side(b, a):
            # Only values both articles state can be shared by a pair: the matrices stay small.
            x = self._incidence(xs, kind, columns)
            count_x = np.array([sum(1 for k, _v in row if k == kind) for row in xs], dtype=float)
            new_x = np.array([sum(1 for k, v in row if k == kind and (k, v) not in self._union[b]) for row in xs])
            shared = x @ y.T if columns else np.zeros((len(xs), len(count_y)))
            lacks = (count_x[:, None] - shared > 0) & (count_y[None, :] - shared > 0)
            fresh_x, fresh_y = (new_x > 0)[:, None], (new_y > 0)[None, :]
            out |= lacks & ((fresh_x & fresh_y) if both_new else (fresh_x | fresh_y))
        return out.astype(float)

    def _side(self, b: str, a: str) -> list[tuple[str, dict[str, int], np.ndarray, np.ndarray, np.ndarray]]:
        """Per type both articles state: the values both state, and ``b``'s incidence, counts and new values."""
        if (b, a) not in self._sides:
            ys, union_a, union_b = self._values[b], self._union[a], self._union[b]
            found = []
            for kind in sorted({k for k, _v in union_a} & {k for k, _v in union_b}):
                common = sorted(v for k, v in union_a & union_b if k == kind)
                columns = {v: n for n, v in enumerate(common)}
                count = np.array([sum(1 for k, _v in row if k == kind) for row in ys], dtype=float)
                new = np.array([sum(1 for k, v in row if k == kind and (k, v) not in union_a) for row in ys])
                found.append((kind, columns, self._incidence(ys, kind, columns), count, new))
            self._sides[b, a] = found
        return self._sides[b, a]

    def pair(self, a: str, b: str, i: int, j: int) -> bool:
        """Whether sentence ``i`` of ``a`` and sentence ``j`` of ``b`` hold a swapped value (``swapped``, one pair)."""
        x, y = self._values[a][i], self._values[b][j]
        for kind in {k for k, _v in x} & {k for k, _v in y}:
            mine = {v for k, v in x if k == kind}
            theirs = {v for k, v in y if k == kind}
            if mine - theirs and theirs - mine:
                new_x = any((kind, v) not in self._union[b] for v in mine)
                new_y = any((kind, v) not in self._union[a] for v in theirs)
                if (new_x and new_y) if TUNING.links.swap_both_new else (new_x or new_y):
                    return True
        return False

    @staticmethod
    def _incidence(rows: Sequence[set[tuple[str, str]]], kind: str, column: Mapping[str, int]) -> np.ndarray:
        m = np.zeros((len(rows), len(column)))
        for n, row in enumerate(rows):
            for k, v in row:
                if k == kind and v in column:
                    m[n, column[v]] = 1.0
        return m
