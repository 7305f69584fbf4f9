"""The comparison engine: stories, aligned groups, entities, conflicts and claims.

``compare`` is the entry point. For triage, ``StoryIndex`` (built from
``article_features`` of each analysis) returns the indexed articles most
likely to report the same story as a new article, without reading sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tuicompare.engine.features import SentenceFeatures, article_features
from tuicompare.engine.stories import Candidate, StoryIndex, cluster_stories
from tuicompare.models import Analysis, Article, Comparison, LoadWarning

__all__ = ["Candidate", "SentenceFeatures", "StoryIndex", "article_features", "build_index", "cluster_stories", "compare"]


def compare(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    warnings: Sequence[LoadWarning] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare analysed articles: cluster stories, align, resolve, find conflicts and claims.

    Args:
        articles: The loaded articles, in corpus order.
        analyses: Their analyses (matched by article id).
        warnings: Load warnings passed through to the comparison.
        progress: Called as ``progress(done, total)`` after each story.
        cancelled: Polled between stories; returning true raises ``tuicompare.nlp.Cancelled``.

    Returns:
        The comparison; ids are deterministic ("s1", "g1", "e1", "c1", "k1").
    """
    from tuicompare.engine.build import build_comparison

    return build_comparison(articles, analyses, warnings=warnings, progress=progress, cancelled=cancelled)


def build_index(analyses: Sequence[Analysis]) -> StoryIndex:
    """A triage index over analysed articles; query it with ``index.candidates(article_features(a))``."""
    return StoryIndex.build({a.article: article_features(a) for a in analyses})
