"""Which inputs to read, and reading them without risk.

Command-line paths are expanded into a list of sources first (so a caller
can report progress over a known total); special files are recognised from
their ``stat`` and never opened, sizes are checked before reading, and
regular files are opened read-only and non-blocking.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from tuicompare.load.formats import SUFFIXES

#: The ``path`` meaning standard input.
STDIN = "-"

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a directory"),
)
_SUFFIX_LIST = ", ".join(SUFFIXES)

#: Why a symbolic link inside an input folder is not followed.
OUTSIDE_LINK = "skipped: a symbolic link to a file outside the folder (name the file itself to load it)"


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read, or one that cannot be read and why.

    Attributes:
        path: The path as given (joined to its directory), or ``-``.
        stem: File name without suffix, the base of the article id.
        format: Format implied by the suffix, None to sniff the content.
        problem: Why the input is skipped; None when it is to be read.
        nofollow: The path was a plain file inside a folder: reading it must
            not follow a symbolic link put in its place since.
        stat: Size, modification time (ns) and inode when listed, for a file to read
            (``listing_digest``); ``None`` otherwise.
    """

    path: str
    stem: str = ""
    format: str | None = None
    problem: str | None = None
    nofollow: bool = False
    stat: tuple[int, int, int] | None = None


def expand(paths: Iterable[str], max_bytes: int) -> list[Source]:
    """Expand command-line paths into sources, in order.

    Directories give their supported files (sorted, not recursive, hidden
    files skipped; a symbolic link in them whose target lies outside the
    directory is skipped with a problem, while a link named in ``paths``
    is followed: naming it is the user's choice); patterns with glob characters are expanded and sorted
    (``**`` recurses); ``-`` is standard input. A file reached twice is
    listed once.

    Args:
        paths: Files, directories, glob patterns or ``-``.
        max_bytes: Size limit; larger files become sources with a problem.

    Returns:
        The sources, problems included, in the order they were named.
    """
    seen: set[object] = set()
    sources: list[Source] = []
    for path in paths:
        for source, key in _expand_one(path, max_bytes):
            if key is None or key not in seen:
                seen.add(key)
                sources.append(source)
    return sources


