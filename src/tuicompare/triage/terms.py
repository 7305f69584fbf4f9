"""Each corpus article's bag of story terms, kept in the analysis cache.

Candidate retrieval only needs an article's weighted bag of terms, not its
sentences. Rebuilding that bag means decoding the cached analysis and
computing the engine's sentence features, which is most of the cost of a
warm triage over a large corpus, so the bags are cached too: in the same
SQLite cache, under keys derived from the analysis key and a digest of the
engine's source (a changed engine never reads bags an older one made). The
keys and the record layout are ``analysis.stored``'s, so ``report`` and the
app cluster from the same bags.
"""

from __future__ import annotations

from collections import Counter

from tuicompare.analysis import stored
from tuicompare.models import Analysis


def engine_digest() -> str:
    """A digest of the engine's source files: bags are only valid for the engine that made them."""
    return stored.engine_version()


def terms_key(analysis_key: str) -> str:
    """The cache key of the bag of terms of the article whose analysis key is given."""
    return stored.bag_key(analysis_key)


def bag_of(analysis: Analysis, title: str | None = None) -> Counter[str]:
    """The engine's bag of story terms of an analysed article (``title``: its headline)."""
    from tuicompare.engine import article_features, article_terms

    return article_terms(article_features(analysis), title=title)


def dumps(bag: Counter[str]) -> str:
    """Serialise a bag as compact JSON."""
    return stored.dump_bag(bag)


def loads(data: str) -> Counter[str] | None:
    """Read a bag back; ``None`` for a damaged entry (the bag is then rebuilt)."""
    return stored.load_bag(data)
