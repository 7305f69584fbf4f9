"""Story clustering scored as article pairs: precision, recall and F1 against gold clusters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations


def _pairs(clusters: Iterable[Iterable[str]], keep: set[str] | None = None) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for cluster in clusters:
        members = sorted(a for a in cluster if keep is None or a in keep)
        out.update(combinations(members, 2))
    return out


@dataclass(frozen=True, slots=True)
class PairScore:
    """Same-story article pairs: predicted, gold and both."""

    predicted: int
    gold: int
    correct: int

    @property
    def precision(self) -> float:
        """Correct pairs / predicted pairs (1 when none predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Correct pairs / gold pairs (1 when the gold has none)."""
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"pair-F1 {self.f1:.3f}  precision {self.precision:.3f} ({self.correct}/{self.predicted})"
            f"  recall {self.recall:.3f} ({self.correct}/{self.gold})"
        )


def pair_score(
    predicted: Iterable[Sequence[str]], gold: Iterable[Sequence[str]], *, only: Iterable[str] | None = None
) -> PairScore:
    """Score predicted clusters against gold clusters over article pairs.

    Args:
        predicted: The clustering's stories (article ids).
        gold: The gold clusters.
        only: Count only pairs of these articles (e.g. one split of the gold);
            by default, the articles the gold covers.
    """
    gold = [list(c) for c in gold]
    keep = set(only) if only is not None else {a for c in gold for a in c}
    mine, theirs = _pairs(predicted, keep), _pairs(gold, keep)
    return PairScore(len(mine), len(theirs), len(mine & theirs))
