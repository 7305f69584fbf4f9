"""The cache file is not trusted: never opened through a link or as a special file, records checked.

Issue 13, items 3, 4 and 5: a cache file that was a symbolic link had its target modified; a FIFO
at the cache path hung the run for ever (Ctrl+C included); valid but wrong JSON in a record (no
sentences, reversed or out-of-range offsets, escape bytes in labels) gave a silently wrong
analysis and put escape bytes into the JSON output.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.support.cli_runner import ROOT, tuicompare
from tuicompare.analysis import nlp
from tuicompare.analysis.cache import FILE_NAME, AnalysisCache, open_cache
from tuicompare.models import Article

pytestmark = pytest.mark.xdist_group("hardening-cache-trust")

TEXT = (
    "Mayor Anna Kowalski opened the Lindenport bridge on Tuesday.\n\n"
    "The bridge cost 40 million euros, the city council said.\n"
)
ARTICLE = Article(id="a", path="a.txt", title="", text=TEXT)


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


def without_warnings(value: object) -> object:
    if isinstance(value, dict):
        return {k: without_warnings(v) for k, v in value.items() if k != "warnings"}
    if isinstance(value, list):
        return [without_warnings(v) for v in value]
    return value


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


# --- item 4: records are checked on read --------------------------------------------------


@pytest.fixture(scope="module")
def fresh(model) -> object:
    return nlp.analyze([ARTICLE])[0]


@pytest.fixture
def warm(model, tmp_path: Path) -> Path:
    directory = tmp_path / "cache"
    with open_cache(directory) as cache:
        nlp.analyze([ARTICLE], cache=cache)
    return directory


def edit_record(directory: Path, change) -> None:
    with sqlite3.connect(directory / FILE_NAME) as conn:
        ((key, data),) = conn.execute("SELECT key, data FROM analyses").fetchall()
        record = json.loads(data)
        change(record)
        conn.execute("UPDATE analyses SET data = ? WHERE key = ?", (json.dumps(record), key))
    conn.close()


def recount(record: dict) -> None:
    """Keep the counts consistent, as a careful forger would."""
    rows = record["s"]
    record["c"] = [len(rows), sum(len(r[2]) for r in rows), sum(len(r[3]) for r in rows)]


def first_entity(record: dict) -> list:
    return next(row[2][0] for row in record["s"] if row[2])


def no_sentences(record: dict) -> None:
    record["s"] = []
    recount(record)


def negative_entity(record: dict) -> None:
    first_entity(record)[0] = -5


def reversed_entity(record: dict) -> None:
    entity = first_entity(record)
    entity[0], entity[1] = entity[1], entity[0]


def entity_past_the_end(record: dict) -> None:
    first_entity(record)[1] = len(TEXT) + 50


def escape_in_label(record: dict) -> None:
    first_entity(record)[2] = "\x1b]0;owned\x07PERSON"


def unknown_label(record: dict) -> None:
    first_entity(record)[2] = "SECRET_AGENT"


def escape_in_lemma(record: dict) -> None:
    record["s"][0][3][0][2] = "\x1b[2J"


def sentence_dropped(record: dict) -> None:
    record["s"] = record["s"][:1]
    recount(record)


def wrong_counts(record: dict) -> None:
    record["c"][2] += 1


def other_text(record: dict) -> None:
    record["h"] = "0" * 32


def head_outside(record: dict) -> None:
    record["s"][0][3][0][5] = 999


def sentences_overlap(record: dict) -> None:
    record["s"][1][0] = record["s"][0][0]


FORGERIES = [
    no_sentences,
    negative_entity,
    reversed_entity,
    entity_past_the_end,
    escape_in_label,
    unknown_label,
    escape_in_lemma,
    sentence_dropped,
    wrong_counts,
    other_text,
    head_outside,
    sentences_overlap,
]


@pytest.mark.parametrize("forge", FORGERIES, ids=[f.__name__ for f in FORGERIES])
def test_an_invalid_record_is_a_miss_with_one_warning(warm: Path, fresh, forge) -> None:
    edit_record(warm, forge)
    with open_cache(warm) as cache:
        (analysis,) = nlp.analyze([ARTICLE], cache=cache)
        assert analysis == fresh, "re-analysed, not the forged record"
        assert len(cache.warnings) == 1 and "invalid" in cache.warnings[0], cache.warnings
        assert "\x1b" not in cache.warnings[0], "the reason quotes the bad value escaped"
    with open_cache(warm) as cache:  # the record was replaced by a good one
        assert nlp.analyze([ARTICLE], cache=cache) == [fresh] and cache.warnings == []


def test_a_good_record_round_trips_without_warnings(warm: Path, fresh) -> None:
    with open_cache(warm) as cache:
        assert nlp.analyze([ARTICLE], cache=cache) == [fresh] and cache.warnings == []


@pytest.mark.slow
def test_escape_bytes_in_a_cached_label_never_reach_the_json_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT)
    (corpus / "b.txt").write_text(TEXT.replace("40 million", "45 million"))
    directory = tmp_path / "cache"
    first = tuicompare("report", str(corpus), "--json", "--cache-dir", str(directory), cache=tmp_path)
    assert first.status == 0, first.err

    def poison(record: dict | list) -> None:
        # Analyses ({"h", "c", "s"}) and their outlines (a list of [start, end, entities]) hold labels.
        rows = record.get("s", ()) if isinstance(record, dict) else record
        for row in rows:
            if isinstance(row, list) and len(row) in (3, 4) and isinstance(row[2], list):
                for entity in row[2]:
                    entity[2] = "\x1b[31mPERSON"

    with sqlite3.connect(directory / FILE_NAME) as conn:
        for key, data in conn.execute("SELECT key, data FROM analyses").fetchall():
            try:
                record = json.loads(data)
            except ValueError:  # a kept report text: dropped, so the report must read the analyses again
                conn.execute("DELETE FROM analyses WHERE key = ?", (key,))
                continue
            poison(record)
            conn.execute("UPDATE analyses SET data = ? WHERE key = ?", (json.dumps(record), key))
    conn.close()
    again = tuicompare("report", str(corpus), "--json", "--cache-dir", str(directory), cache=tmp_path)
    assert again.status == 0, again.err
    assert b"\x1b" not in again.stdout and "\\u001b" not in again.out
    assert without_warnings(json.loads(again.out)) == without_warnings(json.loads(first.out)), (
        "apart from the warning, the same report as from a clean cache"
    )
    warnings = [w["reason"] for w in json.loads(again.out)["warnings"]]  # report --json carries its warnings
    assert any("2 stored analyses were invalid" in w for w in warnings), warnings
