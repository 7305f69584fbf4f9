"""The on-disk analysis cache: one SQLite file of JSON records keyed by hash.

Cache trouble never stops an analysis. Each way the cache can fail ends in a
usable state and one warning line in `AnalysisCache.warnings`:

- a damaged file is moved aside as ``analysis.sqlite3.corrupt-<time>`` and a
  new one is started;
- a filesystem where WAL does not work gets a rollback journal instead;
- a cache that can be read but not written is used read-only;
- a cache that cannot be opened at all (read-only home, a file in the way)
  becomes no cache;
- a cache path (or one of its journal files) that is a symbolic link or not
  a regular file (a FIFO, a device, a directory) is never opened, not even
  to look: it becomes no cache, so nothing is written through a link and a
  FIFO cannot hang the run.

On a filesystem whose file locks do not work (some network homes), set
``TUICOMPARE_SQLITE_VFS=unix-dotfile`` to make SQLite lock with dot-files;
WAL is then unavailable and the rollback journal is used.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Mapping, Sequence
from pathlib import Path

from tuicompare import dirs

FILE_NAME = "analysis.sqlite3"
#: How long a writer waits for another process's transaction, in seconds.
BUSY_TIMEOUT = 30.0
#: The integrity check at opening stops after this many seconds (a big cache is checked as far as that).
QUICK_CHECK_SECONDS = 0.05
#: Files larger than this are not checked at opening: SQLite walks the whole file before the time bound is
#: first consulted (0.25-0.4 s for the 215 MB cache of 10,000 articles, at every opening), while about this
#: much is checked within QUICK_CHECK_SECONDS. Damage in them is met on reading and set aside all the same.
QUICK_CHECK_BYTES = 32 << 20
#: Environment variable naming the SQLite VFS (locking method) to use.
VFS_ENV = "TUICOMPARE_SQLITE_VFS"
#: Keys per SELECT, below SQLite's bound-parameter limit.
_QUERY_CHUNK = 500
_SCHEMA = "CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, data TEXT NOT NULL)"
_CORRUPT_HINTS = ("malformed", "not a database", "corrupt", "quick_check", "unexpected layout")


class AnalysisCache:
    """Analysis records (JSON text) by cache key, stored in SQLite.

    Use `open_cache` (or `AnalysisCache.open`) to create one; it never raises.

    Attributes:
        path: The SQLite file, or ``None`` when there is no cache.
        mode: ``wal``, ``delete`` (rollback journal), ``read-only`` or ``off``.
        warnings: One line per problem met, for the user.
    """

    def __init__(self, path: Path | None, conn: sqlite3.Connection | None, mode: str, warnings: list[str]) -> None:
        self.path = path
        self.mode = mode
        self.warnings = warnings
        self._conn = conn
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path | None = None, *, enabled: bool = True) -> AnalysisCache:
        """Open the cache in a directory; see `open_cache`."""
        return open_cache(path, enabled=enabled)

    @property
    def writable(self) -> bool:
        """True when new records are saved."""
        return self.mode in ("wal", "delete")

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        """The stored records among ``keys`` (missing keys are left out)."""
        return {key: data for key, data in self._select("key, data", keys)}

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` have a record, without reading the records."""
        return {key for (key,) in self._select("key", keys)}

    def _select(self, columns: str, keys: Sequence[str]) -> list[tuple[str, ...]]:
        """The rows of ``keys`` (``columns`` of them), a bounded number of keys per query; none on an error."""
        found: list[tuple[str, ...]] = []
        with self._lock:
            if self._conn is None:
                return found
            try:
                for i in range(0, len(keys), _QUERY_CHUNK):
                    chunk = list(keys[i : i + _QUERY_CHUNK])
                    marks = ",".join("?" * len(chunk))
                    found.extend(self._conn.execute(f"SELECT {columns} FROM analyses WHERE key IN ({marks})", chunk))
            except sqlite3.Error as exc:
                self._fail(exc)
                return []
        return found

    def put_many(self, records: Mapping[str, str]) -> None:
        """Store records in one transaction; does nothing if the cache is not writable."""
        with self._lock:
            if self._conn is None or not self.writable or not records:
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    self._conn.executemany("INSERT OR REPLACE INTO analyses (key, data) VALUES (?, ?)", records.items())
                    self._conn.execute("COMMIT")
                except BaseException:
                    _rollback(self._conn)
                    raise
            except sqlite3.Error as exc:
                self._fail(exc)

    def close(self) -> None:
        """Close the database; the warnings stay readable."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                self._conn = None

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _fail(self, exc: sqlite3.Error) -> None:
        """Handle an error met while in use: set a damaged file aside, else stop caching."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()  # type: ignore[union-attr]
        self._conn = None
        # Only a writer may set a file aside: a reader may be seeing another writer's work.
        if self.path is not None and self.writable and _is_corrupt(exc):
            fresh = _open_file(self.path, self.warnings, set_aside=exc)
            self._conn, self.mode = fresh._conn, fresh.mode
        else:
            self.mode = "off"
            self.warnings.append(f"analysis cache {self.path} failed ({exc}); continuing without it")


