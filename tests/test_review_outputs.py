"""Verdicts and notes in every output: report (terminal, Markdown, JSON), the CLI, and triage."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tests.support import SEEDS
from tuicompare import report
from tuicompare.cli import main
from tuicompare.models import Comparison
from tuicompare.pipeline import Options
from tuicompare.review import ReviewStore, open_book
from tuicompare.triage import triage_paths

NOTE = "Agency wire says [bold]Seversk[/]; see <b>x</b>"


def place(comparison: Comparison):
    return next(c for c in comparison.conflicts if c.kind == "conflict" and c.type == "place")


@pytest.fixture
def reviewed(tmp_path: Path, seed_comparison: Comparison) -> tuple[Path, str]:
    """A store where the seeds' Seversk/Severodonnetsk conflict is confirmed with a note."""
    path = tmp_path / "team.sqlite3"
    book = open_book(seed_comparison, path)
    conflict = place(seed_comparison)
    book.cycle(conflict.id)
    book.set_note(conflict.id, NOTE, base="")
    book.store.close()
    return path, conflict.id


def test_report_writers_show_verdict_and_note_as_text(reviewed, seed_comparison: Comparison) -> None:
    path, cid = reviewed
    reviews = open_book(seed_comparison, path).reviews()
    doc = report.to_json(seed_comparison, reviews)
    assert report.validate(doc) == []
    by_id = {c["id"]: c for c in doc["conflicts"]}
    assert by_id[cid]["verdict"] == "confirmed" and by_id[cid]["note"] == NOTE
    # Only reviewed conflicts carry the fields; without reviews the document is as before.
    assert all("verdict" not in c for i, c in by_id.items() if i != cid)
    assert report.to_json(seed_comparison) == report.to_json(seed_comparison, {})
    assert all("verdict" not in c for c in report.to_json(seed_comparison)["conflicts"])

    markdown = report.to_markdown(seed_comparison, reviews)
    assert "| Review |" in markdown
    assert r"● confirmed: *Agency wire says \[bold\]Seversk\[/\]; see &lt;b&gt;x&lt;/b&gt;*" in markdown

    out = io.StringIO()
    report.render_report(seed_comparison, Console(file=out, width=160, no_color=True), reviews)
    text = out.getvalue()
    assert "● confirmed" in text and "[bold]Seversk[/]" in text


def test_report_cli_reads_the_review_db(reviewed, seed_options: Options, tmp_path: Path, capsys) -> None:
    path, _ = reviewed
    cache = ["--cache-dir", str(seed_options.cache_dir)]
    assert main(["report", str(SEEDS), "--json", "--review-db", str(path), *cache]) == 0
    doc = json.loads(capsys.readouterr().out)
    verdicts = [(c["type"], c["verdict"], c["note"]) for c in doc["conflicts"] if "verdict" in c]
    assert verdicts == [("place", "confirmed", NOTE)]
    # The default store is empty (and reading it creates nothing): no verdicts.
    assert main(["report", str(SEEDS), "--json", *cache]) == 0
    assert all("verdict" not in c for c in json.loads(capsys.readouterr().out)["conflicts"])
    # A --review-db that is not a store is an error, not a silent empty review.
    bogus = tmp_path / "bogus.sqlite3"
    bogus.symlink_to(path)
    assert main(["report", str(SEEDS), "--json", "--review-db", str(bogus), *cache]) == 2
    assert "symbolic link" in capsys.readouterr().err


def test_triage_does_not_raise_a_false_alarm_again(seed_options: Options, tmp_path: Path) -> None:
    """A dispute marked as a false alarm is dismissed by the next triage of the article, and by the command."""
    main_id = "001_f26ec24a58b350c0"
    rewrite = (SEEDS / f"{main_id}.txt").read_text(encoding="utf-8").replace("Severodonnetsk", "Lysychansk")
    new = tmp_path / "rewrite.txt"
    new.write_text(rewrite, encoding="utf-8")
    first = triage_paths([str(new)], [str(SEEDS)], seed_options).results[0]
    disputes = [d for d in first.contradictions if d.value.text == "Lysychansk"]
    assert disputes
    store = ReviewStore.open(tmp_path / "r.sqlite3")
    book = open_book(first.comparison, store.path)
    for d in disputes:
        book.set_note(d.conflict, "Lysychansk is the twin city: not a contradiction", base="")
        store.set_verdict(book.keys[d.conflict], "false-alarm")
    again = triage_paths([str(new)], [str(SEEDS)], seed_options, reviews=store).results[0]
    assert not [d for d in again.contradictions if d.value.text == "Lysychansk"]
    assert [d.value.text for d in again.dismissed] == ["Lysychansk"] * len(disputes)
    # Without the store it is raised as before.
    plain = triage_paths([str(new)], [str(SEEDS)], seed_options).results[0]
    assert len([d for d in plain.contradictions if d.value.text == "Lysychansk"]) == len(disputes)
    # The triage command takes --review-db and leaves the dismissed dispute out of its exit status.
    status = main(
        [
            "triage",
            str(new),
            "--corpus",
            str(SEEDS),
            "--cache-dir",
            str(seed_options.cache_dir),
            "--review-db",
            str(store.path),
            "--json",
            "-o",
            str(tmp_path / "t.json"),
        ]
    )
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert doc["summary"]["dismissed"] == len(disputes)
    assert status == (1 if doc["summary"]["contradictions"] else 0)


