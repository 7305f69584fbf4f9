"""The app's view and its key actions: help, legend, story picker, entities, search and export.

:class:`ViewActions` is the base of :class:`~tuicompare.app.worker.CorpusWorker` (loading the corpus,
the pipeline worker) and so of :class:`~tuicompare.app.app.TuicompareApp`, which shows the corpus and adds
articles to it.
"""

from __future__ import annotations

import functools

from textual.app import App

from tuicompare.app.widgets.article_pane import ArticlePane
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.app.widgets.legend import Legend
from tuicompare.models import Comparison
from tuicompare.pipeline import input_files


class ViewActions(App[None]):
    """The comparison view on screen and the key actions over it."""

    #: The files and folders opened (set by the app).
    paths: list[str]
    #: The comparison on screen, once there is one (set by the app).
    comparison: Comparison | None
    #: True while one story is shown and the others are still being compared (set by the app).
    partial: bool

    @property
    def view(self) -> ComparisonView | None:
        """The comparison view, once the comparison is ready."""
        views = self.query(ComparisonView)
        return views.first() if views else None

    @property
    def comparison_shown(self) -> bool:
        """True once the comparison is on screen: rows laid out and panes mounted."""
        view = self.view
        return view is not None and view.layout_rows is not None and bool(view.panes)

    def action_help(self) -> None:
        """Show every key binding and the legend."""
        from tuicompare.app.screens.help import HelpScreen, key_sections  # modal screens load when opened

        self.push_screen(HelpScreen(key_sections(self.BINDINGS)))

    def action_legend(self) -> None:
        """Show or hide the legend line."""
        legend = self.query_one(Legend)
        legend.toggle_class("-shown")
        panes = self.query(ArticlePane)
        legend.refresh_legend(panes.first() if panes else None)

    def action_switch_story(self) -> None:
        """Pick another story of the corpus."""
        from tuicompare.app.screens.stories import StoryScreen

        view = self.view
        if view is None:
            return
        if len(view.comparison.stories) < 2:
            self.notify("This corpus holds a single story.", markup=False)
            return
        if self.partial:
            self.notify("The other stories are still being compared; they open in a moment.", markup=False)
            return

        def picked(index: int | None) -> None:
            if index is not None and index != view.story_index:
                view.show_story(index)

        self.push_screen(StoryScreen(view.comparison, view.story_index, view.review.story_counts()), picked)

    def action_entities(self) -> None:
        """Show what each source says about each entity of the story; a picked cell moves the panes there."""
        from tuicompare.app.screens.entities import go_to_mention, open_entities

        view = self.view
        if view is not None:
            self.push_screen(open_entities(view), functools.partial(go_to_mention, view))

    def action_search(self) -> None:
        """Search text across all panes of the story."""
        if self.view is not None:
            self.view.open_search()

    def action_export(self) -> None:
        """Write the report as Markdown or JSON."""
        from tuicompare.app.screens.export import ExportScreen, default_export_path
        from tuicompare.report.output import format_of

        if self.partial:
            self.notify("The report can be exported once every story is compared: in a moment.", markup=False)
        if self.comparison is None or self.partial:
            return

        def written(path: str | None) -> None:
            if path:
                self.notify(f"{format_of(path)} report written to {path}", markup=False)

        inputs = [*input_files(self.paths), *(a.path for a in self.comparison.articles if a.path != "-")]
        reviews = self.view.review.book.reviews() if self.view is not None else {}
        screen = ExportScreen(self.comparison, default_export_path(self.paths), inputs=inputs, reviews=reviews)
        self.push_screen(screen, written)
