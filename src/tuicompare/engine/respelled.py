"""Figures read two ways: one number two sentences both write, which the engine keyed as two values.

Outlets write one figure in different phrasings, and the recogniser reads each
phrasing on its own: "a 35-year-old deputy" is tagged a date ("35 year-old")
while "Deputy Ortiz, 35," is a count of years of age ("35"); "288 candidates"
is a count in one sentence and a place name in another; "117th Street" and
"117th St." stay two entities. Such a pair of sentences shares its rarest
anchor, a figure, but no value key, so the link bonus for shared values
(``linkstrength.strength``) never sees it and the pair is often left unlinked.

A sentence's figures here are the digit runs written inside its slots (at
least ``_MIN_DIGITS`` digits: "2" and "3" are in every sports score and clock
time; thousands separators dropped, a decimal kept whole). Two sentences share
a figure read two ways when both write it, no slot of one is the same value as
a slot of the other holding it (same kind and same key or entity: that is
already a shared value), and the two slots are of different kinds (a date
against a count, a name against a count) or are two names ("117th Street",
"117th St."). Two counts of one unit that differ ("+/-13 points" and "13
points") are not: they are most often two scores, two people's figures.

A length of time is one figure too when two sentences write it in two phrasings
the recogniser keys apart: with a bound and without ("more than eight years",
"an eight-year offer"), or in another unit of the same length ("two decades",
"a 20-year veteran"). Counts are left out of that: a bound on a count of people
or points most often marks another count. ``LinkTuning.respelled_bonus`` adds to
a link's strength per such figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["figures", "respelled"]

#: A figure has at least this many digits: single digits are too common to anchor a fact.
_MIN_DIGITS = 2
#: A digit run: thousands separators and one decimal point inside it ("2,507", "93.87").
_DIGITS = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")

#: A length of time's key: an optional bound or hedge, the amount, the unit (">8 year", "2 decade", "30 year-old").
_DURATION = re.compile(r"(?:\+/-|[<>~])?(\d+(?:\.\d+)?) ([a-z-]+)")
#: Units written as a multiple of another, exactly: "two decades" is "20 years".
_UNIT_SCALE = {"decade": (10, "year"), "century": (100, "year"), "week": (7, "day"), "fortnight": (14, "day")}
#: The kind of reading a length of time gets: two such readings of one length differ in their key only.
_DURATION_KIND = "duration"

#: A figure's readings in one sentence: the slots holding it, as (kind, key or entity).
Readings = dict[str, set[tuple[str, str | int | None]]]


def figures(sentence: SentenceFeatures, entity_of: Mapping[Span, int]) -> Readings:
    """The figures written in a sentence's slots, each with how the slots holding it were read."""
    out: Readings = {}
    for span in sentence.spans:
        ident: str | int | None = entity_of.get(span, span.key) if span.kind == "name" else span.key
        for run in _DIGITS.findall(span.text):
            figure = run.replace(",", "")
            if sum(c.isdigit() for c in figure) >= _MIN_DIGITS:
                out.setdefault(figure, set()).add((span.kind, ident))
        if span.vtype == _DURATION_KIND and span.key:
            length = _length(span.key)
            if length:
                out.setdefault(length, set()).add((_DURATION_KIND, span.key))
    return out


def _length(key: str) -> str | None:
    """A length of time's figure, bound dropped and unit made the smallest listed ("2 decade": "20 year")."""
    found = _DURATION.fullmatch(key)
    if found is None:
        return None
    amount, unit = float(found.group(1)), found.group(2)
    factor, unit = _UNIT_SCALE.get(unit, (1, unit))
    # A prefix no digit run has: the figure is a length, never confused with a bare digit run.
    return f"{_DURATION_KIND}:{amount * factor:g} {unit}"


def _read_two_ways(mine: set[tuple[str, str | int | None]], theirs: set[tuple[str, str | int | None]]) -> bool:
    """Whether one figure's slots in two sentences are two readings of it (module docstring)."""
    if mine & theirs:
        return False  # one reading on both sides: a shared value already
    # Two lengths of time meet under one figure only when their keys differ (a bound, another unit).
    return any(x != y or x in ("name", _DURATION_KIND) for x, _ in mine for y, _ in theirs)


def respelled(xs: Sequence[Readings], ys: Sequence[Readings]) -> np.ndarray:
    """How many figures each sentence of one article shares, read two ways, with each sentence of another."""
    out = np.zeros((len(xs), len(ys)))
    by_figure: dict[str, list[tuple[int, set[tuple[str, str | int | None]]]]] = {}
    for j, found in enumerate(ys):
        for figure, readings in found.items():
            by_figure.setdefault(figure, []).append((j, readings))
    for i, found in enumerate(xs):
        for figure, readings in found.items():
            for j, theirs in by_figure.get(figure, ()):
                if _read_two_ways(readings, theirs):
                    out[i, j] += 1.0
    return out
