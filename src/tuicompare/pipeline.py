"""Load, analyse and compare a corpus: the one composition root every front end takes.

The CLI commands, the app's worker and triage all call these functions, so
the steps, their progress reports and their errors are the same everywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tuicompare.errors import CorpusError
from tuicompare.load.corpus import DEFAULT_MAX_BYTES, LoadResult, load_corpus, load_path, unloaded_reasons
from tuicompare.load.sources import Source, input_files
from tuicompare.models import Analysis, Article, Comparison, LoadWarning
from tuicompare.placements import apply_placements, placed_by_hash, placed_grouping

if TYPE_CHECKING:
    from tuicompare.analysis.cache import AnalysisCache
    from tuicompare.analysis.prestart import Prestarted
    from tuicompare.ondemand import StoryComparisons

#: ``progress(stage, done, total)``: stage is "load", "analyse", "cluster" or "compare". "analyse" counts
#: characters (``analysis.chunks.progress_weight``) so it moves within a long article; the others count inputs.
Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]
#: The stages ``Progress`` counts in characters, not inputs.
IN_CHARACTERS = frozenset({"analyse"})


def progress_count(stage: str, done: int, total: int) -> str:
    """How far a stage is, as the front ends say it: ``3/10`` inputs, or ``42%`` of the characters (since
    "123456/545000" says nothing). The CLI's bar and the app's loading panel both show it."""
    if stage in IN_CHARACTERS:
        return f"{100 * done // max(total, 1)}%"
    return f"{done}/{total}"


#: Seconds between two counts of the inputs read while a corpus loads (``progress("load", ...)``).
LOAD_EVERY = 1.0

__all__ = [
    "DEFAULT_MAX_BYTES",
    "AnalysisSession",
    "Options",
    "analyse",
    "early_story",
    "first_look",
    "input_files",
    "load",
    "apply_placements",
    "load_one",
    "open_stories",
    "placed_by_hash",
    "placed_grouping",
    "run",
]


@dataclass(frozen=True, slots=True)
class Options:
    """Settings shared by every command.

    Attributes:
        model: spaCy pipeline name; ``None`` resolves the default.
        encoding: Force this encoding for every input file.
        max_bytes: Files larger than this are skipped with a warning.
        cache_dir: Analysis cache folder; ``None`` means the user cache dir.
        use_cache: ``False`` analyses everything afresh and stores nothing.
        jobs: Processes that parse uncached articles; ``None`` means every core.
        one_story: Compare all the inputs as one story instead of clustering
            them (``--one-story``; triage compares each new article with the corpus as one story).
    """

    model: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path | None = None
    use_cache: bool = True
    jobs: int | None = None
    one_story: bool = False


def load(
    paths: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    keep: Callable[[Article], bool] | None = None,
    what: str = "article",
    sources: Sequence[Source] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load the articles named by ``paths``.

    Args:
        paths: Files, folders, globs or ``-``.
        options: Encoding and size limit.
        stdin: Where ``-`` reads from.
        keep: Articles for which this returns false are left out.
        what: How the error names an article ("article", "corpus article").
        sources: ``paths`` as ``load.sources.expand`` lists them, when the caller has already.
        progress: Called as ``progress(done, total)`` with the inputs read so far.

    Raises:
        CorpusError: When not a single article could be loaded.
    """
    result = load_corpus(
        paths, encoding=options.encoding, max_bytes=options.max_bytes, stdin=stdin, sources=sources, progress=progress
    )
    if keep is not None:
        result = LoadResult(tuple(a for a in result.articles if keep(a)), result.warnings)
    if not result.articles:
        reasons = unloaded_reasons(result.warnings, paths) or "no input files found"
        raise CorpusError(f"No {what} could be loaded from {', '.join(paths)}: {reasons}.")
    return result


def load_one(path: str, options: Options, *, taken: Iterable[str] = (), stdin: BinaryIO | None = None) -> LoadResult:
    """Load one more file (or ``-``) with ids that avoid ``taken``; never raises for bad input."""
    return load_path(path, encoding=options.encoding, max_bytes=options.max_bytes, stdin=stdin, taken_ids=taken)