def _expand_one(path: str, max_bytes: int) -> Iterator[tuple[Source, object]]:
    """Sources for one argument, each with a key identifying the file."""
    if path == STDIN:
        yield Source(STDIN, "stdin"), STDIN
    elif glob.has_magic(path) and not os.path.lexists(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Source(path, problem="no file matches this pattern"), None
        for match in matches:
            yield from _from_path(match, max_bytes, explicit=True)
    else:
        yield from _from_path(path, max_bytes, explicit=True)


def input_files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Every file path the loader would consider for ``paths``, skipped ones included.

    Folders and globs are expanded as :func:`expand` does; standard input
    and patterns matching nothing are left out. Used to make sure an output
    never lands on an input.
    """
    names = [os.fspath(p) for p in paths]
    return source_files(expand(names, sys.maxsize))


def source_files(sources: Iterable[Source]) -> list[str]:
    """The file paths among ``sources`` (``expand``'s), as :func:`input_files` gives them.

    A source without a problem was found by ``stat`` a moment ago; only the others
    (too big, unreadable, not a regular file...) are looked up again. A caller that
    both loads and checks its output against its inputs lists the files once (0.2 s of CPU on 10,000).
    """
    return [s.path for s in sources if s.path != STDIN and (s.problem is None or os.path.lexists(s.path))]


def _from_path(path: str, max_bytes: int, *, explicit: bool) -> Iterator[tuple[Source, object]]:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        broken = os.path.islink(path)
        yield Source(path, problem="broken symbolic link" if broken else "no such file or directory"), None
        return
    except OSError as error:
        yield Source(path, problem=f"cannot read: {error.strerror or error}"), None
        return
    if stat.S_ISDIR(info.st_mode) and explicit:
        yield from _from_directory(path, max_bytes)
    elif not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        link = "a symbolic link to " if os.path.islink(path) else ""
        yield Source(path, problem=f"skipped: {link}{kind}, not a regular file"), None
    elif info.st_size > max_bytes:
        yield Source(path, problem=too_big(max_bytes, info.st_size)), None
    else:
        name, stem, suffix = _name_parts(path)
        nofollow = not explicit and not os.path.islink(path)
        found = (info.st_size, info.st_mtime_ns, info.st_ino)
        source = Source(path, stem or name, SUFFIXES.get(suffix.lower()), nofollow=nofollow, stat=found)
        yield source, (info.st_dev, info.st_ino)


def listing_digest(sources: Sequence[Source]) -> tuple[int, str]:
    """How many files the sources list, and a digest of the listing (each path, problem, size, time and inode).

    Equal digests mean that, as far as ``stat`` tells, the same files are there
    unchanged; it decides nothing about their content (which is always read).
    """
    files = sum(1 for s in sources if s.stat is not None)
    return files, digest_rows([listing_row(s.path, s.problem, s.stat) for s in sources])


def listing_row(path: str, problem: str | None, stat: tuple[int, int, int] | None) -> str:
    """One row of a listing's digest: a path, why it is skipped, its size, time and inode (``listing_digest``)."""
    return f"{path}\1{problem}\1{stat}"


def digest_rows(rows: Sequence[str]) -> str:
    """The digest of a listing's rows (``listing_row``), in order."""
    return hashlib.sha256("\0".join(rows).encode("utf-8", "surrogatepass")).hexdigest()


def _name_parts(path: str) -> tuple[str, str, str]:
    """A file path's ``PurePath`` name, stem and suffix, without building a path object (0.1 s on 10,000 files)."""
    name = os.path.basename(path)
    if name in ("", ".", ".."):  # PurePath drops a trailing slash or "."
        name = PurePath(path).name
    dot = name.rfind(".")
    # PurePath's rule: a suffix has a dot that neither starts nor ends the name.
    if 0 < dot < len(name) - 1:
        return name, name[:dot], name[dot:]
    return name, name, ""


def _from_directory(path: str, max_bytes: int) -> Iterator[tuple[Source, object]]:
    try:
        with os.scandir(path) as entries:
            names = sorted(
                e.name for e in entries if not e.name.startswith(".") and PurePath(e.name).suffix.lower() in SUFFIXES
            )
    except OSError as error:
        yield Source(path, problem=f"cannot list directory: {error.strerror or error}"), None
        return
    if not names:
        yield Source(path, problem=_no_files(path)), None
    root = os.path.realpath(path)
    for name in names:
        entry = os.path.join(path, name)
        if os.path.islink(entry) and not _inside(os.path.realpath(entry), root):
            # A folder is a boundary: an article folder (an unpacked archive, a
            # shared inbox) must not pull /etc/passwd or /proc files into a report.
            yield Source(entry, problem=OUTSIDE_LINK), None
            continue
        yield from _from_path(entry, max_bytes, explicit=False)


def _no_files(path: str) -> str:
    """Why a folder gave no file: it has none, or they are all in subfolders, which are not read."""
    found = _in_subfolders(path)
    if found is None:
        return f"the folder has no {_SUFFIX_LIST} files"
    folder, suffix = found
    pattern = os.path.join(glob.escape(path), "**", f"*{suffix}")
    return (
        f"the folder has no {_SUFFIX_LIST} files of its own, and subfolders are not read "
        f"({folder} has some): to read them all, pass '{pattern}' in quotes, or name the subfolders"
    )


def _in_subfolders(path: str) -> tuple[str, str] | None:
    """The first subfolder of ``path`` (hidden ones skipped) holding an article file, and that file's suffix.

    Looks through at most :data:`_SUBFOLDERS_LOOKED_AT` folders, breadth first: a folder
    named by mistake (a home directory) must not hold up the load.
    """
    queue, looked = [path], 0
    while queue and looked < _SUBFOLDERS_LOOKED_AT:
        folder = queue.pop(0)
        looked += 1
        try:
            with os.scandir(folder) as entries:
                listed = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries if e.name[:1] != ".")
        except OSError:
            continue
        for name, is_dir in listed:
            suffix = PurePath(name).suffix.lower()
            if folder != path and not is_dir and suffix in SUFFIXES:
                return folder, suffix
        queue.extend(os.path.join(folder, name) for name, is_dir in listed if is_dir)
    return None


#: Folders :func:`_in_subfolders` looks through before giving up.
_SUBFOLDERS_LOOKED_AT = 500


def _inside(target: str, root: str) -> bool:
    """Whether the resolved ``target`` lies within the resolved folder ``root``."""
    try:
        return os.path.commonpath([target, root]) == root
    except ValueError:  # different drives (Windows)
        return False


def too_big(max_bytes: int, size: int | None) -> str:
    """The warning for an input over the size limit.

    Args:
        max_bytes: The limit.
        size: The input's size, None when unknown (standard input).

    Returns:
        The reason, naming the limit and the option that raises it.
    """
    actual = f" ({human_size(size)})" if size is not None else ""
    return f"skipped: larger than the {human_size(max_bytes)} limit{actual}; see --max-size"


def read(source: Source, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """Read at most ``max_bytes + 1`` bytes of a source.

    Args:
        source: A source without a problem.
        max_bytes: Size limit; one byte more is read to detect oversize input.
        stdin: Stream for ``-`` (default: ``sys.stdin.buffer``).

    Returns:
        The bytes read.

    Raises:
        OSError: The input cannot be read; ``strerror`` says why.
    """
    if source.path == STDIN:
        if stdin is None:
            if sys.stdin is None or sys.stdin.isatty():
                raise OSError(0, "standard input is a terminal or closed; pipe an article into it")
            stdin = sys.stdin.buffer
        return stdin.read(max_bytes + 1)
    # Non-blocking open, then a check on the descriptor itself: a file
    # swapped for a FIFO after expand() looked at it cannot hang the load.
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    if source.nofollow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(source.path, flags)
    except OSError as error:
        if source.nofollow and error.errno == errno.ELOOP:
            raise OSError(error.errno, "replaced by a symbolic link while loading") from error
        raise
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


_DECIMAL = (("GB", 1000**3), ("MB", 1000**2), ("kB", 1000))
_BINARY = (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024))


def human_size(n: int) -> str:
    """A byte count for people: ``5 MB``, ``5 MiB``, ``12.5 kB``, ``1.5 GB``, ``300 bytes``.

    An exact decimal or binary multiple is shown exactly (so ``--max-size
    5MiB`` reads back as ``5 MiB``); anything else with three significant
    digits, never in exponent notation.
    """
    for units in (_DECIMAL, _BINARY):
        for name, size in units:
            if n >= size and n % size == 0:
                return f"{n // size:,} {name}"
    for name, size in _DECIMAL:
        if n >= size:
            value = n / size
            # Rounded down from 100 up, so 999,999 bytes never shows as "1,000 kB".
            return f"{int(value):,} {name}" if value >= 100 else f"{value:.3g} {name}"
    return "1 byte" if n == 1 else f"{n} bytes"
