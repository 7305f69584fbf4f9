"""The search bar: enter jumps to the next matching row, and the bar says which match of how many."""

from __future__ import annotations

import pytest

from tests.support.app import screen_text, settle, wait_ready
from tests.support.comparisons import tiny_comparison
from tuicompare.app.app import TuicompareApp

pytestmark = pytest.mark.anyio


async def test_search_finds_text_in_any_pane() -> None:
    """/ opens the search bar; enter jumps to the next row containing the text, wrapping."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("slash", *"rained", "enter")
        await settle(pilot)
        assert view.current_row == 3 and view.search_query == "rained"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press(*"ayor", "enter")
        await settle(pilot)
        assert view.current_row == 0


async def test_search_shows_which_match_of_how_many() -> None:
    """After enter the search bar says which matching row is shown, of how many; a miss says so too."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        rows = view.model.matching_rows("ed")
        assert len(rows) >= 2
        await pilot.press("slash", *"ed", "enter")
        await settle(pilot)
        first = rows.index(view.current_row) + 1
        assert f"{first} of {len(rows)} matching rows" in screen_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert f"{first % len(rows) + 1} of {len(rows)} matching rows" in screen_text(pilot)
        await pilot.press(*"zzq")
        await settle(pilot)
        assert "matching rows" not in screen_text(pilot)  # an edited query's count is gone
        await pilot.press("enter")
        await settle(pilot)
        assert "no match" in screen_text(pilot)
