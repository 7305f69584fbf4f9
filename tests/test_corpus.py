"""Loading articles from files, directories, globs and stdin: tuicompare.load.corpus (formats: test_corpus_formats)."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from pathlib import Path

import pytest

from tests.support.loading import SEED_000, load, only, reasons, write
from tuicompare.load.corpus import load_corpus, load_path

# --- the seeds --------------------------------------------------------------


def test_seeds_load_in_sorted_order(seeds_dir: Path) -> None:
    result = load(seeds_dir)
    assert not result.warnings
    assert [a.id for a in result.articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert all(a.encoding == "utf-8" and a.format == "text" for a in result.articles)


def test_seed_000_headline_is_title_not_first_sentence(seeds_dir: Path) -> None:
    article = only(load(seeds_dir / f"{SEED_000}.txt"))
    assert article.title == (
        "Late-Breaking: Putin’s Urgent Calls to Frontline Commanders Highlight Coordination Efforts"
    )
    assert article.text.startswith("Russian President")
    assert "Late-Breaking" not in article.text
    # Paragraph breaks are kept as single blank lines.
    assert "\n\n" in article.text and "\n\n\n" not in article.text


@pytest.mark.parametrize(
    ("gap", "kept"),
    [
        ("\n\n\n\n", "\n\n"),  # a run of blank lines becomes one
        ("\n   \n\t\n  \n", "\n\n"),  # blank lines holding only spaces and tabs are blank lines too
        ("\r\n\r\n\r\n", "\n\n"),  # Windows line ends
        ("  \n", "\n"),  # a line's trailing spaces go; a single line break stays one
    ],
    ids=["run", "spaces", "crlf", "single"],
)
def test_paragraph_breaks_are_one_blank_line_however_they_were_typed(tmp_path: Path, gap: str, kept: str) -> None:
    write(
        tmp_path,
        "ferry.txt",
        f"Ferry service resumes\n\nThe harbour ferry sailed again on Monday.{gap}Its owners said the "
        "engines were repaired.  \n\n\n\nTickets cost the same.\n\n\n",
    )
    article = only(load(tmp_path / "ferry.txt"))
    assert article.title == "Ferry service resumes"
    assert article.text == (
        f"The harbour ferry sailed again on Monday.{kept}Its owners said the engines were repaired.\n\n"
        "Tickets cost the same."
    )


@pytest.mark.parametrize("seed", ["001_f26ec24a58b350c0", "002_f1e299b74bfee8ae"])
def test_seeds_without_headline_take_first_sentence_as_title(seeds_dir: Path, seed: str) -> None:
    article = only(load(seeds_dir / f"{seed}.txt"))
    raw = (seeds_dir / f"{seed}.txt").read_text(encoding="utf-8")
    first_line = raw.split("\n", 1)[0]
    assert article.text.startswith(first_line)
    assert first_line.startswith(article.title.rstrip("…"))
    assert len(article.title) <= 200


def test_seed_002_title_is_exactly_its_first_sentence(seeds_dir: Path) -> None:
    article = only(load(seeds_dir / "002_f1e299b74bfee8ae.txt"))
    assert article.title == (
        "Russian President Vladimir Putin engaged in a series of urgent phone calls with frontline "
        "commanders, signaling a renewed focus on stabilizing the war-torn Donbass region."
    )


def test_input_files_are_unchanged_after_loading(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    write(corpus, "extra.jsonl", '{"text": "A record."}\n{bad\n')
    write(corpus, "page.html", "<html><body><p>Some text here.</p></body></html>")
    os.utime(corpus / "extra.jsonl", ns=(1_000_000_000, 2_000_000_000))
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    load(corpus)
    load(*sorted(corpus.iterdir()))
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    assert after == before


def test_one_listing_serves_the_output_check_and_the_loader(tmp_path: Path, seeds_dir: Path) -> None:
    """``report`` lists its inputs once: the files checked against the output are ``input_files``'s, and the
    articles and warnings loaded from that listing are those of listing again."""
    from tuicompare.load.sources import expand, input_files, source_files

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    limit = max(p.stat().st_size for p in corpus.iterdir()) + 1
    write(corpus, "big.txt", "A long enough story. " * (limit // 20 + 1))
    write(tmp_path, "outside.txt", "A story from elsewhere.")
    (corpus / "link.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "gone.txt").symlink_to(tmp_path / "missing.txt")
    named = [str(corpus), str(tmp_path / "outside.txt"), str(tmp_path / "nothing-*.txt"), str(tmp_path / "absent.txt")]
    sources = expand(named, limit)
    assert [s.path for s in sources if s.problem and "larger than" in s.problem] == [str(corpus / "big.txt")]
    assert source_files(sources) == input_files(named)
    loaded = load_corpus(named, max_bytes=limit, sources=sources)
    assert len(loaded.articles) == len(list(seeds_dir.iterdir())) + 1, "the seeds and the story named outside"
    assert loaded == load_corpus(named, max_bytes=limit)


# --- inputs: directories, globs, stdin, ids -----------------------------------


def test_directory_lists_supported_files_sorted_not_recursive(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Bee text here.")
    write(tmp_path, "a.md", "Ay text here.")
    write(tmp_path, "c.TXT", "Upper-case suffix.")
    write(tmp_path, "skip.csv", "not,an,article")
    write(tmp_path, ".hidden.txt", "Editor leftovers.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "deep.txt", "Not loaded.")
    result = load(tmp_path)
    assert not result.warnings
    assert [a.id for a in result.articles] == ["a", "b", "c"]


def test_glob_is_expanded_sorted(tmp_path: Path) -> None:
    for name in ("z.txt", "m.txt", "a.json"):
        write(tmp_path, name, "Words here." if name.endswith("txt") else '{"text": "Words."}')
    result = load(tmp_path / "*.txt")
    assert [a.id for a in result.articles] == ["m", "z"]
    nothing = load(tmp_path / "*.nothing")
    assert reasons(nothing) == [f"{tmp_path}/*.nothing: no file matches this pattern"]


def test_stdin_is_read_and_format_sniffed() -> None:
    text = only(load("-", stdin=io.BytesIO(b"Breaking News\n\nIt happened.")))
    assert (text.id, text.path, text.title, text.text) == ("stdin", "-", "Breaking News", "It happened.")
    jsonl = load("-", stdin=io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n'))
    assert [(a.id, a.format) for a in jsonl.articles] == [("stdin#1", "jsonl"), ("stdin#2", "jsonl")]
    json_doc = only(load("-", stdin=io.BytesIO(b'{\n  "title": "T",\n  "text": "Body."\n}\n')))
    assert (json_doc.format, json_doc.title) == ("json", "T")
    page = only(load("-", stdin=io.BytesIO(b"<!DOCTYPE html><html><body><p>From a page.</p></body></html>")))
    assert (page.format, page.text) == ("html", "From a page.")
    markdown = only(load("-", stdin=io.BytesIO(b"# Head *line*\n\nBody **text**.")))
    assert (markdown.format, markdown.title, markdown.text) == ("markdown", "Head line", "Body text.")


def test_stdin_that_is_a_terminal_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    leader, follower = os.openpty()
    try:
        with os.fdopen(follower, "r", closefd=False) as terminal:
            monkeypatch.setattr("sys.stdin", terminal)
            result = load("-")
    finally:
        os.close(leader)
        os.close(follower)
    assert reasons(result) == ["-: cannot read: standard input is a terminal or closed; pipe an article into it"]


def test_duplicate_stems_get_distinct_ids_and_same_file_loads_once(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a = write(tmp_path / "x", "story.txt", "One story.")
    write(tmp_path / "y", "story.md", "Other story.")
    result = load(tmp_path / "x", tmp_path / "y", a)
    assert not result.warnings
    assert [a.id for a in result.articles] == ["story", "story~2"]


def test_load_path_avoids_taken_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "New arrival.")
    result = load_path(str(path), taken_ids={"story"})
    assert [a.id for a in result.articles] == ["story~2"]


def test_recursive_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    write(tmp_path / "a" / "b", "deep.txt", "Deep text.")
    write(tmp_path / "a", "top.txt", "Top text.")
    result = load(f"{tmp_path}/**/*.txt")
    assert [a.id for a in result.articles] == ["deep", "top"]


def test_progress_counts_every_input_and_cancel_stops(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path, name, f"Some text in {name}.")
    calls: list[tuple[int, int]] = []
    result = load_corpus([str(tmp_path), str(tmp_path / "missing.txt")], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(result.articles) == 3 and len(result.warnings) == 1
    stopped = load_corpus(
        [str(tmp_path)], cancelled=lambda: len(calls) >= 5, progress=lambda d, t: calls.append((d, t))
    )
    assert [a.id for a in stopped.articles] == ["a"]


def test_two_files_with_the_same_text_are_said_to_be_copies(tmp_path: Path) -> None:
    write(tmp_path, "first.txt", "The mayor opened the bridge on Monday.")
    write(tmp_path, "second.md", "The mayor opened the bridge on Monday.\n")
    write(tmp_path, "third.txt", "The mayor opened the bridge on Tuesday.")
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["first", "second", "third"]
    assert [w.reason for w in result.warnings] == [
        "first and second have the same text (a copy, not an independent source)"
    ]
    assert result.warnings[0].path.endswith("second.md")
