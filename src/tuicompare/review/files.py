"""Opening the review store's SQLite file safely: which files are refused, the layout, the journal mode."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

#: How long a writer waits for another's transaction, in seconds (transactions take milliseconds).
BUSY_TIMEOUT = 10.0
#: The layout version written to ``PRAGMA user_version``.
LAYOUT = 1
_COMPANIONS = ("-wal", "-shm", "-journal")
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS reviews (
        fingerprint TEXT PRIMARY KEY,
        value_key TEXT NOT NULL,
        value_json TEXT NOT NULL,
        label TEXT NOT NULL,
        verdict TEXT NOT NULL,
        note TEXT NOT NULL,
        updated REAL NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS reviews_by_value ON reviews (value_key)",
    """CREATE TABLE IF NOT EXISTS history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        fingerprint TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        at REAL NOT NULL,
        who TEXT NOT NULL)""",
    # A reviewer's story corrections: article (content hash) placed with an anchor article, or alone (anchor '').
    """CREATE TABLE IF NOT EXISTS placements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article TEXT NOT NULL,
        anchor TEXT NOT NULL,
        at REAL NOT NULL,
        who TEXT NOT NULL)""",
)


def unsafe(path: Path) -> str | None:
    """Why ``path`` (or a journal file beside it) must not be opened, looked at with ``lstat``."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in _COMPANIONS)):
        try:
            mode = os.lstat(name).st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            return f"{name} cannot be examined ({exc.strerror or exc})"
        if stat.S_ISLNK(mode):
            return f"{name} is a symbolic link"
        if not stat.S_ISREG(mode):
            return f"{name} is not a regular file"
    return None


def prepare(conn: sqlite3.Connection) -> str:
    """Check the file, choose the journal and create the tables; returns the journal mode."""
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise sqlite3.DatabaseError(f"damaged: {result[0][0] if result else 'no answer'}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version > LAYOUT:
        raise sqlite3.DatabaseError(f"written by a newer tuicompare (layout {version})")
    if tables - {"reviews", "history", "placements", "sqlite_sequence"} or (tables and version != LAYOUT):
        raise sqlite3.DatabaseError("not a tuicompare review store")
    journal = "wal"
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            break
        except sqlite3.OperationalError as exc:
            # Two first runs switching the journal together get "locked" at once, without the busy handler.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    if str(mode).lower() != "wal":
        journal = "delete"
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {LAYOUT}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return journal
