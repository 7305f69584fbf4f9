"""Inputs are sacred and bounded: no output lands on an input, and a folder's symlinks stay inside it.

Issue 13, items 1 and 2: ``report DIR --json -o DIR/<article> --force`` used to replace the
article with the report (and the refusal without --force recommended --force); a folder holding
``secret.txt -> /some/other/file`` loaded that file as an article, silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.support.app import PickerApp, listed_tree
from tests.support.cli_runner import tuicompare
from tests.support.hostile_corpus import fingerprint
from tuicompare.errors import ExportError
from tuicompare.load.corpus import load_corpus
from tuicompare.load.sources import OUTSIDE_LINK
from tuicompare.pipeline import input_files
from tuicompare.report import write_output

pytestmark = pytest.mark.xdist_group("hardening-inputs")

ARTICLE = "The mayor of Lindenport opened the new bridge on Tuesday, officials said.\n"
SECRET = "Password for the vault is hunter2 and nobody should read it.\n"


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
    """The check lives in write_output, so every writer (CLI, the app's export) has it;
    the inputs are expanded as the loader expands them (``pipeline.input_files``)."""
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(ARTICLE)
    big = folder / "binary.md"  # an input the loader skips is still an input
    big.write_bytes(b"\x00\x01")
    for inputs in ([folder], [str(folder / "*.txt")], [str(article)]):
        with pytest.raises(ExportError, match="one of this run's inputs") as caught:
            write_output("{}", article, force=True, inputs=input_files(inputs))
        assert "--force" not in str(caught.value)
    with pytest.raises(ExportError, match="one of this run's inputs"):
        write_output("{}", big, force=True, inputs=input_files([folder]))
    assert article.read_text() == ARTICLE and big.read_bytes() == b"\x00\x01"
    # A new file next to the inputs is fine, and so is an existing non-input with force.
    write_output("{}", folder / "report.csv", inputs=input_files([folder]))
    write_output("{}\n", folder / "report.csv", force=True, inputs=input_files([folder]))
    assert (folder / "report.csv").read_text() == "{}\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "binary.md", "report.csv"]


def test_a_target_an_input_link_resolves_to_is_refused_even_when_missing_or_under_another_name(tmp_path: Path) -> None:
    """Resolved paths are compared only for inputs that may resolve to the target (a link, or the same
    last name): these spellings are the ones that shortcut must not skip."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "dangling.txt").symlink_to(tmp_path / "out.json")  # a link input whose file does not exist yet
    (tmp_path / "folder-link").symlink_to(folder)  # the folder reached through a link
    inputs = input_files([str(folder / "*.txt")])
    assert str(folder / "dangling.txt") in inputs
    for target in (tmp_path / "out.json", tmp_path / "folder-link" / "a.txt"):
        with pytest.raises(ExportError, match="one of this run's inputs"):
            write_output("{}", target, inputs=inputs)
    assert not (tmp_path / "out.json").exists() and (folder / "a.txt").read_text() == ARTICLE
    write_output("{}", tmp_path / "folder-link" / "b.txt", inputs=inputs)


def test_an_existing_non_input_still_recommends_force(tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    target.write_text("old")
    with pytest.raises(ExportError, match="already exists. Use --force"):
        write_output("new", target, inputs=[tmp_path / "elsewhere.txt"])


# --- item 2: symbolic links out of an input folder ---------------------------------------


@pytest.fixture
def linked_folder(tmp_path: Path) -> Path:
    """A folder with a real article, a link to a sibling inside, and links out of it."""
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_text(ARTICLE)
    (folder / "alias.txt").symlink_to("bridge.txt")  # inside: followed (and loaded once)
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "relative.md").symlink_to("../private/secret.txt")
    (folder / "status.txt").symlink_to("/proc/self/status")
    (folder / "sub").mkdir()
    (folder / "sub" / "up.txt").symlink_to("../bridge.txt")  # not listed: folders are not recursive
    return folder


def test_links_out_of_a_folder_are_skipped_with_one_warning_each(linked_folder: Path) -> None:
    result = load_corpus([str(linked_folder)])
    assert [a.text.strip() for a in result.articles] == [ARTICLE.strip()]
    skipped = sorted(Path(w.path).name for w in result.warnings if w.reason == OUTSIDE_LINK)
    assert skipped == ["relative.md", "secret.txt", "status.txt"]
    assert len(result.warnings) == 3
    assert not any("hunter2" in a.text or "VmRSS" in a.text for a in result.articles)


def test_a_link_named_explicitly_is_followed(linked_folder: Path) -> None:
    result = load_corpus([str(linked_folder / "secret.txt")])
    assert [a.text for a in result.articles] == [SECRET.strip()] and not result.warnings


def test_a_folder_given_through_a_link_keeps_its_own_links(tmp_path: Path, linked_folder: Path) -> None:
    (tmp_path / "via").symlink_to(linked_folder)
    result = load_corpus([str(tmp_path / "via")])
    assert [a.text.strip() for a in result.articles] == [ARTICLE.strip()]
    assert sum(w.reason == OUTSIDE_LINK for w in result.warnings) == 3


def test_a_file_swapped_for_a_link_after_listing_is_not_followed(linked_folder: Path) -> None:
    from tuicompare.load.sources import expand, read

    (linked_folder / "alias.txt").unlink()  # else the alias, listed first, stands for bridge.txt
    sources = {Path(s.path).name: s for s in expand([str(linked_folder)], 10_000)}
    bridge = linked_folder / "bridge.txt"
    bridge.unlink()
    bridge.symlink_to(linked_folder.parent / "private" / "secret.txt")
    with pytest.raises(OSError, match="replaced by a symbolic link"):
        read(sources["bridge.txt"], 10_000)


def test_info_prints_one_warning_per_outside_link_and_no_secret(tmp_path: Path, linked_folder: Path) -> None:
    done = tuicompare("info", str(linked_folder), "--no-cache", cache=tmp_path / "cache")
    assert done.status == 0, done.err
    warnings = [line for line in done.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3 and all("outside the folder" in w for w in warnings), done.err
    assert "hunter2" not in done.out + done.err and "bridge" in done.out


@pytest.mark.anyio
async def test_the_add_picker_does_not_follow_a_link_out_of_its_folder(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    app = PickerApp(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await listed_tree(pilot)
        tree.focus()
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
        error = str(app.screen.query_one("#add-error").render())
        assert "symbolic link to a file outside" in error
        assert app.picked == [], "a click does not follow the link"
        # Typing the path is the explicit choice, as on the command line.
        field = app.screen.query_one("#add-path", Input)
        field.value = str(folder / "secret.txt")
        field.focus()
        await pilot.press("enter")
        await pilot.pause(0.1)
    assert app.picked == [str(folder / "secret.txt")]
