"""Load, analyse and compare a corpus: the one path every front end takes.

The CLI commands and the app's worker both call these functions, so the
steps, their progress reports and their errors are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tuicompare.corpus import LoadResult, load_corpus
from tuicompare.errors import CorpusError
from tuicompare.models import Analysis, Article, Comparison, LoadWarning

#: ``progress(stage, done, total)``: stage is "load", "analyse" or "compare".
Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class Options:
    """Settings shared by every command.

    Attributes:
        model: spaCy pipeline name; ``None`` resolves the default.
        encoding: Force this encoding for every input file.
        max_bytes: Files larger than this are skipped with a warning.
        cache_dir: Analysis cache folder; ``None`` means the user cache dir.
        use_cache: ``False`` analyses everything afresh and stores nothing.
    """

    model: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path | None = None
    use_cache: bool = True


def load(paths: Sequence[str], options: Options, *, stdin: BinaryIO | None = None) -> LoadResult:
    """Load the articles named by ``paths``.

    Raises:
        CorpusError: When not a single article could be loaded.
    """
    result = load_corpus(paths, encoding=options.encoding, max_bytes=options.max_bytes, stdin=stdin)
    if not result.articles:
        reasons = "; ".join(str(w) for w in result.warnings[:5]) or "no input files found"
        more = f" (and {len(result.warnings) - 5} more)" if len(result.warnings) > 5 else ""
        raise CorpusError(f"No article could be loaded from {', '.join(paths)}: {reasons}{more}.")
    return result


def analyse(
    articles: Sequence[Article],
    options: Options,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[Analysis], list[LoadWarning]]:
    """Analyse articles with spaCy, through the on-disk cache.

    Returns:
        The analyses in article order, and one warning per cache problem.
    """
    from tuicompare import nlp
    from tuicompare.cache import open_cache

    cache = open_cache(options.cache_dir, enabled=options.use_cache)
    try:
        step = (lambda done, total: progress("analyse", done, total)) if progress else None
        analyses = nlp.analyze(articles, model=options.model, cache=cache, progress=step, cancelled=cancelled)
    finally:
        cache.close()
    return analyses, [LoadWarning("cache", message) for message in cache.warnings]


def run(
    paths: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Comparison:
    """Load, analyse and compare the corpus named by ``paths``."""
    from tuicompare.engine import compare

    loaded = load(paths, options, stdin=stdin)
    if progress:
        progress("load", len(loaded.articles), len(loaded.articles))
    analyses, cache_warnings = analyse(loaded.articles, options, progress=progress, cancelled=cancelled)
    if progress:
        progress("compare", 0, 1)
    comparison = compare(
        loaded.articles,
        analyses,
        warnings=(*loaded.warnings, *cache_warnings),
        cancelled=cancelled,
    )
    if progress:
        progress("compare", 1, 1)
    return comparison
