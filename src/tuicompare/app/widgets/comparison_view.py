"""The side-by-side view: panes, claims sidebar, search bar and status line.

The view owns the navigation state (``current_row``, ``selected_claim``,
the claim filter, the story and which articles are on screen) and binds it
down to the panes and the sidebar; they only post requests back up. Scroll
positions are copied from the pane the user scrolled to the others, with a
guard so a copied position is never echoed back.
"""

from __future__ import annotations

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tuicompare.app.layout import RowLayout, wrap_offsets
from tuicompare.app.messages import ClaimSelected, PaneResized, RowChanged, Scrolled
from tuicompare.app.story import ClaimFilter, CorpusIndex, StoryModel
from tuicompare.app.widgets.article_pane import ArticlePane
from tuicompare.app.widgets.claims_sidebar import ClaimsSidebar
from tuicompare.models import Comparison
from tuicompare.report.marks import SINGLE_SOURCE, plural
from tuicompare.report.tiers import count_kinds, settle

#: Narrowest pane that still reads comfortably (text, gutter, border, scrollbar).
MIN_PANE_WIDTH = 26
#: Above this many cells (rows x visible panes) rows are measured in a thread.
BACKGROUND_CELLS = 20_000


class ComparisonView(Vertical):
    """Synchronized article panes of one story with its claims."""

    DEFAULT_CSS = """
    ComparisonView {
        height: 1fr;
        #main { height: 1fr; }
        #panes { width: 1fr; height: 1fr; }
        #search { dock: bottom; display: none; }
        #search.-active { display: block; }
        #status {
            height: 1; background: $panel; color: $text; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis;
        }
    }
    """

    BINDINGS = [
        Binding("n", "conflict(1)", "Next conflict", id="conflict.next"),
        Binding("N", "conflict(-1)", "Prev conflict", show=False, id="conflict.previous"),
        Binding("c", "cycle_filter", "Claim filter", id="claims.filter"),
        Binding("l,right_square_bracket", "page_panes(1)", "More panes", show=False, id="panes.next"),
        Binding("h,left_square_bracket", "page_panes(-1)", "Fewer panes", show=False, id="panes.previous"),
        Binding("b", "toggle_sidebar", "Sidebar", show=False, id="sidebar.toggle"),
    ]

    current_row: reactive[int] = reactive(0, init=False, repaint=False)
    selected_claim: reactive[str | None] = reactive(None, init=False, repaint=False)
    search_query: reactive[str] = reactive("", init=False, repaint=False)
    claim_filter: reactive[ClaimFilter] = reactive[ClaimFilter]("all", init=False, repaint=False)
    pane_offset: reactive[int] = reactive(0, init=False, repaint=False)
    show_sidebar: reactive[bool] = reactive(True, init=False, repaint=False)

    def __init__(self, comparison: Comparison, *, focus: str | None = None, id: str | None = None) -> None:
        """Show ``comparison``, starting at the story of article ``focus`` if given."""
        super().__init__(id=id)
        # Settled once: no stance on screen rests on a possible difference alone.
        self.comparison = comparison = settle(comparison)
        self.index = CorpusIndex.build(comparison)
        self.focus_article = focus
        story = self.index.story_of_article.get(focus or "")
        ids = [s.id for s in comparison.stories]
        self.story_index = ids.index(story) if story in ids else 0
        self.model: StoryModel = self._make_model(self.story_index)
        self.layout_rows: RowLayout | None = None
        self.measuring = False
        #: What is still being computed behind this view, shown in the status line.
        self.background: str | None = None
        self._scroll_y = 0.0

    def _make_model(self, index: int) -> StoryModel:
        return self.index.story_model(self.comparison.stories[index], focus=self.focus_article)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            # Start with the panes the terminal width allows; resizes add or remove them later.
            with Horizontal(id="panes"):
                for _ in range(self._pane_count_for(self.app.size.width)):
                    yield self._new_pane()
            yield ClaimsSidebar(id="sidebar").data_bind(
                ComparisonView.current_row, ComparisonView.selected_claim, ComparisonView.claim_filter
            )
        yield Input(placeholder="Search all panes (enter: next match, esc: close)", id="search")
        yield Static(id="status")

    def on_mount(self) -> None:
        self.query_one(ClaimsSidebar).show_story(self.model)
        self._update_status()

    # -- panes and geometry ---------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        """The mounted panes, left to right."""
        return list(self.query_one("#panes").query_children(ArticlePane))

    def visible_pane_count(self) -> int:
        """How many panes fit beside the sidebar at the current width."""
        return self._pane_count_for(self.size.width)

    def _pane_count_for(self, total: int) -> int:
        width = total - (self._sidebar_width(total) if self._sidebar_fits(total) else 0)
        return max(1, min(len(self.model.articles), width // MIN_PANE_WIDTH))

    def _sidebar_width(self, total: int | None = None) -> int:
        return 28 if (self.size.width if total is None else total) < 120 else 40

    def _sidebar_fits(self, total: int | None = None) -> bool:
        total = self.size.width if total is None else total
        return self.show_sidebar and total - self._sidebar_width(total) >= MIN_PANE_WIDTH

    def _new_pane(self) -> ArticlePane:
        """A pane bound to the view's row, claim and search."""
        return ArticlePane().data_bind(
            ComparisonView.current_row, ComparisonView.selected_claim, ComparisonView.search_query
        )

    def on_resize(self) -> None:
        self.call_later(self._arrange)

    async def _arrange(self) -> None:
        """Mount or remove panes to fit the width and give each its article."""
        sidebar = self.query_one(ClaimsSidebar)
        sidebar.display = self._sidebar_fits()
        sidebar.styles.width = self._sidebar_width()
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
            self.set_reactive(ComparisonView.pane_offset, offset)
        with self.app.batch_update():
            for pane, article in zip(self.panes, articles[offset : offset + count], strict=False):
                pane.show_article(self.model, article)
            self._update_status()
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
            self._update_status()
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
        self._update_status()

    def _adopt_layout(self, layout: RowLayout) -> None:
        """Give every pane the shared layout, keeping the top row and the current row in view."""
        panes = [p for p in self.panes if p.article is not None]
        anchor = self.layout_rows.row_at(int(self._scroll_y)) if self.layout_rows else 0
        self.layout_rows = layout
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

    # -- requests from the panes and the sidebar -------------------------

    def on_row_changed(self, message: RowChanged) -> None:
        message.stop()
        self.current_row = max(0, min(self._target_row(message), self.model.row_count - 1))
        if message.to_top and self.layout_rows is not None and self.layout_rows.rows:
            self._apply_scroll(self.layout_rows.top(self.current_row))
        if isinstance(message.pane, ArticlePane) and message.pane is not self.screen.focused:
            message.pane.focus()

    def _target_row(self, message: RowChanged) -> int:
        """The row a request asks for, counted from the row this view last set."""
        if message.row is not None:
            return message.row
        row, layout = self.current_row, self.layout_rows
        if not message.page:
            return row + message.step
        if layout is None or not layout.rows:
            return row
        height = max(1, message.pane.scrollable_content_region.height)
        target = layout.row_at(max(0, layout.top(row) + message.page * height))
        return target + message.page if target == row else target

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

    def on_claim_selected(self, message: ClaimSelected) -> None:
        message.stop()
        claim = next((c for c in self.model.claims if c.id == message.claim_id), None)
        if claim is None:
            return
        self.selected_claim = claim.id
        row = self.model.row_of_group.get(claim.group)
        if row is not None:
            self.current_row = row

    def watch_current_row(self, old: int, row: int) -> None:
        if self.selected_claim:
            claim = next((c for c in self.model.claims if c.id == self.selected_claim), None)
            if claim is None or self.model.row_of_group.get(claim.group) != row:
                self.selected_claim = None
        layout, panes = self.layout_rows, self.panes
        if layout is not None and panes and row < layout.rows:
            viewport = panes[0].scrollable_content_region.height
            # A jump (n, search, claim, G) puts its row at the top; a step scrolls just enough.
            self._apply_scroll(layout.scroll_to_show(row, int(self._scroll_y), viewport, jump=abs(row - old) > 1))
        self._update_status()

    # -- actions -----------------------------------------------------------

    def action_conflict(self, step: int) -> None:
        """Jump to the next or previous row with a conflict or variant."""
        row = self.model.next_conflict_row(self.current_row, step)
        if row is None:
            self.notify("No more conflicts in this direction.", markup=False)
        else:
            self.current_row = row

    def action_cycle_filter(self) -> None:
        """Cycle the claims filter: all, contested, single-source, corroborated."""
        self.claim_filter = self.query_one(ClaimsSidebar).cycle_filter()
        self._update_status()

    def action_page_panes(self, step: int) -> None:
        """Show the next or previous page of articles when not all fit."""
        count = len(self.panes) or 1
        last = max(0, len(self.model.articles) - count)
        self.pane_offset = max(0, min(self.pane_offset + step * count, last))

    def watch_pane_offset(self) -> None:
        self.call_later(self._arrange)

    def action_toggle_sidebar(self) -> None:
        """Hide or show the claims sidebar."""
        self.show_sidebar = not self.show_sidebar

    def watch_show_sidebar(self) -> None:
        self.call_later(self._arrange)

    def show_story(self, index: int) -> None:
        """Switch to story ``index`` of the comparison."""
        if not 0 <= index < len(self.comparison.stories):
            return
        self.story_index = index
        self.model = self._make_model(index)
        self.layout_rows = None
        self._scroll_y = 0.0
        self.selected_claim = None
        self.set_reactive(ComparisonView.pane_offset, 0)
        self.set_reactive(ComparisonView.current_row, 0)
        for pane in self.panes:
            pane.current_row = 0
            pane.sync_scroll(0)
        self.query_one(ClaimsSidebar).show_story(self.model)
        self.call_later(self._arrange)

    def set_background(self, text: str | None) -> None:
        """Say in the status line what is still being computed (``None``: nothing)."""
        self.background = text
        self._update_status()

    def show_article(self, article_id: str) -> bool:
        """Bring ``article_id`` on screen (switching story if needed) and focus its pane."""
        story = self.index.story_of_article.get(article_id)
        ids = [s.id for s in self.comparison.stories]
        if story not in ids:
            return False
        if ids.index(story) != self.story_index:
            self.show_story(ids.index(story))
        position = [a.id for a in self.model.articles].index(article_id)
        count = self.visible_pane_count()
        if not self.pane_offset <= position < self.pane_offset + count:
            self.pane_offset = max(0, min(position, len(self.model.articles) - count))

        def focus_pane() -> None:
            for pane in self.panes:
                if pane.article is not None and pane.article.id == article_id:
                    pane.focus()

        self.call_later(focus_pane)
        return True

    def jump_to_claim(self, claim_id: str) -> None:
        """Select a claim (switching to its story first) and go to its row."""
        claim = next((c for c in self.comparison.claims if c.id == claim_id), None)
        if claim is None:
            return
        ids = [s.id for s in self.comparison.stories]
        if claim.story in ids and ids.index(claim.story) != self.story_index:
            self.show_story(ids.index(claim.story))
        self.post_message(ClaimSelected(claim_id))

    # -- search ---------------------------------------------------------------

    def open_search(self) -> None:
        """Show the search bar and focus it."""
        bar = self.query_one("#search", Input)
        bar.add_class("-active")
        bar.focus()

    @on(Input.Submitted, "#search")
    def _search_next(self, event: Input.Submitted) -> None:
        event.stop()
        query = event.value.strip()
        self.search_query = query
        if not query:
            return
        found = self.model.find(query, self.current_row)
        if found is None:
            self.notify(f"No match for {query!r} in this story.", markup=False, severity="warning")
            return
        row, article = found
        position = [a.id for a in self.model.articles].index(article)
        count = len(self.panes) or 1
        if not self.pane_offset <= position < self.pane_offset + count:
            self.pane_offset = max(0, min(position, len(self.model.articles) - count))
        self.current_row = row

    def close_search(self) -> None:
        """Hide the search bar, keep the matches highlighted, focus a pane."""
        self.query_one("#search", Input).remove_class("-active")
        if self.panes:
            self.panes[0].focus()

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape" and self.query_one("#search", Input).has_focus:
            event.stop()
            self.close_search()

    # -- status ----------------------------------------------------------------

    def _update_status(self) -> None:
        if not self.is_mounted:
            return
        c = self.comparison
        kinds = count_kinds(c.conflicts)
        n = len(self.model.articles)
        shown = len(self.panes) or 1
        parts = []
        if self.model.single_source:
            parts.append(SINGLE_SOURCE)
        if self.measuring:
            parts.append("laying out rows…")
        if self.background:
            parts.append(self.background)
        parts.append(f"story {self.story_index + 1}/{len(c.stories)}")
        parts.append(f"row {min(self.current_row + 1, self.model.row_count)}/{self.model.row_count}")
        if n > shown:
            parts.append(f"panes {self.pane_offset + 1}-{min(self.pane_offset + shown, n)}/{n} (h/l)")
        possible = f" · {plural(kinds['possible'], 'possible difference')}" if kinds["possible"] else ""
        parts.append(
            f"{len(c.articles)} articles · {len(c.stories)} stories · {kinds['conflict']} conflicts{possible} · "
            f"{kinds['variant']} variants · {len(c.claims)} claims"
        )
        self.query_one("#status", Static).update(Content(" │ ".join(parts)), layout=False)