def open_cache(cache_dir: Path | None = None, enabled: bool = True) -> AnalysisCache:
    """Open (creating if needed) the analysis cache; never raises.

    Args:
        cache_dir: Directory of the cache; ``None`` means the user cache dir.
        enabled: ``False`` (``--no-cache``) gives a cache that stores nothing.

    Returns:
        A cache; check its ``warnings`` for problems met while opening.
    """
    if not enabled:
        return AnalysisCache(None, None, "off", [])
    directory = Path(cache_dir) if cache_dir is not None else dirs.cache_dir()
    try:
        dirs.ensure_cache_dir(directory)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        warning = f"analysis cache directory {directory} cannot be created ({reason}); continuing without a cache"
        return AnalysisCache(None, None, "off", [warning])
    return _open_file(directory / FILE_NAME, [])


def _open_file(path: Path, warnings: list[str], set_aside: sqlite3.Error | None = None) -> AnalysisCache:
    """Open the database, trying WAL, then a rollback journal, then read-only."""
    if set_aside is not None:
        _set_aside(path, set_aside, warnings)
    problem = dirs.unsafe_database(path)
    if problem is not None:
        warnings.append(f"analysis cache {problem}; not opening it, continuing without a cache (remove it to fix)")
        return AnalysisCache(None, None, "off", warnings)
    try:
        return AnalysisCache(path, _connect(path, "WAL"), "wal", warnings)
    except sqlite3.Error as exc:
        if _is_corrupt(exc) and set_aside is None:
            return _open_file(path, warnings, set_aside=exc)
        wal_error = exc
    try:
        conn = _connect(path, "DELETE")
        warnings.append(f"analysis cache {path}: WAL journal unavailable ({wal_error}); using a rollback journal")
        return AnalysisCache(path, conn, "delete", warnings)
    except sqlite3.Error:
        pass
    try:
        conn = _connect_read_only(path)
        warnings.append(f"analysis cache {path} cannot be written ({wal_error}); using it read-only")
        return AnalysisCache(path, conn, "read-only", warnings)
    except sqlite3.Error:
        pass
    warnings.append(f"analysis cache {path} cannot be opened ({wal_error}); continuing without a cache")
    return AnalysisCache(None, None, "off", warnings)


