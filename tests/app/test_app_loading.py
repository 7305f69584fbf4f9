"""The loading panel stays still while a warm corpus opens, and animates when loading takes longer."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Label, ProgressBar

from tests.support import SEEDS
from tests.support.app import settle, wait_ready
from tuicompare import pipeline
from tuicompare.app.app import make_app
from tuicompare.app.screens.stories import StoryScreen
from tuicompare.app.widgets import loading
from tuicompare.app.widgets.footer import QuitFirstFooter
from tuicompare.app.widgets.loading import LoadingPanel
from tuicompare.pipeline import Options

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


async def test_keys_that_need_the_comparison_are_greyed_out_while_the_corpus_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """s, /, e and E show disabled in the footer while the seeds are parsed (pressed, they did nothing), then work."""
    # The corpus is held at the start of its opening until the footer has been read: parsing five short articles
    # can finish before the first pause on a quiet machine. The real opening runs once released.
    release = threading.Event()
    real_open = pipeline.open_stories

    def held_open(*args: Any, **kwargs: Any) -> Any:
        release.wait(60)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(pipeline, "open_stories", held_open)
    app = make_app([str(SEEDS)], Options(cache_dir=tmp_path / "cache"), review_db=tmp_path / "reviews.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        try:
            await pilot.pause()
            assert not app.comparison_shown, "the corpus is still being opened"
            assert footer_keys(app) == {"s": False, "slash": False, "e": False, "E": False}
            await pilot.press("s")
            assert not isinstance(app.screen, StoryScreen)
        finally:
            release.set()
        await wait_ready(pilot)
        for _ in range(50):  # the footer redraws its keys after the bindings change
            await settle(pilot)
            if all(footer_keys(app).values()):
                break
        assert footer_keys(app) == {"s": True, "slash": True, "e": True, "E": True}
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)


def footer_keys(app: App[object]) -> dict[str, bool]:
    """The footer's keys that act on a comparison: key → whether it is enabled (not greyed out)."""
    actions = {"switch_story", "search", "export", "entities"}
    # Textual's key widgets, told by what they carry (their class is not public API).
    keys = [key for key in app.query_one(QuitFirstFooter).children if getattr(key, "action", None) in actions]
    return {getattr(key, "key", ""): not key.has_class("-disabled") for key in keys}


async def test_a_long_step_counts_the_seconds_so_the_panel_does_not_look_frozen(monkeypatch) -> None:
    """Parsing a big article holds "Parsing articles: 66%" for a while: the seconds since opening count beside it."""
    monkeypatch.setattr(loading, "COUNT_DELAY", 0.5)
    app = PanelApp()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(LoadingPanel)
        panel.show_progress("analyse", 2, 3)
        await pilot.pause()
        shown = str(panel.query_one("#loading-stage", Label).render())
        # The count starts COUNT_DELAY after the panel was made; a busy machine may take longer than that to get
        # here, so "no count at first" is checked only while the delay has not run out.
        if time.monotonic() - panel.started < loading.COUNT_DELAY:
            assert shown == "Parsing articles: 66%", "no count at first"
        counts = []
        for _ in range(60):  # the seconds since opening, as the label says them, for a few seconds
            await pilot.pause(0.1)
            said = re.fullmatch(
                r"Parsing articles: 66% · (\d+) s", str(panel.query_one("#loading-stage", Label).render())
            )
            if said is not None:
                counts.append(int(said[1]))
            if len(set(counts)) >= 2:
                break
        assert len(set(counts)) >= 2 and counts == sorted(counts), counts
