"""Two sentences that each give an article's one count of a thing, with two figures: one fact told two ways.

When outlets disagree on a figure ("three strong aftershocks were felt", "followed by at least four major
aftershocks"; "250,000 written comments", "the estimated 235,000 public comments"), the two sentences lose the
very value that would have tied them: they share no figure, so the link bonus for shared values
(``linkstrength.strength``) never sees the pair. What is left to tie them is what the figures count: a thing
each article counts in one sentence only is that article's one figure of it, and two such sentences of two
articles, with figures close enough to be one fact's told two ways, most often tell that fact.

A sentence counts a thing when one of its figures says what it counts (``Span.unit``, a noun: "aftershock",
"comment", "shell"). Left out: amounts of money and percentages (of everything), ages, people (every toll
and crowd counts people, of many facts), times ("three times": occurrences of anything), kinds of thing ("a
three-point play": ``figurecounts``), rates, and a thing an article counts in two sentences or more (points
and games in a sports report: many facts' figures). Two sentences that count the thing alike share that value
already and get the shared-value bonus instead; figures far apart ("the sixth round", "went 11 rounds") are
two facts' (``LinkTuning.counted_ratio``). ``LinkTuning.counted_bonus`` adds to a link's strength per such
thing, at most two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

__all__ = ["counted_apart", "sole_counts"]

#: Units that count no one thing: money, shares, ages, people and times ("three times") are counted by many facts.
_EVERYTHING = frozenset({"", "money", "%", "age", "person", "people", "time"})


def _counts(sentence: SentenceFeatures) -> dict[str, set[str]]:
    """The things a sentence counts, each with the figures it gives of it (keys)."""
    out: dict[str, set[str]] = {}
    for span in sentence.spans:
        unit = span.unit
        if span.kind != "number" or span.vtype != "number" or not span.key or unit in _EVERYTHING:
            continue
        if unit.endswith("-") or "/" in unit:
            continue  # "a three-point play" is one play of a kind; "120 miles per hour" a rate
        out.setdefault(unit, set()).add(span.key)
    return out


def sole_counts(sentences: Sequence[SentenceFeatures]) -> list[dict[str, set[str]]]:
    """Per sentence of one article: the things it counts that no other sentence of the article counts, each with
    its figures (read once per article: ``links.SentenceKeys``)."""
    counts = [_counts(s) for s in sentences]
    once = Counter(unit for found in counts for unit in found)
    return [{u: keys for u, keys in found.items() if once[u] == 1} for found in counts]


def counted_apart(xs: Sequence[dict[str, set[str]]], ys: Sequence[dict[str, set[str]]]) -> np.ndarray:
    """Per sentence of one article and of another (``sole_counts`` of each): the things both count, each its
    article's one count of it, with figures apart but close."""
    out = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        if not x:
            continue
        for j, y in enumerate(ys):
            out[i, j] = sum(1 for unit, keys in x.items() if unit in y and _near(keys, y[unit]))
    return out


def _near(mine: set[str], theirs: set[str]) -> bool:
    """Whether two sentences' figures of one thing differ, but no more than one fact's told two ways.

    Outlets that disagree on a figure give close ones ("three" and "at least four" aftershocks, 235,000 and
    250,000 comments); figures of two facts of one thing range widely ("the sixth round", "went 11 rounds";
    "seven employees", "three" elsewhere): at most ``LinkTuning.counted_ratio`` apart.
    """
    if not mine.isdisjoint(theirs):
        return False  # a figure both give: a shared value, with its own bonus
    xs, ys = [_figure(k) for k in mine], [_figure(k) for k in theirs]
    ratio = TUNING.links.counted_ratio
    return any(x and y and max(x, y) <= ratio * min(x, y) for x in xs for y in ys)


def _figure(key: str) -> float:
    """A count's key as a number ("250000", ">4" its bound), 0.0 when it is none (a score, a range)."""
    try:
        return float(key.lstrip("<>~"))
    except ValueError:
        return 0.0