class AnalysisSession:
    """The analysis cache held open with the resolved model, for several batches of work.

    Use as a context manager, or call `close`.

    Attributes:
        options: The settings the session was opened with.
        cache: The open analysis cache (also holds small derived records such as term bags).
    """

    def __init__(self, options: Options) -> None:
        from tuicompare.analysis.cache import open_cache
        from tuicompare.engine import gazstore

        self.options = options
        self.cache: AnalysisCache = open_cache(options.cache_dir, enabled=options.use_cache)
        # the gazetteer's derived index lives beside the analyses, in the folder the user gave
        gazstore.keep_in(options.cache_dir, store=options.use_cache)
        self._model: tuple[str, str] | None = None
        self.prestarted: Prestarted | None = None

    @property
    def model(self) -> tuple[str, str]:
        """The resolved model name and its version (looked up once, without loading spaCy)."""
        if self._model is None:
            from tuicompare.analysis import nlp

            name = nlp.resolve_model(self.options.model)
            self._model = (name, nlp.model_version(name))
        return self._model

    def key(self, article: Article) -> str:
        """The cache key of ``article``'s analysis under this session's model."""
        from tuicompare.analysis import nlp

        return nlp.cache_key(article.text, *self.model)

    def analyse(
        self,
        articles: Sequence[Article],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[Analysis]:
        """Analyse ``articles`` through the cache, in order.

        Raises:
            ModelError: Some article needs analysing and the model is missing.
            tuicompare.errors.Cancelled: ``cancelled()`` returned true.
        """
        from tuicompare.analysis import nlp

        return nlp.analyze(
            articles,
            model=self.options.model,
            cache=self.cache,
            progress=progress,
            cancelled=cancelled,
            jobs=self.options.jobs,
        )

    def analyse_aside(self, articles: Sequence[Article]) -> Callable[[], None] | None:
        """Start analysing a few ``articles`` in another process, into the cache (``analysis.parallel.analyse_aside``).

        Returns:
            The function that waits for them, or ``None`` when that would not pay (``analyse`` then does it).
        """
        if not self.cache.writable:
            return None
        from tuicompare.analysis.parallel import analyse_aside

        prestarted, self.prestarted = self.prestarted, None
        return analyse_aside(articles, self.options.model, self.cache, self.options.jobs, prestarted)

    def prestart(self, paths: Sequence[str], sources: Sequence[Source]) -> dict[str, str]:
        """``analysis.prestart.prestart`` for the corpus ``paths`` listed as ``sources``: the record to store later."""
        from tuicompare.analysis.prestart import prestart
        from tuicompare.load.sources import listing_digest

        corpus = [*paths, repr((self.options.model, self.options.encoding, self.options.max_bytes))]
        record, self.prestarted = prestart(self.cache, self.options.jobs, corpus, listing_digest(sources), self.model)
        return record

    def stop_prestarted(self) -> None:  # the process `prestart` started, unless an analysis took it
        if self.prestarted is not None:
            self.prestarted.stop()
            self.prestarted = None

    @property
    def writable(self) -> bool:
        """True when records put in the cache are kept (not ``--no-cache``, not read-only)."""
        return self.cache.writable

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which keys have a stored record, without reading them."""
        return self.cache.present(keys)

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        """Stored records by key (missing keys are absent)."""
        return self.cache.get_many(keys)

    def put_many(self, records: Mapping[str, str]) -> None:
        """Store records; failures become warnings."""
        self.cache.put_many(records)

    @property
    def warnings(self) -> list[LoadWarning]:
        """One warning per cache problem met so far."""
        return [LoadWarning("cache", message) for message in self.cache.warnings]

    def close(self) -> None:
        """Close the cache (and end the process `prestart` started, if unused)."""
        self.stop_prestarted()
        self.cache.close()

    def __enter__(self) -> AnalysisSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


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
    with AnalysisSession(options) as session:
        step = (lambda done, total: progress("analyse", done, total)) if progress else None
        analyses = session.analyse(articles, progress=step, cancelled=cancelled)
        return analyses, session.warnings


@contextmanager
def open_stories(
    paths: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    placements: Sequence[tuple[str, str]] = (),
    remember: bool = False,
    listed: str | None = None,
    sources: Sequence[Source] | None = None,
) -> Iterator[StoryComparisons]:
    """Load and analyse the corpus and find its stories; compare each story when asked, through the cache.

    ``placements``: a reviewer's story corrections (see `apply_placements`), ignored with ``--one-story``.
    ``remember``: also store what `early_story` needs to show this corpus's first story next time.
    ``listed``: with ``remember``, the listing key `first_look` took before the files were read (not listed
    again: 40 ms on 10,000); a file changed since makes a listing the next opening does not find.
    ``sources``: as for `load`; a big corpus listed otherwise than last time starts spaCy early (`prestart`).

    Yields:
        The corpus's stories (``ondemand.StoryComparisons``), usable while the context is open.
    """
    from tuicompare.ondemand import StoryComparisons

    with AnalysisSession(options) as session:
        listing = session.prestart(paths, sources) if sources is not None else {}
        loaded = load(paths, options, stdin=stdin, sources=sources, progress=_load_steps(progress))
        if progress:
            progress("load", len(loaded.articles), len(loaded.articles))
        stories = StoryComparisons(
            loaded.articles,
            session,
            stories=[[a.id for a in loaded.articles]] if options.one_story else None,
            warnings=loaded.warnings,
            progress=progress,
            cancelled=cancelled,
            check_later=remember,  # the app's opening asks for the stories at once: no parse aside starts later
        )
        session.stop_prestarted()  # nothing was new after all
        session.put_many(listing)
        if placements and not options.one_story:
            before = tuple(s.articles for s in stories.stories)
            grouping = placed_grouping(stories.articles, before, placements)
            if grouping != before:
                stories.regroup(grouping)
        if remember:
            from tuicompare import quickview

            key = listed if listed is not None else _listing_key(paths, options, placements, session)
            if key is not None:
                quickview.remember(session, key, stories)
        yield stories


def _load_steps(progress: Progress | None) -> Callable[[int, int], None] | None:
    """``progress("load", ...)`` at the first input read, then every `LOAD_EVERY` s (the articles loaded last).

    Uncounted, the app's bar animated 15 times a second while 10,000 files were read; a count per 5% cost as much."""
    if progress is None:
        return None
    last = -LOAD_EVERY

    def step(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done < total and now - last >= LOAD_EVERY:
            last = now
            progress("load", done, total)

    return step


def _listing_key(
    paths: Sequence[str], options: Options, placements: Sequence[tuple[str, str]], session: AnalysisSession
) -> str | None:
    from tuicompare import ondemand, quickview

    settings = (options.model, options.encoding, options.max_bytes, options.one_story)
    return quickview.listing_key(paths, repr(settings), repr(list(placements)), ondemand.tuning_digest(session))


def early_story(
    paths: Sequence[str],
    options: Options,
    first: Callable[[Sequence[Article], Sequence[Sequence[str]]], int],
    *,
    placements: Sequence[tuple[str, str]] = (),
) -> Comparison | None:
    """A corpus opened before (with ``remember``): its first story, before the other files are read; else ``None``.

    Only the chosen story's files are read (and checked against the analyses recorded for them); the other
    articles are listed as recorded, without text, until `open_stories` gives the whole corpus. ``first``
    picks the story from the articles and the stories (article ids).
    """
    return first_look(paths, options, first, placements=placements)[0]


def first_look(
    paths: Sequence[str],
    options: Options,
    first: Callable[[Sequence[Article], Sequence[Sequence[str]]], int],
    *,
    placements: Sequence[tuple[str, str]] = (),
) -> tuple[Comparison | None, str | None]:
    """`early_story`'s view, and the listing key it looked under (``None`` without one), for `open_stories`."""
    from tuicompare import quickview

    if not options.use_cache:
        return None, None
    with AnalysisSession(options) as session:
        # The session first: it holds the tuning's digest, which the key needs (``ondemand.tuned``).
        key = _listing_key(paths, options, placements, session)
        if key is None:
            return None, None
        return quickview.early_view(session, key, first, encoding=options.encoding, max_bytes=options.max_bytes), key


def run(
    paths: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Comparison:
    """Load, analyse and compare the corpus named by ``paths`` (stories read from the cache when stored)."""
    with open_stories(paths, options, stdin=stdin, progress=progress, cancelled=cancelled) as stories:
        if progress:
            progress("compare", 0, len(stories.stories))
        return stories.comparison(progress)
