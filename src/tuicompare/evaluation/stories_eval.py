"""Score story clustering against gold clusters, and make padded articles.

Gold comes as a list of clusters of article ids (the dev corpora's
``stories.json``). Scores are over article pairs: a pair is predicted when
the clustering puts both articles in one story and true when the gold does.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from tuicompare.evaluation.storypairs import PairScore, pair_score
from tuicompare.models import Article

__all__ = ["PairScore", "padded", "pair_score", "read_gold", "story_of"]


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
