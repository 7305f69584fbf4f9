"""Load a corpus of articles from files, directories, globs and standard input.

Loading is defensive: input is untrusted and often messy. Special files
(FIFOs, sockets, devices) are never opened, sizes are checked before
reading, files are opened read-only and never written, and every problem
becomes a :class:`~tuicompare.models.LoadWarning` while the other files load.
"""

from __future__ import annotations

import codecs
import glob
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from tuicompare.articles import build_article
from tuicompare.decoding import NotText, decode
from tuicompare.formats import MAX_LINE_WARNINGS, SUFFIXES, FormatError, parse, sniff
from tuicompare.models import Article, LoadWarning
from tuicompare.sanitize import clean_name

#: Default size limit of one input, in bytes.
DEFAULT_MAX_BYTES = 5_000_000

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a directory"),
)
_SUFFIX_LIST = ", ".join(SUFFIXES)


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The articles that loaded and the warnings about those that did not."""

    articles: tuple[Article, ...] = ()
    warnings: tuple[LoadWarning, ...] = ()


def load_corpus(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> LoadResult:
    """Load every article found at the given paths, in order.

    Directories contribute their ``*.txt *.md *.html *.htm *.json *.jsonl``
    files (sorted, not recursive, hidden files skipped); a pattern with glob
    characters is expanded and sorted; ``-`` reads standard input. The same
    file given twice is loaded once. Ids are unique in the result.

    Args:
        paths: Files, directories, glob patterns or ``-``.
        encoding: Decode every input with this encoding instead of detecting.
        max_bytes: Inputs larger than this are skipped with a warning.
        stdin: Where ``-`` reads from (default: ``sys.stdin.buffer``).

    Returns:
        The articles and one warning per input (or JSON Lines record) that
        could not be loaded. Never raises for bad input.
    """
    loader = _Loader(encoding, max_bytes, stdin, ())
    for path in paths:
        loader.add(path)
    return loader.result()


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
    loader = _Loader(encoding, max_bytes, stdin, taken_ids)
    loader.add(path)
    return loader.result()


class _Loader:
    """Accumulates articles and warnings over the inputs of one load."""

    def __init__(self, encoding: str | None, max_bytes: int, stdin: BinaryIO | None, taken: Iterable[str]) -> None:
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.articles: list[Article] = []
        self.warnings: list[LoadWarning] = []
        self.ids = set(taken)
        self.seen: set[tuple[int, int] | str] = set()
        self.refused = False
        if encoding is not None:
            try:
                self.encoding = codecs.lookup(encoding).name
            except LookupError:
                self.warn("--encoding", f"unknown encoding {encoding!r}; nothing was loaded")
                self.refused = True

    def result(self) -> LoadResult:
        return LoadResult(tuple(self.articles), tuple(self.warnings))

    def warn(self, path: str, reason: str) -> None:
        self.warnings.append(LoadWarning(clean_name(path), reason))

    def add(self, path: str) -> None:
        """Load one command-line argument."""
        if self.refused:
            return
        if path == "-":
            self._add_stdin()
        elif glob.has_magic(path) and not os.path.lexists(path):
            matches = sorted(glob.glob(path))
            if not matches:
                self.warn(path, "no file matches this pattern")
            for match in matches:
                self._add_path(match, explicit=True)
        else:
            self._add_path(path, explicit=True)

    def _add_stdin(self) -> None:
        if "-" in self.seen:
            return
        self.seen.add("-")
        stream = self.stdin
        if stream is None:
            if sys.stdin is None or sys.stdin.isatty():
                self.warn("-", "standard input is a terminal or closed; pipe an article into it")
                return
            stream = sys.stdin.buffer
        try:
            data = stream.read(self.max_bytes + 1)
        except OSError as error:
            self.warn("-", f"cannot read standard input: {error.strerror or error}")
            return
        self._add_bytes("-", "stdin", data, None)

    def _add_path(self, path: str, *, explicit: bool) -> None:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            broken = os.path.islink(path)
            self.warn(path, "broken symbolic link" if broken else "no such file or directory")
            return
        except OSError as error:
            self.warn(path, f"cannot read: {error.strerror or error}")
            return
        if stat.S_ISDIR(info.st_mode) and explicit:
            self._add_dir(path)
        elif not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            link = "a symbolic link to " if os.path.islink(path) else ""
            self.warn(path, f"skipped: {link}{kind}, not a regular file")
        elif info.st_size > self.max_bytes:
            self._too_big(path, info.st_size)
        elif (info.st_dev, info.st_ino) not in self.seen:
            self.seen.add((info.st_dev, info.st_ino))
            try:
                data = _read_regular(path, self.max_bytes)
            except OSError as error:
                self.warn(path, f"cannot read: {error.strerror or error}")
                return
            name = PurePath(path).name
            stem = PurePath(name).stem or name
            self._add_bytes(path, stem, data, SUFFIXES.get(PurePath(name).suffix.lower()))

    def _add_dir(self, path: str) -> None:
        try:
            with os.scandir(path) as entries:
                names = sorted(
                    e.name for e in entries if not e.name.startswith(".") and PurePath(e.name).suffix.lower() in SUFFIXES
                )
        except OSError as error:
            self.warn(path, f"cannot list directory: {error.strerror or error}")
            return
        if not names:
            self.warn(path, f"no articles: the directory has no {_SUFFIX_LIST} files")
        for name in names:
            self._add_path(os.path.join(path, name), explicit=False)

    def _too_big(self, path: str, size: int | None) -> None:
        actual = f" ({_size(size)})" if size is not None else ""
        self.warn(path, f"skipped: larger than the {_size(self.max_bytes)} limit{actual}; see --max-size")

    def _add_bytes(self, path: str, stem: str, data: bytes, fmt: str | None) -> None:
        if len(data) > self.max_bytes:
            # Only max_bytes + 1 bytes were read, so the real size is unknown.
            self._too_big(path, None)
            return
        if not data:
            self.warn(path, "empty file")
            return
        try:
            text, encoding = decode(data, self.encoding)
        except NotText as error:
            self.warn(path, f"skipped: {error}")
            return
        fmt = fmt or sniff(text)
        try:
            records, skipped = parse(text, fmt)
        except FormatError as error:
            self.warn(path, str(error))
            return
        for reason in skipped[:MAX_LINE_WARNINGS]:
            self.warn(path, reason)
        if len(skipped) > MAX_LINE_WARNINGS:
            self.warn(path, f"{len(skipped) - MAX_LINE_WARNINGS} more malformed lines not listed")
        if not records and not skipped:
            self.warn(path, "no articles found")
        clean_path = clean_name(path)
        base = clean_name(stem) or "article"
        for record in records:
            article_id = self._unique(base if record.number is None else f"{base}#{record.number}")
            article = build_article(record, article_id=article_id, path=clean_path, fmt=fmt, encoding=encoding)
            if isinstance(article, str):
                self.ids.discard(article_id)
                self.warn(path if record.number is None else f"{path}#{record.number}", article)
                continue
            self.articles.append(article)

    def _unique(self, wanted: str) -> str:
        """``wanted``, or ``wanted~2``, ``wanted~3``... whichever is free."""
        candidate, n = wanted, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{wanted}~{n}"
        self.ids.add(candidate)
        return candidate


def _read_regular(path: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes + 1`` bytes of a regular file, read-only.

    The file is opened non-blocking and checked again on the open descriptor,
    so a file swapped for a FIFO after the first check cannot hang the load.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "no longer a regular file")
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    """A byte count for people: ``5 MB``, ``12.5 kB``, ``300 bytes``."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} kB"
    return f"{n} bytes"
