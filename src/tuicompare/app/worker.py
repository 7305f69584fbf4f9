"""The pipeline worker of the app: opening the corpus, and opening it again with the stories corrected by hand.

:class:`CorpusWorker` is the base of :class:`~tuicompare.app.app.TuicompareApp`, which shows what the
worker hands back (``on_worker_state_changed``, ``show_comparison``). Loading, spaCy analysis and
comparison run in a thread worker (``tuicompare.pipeline.open_stories``) that reports progress and
honours cancellation; the first story is shown as soon as it is compared, the others follow.
"""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import Worker, get_current_worker

from tuicompare.app.actions import ViewActions
from tuicompare.app.commands import story_of_focus
from tuicompare.app.firstpaint import wait_for_paint
from tuicompare.app.messages import PipelineProgress
from tuicompare.app.widgets.loading import LoadingPanel
from tuicompare.models import Comparison

if TYPE_CHECKING:
    from tuicompare.pipeline import Options
    from tuicompare.review import ReviewStore

#: Longest wait, in seconds, for the first story to be on screen before the others are compared.
FIRST_PAINT_WAIT = 2.0


def pause_collector() -> bool:
    """Pause the cyclic garbage collector for the way to the first story; ``True`` if it was running.

    Textual's start and a corpus opened before (``pipeline.early_story``: the recorded listing of 10,000
    articles) allocate objects that all live on (widgets, styles, the articles), so the collections they
    set off (a few hundred, two of them full) found little garbage: 0.08-0.10 s of the 1 s of CPU to
    the first story on 10,000 articles (``gc.callbacks``, load 6). ``CorpusWorker.resume_collector``
    starts it again once that story is painted, or at once when there is none to show early.
    """
    if not gc.isenabled():  # paused by whoever embeds the app: theirs to resume
        return False
    gc.disable()
    return True


class CorpusWorker(ViewActions):
    """Opens the corpus off the event loop and reports its progress (the app shows the result)."""

    #: Pipeline options (set by the app); ``None`` for an app built around a ready comparison.
    options: Options | None
    #: The article id or path whose story shows first (``--focus``, or an added article).
    focus_request: str | None
    #: The review store (``--review-db``); ``None`` is the one in the user data dir.
    review_db: Path | None
    #: The review store once opened, kept open until the app unmounts.
    review_store: ReviewStore | None
    #: Whether the garbage collector is paused until the first story is painted (``pause_collector``).
    collector_paused: bool

    if TYPE_CHECKING:  # the app defines it; declared here for the type checker only, no body at run time

        async def show_comparison(self, comparison: Comparison) -> None:
            """Show ``comparison`` (the app's)."""

    @work(thread=True, exclusive=True, exit_on_error=False, group="pipeline")
    def load_comparison(self) -> Comparison:
        """Load, analyse and compare the corpus off the event loop.

        The first story (the focused article's, else ``commands.opening_story``) shows as soon as it is ready
        (``pipeline.early_story``: a corpus opened before, from that story's files alone), and the whole
        comparison then replaces it.
        """
        from tuicompare import pipeline

        # A previous comparison frozen by show_comparison may now become garbage: let it be collected.
        gc.unfreeze()
        worker = get_current_worker()

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(PipelineProgress(stage, done, total))

        assert self.options is not None, "an app built around a ready comparison has no options to load with"
        # The reviewers' story corrections (m, M), unless the user asked for one story.
        placements = [] if self.options.one_story else self._placements()

        first = partial(story_of_focus, self.focus_request)
        try:
            early, listed = (
                (None, None)
                if self.comparison
                else pipeline.first_look(self.paths, self.options, first, placements=placements)
            )
            if early is not None and len(early.stories) > 1:
                self._show_early(early, worker)
        finally:
            # Reading and comparing the whole corpus (cold: parsing it) makes garbage: collect it as usual.
            self.resume_collector()
        with pipeline.open_stories(
            self.paths,
            self.options,
            progress=progress,
            cancelled=lambda: worker.is_cancelled,
            placements=placements,
            remember=True,
            listed=listed,
        ) as stories:
            # Only a first opening shows one story early; an added article's corpus replaces the view once.
            if len(stories.stories) > 1 and self.comparison is None:
                index = first(stories.articles, [s.articles for s in stories.stories])
                self._show_early(stories.story_view(index), worker)
            return stories.comparison(progress, tokens=False)

    def _show_early(self, view: Comparison, worker: Worker[Comparison]) -> None:
        """Show one story while the others are compared; let it be painted before they compete for the interpreter."""
        self.partial = True
        # Textual types a coroutine function returning None as Awaitable[Never]; it is awaited all the same.
        self.call_from_thread(self.show_comparison, view)  # type: ignore[arg-type]
        wait_for_paint(self, lambda: self.comparison_shown, lambda: worker.is_cancelled, FIRST_PAINT_WAIT)

    def resume_collector(self) -> None:
        """Start the garbage collector again if the app paused it (``pause_collector``); any thread may call."""
        if self.collector_paused:
            self.collector_paused = False
            gc.enable()

    @work(thread=True, exclusive=True, exit_on_error=False, group="pipeline")
    def regroup(self, focus: str | None) -> Comparison:
        """Compare the open corpus again with the stories corrected by hand, showing ``focus``'s story."""
        from tuicompare import pipeline

        assert self.comparison is not None
        gc.unfreeze()
        self.focus_request = focus
        if self.options is None:  # an app built around a ready comparison: it holds the engine's analyses
            return pipeline.apply_placements(self.comparison, self._placements())
        # The comparison on screen has no tokens to compare with: regroup through the cache (changed stories only).
        worker = get_current_worker()
        with pipeline.open_stories(
            self.paths, self.options, cancelled=lambda: worker.is_cancelled, placements=self._placements()
        ) as stories:
            return stories.comparison(tokens=False)

    def _open_review_store(self) -> ReviewStore:
        """The review store, opened on first use and kept open until the app unmounts.

        Raises:
            ReviewStoreError: The store cannot be opened.
        """
        from tuicompare.review import ReviewStore

        if self.review_store is None:
            self.review_store = ReviewStore.open(self.review_db)
        return self.review_store

    def _placements(self) -> list[tuple[str, str]]:
        """The story corrections in the review store (none when it cannot be read: said when the view opens)."""
        from tuicompare.review import ReviewStoreError

        try:
            return self._open_review_store().placements()
        except ReviewStoreError:
            return []

    def on_pipeline_progress(self, message: PipelineProgress) -> None:
        panels = self.query(LoadingPanel)
        if panels:
            panels.first().show_progress(message.stage, message.done, message.total)
        elif self.partial and self.view is not None and message.stage == "compare":
            self.view.set_background(f"comparing stories {message.done}/{message.total}…")
