"""z folds the rows every source agrees on into one line per run, as vimdiff folds unchanged lines."""

from __future__ import annotations

import pytest

from tests.support.app import rows_and_scroll, screen_text, settle, wait_ready
from tests.support.comparisons import agreeing_with_one_conflict
from tuicompare.app.app import TuicompareApp

pytestmark = pytest.mark.anyio


def fold_app() -> TuicompareApp:
    return TuicompareApp([], None, comparison=agreeing_with_one_conflict())


async def test_z_folds_agreeing_runs_and_moves_skip_them() -> None:
    app = fold_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("z")
        await settle(pilot)
        assert dict(view.layout_rows.folds) == {0: 10, 11: 19}
        text = screen_text(pilot)
        # What z did, never that the sources agree (most real disagreements go unreported).
        assert "┄ 10 rows folded " in text and "┄ 19 rows folded " in text
        assert "rows folded (z)" in text and "agree" not in text
        await pilot.press("j")
        await settle(pilot)
        assert view.current_row == 10  # the conflict row, past the first fold
        await pilot.press("j")
        await settle(pilot)
        assert view.current_row == 11  # the second fold's line
        await pilot.press(*"k" * 5)
        await settle(pilot)
        assert view.current_row == 0
        await pilot.press("G")
        await settle(pilot)
        assert view.current_row == 11  # the last row is folded away: its fold's line
        assert len(set(rows_and_scroll(view))) == 1
        await pilot.press("z")
        await settle(pilot)
        assert not view.layout_rows.folds and view.current_row == 11
        assert "rows folded " not in screen_text(pilot)
        await pilot.press("G")
        await settle(pilot)
        assert view.current_row == 29


async def test_a_burst_of_keys_lands_exactly_over_folds() -> None:
    app = fold_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("z", "j", "j", "k")
        await pilot.press(*"j" * 50)
        await settle(pilot)
        assert view.current_row == 11 and len(set(rows_and_scroll(view))) == 1


async def test_folding_away_the_current_row_and_jumping_into_a_fold() -> None:
    app = fold_app()
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press(*"j" * 5, "z")
        await settle(pilot)
        assert view.folded and view.current_row == 0  # row 5 was folded away: the fold's line is current
        view.go_to(25)  # a jump (search, claim, palette) into a fold opens the folds
        await settle(pilot)
        assert not view.folded and view.current_row == 25 and not view.layout_rows.folds
