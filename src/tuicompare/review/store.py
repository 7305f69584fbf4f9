"""The review store: reviewers' verdicts and notes in one SQLite file.

The file is the reviewers' own work, so it is handled more carefully than
the analysis cache, which can always be rebuilt:

- it is never set aside or rebuilt: a damaged file, a file of another
  program or a newer layout is refused with a message, and left as it is;
- a path (or one of its journal files) that is a symbolic link or not a
  regular file is never opened, so nothing is written through a link and a
  FIFO cannot hang the app;
- every change is one short ``BEGIN IMMEDIATE`` transaction that reads the
  stored state and writes the new one, with a busy timeout, in WAL mode
  (a rollback journal where WAL does not work), so two app instances (or a
  team sharing the file) writing at once lose nothing: cycling a verdict
  starts from what is stored, a note changed meanwhile is kept beside the
  new one, and every change is also appended to a ``history`` table;
- reading a store that does not exist yet creates nothing.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from tuicompare import dirs
from tuicompare.errors import TuicompareError
from tuicompare.models import VERDICTS, Review, Verdict
from tuicompare.review.files import BUSY_TIMEOUT, prepare
from tuicompare.review.keys import ConflictKey, decode_values, encode_values, near_match

FILE_NAME = "reviews.sqlite3"
_QUERY_CHUNK = 500


class ReviewStoreError(TuicompareError):
    """The review store cannot be opened, read or written."""


def default_path() -> Path:
    """The store in the user data directory (honours ``$XDG_DATA_HOME``)."""
    return dirs.data_dir() / FILE_NAME


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class ReviewStore:
    """Verdicts and notes by conflict fingerprint.

    Open with `ReviewStore.open`. Until the first write a store whose file
    does not exist reads as empty and creates nothing.

    Attributes:
        path: The SQLite file.
        journal: ``wal`` or ``delete`` once written or opened, else ``""``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.journal = ""
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path | None = None) -> ReviewStore:
        """The store at ``path`` (default: `default_path`); opened now if the file exists.

        Raises:
            ReviewStoreError: The file is a link, not a regular file, damaged or not a review store.
        """
        store = cls(Path(path) if path is not None else default_path())
        if os.path.lexists(store.path):
            with store._lock:
                store._connect()
        return store

    # -- reading -------------------------------------------------------------

    def lookup(self, keys: Iterable[ConflictKey]) -> dict[str, Review]:
        """The reviews of ``keys``, by fingerprint; a key without its own review takes its nearest match's.

        Raises:
            ReviewStoreError: The store cannot be read.
        """
        keys = list(keys)
        with self._lock:
            if self._conn is None or not keys:
                return {}
            rows: list[tuple[str, str, str, str, str, float]] = []
            wanted = sorted({k.value_key for k in keys})
            try:
                for i in range(0, len(wanted), _QUERY_CHUNK):
                    chunk = wanted[i : i + _QUERY_CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows += self._conn.execute(
                        "SELECT fingerprint, value_key, value_json, verdict, note, updated FROM reviews "
                        f"WHERE value_key IN ({marks})",
                        chunk,
                    ).fetchall()
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be read ({exc}).") from exc
        by_value: dict[str, list[tuple[str, str, str, str, float]]] = {}
        for fingerprint, value_key, value_json, verdict, note, updated in rows:
            by_value.setdefault(value_key, []).append((fingerprint, value_json, verdict, note, updated))
        found: dict[str, Review] = {}
        for key in keys:
            best: tuple[int, float, Review] | None = None
            for fingerprint, value_json, verdict, note, updated in by_value.get(key.value_key, ()):
                review = Review(_verdict(verdict), note, updated)
                score = 1 << 30 if fingerprint == key.fingerprint else near_match(decode_values(value_json), key)
                if score and (best is None or (score, updated) > best[:2]):
                    best = (score, updated, review)
            if best is not None:
                found[key.fingerprint] = best[2]
        return found

    # -- writing -------------------------------------------------------------

    def cycle(self, key: ConflictKey, start: Review | None = None) -> Review:
        """Move the stored verdict of ``key`` one step on: unreviewed → confirmed → false alarm → follow-up → ….

        The step starts from what is stored now (another instance may have
        changed it), else from ``start`` (the review shown, maybe a near match).
        """

        def change(current: Review) -> Review:
            verdict = VERDICTS[(VERDICTS.index(current.verdict) + 1) % len(VERDICTS)]
            return Review(verdict, current.note, time.time())

        return self._change(key, start, change, "verdict")

    def set_verdict(self, key: ConflictKey, verdict: Verdict) -> Review:
        """Store ``verdict`` for ``key``, keeping its note."""
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        return self._change(key, None, lambda current: Review(verdict, current.note, time.time()), "verdict")

    def set_note(self, key: ConflictKey, note: str, *, base: str = "", start: Review | None = None) -> Review:
        """Store ``note`` for ``key``; ``base`` is the note the editor started from.

        If another instance changed the note since (the stored note is neither
        ``base`` nor ``note``), both are kept: the stored note, a blank line,
        then the new one. Nothing a reviewer wrote is dropped.
        """

        def change(current: Review) -> Review:
            text = note
            if current.note not in (base, note) and note.strip():
                text = f"{current.note}\n\n{note}"
            return Review(current.verdict, text, time.time())

        return self._change(key, start, change, "note")

    def _change(self, key: ConflictKey, start: Review | None, change: object, field: str) -> Review:
        assert callable(change)
        with self._lock:
            conn = self._opened()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    row = conn.execute(
                        "SELECT verdict, note, updated FROM reviews WHERE fingerprint = ?", (key.fingerprint,)
                    ).fetchone()
                    current = Review(_verdict(row[0]), row[1], row[2]) if row else (start or Review())
                    new: Review = change(current)
                    conn.execute(
                        "INSERT INTO reviews (fingerprint, value_key, value_json, label, verdict, note, updated) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET "
                        "value_json = excluded.value_json, label = excluded.label, verdict = excluded.verdict, "
                        "note = excluded.note, updated = excluded.updated",
                        (
                            key.fingerprint,
                            key.value_key,
                            encode_values(key.values),
                            key.label,
                            new.verdict,
                            new.note,
                            new.updated,
                        ),
                    )
                    value = new.verdict if field == "verdict" else new.note
                    conn.execute(
                        "INSERT INTO history (fingerprint, field, value, at, who) VALUES (?, ?, ?, ?, ?)",
                        (key.fingerprint, field, value, new.updated, _who()),
                    )
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be written ({exc}).") from exc
            return new

    def place(self, moves: Iterable[tuple[str, str]]) -> None:
        """Record story corrections: each ``(article hash, anchor hash)`` puts the article in the
        anchor's story, or alone in a new story when the anchor is ``""``. Later ones win.

        Raises:
            ReviewStoreError: The store cannot be written.
        """
        moves = list(moves)
        with self._lock:
            conn = self._opened()
            try:
                with conn:  # one transaction (the connection is in autocommit mode otherwise)
                    conn.execute("BEGIN IMMEDIATE")
                    now, who = time.time(), _who()
                    conn.executemany(
                        "INSERT INTO placements (article, anchor, at, who) VALUES (?, ?, ?, ?)",
                        [(article, anchor, now, who) for article, anchor in moves],
                    )
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be written ({exc}).") from exc

    def empty(self) -> bool:
        """True when the store holds no verdict or note (nothing to look up).

        Raises:
            ReviewStoreError: The store cannot be read.
        """
        with self._lock:
            if self._conn is None:
                return True
            try:
                return self._conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be read ({exc}).") from exc

    def placements(self) -> list[tuple[str, str]]:
        """Every story correction, oldest first: ``(article hash, anchor hash or "")``."""
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._conn.execute("SELECT article, anchor FROM placements ORDER BY id").fetchall()
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be read ({exc}).") from exc

    def history(self, key: ConflictKey) -> list[tuple[str, str, float, str]]:
        """Every change of ``key``: ``(field, value, time, user)``, oldest first."""
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._conn.execute(
                    "SELECT field, value, at, who FROM history WHERE fingerprint = ? ORDER BY id", (key.fingerprint,)
                ).fetchall()
            except sqlite3.Error as exc:
                raise ReviewStoreError(f"The review store {self.path} cannot be read ({exc}).") from exc

    def close(self) -> None:
        """Close the file (a later write opens it again)."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                self._conn = None

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- opening -------------------------------------------------------------

    def _opened(self) -> sqlite3.Connection:
        """The connection, creating the folder and file first if nothing opened them yet (the caller holds the lock)."""
        if self._conn is None:
            self._create()
        assert self._conn is not None
        return self._conn

    def _create(self) -> None:
        """Create the folder (owner only: notes may be confidential) and the file, then connect."""
        try:
            if self.path.parent == dirs.data_dir():
                dirs.ensure_cache_dir(self.path.parent)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReviewStoreError(
                f"The folder of the review store {self.path} cannot be created ({exc.strerror or exc})."
            ) from exc
        self._connect()

    def _connect(self) -> None:
        problem = dirs.unsafe_database(self.path)
        if problem is not None:
            raise ReviewStoreError(f"Not opening the review store: {problem}.")
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"The review store {self.path} cannot be opened ({exc}).") from exc
        try:
            self.journal = prepare(conn)
        except sqlite3.OperationalError as exc:
            conn.close()
            if "readonly" not in str(exc).replace(" ", "") or not self.path.exists():
                raise ReviewStoreError(f"The review store {self.path} cannot be used ({exc}).") from exc
            # A store shared read-only (a team's reference verdicts) can still be read.
            conn = self._read_only()
            self.journal = "read-only"
        except sqlite3.Error as exc:
            conn.close()
            raise ReviewStoreError(
                f"The review store {self.path} cannot be used ({exc}); it was left as it is."
            ) from exc
        self._conn = conn

    def _read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT, check_same_thread=False)
            conn.execute("SELECT fingerprint FROM reviews LIMIT 0").fetchall()
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"The review store {self.path} cannot be read ({exc}).") from exc
        return conn


def _verdict(raw: str) -> Verdict:
    """A stored verdict; an unknown word (a newer version's) reads as unreviewed."""
    return next((v for v in VERDICTS if v == raw), "unreviewed")
