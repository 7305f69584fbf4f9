"""Helpers shared by the app tests: waiting for the comparison, reading the screen."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tuicompare.app.app import TuicompareApp
from tuicompare.app.widgets.comparison_view import ComparisonView


async def wait_ready(pilot: Pilot, attempts: int = 200) -> ComparisonView:
    """Wait until the comparison is on screen with its rows laid out."""
    app = pilot.app
    assert isinstance(app, TuicompareApp)
    for _ in range(attempts):
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.view
        if view is not None and view.layout_rows is not None and view.panes:
            await pilot.pause()
            return view
    raise AssertionError("the comparison never appeared")


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let messages, call_later callbacks and refreshes run."""
    for _ in range(rounds):
        await pilot.pause()


def screen_text(pilot: Pilot) -> str:
    """What the terminal shows, as plain text lines."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def rows_and_scroll(view: ComparisonView) -> list[tuple[int, float]]:
    """``(current_row, scroll_y)`` of every pane."""
    return [(pane.current_row, pane.scroll_y) for pane in view.panes]


@pytest.fixture
def anyio_backend() -> str:
    """Run the async tests on asyncio (Textual's loop)."""
    return "asyncio"
