"""The rows half of the comparison view: panes that fit the width, one row geometry for all, scroll in step.

`RowsView` mounts as many panes as the width allows beside the claims
sidebar, measures every visible pane's rows (big stories in a thread) and
shares the tallest heights, so a row occupies the same lines in every pane;
it copies a scroll position from the pane the user scrolled to the others.
`ComparisonView` adds the story, the claims, search and reviews on top.
"""

from __future__ import annotations

from textual import work
from textual.containers import Vertical
from textual.reactive import reactive
from textual.worker import get_current_worker

from tuicompare.app.layout import RowLayout, wrap_offsets
from tuicompare.app.messages import PaneResized, Scrolled
from tuicompare.app.story import StoryModel
from tuicompare.app.widgets.article_pane import ArticlePane
from tuicompare.app.widgets.claims_sidebar import ClaimsSidebar
from tuicompare.app.widgets.status_line import StatusLine

#: Narrowest pane that still reads comfortably (text, gutter, border, scrollbar).
MIN_PANE_WIDTH = 26
#: The same in the compact view (``x``), which fits more panes with less text each; the sidebar narrows too.
COMPACT_PANE_WIDTH, COMPACT_SIDEBAR_WIDTH = 19, 24
#: Above this many cells (rows x visible panes) rows are measured in a thread.
BACKGROUND_CELLS = 20_000


