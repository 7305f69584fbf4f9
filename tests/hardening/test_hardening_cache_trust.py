"""The cache file is not trusted: never opened through a link or as a special file, records checked.

Issue 13, items 3 and 5: a cache file that was a symbolic link had its target modified; a FIFO
at the cache path hung the run for ever (Ctrl+C included).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from cli_runner import ROOT, tuicompare

from tuicompare.analysis.cache import FILE_NAME, AnalysisCache, open_cache

pytestmark = pytest.mark.xdist_group("hardening-cache-trust")


def open_with_deadline(directory: Path, seconds: float = 20) -> AnalysisCache:
    """open_cache in a thread: a hang fails the test instead of blocking the suite."""
    box: list[AnalysisCache] = []
    worker = threading.Thread(target=lambda: box.append(open_cache(directory)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert box, f"opening the cache in {directory} hung"
    return box[0]


def other_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE mine (x)")
        conn.execute("INSERT INTO mine VALUES ('precious')")
    conn.close()


def state(path: Path) -> tuple[bytes, int] | None:
    return (path.read_bytes(), path.stat().st_mtime_ns) if path.exists() else None


# --- items 3 and 5: what sits at the cache path ------------------------------------------


@pytest.mark.parametrize(
    "kind", ["link-to-database", "link-to-empty-file", "dangling-link", "fifo", "directory", "link-as-wal"]
)
def test_a_cache_path_that_is_no_plain_file_is_never_opened(tmp_path: Path, kind: str) -> None:
    directory = tmp_path / "cache"
    directory.mkdir()
    path = directory / FILE_NAME
    target = tmp_path / "elsewhere.db"
    expected_problem = "is a symbolic link"
    if kind == "link-to-database":
        other_database(target)
        path.symlink_to(target)
    elif kind == "link-to-empty-file":
        target.write_bytes(b"")
        path.symlink_to(target)
    elif kind == "dangling-link":
        path.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(path)
        expected_problem = "is not a regular file"
    elif kind == "directory":
        path.mkdir()
        expected_problem = "is not a regular file"
    else:
        other_database(target)
        Path(f"{path}-wal").symlink_to(target)
    before = state(target)
    cache = open_with_deadline(directory)
    with cache:
        assert cache.mode == "off" and not cache.writable
        assert len(cache.warnings) == 1 and expected_problem in cache.warnings[0], cache.warnings
        cache.put_many({"k": "v"})
        assert cache.get_many(["k"]) == {}
    assert state(target) == before, "the link's target is untouched"
    if kind == "dangling-link":
        assert not target.exists(), "nothing was created through the dangling link"
    if kind == "link-to-database":
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
            assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("mine",)]


def test_a_linked_cache_folder_is_still_used(tmp_path: Path) -> None:
    """Only the file is checked: a cache directory reached through a link (~/.cache -> /data) is normal."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "via").symlink_to(real)
    with open_cache(tmp_path / "via") as cache:
        assert cache.mode == "wal" and cache.warnings == []
    assert (real / FILE_NAME).is_file()


@pytest.mark.slow
def test_a_fifo_at_the_cache_path_does_not_hang_the_cli(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    directory.mkdir()
    os.mkfifo(directory / FILE_NAME)
    done = tuicompare("info", "seeds/", "--cache-dir", str(directory), cache=tmp_path, cwd=ROOT, timeout=240)
    assert done.status == 0, done.err
    warnings = [line for line in done.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "not a regular file" in warnings[0], done.err
    assert "000" in done.out
