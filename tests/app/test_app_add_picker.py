"""The add-article picker: a tree of article files whose names are shown literally."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import PickerApp, listed_tree, screen_text, seeds_app, settle, wait_ready
from tuicompare.app.screens.add import AddArticleScreen
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_tree_lists_article_files_literally_and_picks_one(tmp_path: Path) -> None:
    """Only article files and folders are listed, hostile names shown as plain text; enter picks."""
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    (tmp_path / ".hidden.txt").write_text("x")
    hostile = tmp_path / "[bold]loud[@click=app.quit] \x1b[31mred.txt"
    hostile.write_text("An article.")
    app = PickerApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await listed_tree(pilot)
        labels = [str(node.label) for node in tree.root.children]
        assert labels == ["[bold]loud[@click=app.quit] red.txt"]
        tree.focus()
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
    assert app.picked == [str(hostile)]


async def test_the_add_prompt_wraps_whole_on_an_80_column_terminal(seed_options: Options) -> None:
    """`a` at 80x24: the instruction is read to its end, wrapped, not cut at the dialog's edge."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AddArticleScreen)
        text = " ".join(line.strip("│ ") for line in screen_text(pilot).splitlines())
        assert "press Enter, or pick a file below (tab to move):" in text