class RowsView(Vertical):
    """Panes of the current story's articles, rows aligned and scrolled together."""

    current_row: reactive[int] = reactive(0, init=False, repaint=False)
    selected_claim: reactive[str | None] = reactive(None, init=False, repaint=False)
    search_query: reactive[str] = reactive("", init=False, repaint=False)
    pane_offset: reactive[int] = reactive(0, init=False, repaint=False)
    show_sidebar: reactive[bool] = reactive(True, init=False, repaint=False)
    #: True while a big story's rows are measured in a thread.
    measuring: reactive[bool] = reactive(False, init=False, repaint=False)
    #: True when runs of rows on which every source agrees are folded into one line (``z``).
    folded: reactive[bool] = reactive(False, init=False, repaint=False)
    #: True in the compact view (``x``): narrower panes and sidebar, so more panes fit.
    compact: reactive[bool] = reactive(False, init=False, repaint=False)

    model: StoryModel
    layout_rows: RowLayout | None
    _scroll_y: float

    # -- panes and geometry ---------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        """The mounted panes, left to right (none while the view is being composed again, e.g. for another story)."""
        holder = self.query("#panes")
        return list(holder.first().query_children(ArticlePane)) if holder else []

    def visible_pane_count(self) -> int:
        """How many panes fit beside the sidebar at the current width."""
        return self._pane_count_for(self.size.width)

    def _pane_count_for(self, total: int) -> int:
        width = total - (self._sidebar_width(total) if self._sidebar_fits(total) else 0)
        return max(1, min(len(self.model.articles), width // self._min_pane_width()))

    def _min_pane_width(self) -> int:
        return COMPACT_PANE_WIDTH if self.compact else MIN_PANE_WIDTH

    def _sidebar_width(self, total: int | None = None) -> int:
        if self.compact:
            return COMPACT_SIDEBAR_WIDTH
        return 28 if (self.size.width if total is None else total) < 120 else 40

    def _sidebar_fits(self, total: int | None = None) -> bool:
        total = self.size.width if total is None else total
        return self.show_sidebar and total - self._sidebar_width(total) >= self._min_pane_width()

    def watch_compact(self) -> None:
        self.call_later(self._arrange)

    def _new_pane(self) -> ArticlePane:
        """A pane bound to the view's row, claim and search."""
        return ArticlePane().data_bind(RowsView.current_row, RowsView.selected_claim, RowsView.search_query)

    def on_resize(self) -> None:
        self.call_later(self._arrange)

    async def _arrange(self) -> None:
        """Mount or remove panes to fit the width and give each its article."""
        side, sidebar = self.query_one("#side"), self.query_one(ClaimsSidebar)
        side.display = sidebar.display = self._sidebar_fits()
        side.styles.width = self._sidebar_width()
        count = self.visible_pane_count()
        panes = self.panes
        if len(panes) > count:
            for pane in panes[count:]:
                await pane.remove()
        elif len(panes) < count:
            await self.query_one("#panes").mount_all([self._new_pane() for _ in range(count - len(panes))])
        articles = self.model.articles
        offset = min(self.pane_offset, max(0, len(articles) - count))
        if offset != self.pane_offset:
            self.set_reactive(RowsView.pane_offset, offset)
        with self.app.batch_update():
            for pane, article in zip(self.panes, articles[offset : offset + count], strict=False):
                pane.show_article(self.model, article)
            self.refresh_status()
            if self.screen.focused is None and self.panes:
                self.panes[0].focus()
            if len(panes) == count and all(p.scrollable_content_region.width > 0 for p in panes):
                # Same panes, same sizes (paging): measure now so the new articles paint once.
                self._relayout()
            else:
                self.call_after_refresh(self._relayout)

    def on_pane_resized(self, message: PaneResized) -> None:
        message.stop()
        self._relayout()

    def _relayout(self) -> None:
        """Measure every visible pane's rows and share the tallest heights.

        Big stories are measured in a thread so keys keep working meanwhile.
        """
        panes = [p for p in self.panes if p.article is not None]
        if not panes or any(p.scrollable_content_region.width <= 0 for p in panes):
            return
        columns = tuple((p.article.id, p.text_width) for p in panes if p.article is not None)
        if self.model.row_count * len(columns) > BACKGROUND_CELLS:
            self.measuring = True
            self._measure(self.model, columns)
            return
        widths = [(p, p.text_width) for p in panes]
        heights = [max(p.line_count(r, w) for p, w in widths) for r in range(self.model.row_count)]
        self._adopt_layout(RowLayout.from_heights(heights))

    @work(thread=True, exclusive=True, group="layout", exit_on_error=False)
    def _measure(self, model: StoryModel, columns: tuple[tuple[str, int], ...]) -> None:
        """Row heights of ``columns`` (article id, text width), off the event loop."""
        worker = get_current_worker()
        heights: list[int] = []
        for row in range(model.row_count):
            if row % 512 == 0 and worker.is_cancelled:
                return
            heights.append(max(len(wrap_offsets(model.cell(row, a).text, w)) + 1 for a, w in columns))
        self.app.call_from_thread(self._adopt_measured, model, columns, RowLayout.from_heights(heights))

    def _adopt_measured(self, model: StoryModel, columns: tuple[tuple[str, int], ...], layout: RowLayout) -> None:
        """Use a layout measured in the background unless the panes changed since."""
        panes = [p for p in self.panes if p.article is not None]
        if model is not self.model or columns != tuple((p.article.id, p.text_width) for p in panes if p.article):
            return
        self.measuring = False
        self._adopt_layout(layout)

    def watch_folded(self) -> None:
        if self.layout_rows is not None:
            self._adopt_layout(self.layout_rows)

    def _adopt_layout(self, layout: RowLayout) -> None:
        """Give every pane the shared layout (folded with ``z``), keeping the top row and the current row in view."""
        panes = [p for p in self.panes if p.article is not None]
        anchor = self.layout_rows.row_at(int(self._scroll_y)) if self.layout_rows else 0
        if self.folded and not self.model.single_source:
            layout = layout.folded(self.model.agreeing_rows)
        else:
            layout = layout.unfolded or layout
        self.layout_rows = layout
        if self.current_row in layout.fold_of:
            # The current row was folded away: its fold's line is current instead.
            self.set_reactive(RowsView.current_row, layout.fold_of[self.current_row])
            for pane in panes:
                pane.current_row = self.current_row
        for pane in panes:
            pane.set_layout(layout)
        anchor = min(anchor, max(layout.rows - 1, 0))
        viewport = panes[0].scrollable_content_region.height
        self._apply_scroll(layout.scroll_to_show(self.current_row, layout.top(anchor), viewport))

    def _apply_scroll(self, y: float) -> None:
        """Put every pane at ``y`` without any of them reporting it back."""
        panes = self.panes
        for pane in panes:
            pane.sync_scroll(y)
        self._scroll_y = panes[0].scroll_y if panes else 0.0

    def on_scrolled(self, message: Scrolled) -> None:
        message.stop()
        source = message.pane
        # Read the pane's position now: a queued message may be older than a later sync.
        y = source.scroll_y
        if y == self._scroll_y or source not in self.panes:
            return
        self._scroll_y = y
        for pane in self.panes:
            if pane is not source:
                pane.sync_scroll(y)

    def refresh_status(self) -> None:
        """Redraw the status line (for what it is not bound to: reviews, pane count)."""
        if self.is_mounted:
            self.query_one(StatusLine).refresh_status()
