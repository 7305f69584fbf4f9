"""What the window shows while the corpus is loaded and analysed."""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, ProgressBar

from tuicompare.errors import TuicompareError
from tuicompare.pipeline import progress_count
from tuicompare.report.marks import ELLIPSIS, plural

#: What each pipeline stage is called on screen.
STAGE_LABELS = {
    "load": "Loading articles",
    "analyse": "Parsing articles",
    "cluster": "Grouping articles into stories",
    "compare": "Comparing articles",
}


#: Seconds before the bar's indeterminate animation starts (none while a warm corpus opens).
ANIMATION_DELAY = 1.5
#: Seconds before the stage counts the seconds since opening (a long load, not a warm one).
COUNT_DELAY = 3.0


class LoadingPanel(Vertical):
    """A progress bar with the current stage, or the error that stopped loading."""

    def __init__(self, sources: int, *, id: str | None = None) -> None:
        """Create the panel for ``sources`` paths given on the command line."""
        super().__init__(id=id)
        self.sources = sources
        self.stage_text = "Starting"
        self.started = time.monotonic()
        self.ticking = False

    def compose(self) -> ComposeResult:
        yield Label(Content(f"Opening {plural(self.sources, 'path')}{ELLIPSIS}"), id="loading-title")
        yield ProgressBar(total=None, show_eta=False, id="loading-bar")
        yield Label(Content("Starting"), id="loading-stage")

    def on_mount(self) -> None:
        # The bar's animation repaints 15 times a second from the start, which slowed a warm corpus's
        # first story (painted within a second) by a tenth or more: it starts only if loading takes longer.
        bar = self.query_one("#loading-bar").query_one("#bar")
        animated = bar.auto_refresh
        bar.auto_refresh = None

        def animate() -> None:
            if self.query_one(ProgressBar).percentage is None:
                bar.auto_refresh = animated

        def tick() -> None:
            # A big article holds one step of the bar for a minute or more: the seconds counting say it works.
            self.ticking = True
            self._show_stage()
            self.set_interval(1.0, self._show_stage)

        self.set_timer(ANIMATION_DELAY, animate)
        self.set_timer(COUNT_DELAY, tick)

    def _show_stage(self) -> None:
        if self.has_class("-error"):
            return
        elapsed = f" · {int(time.monotonic() - self.started)} s" if self.ticking else ""
        self.query_one("#loading-stage", Label).update(Content(f"{self.stage_text}{elapsed}"))

    def show_progress(self, stage: str, done: int, total: int) -> None:
        """Show ``done`` of ``total`` for a pipeline stage."""
        label = STAGE_LABELS.get(stage, stage.capitalize())
        self.stage_text = f"{label}: {progress_count(stage, done, total)}"
        self._show_stage()
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    def show_error(self, message: str) -> None:
        """Replace the progress with an error message (plain text, no traceback)."""
        self.add_class("-error")
        self.query_one("#loading-title", Label).update(Content("Could not open the corpus"))
        self.query_one("#loading-stage", Label).update(Content(f"{message}\n\nPress q to quit."))


def error_message(error: BaseException) -> str:
    """What the user reads when loading fails: our own messages as is, a file system error as the file and why."""
    if isinstance(error, TuicompareError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        # "Unexpected error (PermissionError): [Errno 13] Permission denied: '/x'" read as a crash.
        return f"{error.filename}: {error.strerror}." if error.filename else f"{error.strerror}."
    return f"Unexpected error ({type(error).__name__}): {error}"