def test_a_hostile_note_from_a_shared_store_cannot_drive_the_terminal(tmp_path: Path, seed_comparison) -> None:
    """A note holding escape sequences (a shared store may hold anything) prints as plain text everywhere."""
    book = open_book(seed_comparison, tmp_path / "r.sqlite3")
    conflict = place(seed_comparison)
    book.set_note(conflict.id, "ok\x1b]52;c;ZXZpbA==\x07 [link=https://evil.example]x[/link]\x1b[2J", base="")
    reviews = book.reviews()
    out = io.StringIO()
    report.render_report(seed_comparison, Console(file=out, width=200, force_terminal=True), reviews)
    markdown = report.to_markdown(seed_comparison, reviews)
    text = report.json_text(report.to_json(seed_comparison, reviews))
    assert "\x1b]" not in out.getvalue() and "\x1b[2J" not in out.getvalue() and "\x07" not in out.getvalue()
    assert "[link=" in out.getvalue()  # shown as text (the Review column may wrap it), never a link
    assert "\x1b" not in markdown and "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("form", [[], ["--json"], ["--markdown"]])
def test_report_says_its_stories_follow_corrections_made_by_hand(
    tmp_path: Path, seed_options: Options, seed_comparison: Comparison, capsys: pytest.CaptureFixture[str], form
) -> None:
    """Two stories merged in the app (M) came out as one in every later report, and nothing said why: now a note
    on standard error names the corrections and the store, in every format; --one-story has nothing to note."""
    from tuicompare.review import article_hash

    by_id = {a.id: a for a in seed_comparison.articles}
    path = tmp_path / "team.sqlite3"
    with ReviewStore.open(path) as store:
        store.place([(article_hash(by_id["003_f609cba098b55e28"]), article_hash(by_id["000_ba5c7385b1f8dd65"]))])
    args = ["report", str(SEEDS), *form, "--review-db", str(path), "--cache-dir", str(seed_options.cache_dir)]
    assert main(args) == 0
    words = capsys.readouterr().err.split()
    assert "note: the stories follow corrections made by hand (m, M in the app) to 1 article" in " ".join(words)
    assert str(path) in "".join(words)  # rich may break a long path across lines
    assert main([*args, "--one-story"]) == 0
    assert "corrections made by hand" not in capsys.readouterr().err
    # A store without corrections: no note.
    assert main([*args[:-4], "--review-db", str(tmp_path / "empty.sqlite3"), *args[-2:]]) == 0
    assert "note:" not in capsys.readouterr().err


def test_triage_says_its_stories_follow_corrections_made_by_hand(
    tmp_path: Path, seed_options: Options, seed_comparison: Comparison, capsys: pytest.CaptureFixture[str]
) -> None:
    """Triage honours the same corrections as report (the story a reviewer put an article in): it says so too."""
    from tuicompare.review import article_hash

    by_id = {a.id: a for a in seed_comparison.articles}
    path = tmp_path / "team.sqlite3"
    with ReviewStore.open(path) as store:
        store.place([(article_hash(by_id["003_f609cba098b55e28"]), article_hash(by_id["000_ba5c7385b1f8dd65"]))])
    new = tmp_path / "copy.txt"
    new.write_bytes((SEEDS / "001_f26ec24a58b350c0.txt").read_bytes())
    args = ["triage", str(new), "--corpus", str(SEEDS), "--review-db", str(path)]
    main([*args, "--cache-dir", str(seed_options.cache_dir)])
    words = capsys.readouterr().err.split()
    assert "note: the stories follow corrections made by hand (m, M in the app) to 1 article" in " ".join(words)
    main([*args, "--one-story", "--cache-dir", str(seed_options.cache_dir)])
    assert "corrections made by hand" not in capsys.readouterr().err


@pytest.mark.parametrize("form", [[], ["--json"], ["--markdown"]])
def test_report_says_nothing_was_compared_when_no_two_articles_make_one_story(
    tmp_path: Path, seed_options: Options, capsys: pytest.CaptureFixture[str], form
) -> None:
    """Two articles of two stories: the report lists each alone, which reads as a result; a note on standard
    error says nothing was compared and how to compare them. --one-story, and the seeds' folder, have no note."""
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("003_f609cba098b55e28.txt", "004_3800fd556f55c46a.txt"):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    cache = ["--cache-dir", str(seed_options.cache_dir), "--review-db", str(tmp_path / "r.sqlite3")]
    assert main(["report", str(folder), *form, *cache]) == 0
    said = " ".join(capsys.readouterr().err.split())
    assert "note: No two of the 2 articles were alike enough to be one story, so nothing was compared." in said
    assert "--one-story compares them as one" in said
    assert main(["report", str(folder), *form, *cache, "--one-story"]) == 0
    assert "nothing was compared" not in capsys.readouterr().err
    assert main(["report", str(SEEDS), *form, *cache]) == 0
    assert "nothing was compared" not in capsys.readouterr().err
