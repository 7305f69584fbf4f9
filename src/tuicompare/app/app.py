"""The tuicompare Textual app and its factory.

The window opens at once with a progress panel; loading, spaCy analysis and
comparison run in a thread worker (``worker.CorpusWorker``, the app's base)
that reports progress and honours cancellation. The first story replaces the
panel as soon as it is compared (or read from the cache), the other stories
follow in the same worker; when it fails, the panel shows the error message.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tuicompare.app.commands import CorpusCommands, app_commands, article_at, resolve_focus
from tuicompare.app.signals import exit_on_signals
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.app.widgets.footer import QuitFirstFooter
from tuicompare.app.widgets.legend import Legend
from tuicompare.app.widgets.loading import LoadingPanel, error_message
from tuicompare.app.worker import CorpusWorker, pause_collector
from tuicompare.errors import EXIT_ERROR
from tuicompare.models import Comparison, LoadWarning
from tuicompare.report.marks import nothing_compared
from tuicompare.review import ReviewBook

if TYPE_CHECKING:
    from tuicompare.pipeline import Options
    from tuicompare.review import ReviewStore


#: Seconds a warning the user must read stays on screen (Textual's default, 5 s, is for passing notices):
#: a --focus that names no article is said once, while the first story draws the eye.
MUST_READ_TIMEOUT = 15.0
#: Load warnings shown a notice each; more are said in one notice (the CLI's `info` lists them all).
MAX_WARNING_NOTICES = 3
#: How the app compares articles the clustering kept apart (``nothing_compared``): the key, or the option.
MERGE_HINT = "press M to merge another story into the one shown, or open them with --one-story"
#: Actions that act on the comparison on screen: hidden from the footer after a failed load.
NEEDS_COMPARISON = frozenset({"switch_story", "search", "export", "entities"})


class TuicompareApp(CorpusWorker):
    """Side-by-side comparison of the articles of a corpus.

    Args:
        paths: Files and folders to open.
        options: Pipeline options (model, encoding, cache...).
        focus: Article id or path to pin first (and open its story).
        comparison: An already computed comparison; the pipeline is then not run.
        review_db: The review store of verdicts and notes (``--review-db``); ``None`` is the user's default.
    """

    CSS_PATH = "app.tcss"
    TITLE = "tuicompare"
    COMMANDS = App.COMMANDS | {CorpusCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("L", "legend", "Legend", show=False, id="app.legend"),
        Binding("s", "switch_story", "Story", id="app.story"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("E", "entities", "Entities", id="app.entities"),
        Binding("a", "add_article", "Add article", show=False, id="app.add"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        paths: Sequence[str],
        options: Options | None,
        *,
        focus: str | None = None,
        comparison: Comparison | None = None,
        review_db: Path | None = None,
    ) -> None:
        super().__init__()
        self.review_db = review_db
        self.review_store: ReviewStore | None = None
        self.paths = list(paths)
        self.options = options
        self.focus_request = focus
        self.comparison = comparison
        self._committed_paths = len(self.paths)
        #: The message shown when the corpus could not be opened; quitting then exits with status 2.
        self.load_error: str | None = None
        #: True while one story is shown and the others are still being compared.
        self.partial = False
        #: The last "nothing compared" notice (``nothing_compared``), so the same corpus says it once.
        self._said_lone: str | None = None
        #: Whether the cyclic garbage collector is paused until the first story is painted (``pause_collector``).
        self.collector_paused = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out the keys that act on a comparison while the corpus opens, hide them if it could not be opened.

        Pressed before there is a comparison, they did nothing, and nothing said why.
        """
        if action not in NEEDS_COMPARISON:
            return True
        if self.load_error is not None:
            return False
        return True if self.comparison is not None else None

    def compose(self) -> ComposeResult:
        yield LoadingPanel(len(self.paths), id="loading")
        yield Legend(id="legend")
        yield QuitFirstFooter()

    def on_load(self) -> None:
        # The app's first event, before its styles are read: an app that never runs pauses nothing.
        if self.options is not None and self.comparison is None:
            self.collector_paused = pause_collector()

    def on_mount(self) -> None:
        if not self.is_headless:
            exit_on_signals(self)
        if self.comparison is not None:
            self.call_later(self.show_comparison, self.comparison)
        else:
            self.load_comparison()

    # -- what the pipeline worker hands back (``worker.CorpusWorker``) ------

    def on_unmount(self) -> None:
        # Hand the objects frozen in show_comparison back to the collector (tests run many apps per process).
        gc.unfreeze()
        self.resume_collector()  # the app may exit before its first story
        if self.review_store is not None:
            self.review_store.close()

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The whole comparison may land while the app is exiting (a signal after the first story).
        if event.worker.group != "pipeline" or self._exit:
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Comparison):
            shown = self.view
            keep = (shown.story_index, shown.current_row) if shown is not None and self.partial else None
            await self.show_comparison(event.worker.result)
            self.partial = False
            view = self.view
            if keep is not None and view is not None:
                # The whole comparison replaces the partial one where the user was reading.
                if keep[0] != view.story_index:
                    view.show_story(keep[0])
                view.current_row = max(0, min(keep[1], view.model.row_count - 1))
        elif event.state == WorkerState.ERROR and event.worker.error is not None:
            self.partial = False
            message = error_message(event.worker.error)
            panels = self.query(LoadingPanel)
            if panels:
                self.load_error = message
                panels.first().show_error(message)
                self.refresh_bindings()
            else:
                # Adding to an open corpus failed: keep the comparison on screen.
                self.paths = self.paths[: self._committed_paths]
                self.notify(message, title="Could not add", severity="error", markup=False)

    async def show_comparison(self, comparison: Comparison) -> None:
        """Replace the loading panel (or the previous view) with ``comparison``."""
        if self._exit:  # a signal or q while the worker was handing over: nothing more to show
            return
        if not comparison.stories:
            self.load_error = "The corpus holds no article with text to compare."
            panels = self.query(LoadingPanel)
            if panels:
                panels.first().show_error(self.load_error)
            self.refresh_bindings()
            return
        self.comparison = comparison
        self._committed_paths = len(self.paths)
        focus = resolve_focus(self.focus_request, comparison.articles)  # --focus: an article id or path
        replaced = bool(self.query(ComparisonView))
        await self.query("#loading, ComparisonView").remove()
        legends = self.query(Legend)
        if self._exit or not legends:  # the app began to exit (or was torn down) while the old view was removed
            return
        view = ComparisonView(comparison, focus=focus, reviews=self._review_book(comparison), id="view")
        await self.mount(view, before=legends.first())
        self.refresh_bindings()  # the keys greyed out while the corpus opened now work
        if replaced:
            # The previous view and comparison are garbage now: collect them before they are frozen.
            gc.collect()
        # The comparison, the story index and the imported modules live until the next load: freezing
        # them keeps full collections (~100 ms pauses every few page keys) from rescanning them.
        gc.freeze()
        self._say_load_warnings(comparison.warnings)
        lone = nothing_compared(comparison.stories, len(comparison.articles), MERGE_HINT)
        if lone is not None and lone != self._said_lone:  # once: the first story is shown, then the whole corpus
            self.notify(lone, title="Nothing compared", markup=False, timeout=MUST_READ_TIMEOUT)
        self._said_lone = lone
        skipped = {w.path for w in comparison.warnings}  # an added file that was skipped is said above
        if self.focus_request and focus is None and self.focus_request not in skipped:  # a --focus typo is said once
            self.notify(
                f"No article {self.focus_request} in the corpus: showing story {view.story_index + 1}.",
                severity="warning",
                markup=False,
                timeout=MUST_READ_TIMEOUT,
            )
            self.focus_request = None

    def _say_load_warnings(self, warnings: Sequence[LoadWarning]) -> None:
        """A notice per load warning, or, past a few, one that says how many and where to read them all.

        Thirty empty files in a folder made thirty notices, stacked over the panes and gone in five seconds.
        """
        if len(warnings) <= MAX_WARNING_NOTICES:
            for warning in warnings:
                # Not every warning skips its file: a copy of another article, or a decoding note, still loads.
                self.notify(str(warning), title="Load warning", severity="warning", markup=False)
            return
        self.notify(
            f"{len(warnings)} load warnings (files skipped, or loaded with a note); the first: {warnings[0]}. "
            "`tuicompare info` on the same paths lists them all.",
            title="Load warnings",
            severity="warning",
            markup=False,
            timeout=MUST_READ_TIMEOUT,
        )

    def _review_book(self, comparison: Comparison) -> ReviewBook:
        """The verdicts and notes of ``comparison``; a store that cannot be opened is said once, and nothing is kept."""
        from tuicompare.review import ReviewStoreError

        try:
            return ReviewBook(comparison, self._open_review_store())
        except ReviewStoreError as error:
            self.notify(str(error), title="Reviews not kept", severity="error", markup=False, timeout=10)
            return ReviewBook(comparison, None, why=f"Verdicts and notes are not kept: {error}")

    # -- actions --------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit; after a failed load the exit status says so (2), like the other commands."""
        self.exit(return_code=EXIT_ERROR if self.load_error else 0)

    async def action_focused(self, action: str) -> None:
        """Run ``action`` on the focused widget (j/k in the panels); nothing when nothing has focus.

        Textual's own ``focused.`` target raises when no widget has focus, as in a panel that says it is empty.
        """
        if self.focused is not None:
            await self.focused.run_action(action)

    def action_add_article(self) -> None:
        """Ask for a file and merge it into the open corpus."""
        from tuicompare.app.screens.add import AddArticleScreen, start_folder

        if self.comparison is None or not self.paths:
            self.notify("Articles can be added once a corpus opened from files is shown.", markup=False)
            return

        def picked(path: str | None) -> None:
            if path:
                self.add_paths([path])

        self.push_screen(AddArticleScreen(start_folder(self.paths)), picked)

    def add_paths(self, paths: Sequence[str]) -> None:
        """Analyse ``paths`` with the corpus in a worker and show the result, focused on them.

        The cache keeps the corpus's analyses, so only the new articles are parsed.
        """
        known = article_at(paths[0], self.comparison.articles) if self.comparison and len(paths) == 1 else None
        if known is not None and self.view is not None:
            # Loading it again changed nothing and said nothing after "Adding…": say so, and show it.
            self.notify(f"{paths[0]} is already in the corpus: article {known}.", markup=False)
            self.view.show_article(known)
            return
        self.paths.extend(paths)
        self.focus_request = paths[0]
        self.notify(f"Adding {', '.join(paths)}…", markup=False)
        self.load_comparison()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from app_commands(self)


def make_app(
    paths: Sequence[str], options: Options, *, focus: str | None = None, review_db: Path | None = None
) -> TuicompareApp:
    """Build the app for ``paths``; the CLI runs it and the tests drive it.

    Args:
        paths: Files, folders or ``-`` to open.
        options: Pipeline options.
        focus: Article id or path to pin as the first pane of its story.
        review_db: The review store (``--review-db``); ``None`` is the one in the user data dir.

    Returns:
        The app, not yet running.
    """
    if options.jobs != 1:
        start_process_tracker()
    return TuicompareApp(paths, options, focus=focus, review_db=review_db)


def start_process_tracker() -> None:
    """Start multiprocessing's resource tracker now, while standard error is still the terminal's.

    Uncached articles are parsed on a pool of worker processes, and the first pool started also starts
    the tracker, handing it ``sys.stderr.fileno()``. Inside a running app Textual's print capture stands
    in for standard error and its fileno is -1, so opening a corpus big enough for the pool failed with
    "bad value(s) in fds_to_keep". Started here, the tracker is running before Textual takes standard
    error; when it cannot start, the pool says why when it is needed.
    """
    from multiprocessing import resource_tracker

    with contextlib.suppress(OSError, ValueError):
        resource_tracker.ensure_running()
