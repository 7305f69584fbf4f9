"""Helpers shared by the app tests: waiting for the comparison, reading the screen, exporting, the picker."""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from tests.support import SEEDS
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.screens.add import AddArticleScreen, ArticleTree
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.app.widgets.loading import LoadingPanel
from tuicompare.pipeline import Options


async def wait_ready(pilot: Pilot, attempts: int = 200) -> ComparisonView:
    """Wait until the comparison is on screen with its rows laid out."""
    app = pilot.app
    assert isinstance(app, TuicompareApp)
    for _ in range(attempts):
        # A superseded background layout may be cancelled; the newest one is still awaited below.
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()
        if app.comparison_shown:
            await pilot.pause()
            return app.view
    raise AssertionError("the comparison never appeared")


async def wait_failed(pilot: Pilot, attempts: int = 200) -> None:
    """Wait (10 ms a try) until the loading panel says the corpus could not be opened, then let the screen settle."""
    panel = pilot.app.query_one(LoadingPanel)
    for _ in range(attempts):
        await pilot.pause(0.01)
        if panel.has_class("-error"):
            break
    await settle(pilot)


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


def seeds_app(options: Options, *, focus: str | None = None, review_db: Path | None = None) -> TuicompareApp:
    """The app on the seeds, built exactly as the CLI builds it."""
    return make_app([str(SEEDS)], options, focus=focus, review_db=review_db)


def segments_of(pane, row: int):  # noqa: ANN001, ANN201 - an ArticlePane; yields rich Segments
    """Every text segment the pane draws for ``row``."""
    top = pane.layout_rows.top(row)
    for y in range(top - int(pane.scroll_y), pane.layout_rows.bottom(row) - int(pane.scroll_y)):
        yield from pane.render_line(y)


def style_of(pane, row: int, word: str):  # noqa: ANN001, ANN201 - an ArticlePane and a rich Style
    """The style of the first segment holding ``word`` on ``row``."""
    for segment in segments_of(pane, row):
        if word in segment.text:
            return segment.style
    raise AssertionError(f"{word!r} is not drawn on row {row}")


async def export_to(pilot: Pilot, path: Path) -> None:
    """Press e, type ``path`` into the export dialog, submit it and let the write finish."""
    await pilot.press("e")
    await settle(pilot)
    pilot.app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


class PickerApp(App[None]):
    """Hosts the add-article picker alone and keeps what it was dismissed with."""

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start
        self.picked: list[str | None] = []

    def on_mount(self) -> None:
        self.push_screen(AddArticleScreen(self.start), self.picked.append)


async def listed_tree(pilot: Pilot) -> ArticleTree:
    """The picker's file tree, once it lists its folder (the folder is read in the background)."""
    tree = pilot.app.screen.query_one(ArticleTree)
    for _ in range(100):
        await pilot.pause(0.02)
        if tree.root.children:
            break
    return tree
