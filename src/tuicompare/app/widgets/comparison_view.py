"""The side-by-side view: panes, claims sidebar, search bar and status line.

The view owns the navigation state (``current_row``, ``selected_claim``, the claim filter, the story and
which articles are on screen) and binds it down to the panes, the sidebar and the status line; they only
post requests back up. Scroll positions are copied from the pane the user scrolled to the others, with a
guard so a copied position is never echoed back. Reviews (``C``, ``v``, ``o``) go to `ReviewController`.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive

from tuicompare.app.commands import opening_story
from tuicompare.app.layout import RowLayout
from tuicompare.app.messages import ClaimSelected, RowChanged
from tuicompare.app.review import ReviewController
from tuicompare.app.story import ClaimFilter, CorpusIndex, StoryModel
from tuicompare.app.widgets.article_pane import ArticlePane
from tuicompare.app.widgets.claims_sidebar import ClaimsSidebar, GlyphHeader
from tuicompare.app.widgets.rows_view import RowsView
from tuicompare.app.widgets.search_bar import SearchBar
from tuicompare.app.widgets.status_line import StatusLine
from tuicompare.models import Comparison
from tuicompare.report.tiers import settle
from tuicompare.review import ReviewBook


class ComparisonView(RowsView):
    """Synchronized article panes of one story with its claims."""

    BINDINGS = [
        Binding("n", "conflict(1)", "Next conflict", id="conflict.next"),
        Binding("N", "conflict(-1)", "Prev conflict", show=False, id="conflict.previous"),
        Binding("c", "cycle_filter", "Claim filter", id="claims.filter"),
        Binding("l,right_square_bracket,right", "page_panes(1)", "More panes", show=False, id="panes.next"),
        Binding("h,left_square_bracket,left", "page_panes(-1)", "Fewer panes", show=False, id="panes.previous"),
        Binding("b", "toggle_sidebar", "Sidebar", show=False, id="sidebar.toggle"),
        Binding("C", "conflicts", "Conflicts", id="review.panel"),
        Binding("v", "verdict", "Verdict", show=False, id="review.verdict"),
        Binding("o", "note", "Note", show=False, id="review.note"),
        Binding("z", "fold", "Fold rows without differences", show=False, id="rows.fold"),
        Binding("r", "reference", "Read against this article", show=False, id="panes.reference"),
        Binding("x", "compact", "Compact view: more panes", show=False, id="panes.compact"),
        Binding("m", "move_article", "Move article to a story", show=False, id="stories.move"),
        Binding("M", "merge_story", "Merge a story into this one", show=False, id="stories.merge"),
    ]

    claim_filter: reactive[ClaimFilter] = reactive[ClaimFilter]("all", init=False, repaint=False)
    story_index: reactive[int] = reactive(0, init=False, repaint=False)

    def __init__(
        self,
        comparison: Comparison,
        *,
        focus: str | None = None,
        reviews: ReviewBook | None = None,
        id: str | None = None,
    ) -> None:
        """Show ``comparison``, starting at the story of article ``focus``; ``reviews`` holds its verdicts."""
        super().__init__(id=id)
        self.layout_rows: RowLayout | None = None
        self._scroll_y = 0.0
        # Settled once: no stance on screen rests on a possible difference alone.
        self.comparison = comparison = settle(comparison)
        self.index = CorpusIndex.build(comparison)
        self.focus_article = focus
        story = self.index.story_of_article.get(focus or "")
        ids = [s.id for s in comparison.stories]
        opening = ids.index(story) if story in ids else opening_story([s.articles for s in comparison.stories])
        self.set_reactive(ComparisonView.story_index, opening)
        self.model: StoryModel = self._make_model(self.story_index)
        self.review = ReviewController(self, reviews if reviews is not None else ReviewBook(comparison, None))
        #: What is still being computed behind this view, shown in the status line.
        self.background: str | None = None

    def _make_model(self, index: int) -> StoryModel:
        return self.index.story_model(self.comparison.stories[index], focus=self.focus_article)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            # Start with the panes the terminal width allows; resizes add or remove them later.
            with Horizontal(id="panes"):
                for _ in range(self._pane_count_for(self.app.size.width)):
                    yield self._new_pane()
            # Sized as ``_arrange`` will size it: the first layout is then the last, where a sidebar of the
            # default width (half the screen) had the panes and the claims drawn once for nothing.
            with Vertical(id="side") as side:
                side.styles.width = self._sidebar_width(self.app.size.width)
                side.display = self._sidebar_fits(self.app.size.width)
                yield GlyphHeader(id="glyphs")
                sidebar = ClaimsSidebar(id="sidebar")
                sidebar.display = side.display
                yield sidebar.data_bind(
                    ComparisonView.current_row, ComparisonView.selected_claim, ComparisonView.claim_filter
                )
        yield SearchBar(self, id="search")
        yield StatusLine(self, id="status").data_bind(
            ComparisonView.current_row,
            ComparisonView.pane_offset,
            ComparisonView.story_index,
            ComparisonView.measuring,
            ComparisonView.folded,
        )

    def on_mount(self) -> None:
        self.query_one(ClaimsSidebar).show_story(self.model)
        self.refresh_status()

    # -- requests from the panes and the sidebar -------------------------

    def on_row_changed(self, message: RowChanged) -> None:
        message.stop()
        row = max(0, min(self._target_row(message), self.model.row_count - 1))
        if self.layout_rows is not None:  # a move never stops inside a fold
            row = self.layout_rows.visible(row, message.step or message.page or -1)
        self.current_row = row
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
        if self.layout_rows is not None and row in self.layout_rows.fold_of:
            self.folded = False  # a jump (claim, search, palette) into a fold opens it
        if self.selected_claim:
            claim = next((c for c in self.model.claims if c.id == self.selected_claim), None)
            if claim is None or self.model.row_of_group.get(claim.group) != row:
                self.selected_claim = None
        layout, panes = self.layout_rows, self.panes
        if layout is not None and panes and row < layout.rows:
            viewport = panes[0].scrollable_content_region.height
            # A jump (n, search, claim, G) puts its row at the top; a step scrolls just enough.
            self._apply_scroll(layout.scroll_to_show(row, int(self._scroll_y), viewport, jump=abs(row - old) > 1))
        self.refresh_status()

    # -- actions -----------------------------------------------------------

    def action_conflict(self, step: int) -> None:
        """Jump to the next or previous row with a conflict or variant."""
        row = self.model.next_conflict_row(self.current_row, step)
        if row is not None:
            self.current_row = row
        elif not self.comparison.conflicts:  # not "no more ... in this direction": there are none at all
            self.notify("No conflicts, possible differences or variants in this corpus.", markup=False)
        elif not self.review.next_story(step):
            # n visits all three (as ? says): "no more conflicts" at a variant's row read as "n skipped it".
            self.notify("No more conflicts, possible differences or variants in this direction.", markup=False)

    def action_fold(self) -> None:
        """Fold the rows every source states with no difference found into one line each run, or unfold them."""
        self.folded = not self.folded

    def action_reference(self) -> None:
        """Read the story against the focused article (again: against the majority, as the engine does)."""
        focused = self.screen.focused
        pane = focused if isinstance(focused, ArticlePane) and focused in self.panes else None
        pane = pane or (self.panes[0] if self.panes else None)
        if self.model.single_source:
            self.notify("A single source: there is nothing to read against it.", markup=False)
            return
        if pane is None or pane.article is None:
            return
        same = self.model.reference == pane.article.id
        self.model.set_reference(None if same else pane.article.id)
        for each in self.panes:
            each.reference_changed()
        self.query_one(ClaimsSidebar).show_story(self.model)
        self.notify("Read against the majority." if same else f"Read against {pane.article.id}.", markup=False)

    def action_compact(self) -> None:
        """Narrower panes and sidebar, so more articles fit side by side (again: back to normal)."""
        self.compact = not self.compact

    def action_move_article(self) -> None:
        """Put the focused article in another story, or in one of its own."""
        self.review.move_article()

    def action_split_article(self) -> None:
        """Put the focused article in a story of its own."""
        self.review.split_article()

    def action_merge_story(self) -> None:
        """Merge another story into this one."""
        self.review.merge_story()

    def action_conflicts(self) -> None:
        """List the conflicts of the story (or the corpus) with their reviews."""
        self.review.open_panel()

    def action_verdict(self) -> None:
        """Cycle the verdict of the current conflict."""
        self.review.cycle_current()

    def action_note(self) -> None:
        """Write a note on the current conflict."""
        self.review.note_current()

    def action_cycle_filter(self) -> None:
        """Cycle the claims filter: all, contested, single-source, corroborated."""
        self.claim_filter = self.query_one(ClaimsSidebar).cycle_filter()
        self.refresh_status()

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
        self.refresh_status()

    def show_article(self, article_id: str) -> bool:
        """Bring ``article_id`` on screen (switching story if needed) and focus its pane."""
        story = self.index.story_of_article.get(article_id)
        ids = [s.id for s in self.comparison.stories]
        if story not in ids:
            return False
        if ids.index(story) != self.story_index:
            self.show_story(ids.index(story))
        self._page_to(article_id, self.visible_pane_count())

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
        self.query_one(SearchBar).open()

    def go_to(self, row: int, article: str | None = None) -> None:
        """Make ``row`` current in every pane, paging the panes so that ``article`` is on screen."""
        self._page_to(article, len(self.panes) or 1)
        self.current_row = row

    def _page_to(self, article: str | None, count: int) -> None:
        """Page the panes (``count`` on screen) so that ``article`` is shown."""
        ids = [a.id for a in self.model.articles]
        if article in ids and not self.pane_offset <= ids.index(article) < self.pane_offset + count:
            self.pane_offset = max(0, min(ids.index(article), len(ids) - count))

    # -- status ----------------------------------------------------------------
