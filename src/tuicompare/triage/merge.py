"""Add an article to an open comparison (the app's "add article"), without Textual.

The open corpus's analyses are already in the comparison, so only the new
file is loaded and analysed; the engine then runs over the grown corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tuicompare.corpus import load_path
from tuicompare.errors import CorpusError
from tuicompare.models import Comparison, LoadWarning
from tuicompare.pipeline import Options, analyse
from tuicompare.triage.corpus import same_file


@dataclass(frozen=True, slots=True)
class Added:
    """The grown comparison, the ids of the articles added and the new warnings."""

    comparison: Comparison
    articles: tuple[str, ...]
    warnings: tuple[LoadWarning, ...]


def add_article(
    comparison: Comparison,
    path: str,
    options: Options,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Added:
    """Load ``path``, analyse it (through the cache) and compare it with the open corpus.

    Raises:
        CorpusError: The file is already open, or holds no loadable article.
        ModelError: The model is missing.
        tuicompare.nlp.Cancelled: ``cancelled()`` returned true.
    """
    from tuicompare.engine import compare

    if any(same_file(a.path, path) for a in comparison.articles):
        raise CorpusError(f"{path} is already in the open corpus.")
    loaded = load_path(path, encoding=options.encoding, max_bytes=options.max_bytes,
                       taken_ids=[a.id for a in comparison.articles])
    if not loaded.articles:
        reasons = "; ".join(w.reason for w in loaded.warnings) or "no article found"
        raise CorpusError(f"Could not add {path}: {reasons}.")
    analyses, cache_warnings = analyse(loaded.articles, options, cancelled=cancelled)
    fresh = (*loaded.warnings, *cache_warnings)
    merged = compare(
        (*comparison.articles, *loaded.articles),
        (*comparison.analyses, *analyses),
        warnings=(*comparison.warnings, *fresh),
        cancelled=cancelled,
    )
    return Added(merged, tuple(a.id for a in loaded.articles), fresh)
