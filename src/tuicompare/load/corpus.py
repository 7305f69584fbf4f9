"""Load a corpus of articles from files, directories, globs and standard input.

Loading is defensive: input is untrusted and often messy. Every problem
becomes a :class:`~tuicompare.models.LoadWarning` naming the file and the
reason, and the other files load. :mod:`tuicompare.load.sources` decides what to
read and reads it safely; :mod:`tuicompare.load.decoding`, :mod:`tuicompare.load.formats`
and :mod:`tuicompare.load.articles` turn the bytes into sanitised articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from tuicompare.load.articles import build_article
from tuicompare.load.decoding import NotText, decode, text_codec
from tuicompare.load.formats import MAX_LINE_WARNINGS, FormatError, parse, sniff
from tuicompare.load.sources import Source, expand, read, too_big
from tuicompare.models import Article, LoadWarning
from tuicompare.sanitize import clean_name

#: Default size limit of one input, in bytes.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The articles that loaded and the warnings about those that did not."""

    articles: tuple[Article, ...] = ()
    warnings: tuple[LoadWarning, ...] = ()


def unloaded_reasons(warnings: Sequence[LoadWarning], inputs: Sequence[str], limit: int = 5) -> str:
    """Why nothing loaded, for an error that already names ``inputs``: the first ``limit`` warnings.

    A warning about an input the error names gives its reason alone ("No article could be loaded
    from news/: the folder has no .txt ... files", not "from news/: news/: ...").
    """
    named = set(inputs)
    parts = [w.reason if w.path in named else str(w) for w in warnings[:limit]]
    more = f" (and {len(warnings) - limit} more)" if len(warnings) > limit else ""
    return "; ".join(parts) + more


def load_corpus(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sources: Sequence[Source] | None = None,
) -> LoadResult:
    """Load every article found at the given paths, in order.

    Directories contribute their ``*.txt *.md *.html *.htm *.json *.jsonl``
    files (sorted, not recursive, hidden files skipped); a pattern with glob
    characters is expanded and sorted; ``-`` reads standard input. The same
    file given twice is loaded once; two inputs with the same text both load,
    with a warning that the second is a copy. Ids are unique in the result: the file
    stem, ``stem#N`` for record N of a JSON Lines file (its line number) or
    of a JSON array, and ``~2``, ``~3``... appended to repeated ids.

    Args:
        paths: Files, directories, glob patterns or ``-``.
        encoding: Decode every input with this encoding instead of detecting.
        max_bytes: Inputs larger than this are skipped with a warning.
        stdin: Where ``-`` reads from (default: ``sys.stdin.buffer``).
        progress: Called as ``progress(done, total)`` after each input.
        cancelled: Polled between inputs; loading stops when it returns True.
        sources: ``sources.expand(paths, max_bytes)`` when the caller has listed them already.

    Returns:
        The articles and one warning per input (or JSON record) that could
        not be loaded. Never raises for bad input.
    """
    return _Loader(encoding, max_bytes, stdin, ()).run(paths, progress, cancelled, sources)


def load_path(
    path: str,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    taken_ids: Iterable[str] = (),
) -> LoadResult:
    """Load one path (a file, or anything :func:`load_corpus` accepts).

    Args:
        path: The file to load.
        encoding: Decode with this encoding instead of detecting.
        max_bytes: Size limit in bytes.
        stdin: Where ``-`` reads from.
        taken_ids: Ids already in use (an open corpus); new ids avoid them.

    Returns:
        The file's articles and warnings.
    """
    return _Loader(encoding, max_bytes, stdin, taken_ids).run([path], None, None)


class _Loader:
    """Accumulates articles and warnings over the inputs of one load."""

    def __init__(self, encoding: str | None, max_bytes: int, stdin: BinaryIO | None, taken: Iterable[str]) -> None:
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.articles: list[Article] = []
        self.warnings: list[LoadWarning] = []
        self.ids = set(taken)
        # Text -> the first article with it: a copy is one source twice, which a reader must be told.
        self.texts: dict[str, Article] = {}

    def run(
        self,
        paths: Sequence[str],
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        sources: Sequence[Source] | None = None,
    ) -> LoadResult:
        if self.encoding is not None:
            try:
                self.encoding = text_codec(self.encoding)
            except LookupError as error:
                self.warn("--encoding", f"{error}; nothing was loaded")
                return self.result()
        if sources is None:
            sources = expand(paths, self.max_bytes)
        for done, source in enumerate(sources, 1):
            if cancelled is not None and cancelled():
                break
            if source.problem is not None:
                self.warn(source.path, source.problem)
            else:
                self._load(source)
            if progress is not None:
                progress(done, len(sources))
        return self.result()

    def result(self) -> LoadResult:
        return LoadResult(tuple(self.articles), tuple(self.warnings))

    def warn(self, path: str, reason: str) -> None:
        self.warnings.append(LoadWarning(clean_name(path), clean_name(reason)))

    def _load(self, source: Source) -> None:
        path = source.path
        try:
            data = read(source, self.max_bytes, self.stdin)
        except OSError as error:
            self.warn(path, f"cannot read: {error.strerror or error}")
            return
        if len(data) > self.max_bytes:
            # Only max_bytes + 1 bytes were read, so the real size is unknown.
            self.warn(path, too_big(self.max_bytes, None))
            return
        if not data:
            self.warn(path, "empty file")
            return
        try:
            text, encoding, note = decode(data, self.encoding)
        except NotText as error:
            self.warn(path, f"skipped: {error}")
            return
        fmt = source.format or sniff(text)
        try:
            records, skipped = parse(text, fmt)
        except FormatError as error:
            self.warn(path, str(error))
            return
        if note:
            self.warn(path, note)
        for reason in skipped[:MAX_LINE_WARNINGS]:
            self.warn(path, reason)
        if len(skipped) > MAX_LINE_WARNINGS:
            self.warn(path, f"{len(skipped) - MAX_LINE_WARNINGS} more malformed lines not listed")
        if not records and not skipped:
            self.warn(path, "no articles found")
        clean_path = clean_name(path)
        base = clean_name(source.stem) or "article"
        for record in records:
            article_id = self._unique(base if record.number is None else f"{base}#{record.number}")
            article = build_article(record, article_id=article_id, path=clean_path, fmt=fmt, encoding=encoding)
            if isinstance(article, str):
                self.ids.discard(article_id)
                self.warn(path if record.number is None else f"{path}#{record.number}", article)
                continue
            first = self.texts.setdefault(article.text, article)
            if first is not article:
                self.warnings.append(
                    LoadWarning(
                        article.path,
                        f"{first.id} and {article.id} have the same text (a copy, not an independent source)",
                    )
                )
            self.articles.append(article)

    def _unique(self, wanted: str) -> str:
        """``wanted``, or ``wanted~2``, ``wanted~3``... whichever is free."""
        candidate, n = wanted, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{wanted}~{n}"
        self.ids.add(candidate)
        return candidate