def _connect(path: Path, journal: str) -> sqlite3.Connection:
    """Connect, check integrity, set the journal mode and prove a write works."""
    conn = sqlite3.connect(_uri(path), uri=True, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    try:
        _quick_check(conn, path)
        _set_journal(conn, journal)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(_SCHEMA)
        conn.execute("COMMIT")
        _check_table(conn)
        if journal == "WAL":
            # Safe with WAL: a crash loses at most the last transactions, never the file.
            conn.execute("PRAGMA synchronous=NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


def _set_journal(conn: sqlite3.Connection, journal: str) -> None:
    """Switch the journal mode, waiting out other processes doing the same.

    SQLite reports "database is locked" at once, without its busy handler,
    when two connections change the journal mode together (two first runs
    racing), so the wait is done here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            mode = conn.execute(f"PRAGMA journal_mode={journal}").fetchone()[0]
            break
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    if str(mode).upper() != journal:
        raise sqlite3.OperationalError(f"journal mode stayed {mode}")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Connect without writing anything; fails unless the cache table can be read.

    A WAL database needs its ``-shm`` file even to be read; where that file
    cannot be created (a read-only directory) the file is opened as immutable,
    which is what it is for us.
    """
    error: sqlite3.Error | None = None
    for options in ({"mode": "ro"}, {"mode": "ro", "immutable": "1"}):
        conn = sqlite3.connect(_uri(path, **options), uri=True, timeout=BUSY_TIMEOUT, check_same_thread=False)
        try:
            _quick_check(conn, path)
            conn.execute("SELECT key, data FROM analyses LIMIT 1").fetchall()
            return conn
        except sqlite3.Error as exc:
            conn.close()
            error = exc
    assert error is not None
    raise error


def _uri(path: Path, **options: str) -> str:
    """The ``file:`` URI of the database with the given options and the chosen VFS."""
    vfs = os.environ.get(VFS_ENV, "").strip()
    if vfs:
        options["vfs"] = vfs
    query = urllib.parse.urlencode(options)
    return path.resolve().as_uri() + (f"?{query}" if query else "")


def _check_table(conn: sqlite3.Connection) -> None:
    """Raise `sqlite3.DatabaseError` if the cache table is not ours (another version, another program).

    Such a file would otherwise fail on every query and leave every later run
    without a cache; reported as damage, it is set aside and started afresh.
    """
    try:
        conn.execute("SELECT key, data FROM analyses LIMIT 0").fetchall()
    except sqlite3.OperationalError as exc:
        raise sqlite3.DatabaseError(f"unexpected layout of the cache table ({exc})") from exc


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise `sqlite3.DatabaseError` if the file is damaged, as far as ``QUICK_CHECK_SECONDS`` allow.

    The check reads the whole file: 0.3 s for a cache of 180 MB, seconds for
    the cache of a 10,000-article corpus, at every start. A file up to
    ``QUICK_CHECK_BYTES`` is checked as far as the time allows; a bigger one
    is not checked here, because SQLite reads most of it before the time
    bound is first asked. Damage the check does not reach is met on reading,
    where ``AnalysisCache._fail`` sets the file aside all the same.
    """
    try:
        if path.stat().st_size > QUICK_CHECK_BYTES:
            return
    except OSError:
        pass  # connecting already succeeded; let the check itself say what is wrong
    deadline = time.monotonic() + QUICK_CHECK_SECONDS
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if result != [("ok",)]:
        raise sqlite3.DatabaseError(f"quick_check: {result[0][0] if result else 'no answer'}")


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open.

    SQLite rolls back by itself on some errors (a full disk, SQLITE_FULL);
    a second ROLLBACK would then fail and hide the error the user should see.
    """
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _is_corrupt(exc: sqlite3.Error) -> bool:
    """True for errors that mean the file itself is damaged."""
    return isinstance(exc, sqlite3.DatabaseError) and any(h in str(exc).lower() for h in _CORRUPT_HINTS)


def _set_aside(path: Path, reason: sqlite3.Error, warnings: list[str]) -> None:
    """Move a damaged database (and its journal files) out of the way."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        os.replace(path, target)
    except FileNotFoundError:
        pass  # another process set it aside first
    except OSError as exc:
        warnings.append(f"analysis cache {path} is damaged ({reason}) and cannot be moved aside ({exc.strerror})")
        return
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
    warnings.append(f"analysis cache {path} was damaged ({reason}); moved it to {target.name} and started a new one")
