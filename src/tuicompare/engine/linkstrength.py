"""A candidate link's strength: two sentences' similarity plus the bonuses of what they share (``links``).

``strength`` is the one formula every link is scored by (``links.cross_links``, its blocks and single
cells, ``thirdlinks``, ``neighbours``); ``Bonuses`` holds a pair of articles' bonus matrices, read once
and sliced as a block of rows or one cell is scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.tuning import TUNING

if TYPE_CHECKING:  # links imports this module; the keys are only annotated here
    from tuicompare.engine.links import SentenceKeys


def strength(
    sim: np.ndarray,
    shared: np.ndarray,
    rare: np.ndarray,
    swapped: np.ndarray | None = None,
    late: np.ndarray | None = None,
    derived: np.ndarray | None = None,
    figures_read: np.ndarray | None = None,
    named: np.ndarray | None = None,
    pronouned: np.ndarray | None = None,
    counted: np.ndarray | None = None,
) -> np.ndarray:
    """A candidate link's strength: similarity plus bonuses for shared and swapped values (module docstring),
    for word families shared through different words (``derived``), figures read two ways
    (``figures_read``, ``respelled``) and names one writes as the other's words (``named``, ``namewords``;
    at most two of each count) and a rare person one names and the other refers to by a pronoun only
    (``pronouned``, ``pronouns``) and things both count, each its article's one count of it, with two figures
    (``counted``, ``countednouns``; at most two), less ``LinkTuning.late_penalty`` times ``late``, the earlier of
    the two sentences' relative positions.
    """
    t = TUNING.links
    out = sim + t.shared_bonus * np.minimum(shared, 2) + t.rare_bonus * np.minimum(rare, 2)
    if derived is not None and t.derived_bonus:
        out = out + t.derived_bonus * np.minimum(derived, 2)
    if figures_read is not None and t.respelled_bonus:
        out = out + t.respelled_bonus * np.minimum(figures_read, 2)
    if named is not None and t.name_words_bonus:
        out = out + t.name_words_bonus * np.minimum(named, 2)
    if pronouned is not None and t.pronoun_bonus:
        out = out + t.pronoun_bonus * pronouned
    if counted is not None and t.counted_bonus:
        out = out + t.counted_bonus * np.minimum(counted, 2)
    if swapped is not None and t.swap_bonus:
        out = out + t.swap_bonus * swapped
    if late is not None and t.late_penalty:
        out = out - t.late_penalty * late
    return out


def lateness(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> np.ndarray:
    """Per pair of sentences of ``a`` and ``b``, the earlier one's relative position (``strength``'s ``late``).

    News states a story's facts first and restates them further down; two sentences that both sit
    late in their articles (background, reactions, quotes) are seldom one fact told twice.
    """
    return np.minimum.outer(np.array([s.position for s in a]), np.array([s.position for s in b]))


class Bonuses(NamedTuple):
    """Two articles' matrices that ``strength`` adds to their similarity besides the values they share, in its
    order (rows: the first article's sentences; None when the bonus is off): read once a pair of articles."""

    late: np.ndarray
    derived: np.ndarray | None
    figures_read: np.ndarray | None
    named: np.ndarray | None
    pronouned: np.ndarray | None
    counted: np.ndarray | None

    @classmethod
    def of(cls, keys: SentenceKeys, a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> Bonuses:
        """The bonuses of every sentence of ``a`` with every one of ``b`` (``SentenceKeys``, ``lateness``)."""
        t, x, y = TUNING.links, a[0].article, b[0].article
        return cls(
            lateness(a, b),
            keys.derived(x, y) if t.derived_bonus else None,
            keys.respelled(x, y) if t.respelled_bonus else None,
            keys.named(x, y) if t.name_words_bonus else None,
            keys.pronouned(x, y) if t.pronoun_bonus else None,
            keys.counted(x, y) if t.counted_bonus else None,
        )

    def part(self, rows: slice, columns: slice = slice(None)) -> Bonuses:
        """The bonuses of the sentence pairs in ``rows`` and ``columns`` (a block of rows, or one cell)."""
        return Bonuses(self.late[rows, columns], *(m[rows, columns] if m is not None else None for m in self[1:]))
