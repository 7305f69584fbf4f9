"""Values one sentence states in place of another's: the trace a changed fact leaves on a pair of sentences.

Two sentences that state one fact share its values, and a shared value is the
strongest sign that they do (``linkstrength.strength`` gives it a bonus). When one
outlet states the fact with a different value ("$59,000" against "$84,000",
"Mitt Roe" against "Mitt Poe", "Friday" against "Sunday"), that sign is gone
exactly where the difference lies, and the pair is linked no more: the
disagreement can never be found. So a pair of sentences where each states a
value of one type (one kind of name, numbers of one unit, dates, durations)
that the other lacks, each new to the other article (stated nowhere in it: a
value the other article states elsewhere has moved, not changed), counts as
holding a swapped value: its link
gets ``LinkTuning.swap_bonus`` and is compared for differences even when it is
not the sentence's strongest (``LinkTuning.swap_compared``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span

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
                        known = entity_of.get(span) if span.kind == "name" else None
                        row.add((kind, f"e{known}" if known is not None else f"v{span.key}"))
                rows.append(row)
            self._values[art] = rows
        self._union = {art: set().union(*rows) for art, rows in self._values.items()}
        self._type = {kind: n for n, kind in enumerate(sorted({k for u in self._union.values() for k, _v in u}))}
        # Per article: each sentence's count of values of each type, and the sentences stating each value.
        self._count: dict[str, np.ndarray] = {}
        self._rows: dict[str, dict[tuple[str, str], list[int]]] = {}
        for art, rows in self._values.items():
            # Counted in Python lists, then one array: a numpy item update per value cost more than the rest.
            count = [[0.0] * len(self._type) for _row in rows]
            where: dict[tuple[str, str], list[int]] = {}
            for n, row in enumerate(rows):
                for value in row:
                    count[n][self._type[value[0]]] += 1
                    where.setdefault(value, []).append(n)
            self._count[art] = np.array(count, dtype=np.float64).reshape(len(rows), len(self._type))
            self._rows[art] = where

    def _new(self, a: str, b: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Per sentence of ``a`` (rows ``start:stop``) and type: whether it states a value ``b`` states nowhere."""
        new = self._count[a][start:stop].copy()
        end = start + len(new)
        # The cells of the values both articles state, gathered in Python lists and taken off in one
        # numpy call: a numpy indexing per value cost more than the whole gathering.
        rows: list[int] = []
        types: list[int] = []
        where, type_of = self._rows[a], self._type
        for value in self._union[a] & self._union[b]:
            column = type_of[value[0]]
            for n in where[value]:
                if start <= n < end:
                    rows.append(n - start)
                    types.append(column)
        # Two values of one type may take from one cell: ``subtract.at`` counts each.
        np.subtract.at(new, (rows, types), 1)
        return new > 0

    def swapped(self, a: str, b: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Whether each sentence of ``a`` (rows ``start:stop``) and each of ``b`` hold a swapped value (0 or 1).

        A value new to the other article is one the other sentence lacks, so two sentences hold a
        swapped value when, for some type, each states a value of it new to the other's article.
        """
        mine, theirs = self._new(a, b, start, stop), self._new(b, a)
        return ((mine.astype(float) @ theirs.T.astype(float)) > 0).astype(float)

    def pair(self, a: str, b: str, i: int, j: int) -> bool:
        """Whether sentence ``i`` of ``a`` and sentence ``j`` of ``b`` hold a swapped value (``swapped``, one pair)."""
        mine = {k for k, v in self._values[a][i] if (k, v) not in self._union[b]}
        return any((k, v) not in self._union[a] and k in mine for k, v in self._values[b][j])
