"""Score story clustering against gold clusters, and make padded articles.

Gold comes as a list of clusters of article ids (the dev corpora's
``stories.json``). Scores are over article pairs: a pair is predicted when
the clustering puts both articles in one story and true when the gold does.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tuicompare.models import Article


@dataclass(frozen=True, slots=True)
class PairScore:
    """Pair precision, recall and F1 of a clustering.

    Attributes:
        predicted: Article pairs put in one story by the clustering.
        true: Article pairs in one gold cluster.
        correct: Pairs in both.
    """

    predicted: int
    true: int
    correct: int

    @property
    def precision(self) -> float:
        """Correct pairs / predicted pairs (1 when none predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Correct pairs / gold pairs (1 when the gold has none)."""
        return self.correct / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"pair-F1 {self.f1:.3f}  precision {self.precision:.3f} ({self.correct}/{self.predicted})"
            f"  recall {self.recall:.3f} ({self.correct}/{self.true})"
        )


def _pairs(clusters: Iterable[Sequence[str]], keep: set[str] | None) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for cluster in clusters:
        members = sorted(a for a in cluster if keep is None or a in keep)
        out.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    return out


def pair_score(
    predicted: Iterable[Sequence[str]], gold: Iterable[Sequence[str]], *, only: Iterable[str] | None = None
) -> PairScore:
    """Score ``predicted`` clusters against ``gold`` clusters over article pairs.

    Args:
        predicted: The clustering's stories (article ids).
        gold: The gold clusters.
        only: Count only pairs of these articles (e.g. one split of the gold).
    """
    keep = set(only) if only is not None else None
    p, g = _pairs(predicted, keep), _pairs(gold, keep)
    return PairScore(len(p), len(g), len(p & g))


def read_gold(folder: Path) -> list[list[str]]:
    """The gold clusters of a dev folder (its ``stories.json``)."""
    return json.loads((folder / "stories.json").read_text(encoding="utf-8"))


def story_of(clusters: Iterable[Sequence[str]], article: str) -> frozenset[str]:
    """The other members of the cluster holding ``article`` (empty when alone or absent)."""
    for cluster in clusters:
        if article in cluster:
            return frozenset(a for a in cluster if a != article)
    return frozenset()


def junk_words(count: int, seed: int, *, vocabulary: Sequence[str] | None = None) -> list[str]:
    """``count`` random English words (from ``wordfreq``'s 30,000 most frequent, skipping the top 500).

    Args:
        count: How many words.
        seed: Random seed, so a padded article is the same on every run (and cached).
        vocabulary: Draw from these words instead.
    """
    if vocabulary is None:
        from wordfreq import top_n_list

        vocabulary = [w for w in top_n_list("en", 30000)[500:] if w.isalpha()]
    rng = random.Random(seed)
    return [rng.choice(vocabulary) for _ in range(count)]


def padded(article: Article, count: int, seed: int = 0) -> Article:
    """``article`` (same id) with a "Keywords:" line of ``count`` random words appended."""
    words = junk_words(count, seed + count)
    return replace(article, text=article.text.rstrip() + "\n\nKeywords: " + ", ".join(words) + "\n")
