"""Inputs are sacred and bounded: no output lands on an input, and a folder's symlinks stay inside it.

Issue 13, items 1 and 2: ``report DIR --json -o DIR/<article> --force`` used to replace the
article with the report (and the refusal without --force recommended --force); a folder holding
``secret.txt -> /some/other/file`` loaded that file as an article, silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_runner import tuicompare
from hostile_corpus import fingerprint

from tuicompare.errors import ExportError
from tuicompare.report import write_output

pytestmark = pytest.mark.xdist_group("hardening-inputs")

ARTICLE = "The mayor of Lindenport opened the new bridge on Tuesday, officials said.\n"


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in seeds_dir.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


# --- item 1: no output on an input -----------------------------------------------------


@pytest.mark.parametrize("force", [False, True])
def test_report_over_an_input_is_refused_in_every_spelling(tmp_path: Path, corpus: Path, force: bool) -> None:
    article = next(corpus.glob("000_*.txt"))
    (tmp_path / "link.json").symlink_to(article)
    os.link(article, tmp_path / "hard.json")
    before = fingerprint(corpus)
    spellings = [
        str(article),
        f"{corpus}/../corpus/./{article.name}",  # the same path, spelt otherwise
        str(tmp_path / "link.json"),  # a symbolic link to it
        str(tmp_path / "hard.json"),  # a hard link: same device and inode
    ]
    for target in spellings:
        args = ["report", str(corpus), "--json", "-o", target, *(["--force"] if force else [])]
        done = tuicompare(*args, cache=tmp_path / "cache")
        assert done.status == 2, (target, done.err)
        assert "one of this run's inputs" in done.err and "Traceback" not in done.err
        assert "--force" not in done.err, "the refusal must not recommend overwriting an input"
    assert fingerprint(corpus) == before
    assert (tmp_path / "link.json").is_symlink() and (tmp_path / "hard.json").read_bytes() == article.read_bytes()
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")], "no temporary file left"


def test_triage_over_the_new_article_or_the_corpus_is_refused(tmp_path: Path, corpus: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text(ARTICLE)
    before_new, before_corpus = new.read_bytes(), fingerprint(corpus)
    for target in (new, next(corpus.glob("*.txt"))):
        done = tuicompare(
            "triage", str(new), "--corpus", str(corpus), "--json", "-o", str(target), "--force", cache=tmp_path / "c"
        )
        assert done.status == 2 and "one of this run's inputs" in done.err, done.err
        assert "--force" not in done.err
    assert new.read_bytes() == before_new and fingerprint(corpus) == before_corpus


def test_write_output_refuses_an_input_given_as_a_folder_or_a_glob(tmp_path: Path) -> None:
    """The check lives in write_output, so every writer (CLI, the app's export) has it."""
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(ARTICLE)
    big = folder / "binary.md"  # an input the loader skips is still an input
    big.write_bytes(b"\x00\x01")
    for inputs in ([folder], [str(folder / "*.txt")], [str(article)]):
        with pytest.raises(ExportError, match="one of this run's inputs") as caught:
            write_output("{}", article, force=True, inputs=inputs)
        assert "--force" not in str(caught.value)
    with pytest.raises(ExportError, match="one of this run's inputs"):
        write_output("{}", big, force=True, inputs=[folder])
    assert article.read_text() == ARTICLE and big.read_bytes() == b"\x00\x01"
    # A new file next to the inputs is fine, and so is an existing non-input with force.
    write_output("{}", folder / "report.csv", inputs=[folder])
    write_output("{}\n", folder / "report.csv", force=True, inputs=[folder])
    assert (folder / "report.csv").read_text() == "{}\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "binary.md", "report.csv"]


def test_an_existing_non_input_still_recommends_force(tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    target.write_text("old")
    with pytest.raises(ExportError, match="already exists. Use --force"):
        write_output("new", target, inputs=[tmp_path / "elsewhere.txt"])
