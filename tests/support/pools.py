"""A pool of analysed articles kept in a cache, and fresh caches that start from its analyses.

The on-demand and kept-text tests analyse their articles once per module, then
give each test a cache of its own holding only those analyses, so each test
starts from no story records and no kept story texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tuicompare import pipeline
from tuicompare.models import Article
from tuicompare.pipeline import AnalysisSession, Options

Pool = tuple[Options, tuple[Article, ...]]


def analysed_pool(cache: Path, patterns: Sequence[str]) -> Pool:
    """Options whose cache (at ``cache``) holds the analyses of the articles ``patterns`` name, and those articles."""
    options = Options(cache_dir=cache)
    articles = pipeline.load(list(patterns), options).articles
    pipeline.analyse(articles, options)
    return options, articles


def fresh_cache(pool: Pool, cache: Path) -> Options:
    """Options with a new cache at ``cache`` holding only the pool's analyses (no story records, no story texts)."""
    options, articles = pool
    with AnalysisSession(options) as source, AnalysisSession(Options(cache_dir=cache)) as target:
        target.put_many(source.get_many([source.key(a) for a in articles]))
    return Options(cache_dir=cache)
