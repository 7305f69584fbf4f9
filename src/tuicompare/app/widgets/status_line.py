"""The status line under the panes: where the reader is, the current conflict and its review, the corpus in numbers.

It is bound to the comparison view with ``data_bind`` like the panes (row,
pane page, story, background layout), so it redraws itself when they
change; the view asks for a redraw only for what is not a reactive (a
verdict changed, panes added on a resize).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tuicompare.report.marks import MARK_VARIANT, SINGLE_SOURCE, plural
from tuicompare.report.tiers import count_kinds

if TYPE_CHECKING:
    from tuicompare.app.widgets.comparison_view import ComparisonView


class StatusLine(Static):
    """One line of plain text (values come from articles: never markup)."""

    current_row: reactive[int] = reactive(0, init=False, repaint=False)
    pane_offset: reactive[int] = reactive(0, init=False, repaint=False)
    story_index: reactive[int] = reactive(0, init=False, repaint=False)
    measuring: reactive[bool] = reactive(False, init=False, repaint=False)
    folded: reactive[bool] = reactive(False, init=False, repaint=False)

    def __init__(self, view: ComparisonView, *, id: str | None = None) -> None:
        """A status line reading the rest of what it shows from ``view``."""
        super().__init__(id=id)
        self.view = view

    def watch_current_row(self) -> None:
        self.refresh_status()

    def watch_pane_offset(self) -> None:
        self.refresh_status()

    def watch_story_index(self) -> None:
        self.refresh_status()

    def watch_measuring(self) -> None:
        self.refresh_status()

    def watch_folded(self) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        """Draw the line again from the view's state."""
        if not self.is_mounted:
            return
        view = self.view
        c, model = view.comparison, view.model
        kinds = count_kinds(c.conflicts)
        n = len(model.articles)
        shown = len(view.panes) or 1
        parts = []
        if model.single_source:
            parts.append(SINGLE_SOURCE)
        if view.measuring:
            parts.append("laying out rows…")
        if view.background:
            parts.append(view.background)
        parts.append(f"story {view.story_index + 1}/{len(c.stories)}")
        parts.append(f"row {min(view.current_row + 1, model.row_count)}/{model.row_count}")
        if view.folded:
            parts.append("rows folded (z)")
        if view.compact:  # x said nothing where no further pane fits (80 columns): the state is shown like z's
            parts.append("compact view (x)")
        parts.extend(f"{MARK_VARIANT} {note}" for note in model.row_notes(view.current_row))
        if n > shown == 1:
            parts.append(f"pane {view.pane_offset + 1}/{n} (h/l)")
        elif n > shown:
            parts.append(f"panes {view.pane_offset + 1}-{min(view.pane_offset + shown, n)}/{n} (h/l)")
        possible = f" · {plural(kinds['possible'], 'possible difference')}" if kinds["possible"] else ""
        counts = (
            plural(len(c.articles), "article"),
            plural(len(c.stories), "story"),
            plural(kinds["conflict"], "conflict") + possible,
            plural(kinds["variant"], "variant"),
            plural(len(c.claims), "claim"),
        )
        conflict = view.review.status()
        line = " │ ".join([*parts, " · ".join(counts), *([conflict] if conflict else [])])
        width = self.content_size.width
        if conflict and cell_len(line) > width > 0:
            # Too narrow for both: the current conflict and its review without the corpus counts (a fact-checker
            # reviewing needs to see what v and o act on; counts cut after it made a whole value read as cut,
            # "Seversk…"); where even that is cut (80 columns), the review first, and no word when unreviewed.
            line = " │ ".join([*parts, conflict])
            if cell_len(line) > width:
                line = " │ ".join([*parts, view.review.status(review_first=True)])
        self.update(Content(line), layout=False)

    def on_resize(self) -> None:
        self.refresh_status()
