"""Helpers shared by the app tests: waiting for the comparison, reading the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.models import Comparison
from tuicompare.pipeline import Options, run

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def wait_ready(pilot: Pilot, attempts: int = 200) -> ComparisonView:
    """Wait until the comparison is on screen with its rows laid out."""
    app = pilot.app
    assert isinstance(app, TuicompareApp)
    for _ in range(attempts):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # a superseded background layout; the newest one is still awaited below
        await pilot.pause()
        if app.comparison_shown:
            await pilot.pause()
            return app.view
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


_SEED_OPTIONS: list[Options] = []


@pytest.fixture(scope="session")
def seed_options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    """Pipeline options whose cache already holds the seeds' analysis (spaCy runs once per session)."""
    if not _SEED_OPTIONS:
        options = Options(cache_dir=tmp_path_factory.mktemp("app-cache"))
        run([str(SEEDS)], options)
        _SEED_OPTIONS.append(options)
    return _SEED_OPTIONS[0]


@pytest.fixture(scope="session")
def seed_comparison(seed_options: Options) -> Comparison:
    """The seeds' comparison, computed from the warm cache."""
    return run([str(SEEDS)], seed_options)


def seeds_app(options: Options, *, focus: str | None = None) -> TuicompareApp:
    """The app on the seeds, built exactly as the CLI builds it."""
    return make_app([str(SEEDS)], options, focus=focus)
