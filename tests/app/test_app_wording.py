"""What the app says in words: counts with the right plural, headings that match what is listed, help that scrolls."""

from __future__ import annotations

import pytest

from tests.support import SEEDS
from tests.support.app import screen_text, settle, wait_ready
from tests.support.comparisons import with_possible
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.screens.conflicts import ConflictsScreen
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_status_line_counts_one_story_in_the_singular(seed_options: Options) -> None:
    """Two rewrites of one story: the status line says "1 story", never "1 stories"."""
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    app = make_app(paths, seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert "2 articles · 1 story · " in status
        assert "1 stories" not in status


async def test_conflicts_panel_heading_counts_each_kind(seed_comparison) -> None:
    """C on a story with one possible difference: the heading counts conflicts and possible differences apart."""
    comparison, possible, _claim, _article = with_possible(seed_comparison)
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        panel = app.screen
        assert isinstance(panel, ConflictsScreen)
        conflicts = sum(1 for c in panel.listed if c.kind == "conflict")
        assert [c.id for c in panel.listed if c.kind == "possible"] == [possible.id]
        head = f"{conflicts} conflicts and 1 possible difference in story {view.story_index + 1} of"
        assert head in screen_text(pilot)
