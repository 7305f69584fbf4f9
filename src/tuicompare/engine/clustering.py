"""A corpus's articles grouped into stories with a ``StoryIndex`` (``stories``).

Each article is linked to its best neighbours above the story threshold (a pair
found by either article's blocking counts for both), and the links merge
strongest first under average linkage (``linkage.agglomerate``). The clustering
reads either each article's sentence features or, from the cache, its bag of
terms alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from tuicompare.engine import tuning
from tuicompare.engine.features import SentenceFeatures, article_features
from tuicompare.engine.linkage import agglomerate
from tuicompare.engine.stories import StoryIndex
from tuicompare.engine.story_similarity import Weights
from tuicompare.models import Analysis, Article

__all__ = ["cluster_articles", "cluster_bags", "cluster_stories"]


def cluster_stories(
    corpus: Mapping[str, Sequence[SentenceFeatures]],
    *,
    titles: Mapping[str, str] | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> list[list[str]]:
    """Group articles into stories, in corpus order; one-article stories allowed.

    Args:
        corpus: Article id -> sentence features, in corpus order.
        titles: Article id -> headline (when the loader took it out of the text).
        dates: Article id -> publication date as given.
    """
    return _cluster(StoryIndex.build(corpus, titles=titles, dates=dates), list(corpus))


def cluster_bags(
    bags: Mapping[str, Counter[str]],
    *,
    dates: Mapping[str, str | None] | None = None,
    weights: Mapping[str, Weights] | None = None,
) -> list[list[str]]:
    """``cluster_stories`` from each article's bag of terms (``article_terms``, headline included).

    The bags are all clustering reads, so a cache of them clusters a corpus without its sentences.

    Args:
        bags: Article id -> bag of terms, in corpus order.
        dates: Article id -> publication date as given.
        weights: Article id -> ``weigh`` of its bag, when already made (``kept.kept_weights``).
    """
    index, when, weighed = StoryIndex(), dates or {}, weights or {}
    for article, bag in bags.items():
        index.add(article, bag, date=when.get(article), weights=weighed.get(article))
    return _cluster(index, list(bags))


def _cluster(index: StoryIndex, corpus: Sequence[str]) -> list[list[str]]:
    """Link each article to its best neighbours above the threshold, then merge by average linkage.

    A pair found by either article's blocking counts for both: blocking skips
    terms in too many articles, so an article of a story reprinted hundreds of
    times finds a smaller story that its terms' postings reach, while that
    story's articles, blocking on their own rarer terms, would not find it.
    Each article then keeps its ``max_candidates`` best, as if every pair had been scored.
    """
    tune = tuning.TUNING.stories
    order = {a: n for n, a in enumerate(corpus)}
    found: dict[str, dict[str, float]] = {a: {} for a in corpus}
    for article in corpus:
        for score, other in index.neighbours(article):
            found[article][other] = found[other][article] = score
    edges: dict[tuple[str, str], float] = {}
    for article, near in found.items():
        for other, score in sorted(near.items(), key=lambda c: (-c[1], c[0]))[: tune.max_candidates]:
            a, b = sorted((article, other), key=order.__getitem__)
            edges[(a, b)] = score
    return agglomerate(list(corpus), edges, index.similarity, index.anchored)


def cluster_articles(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[list[str]]:
    """The stories ``compare`` makes of analysed articles (their headlines and dates included)."""
    by_id = {a.article: a for a in analyses}
    kept = [a for a in articles if a.id in by_id]
    return cluster_stories(
        {a.id: article_features(by_id[a.id]) for a in kept},
        titles={a.id: a.title for a in kept},
        dates={a.id: a.date for a in kept},
    )
