"""The comparison engine: stories, aligned groups, entities, conflicts and claims.

``compare`` is the entry point. For triage, ``StoryIndex`` (``build_index``
over analyses, or ``StoryIndex().add(article_id, article_terms(...))`` one by
one) returns the indexed articles most likely to report the same story as a
new article, from an inverted index of distinctive names and words, without
reading sentences; ``StoryIndex.story_for`` says which of them ``compare``
would put in the new article's story (same rule, same threshold). The
``grouping`` functions (``merge``, ``move``, ``split``, ``one_story``) correct
a clustering by hand; ``compare(..., stories=grouping)`` takes the result.

Stages, one module each: ``features`` (per-sentence masked text and slots),
``stories`` (clustering and the index), ``align`` (groups of sentences),
``links`` (a sentence's counterparts outside its group, and their differences),
``entities`` (names resolved across articles), ``conflicts`` (and ``slots``),
``claims``; ``build`` compares each story (``compare_story``, local ids) and
``assemble`` places the parts' ids into one ``Comparison``, so a caller may
compare, store and show stories one at a time. ``generate`` and
``quality`` make test corpora with planted changes and score the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tuicompare.engine.assemble import Offsets, assemble, place
from tuicompare.lazy import first_use
from tuicompare.models import Analysis, Article, Comparison, LoadWarning

if TYPE_CHECKING:
    from tuicompare.engine.clustering import cluster_articles, cluster_bags, cluster_stories
    from tuicompare.engine.features import SentenceFeatures, article_features
    from tuicompare.engine.grouping import Grouping, grouping_of, merge, move, one_story, split, story_index
    from tuicompare.engine.placement import place_articles
    from tuicompare.engine.stories import STORY_THRESHOLD, Candidate, StoryIndex, article_terms

#: The module of each name imported on first use (PEP 562): the app's first story needs only
#: ``assemble``, and the features (with nameparser) cost a tenth of a second to import.
_HOMES = {
    "SentenceFeatures": "features",
    "article_features": "features",
    "Grouping": "grouping",
    "grouping_of": "grouping",
    "merge": "grouping",
    "move": "grouping",
    "one_story": "grouping",
    "split": "grouping",
    "story_index": "grouping",
    "place_articles": "placement",
    "STORY_THRESHOLD": "stories",
    "Candidate": "stories",
    "StoryIndex": "stories",
    "article_terms": "stories",
    "cluster_articles": "clustering",
    "cluster_bags": "clustering",
    "cluster_stories": "clustering",
}


__getattr__ = first_use(__name__, {name: (module, name) for name, module in _HOMES.items()}, globals())


__all__ = [
    "STORY_THRESHOLD",
    "Candidate",
    "Grouping",
    "Offsets",
    "SentenceFeatures",
    "StoryIndex",
    "article_features",
    "article_terms",
    "assemble",
    "build_index",
    "cluster_articles",
    "cluster_bags",
    "cluster_stories",
    "compare",
    "compare_story",
    "grouping_of",
    "merge",
    "move",
    "one_story",
    "place",
    "place_articles",
    "split",
    "story_index",
]


def compare(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    warnings: Sequence[LoadWarning] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    stories: Sequence[Sequence[str]] | None = None,
) -> Comparison:
    """Compare analysed articles: cluster stories, align, resolve, find conflicts and claims.

    Args:
        articles: The loaded articles, in corpus order.
        analyses: Their analyses (matched by article id).
        warnings: Load warnings passed through to the comparison.
        progress: Called as ``progress(done, total)`` after each story.
        cancelled: Polled between stories; returning true raises ``tuicompare.errors.Cancelled``.
        stories: Article ids grouped into stories by the caller (``--one-story``, a
            user's merge or split); ``None`` clusters the articles automatically.

    Returns:
        The comparison; ids are deterministic ("s1", "g1", "e1", "c1", "k1").
    """
    from tuicompare.engine.build import build_comparison

    return build_comparison(
        articles, analyses, warnings=warnings, progress=progress, cancelled=cancelled, stories=stories
    )


def compare_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], *, corpus_order: Sequence[str] | None = None
) -> Comparison:
    """Compare one story's articles with local ids; see ``engine.build.compare_story``."""
    from tuicompare.engine.build import compare_story as _compare_story

    return _compare_story(articles, analyses, corpus_order=corpus_order)


def build_index(analyses: Sequence[Analysis]) -> StoryIndex:
    """A triage index over analysed articles; query it with ``index.candidates(article_features(a))``."""
    from tuicompare.engine.features import article_features
    from tuicompare.engine.stories import StoryIndex

    return StoryIndex.build({a.article: article_features(a) for a in analyses})
