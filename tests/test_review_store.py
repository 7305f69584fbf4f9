"""The review store: fingerprints that survive moves and re-analysis, safe opening, concurrent writers."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tuicompare.models import Comparison, Review
from tuicompare.review import ReviewBook, ReviewStore, ReviewStoreError, conflict_key, default_path, open_book
from tuicompare.review.keys import article_hash

ROOT = Path(__file__).resolve().parent.parent


def place_conflict(comparison: Comparison):
    return next(c for c in comparison.conflicts if c.kind == "conflict" and c.type == "place")


def moved(comparison: Comparison) -> Comparison:
    """The same corpus read from another folder, its files renamed, its conflicts numbered differently."""
    rename = {a.id: f"x-{a.id}" for a in comparison.articles}
    articles = tuple(
        dataclasses.replace(a, id=rename[a.id], path=f"/elsewhere/x-{a.id}.txt") for a in comparison.articles
    )
    conflicts = tuple(
        dataclasses.replace(
            c,
            id=f"renumbered-{i}",
            values=tuple(dataclasses.replace(v, articles=tuple(rename[a] for a in v.articles)) for v in c.values),
        )
        for i, c in enumerate(reversed(comparison.conflicts))
    )
    return dataclasses.replace(comparison, articles=articles, conflicts=conflicts)


def test_verdict_cycles_and_survives_a_moved_corpus(tmp_path: Path, seed_comparison: Comparison) -> None:
    """v's order, then the same verdict found for the corpus renamed, moved and renumbered."""
    conflict = place_conflict(seed_comparison)
    book = open_book(seed_comparison, tmp_path / "r.sqlite3")
    assert book.get(conflict.id) == Review()
    seen = [book.cycle(conflict.id).verdict for _ in range(5)]
    assert seen == ["confirmed", "false-alarm", "needs-follow-up", "unreviewed", "confirmed"]
    book.set_note(conflict.id, "Checked with the [bold]agency[/].", base="")
    book.store.close()

    other = moved(seed_comparison)
    again = open_book(other, tmp_path / "r.sqlite3")
    twin = next(
        c
        for c in other.conflicts
        if c.type == "place"
        and c.kind == "conflict"
        and [v.text for v in c.values] == [v.text for v in conflict.values]
    )
    assert again.get(twin.id).verdict == "confirmed"
    assert again.get(twin.id).note == "Checked with the [bold]agency[/]."
    # Every other conflict is still unreviewed: a verdict belongs to one dispute.
    assert [cid for cid in again.reviews()] == [twin.id]


def test_an_edited_article_or_other_values_do_not_match(tmp_path: Path, seed_comparison: Comparison) -> None:
    conflict = place_conflict(seed_comparison)
    hashes = {a.id: article_hash(a) for a in seed_comparison.articles}
    key = conflict_key(conflict, hashes)
    with ReviewStore.open(tmp_path / "r.sqlite3") as store:
        store.set_verdict(key, "confirmed")
        other_value = dataclasses.replace(
            conflict, values=(dataclasses.replace(conflict.values[0], text="Elsewhere"), *conflict.values[1:])
        )
        assert store.lookup([conflict_key(other_value, hashes)]) == {}
        # Every article edited: no article holds a value it held before, so nothing carries over.
        edited = {a: h[::-1] for a, h in hashes.items()}
        assert store.lookup([conflict_key(conflict, edited)]) == {}
        # One more article holding a value (an article added to the story) still finds the verdict.
        first = conflict.values[0]
        grown = dataclasses.replace(
            conflict, values=(dataclasses.replace(first, articles=(*first.articles, "new")), *conflict.values[1:])
        )
        near = store.lookup([conflict_key(grown, {**hashes, "new": "feedfacefeedface"})])
        assert [r.verdict for r in near.values()] == ["confirmed"]


def test_reading_creates_nothing_and_default_is_in_the_data_dir(tmp_path: Path, seed_comparison: Comparison) -> None:
    assert default_path().is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    book = open_book(seed_comparison, None)
    assert book.reviews() == {} and not default_path().exists()
    book.cycle(place_conflict(seed_comparison).id)
    assert default_path().is_file()
    assert (default_path().parent.stat().st_mode & 0o777) == 0o700


def test_links_fifos_and_foreign_files_are_refused_and_left_alone(tmp_path: Path, seed_comparison: Comparison) -> None:
    target = tmp_path / "target.sqlite3"
    link = tmp_path / "link.sqlite3"
    link.symlink_to(target)
    with pytest.raises(ReviewStoreError, match="symbolic link"):
        ReviewStore.open(link)
    assert not target.exists()
    fifo = tmp_path / "fifo.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(ReviewStoreError, match="not a regular file"):
        ReviewStore.open(fifo)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE accounts (id)")
    with pytest.raises(ReviewStoreError, match="not a tuicompare review store"):
        ReviewStore.open(foreign)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x17" * 3000)
    with pytest.raises(ReviewStoreError):
        ReviewStore.open(damaged)
    assert damaged.read_bytes().startswith(b"SQLite format 3\x00\x17")  # the reviewer's file is never replaced


def test_a_note_changed_meanwhile_is_kept_beside_the_new_one(tmp_path: Path, seed_comparison: Comparison) -> None:
    conflict = place_conflict(seed_comparison)
    path = tmp_path / "r.sqlite3"
    mine, theirs = open_book(seed_comparison, path), open_book(seed_comparison, path)
    theirs.set_note(conflict.id, "their note", base="")
    theirs.cycle(conflict.id)
    # Mine started from the empty note and never saw theirs.
    review = mine.set_note(conflict.id, "my note", base="")
    assert review.note == "their note\n\nmy note"
    # Mine cycles from what is stored (confirmed), not from what it showed (unreviewed).
    assert mine.cycle(conflict.id).verdict == "false-alarm"
    fields = [row[:2] for row in mine.store.history(mine.keys[conflict.id])]
    assert fields == [
        ("note", "their note"),
        ("verdict", "confirmed"),
        ("note", "their note\n\nmy note"),
        ("verdict", "false-alarm"),
    ]


WRITER = """
import sys
from pathlib import Path
from tuicompare.models import Conflict, ConflictValue, Article, Comparison
from tuicompare.review import ReviewStore, conflict_key
store = ReviewStore.open(Path(sys.argv[1]))
who = sys.argv[2]
for i in range(int(sys.argv[3])):
    values = (ConflictValue(f"{who}-{i}", ("a",), ()), ConflictValue("x", ("b",), ()))
    c = Conflict(f"c{i}", "conflict", "number", "g", values)
    key = conflict_key(c, {"a": "aaaa", "b": "bbbb"})
    store.cycle(key)
    store.set_note(key, f"note {who} {i}")
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, "60"], env=env) for who in ("ann", "bob")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT verdict, note FROM reviews").fetchall()
        history = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    assert len(rows) == 120 and {v for v, _ in rows} == {"confirmed"} and history == 240
    assert {n for _, n in rows} == {f"note {w} {i}" for w in ("ann", "bob") for i in range(60)}


def test_no_store_keeps_nothing(seed_comparison: Comparison) -> None:
    book = ReviewBook(seed_comparison, None)
    with pytest.raises(ReviewStoreError, match="No review store"):
        book.cycle(place_conflict(seed_comparison).id)
