"""The add-article picker: a tree of article files whose names are shown literally."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import PickerApp, listed_tree

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
