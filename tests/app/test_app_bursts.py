"""Keys that arrive together (over SSH) each count: bursts posted before the app handles any of them."""

from __future__ import annotations

import pytest
from textual import events

from tests.support.app import rows_and_scroll, seeds_app, settle, wait_ready
from tests.support.comparisons import wide_comparison
from tuicompare.app.app import TuicompareApp

pytestmark = pytest.mark.anyio


def in_sync(view) -> bool:  # noqa: ANN001 - a ComparisonView
    """Every pane on the view's row and at the same scroll offset."""
    states = rows_and_scroll(view)
    return len(set(states)) == 1 and states[0][0] == view.current_row


async def test_a_burst_of_keys_lands_exactly() -> None:
    """Keys that arrive together (over SSH) each count: 50 Down, 3 PgDn and 20 Up land on the exact row."""
    app = TuicompareApp([], None, comparison=wide_comparison(3, 120))
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        pane = view.panes[0]
        pane.focus()
        await settle(pilot)

        def burst(key: str, times: int) -> None:
            # Posted at once, before the app handles any of them: nothing repaints in between.
            for _ in range(times):
                app.post_message(events.Key(key, None))

        burst("j", 50)
        await settle(pilot, 10)
        assert view.current_row == 50
        burst("k", 20)
        await settle(pilot, 10)
        assert view.current_row == 30
        # Each PgDn moves a screen from the row the previous one reached (three screens, not one).
        layout, height, expected = view.layout_rows, pane.scrollable_content_region.height, 30
        for _ in range(3):
            expected = layout.row_at(layout.top(expected) + height)
        burst("pagedown", 3)
        await settle(pilot, 10)
        assert view.current_row == expected > 30 + 3 * (height // 4 - 1)
        burst("G", 1)
        burst("k", 7)
        await settle(pilot, 10)
        assert view.current_row == view.model.row_count - 8


async def test_bursts_of_conflict_jumps_and_pane_pages_land_exactly(seed_options, tmp_path) -> None:  # noqa: ANN001
    """n, N, l and h sent at once each count: three n move three conflicts on, three l three pages of panes."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        view.panes[0].focus()
        await settle(pilot)
        conflicts = view.model.conflict_rows
        start = conflicts.index(view.model.next_conflict_row(view.current_row, 1))
        assert len(conflicts) >= start + 3
        for key in ("n", "n", "n"):
            app.post_message(events.Key(key, key))
        await settle(pilot, 10)
        assert view.current_row == conflicts[start + 2] and in_sync(view)
        for key in ("n", "N", "N"):
            app.post_message(events.Key(key, key))
        await settle(pilot, 10)
        assert view.current_row == conflicts[start + 1] and in_sync(view)
    wide = TuicompareApp([], None, comparison=wide_comparison(12, 10))
    async with wide.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        per_page = len(view.panes)
        for key in ("l", "l", "l"):
            wide.post_message(events.Key(key, key))
        await settle(pilot, 10)
        assert view.pane_offset == 3 * per_page
        for key in ("h", "l", "h", "h"):
            wide.post_message(events.Key(key, key))
        await settle(pilot, 10)
        assert view.pane_offset == per_page
        assert [p.article.id for p in view.panes][0] == f"art{per_page:02d}"
