"""The loading panel stays still while a warm corpus opens, and animates when loading takes longer."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import ProgressBar

from tuicompare.app.widgets import loading
from tuicompare.app.widgets.loading import LoadingPanel

pytestmark = pytest.mark.anyio


class PanelApp(App[None]):
    def compose(self) -> ComposeResult:
        yield LoadingPanel(3, id="loading")


async def test_the_bar_animates_only_after_a_delay_and_not_once_progress_is_known(monkeypatch) -> None:
    monkeypatch.setattr(loading, "ANIMATION_DELAY", 0.3)
    app = PanelApp()
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one("#loading-bar").query_one("#bar")
        assert bar.auto_refresh is None, "no repaints while a warm corpus's first story is on its way"
        await pilot.pause(0.5)
        assert bar.auto_refresh is not None and app.query_one(ProgressBar).percentage is None
    app = PanelApp()
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(LoadingPanel).show_progress("load", 2, 10)
        await pilot.pause(0.5)
        bar = app.query_one("#loading-bar").query_one("#bar")
        assert bar.auto_refresh is None, "a known fraction is drawn once, not animated"
