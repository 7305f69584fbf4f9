"""One article as aligned rows, drawn with Textual's Line API.

The pane never creates a widget per sentence: it draws the lines that are on
screen from the story model, wrapping each row lazily and caching the result
by width. Row heights come from the comparison view, which measures every
visible pane, so a row occupies the same lines in every pane.
"""

from __future__ import annotations

from time import monotonic

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.timer import Timer

from tuicompare.app.layout import GAP, RowLayout, wrap_offsets
from tuicompare.app.messages import PaneResized, RowChanged, Scrolled
from tuicompare.app.story import StoryModel
from tuicompare.app.widgets.drawn_rows import DrawnRows, StyledLines
from tuicompare.app.widgets.pane_rows import PLACEHOLDER, cell_text, row_mark
from tuicompare.app.widgets.pane_titles import pane_subtitle, pane_title
from tuicompare.app.widgets.scrollbar import PaneScrollBar
from tuicompare.models import Article
from tuicompare.report.marks import MARK_CURSOR, MARK_LINKED

#: Cells reserved on the left of each line: cursor mark (or the linked-row mark), row mark, review verdict mark.
GUTTER = 3
#: Starts the line standing for folded rows.
FOLD_MARK = "┄"
#: Idle delay before rendering rows around the viewport, and the time spent per step.
PREFETCH_DELAY, PREFETCH_BUDGET = 0.05, 0.008
#: Rendered rows kept per pane, over every article it has shown, before the cache is dropped (bounds memory).
MAX_CACHED_ROWS = 4000


class ArticlePane(ScrollView, can_focus=True):
    """A scrolling view of one article's cells, one row per aligned group."""

    COMPONENT_CLASSES = {
        "article-pane--conflict",
        "article-pane--possible",
        "article-pane--variant",
        "article-pane--agreed",
        "article-pane--furniture",
        "article-pane--diff",
        "article-pane--search",
        "article-pane--selected",
        "article-pane--cursor",
        "article-pane--placeholder",
        "article-pane--gutter",
    }

    BINDINGS = [
        Binding("down,j", "move(1)", "Next row", show=False, id="row.next"),
        Binding("up,k", "move(-1)", "Previous row", show=False, id="row.previous"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="row.page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="row.page-up"),
        Binding("home,g", "ends(0)", "First row", show=False, id="row.first"),
        Binding("end,G", "ends(1)", "Last row", show=False, id="row.last"),
    ]

    current_row: reactive[int] = reactive(0, init=False, repaint=False)
    selected_claim: reactive[str | None] = reactive(None, init=False, repaint=False)
    search_query: reactive[str] = reactive("", init=False, repaint=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """Create an empty pane; the view gives it a story and an article."""
        super().__init__(id=id, classes=classes)
        self.model: StoryModel | None = None
        self.article: Article | None = None
        self.layout_rows: RowLayout | None = None
        #: Wrap offsets by (article id, text width), then row; kept while the story is the same.
        self._wraps: dict[tuple[str, int], dict[int, list[int]]] = {}
        #: Rendered rows of every article the pane has shown: paging the panes back and forth reuses them.
        self._drawn = DrawnRows()
        #: The rows linked to the cursor's row, for the cursor row they were read for (None: read again).
        self._linked_key: int | None = None
        self._linked_now: frozenset[int] = frozenset()
        self._strip_width = -1
        self._syncing = False
        self._frame: tuple[int, Style] | None = None
        self._prefetch_timer: Timer | None = None
        self._styled = StyledLines()

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The pane's scrollbar: the panes scroll in step, so their bars share their drawing (`PaneScrollBar`)."""
        # Textual creates its own ScrollBar here (Widget.vertical_scrollbar); this makes the same, sharing lines.
        if self._vertical_scrollbar is None:
            bar = PaneScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    # -- what is shown -------------------------------------------------

    def show_article(self, model: StoryModel, article: Article) -> None:
        """Show ``article`` of the story ``model``; geometry comes later."""
        if model is self.model and article is self.article:
            return
        if model is not self.model:
            self.layout_rows = None
            self._wraps.clear()
            self._drawn.clear()
        self.model, self.article = model, article
        self._linked_key = None
        self._drawn.show(article.id)
        self._set_title()
        self.border_subtitle = pane_subtitle(article)

    @property
    def text_width(self) -> int:
        """Cells available for text, after the scrollbar and the gutter."""
        return max(1, self.scrollable_content_region.width - GUTTER)

    def line_count(self, row: int, width: int | None = None) -> int:
        """Lines the article's cell on ``row`` needs at ``width`` (cached)."""
        return len(self._wrap_offsets(row, width or self.text_width)) + 1

    def _wrap_offsets(self, row: int, width: int) -> list[int]:
        assert self.model is not None and self.article is not None
        by_row = self._wraps.setdefault((self.article.id, width), {})
        offsets = by_row.get(row)
        if offsets is None:
            offsets = by_row[row] = wrap_offsets(self.model.cell(row, self.article.id).text, width)
        return offsets

    def set_layout(self, layout: RowLayout) -> None:
        """Adopt the shared row geometry and redraw."""
        # Drawn rows stay: each is used only if the new layout gives it the same height and fold.
        self.layout_rows = layout
        size = Size(self.scrollable_content_region.width, layout.total)
        if self.container_size:
            # The pane's own size never depends on its content (1fr, scrollbar always shown), so a new
            # content height needs no screen layout: only the scrollbar and the scroll range change.
            # Setting ``virtual_size`` would lay out and repaint the whole screen on every pane page.
            self.set_reactive(ArticlePane.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size
        self.refresh()

    def sync_scroll(self, y: float) -> None:
        """Scroll to ``y`` because another pane did, without echoing it back."""
        self._syncing = True
        try:
            self.scroll_to(y=y, animate=False, immediate=True)
        finally:
            self._syncing = False

    # -- reactives bound from the view --------------------------------

    def _linked(self, row: int) -> frozenset[int]:
        """Rows of this pane holding a counterpart, outside ``row``, of a sentence of ``row`` (its links)."""
        if self.model is None or self.article is None:
            return frozenset()
        return self.model.linked_rows(row, self.article.id)

    def _row_state(self, row: int) -> int:
        """How ``row`` is marked in the gutter: 1 the cursor's row, 2 linked to it, 0 neither."""
        if row == self.current_row:
            return 1
        if self._linked_key != self.current_row:
            self._linked_key, self._linked_now = self.current_row, self._linked(self.current_row)
        return 2 if row in self._linked_now else 0

    def watch_current_row(self, old: int, new: int) -> None:
        # Drawn rows are kept per cursor state (current, linked, plain), so none needs dropping.
        changed = {old, new} | self._linked(old) | self._linked(new)
        layout = self.layout_rows
        if layout is None:
            self.refresh()
            return
        # Only the rows that changed (and those marked as linked) are repainted, which keeps key presses cheap.
        for row in changed:
            if 0 <= row < layout.rows:
                self.refresh_lines(layout.top(row), layout.heights[row])

    def _set_title(self) -> None:
        model, article = self.model, self.article
        assert model is not None and article is not None
        number = None if model.single_source else model.articles.index(article) + 1
        self.border_title = pane_title(article, number, reference=model.reference == article.id)

    def reference_changed(self) -> None:
        """The story is read against another article: new title, highlights drawn again."""
        if self.model is not None and self.article is not None:
            self._set_title()
            self._drawn.forget()
            self.refresh()

    def refresh_row(self, row: int) -> None:
        """Draw ``row`` again (its review changed)."""
        self._drawn.drop(row)
        layout = self.layout_rows
        if layout is not None and 0 <= row < layout.rows:
            self.refresh_lines(layout.top(row), layout.heights[row])

    def watch_selected_claim(self) -> None:
        self._drawn.forget()
        self.refresh()

    def watch_search_query(self) -> None:
        self._drawn.forget()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._syncing:
            self.post_message(Scrolled(self, new_value))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.forget()
        self._styled.restyle()

    def on_resize(self, event: events.Resize) -> None:
        self._drawn.forget()
        self._styled.restyle()
        self.post_message(PaneResized(self))

    # -- navigation requests --------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Leave ← and → to the view, which pages through the panes: a pane wraps its text, never scrolls sideways."""
        return action not in ("scroll_left", "scroll_right")

    def action_move(self, step: int) -> None:
        """Ask for the row ``step`` rows away."""
        self.post_message(RowChanged(self, step=step))

    def action_page(self, step: int) -> None:
        """Ask for the row a screen away."""
        self.post_message(RowChanged(self, page=step, to_top=True))

    def action_ends(self, end: int) -> None:
        """Ask for the first or the last row."""
        rows = self.layout_rows.rows if self.layout_rows else 0
        self.post_message(RowChanged(self, rows - 1 if end else 0))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.layout_rows is None or not self.layout_rows.rows:
            return
        y = int(self.scroll_offset.y) + offset.y
        if y < self.layout_rows.total:
            self.post_message(RowChanged(self, self.layout_rows.row_at(y)))

    # -- drawing ----------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # Style and width are the same for every line of a batch: look them up once.
        self._frame = (self.scrollable_content_region.width, self.rich_style)
        try:
            return self._styled_lines(crop)
        finally:
            self._frame = None
            if self._prefetch_timer is None:
                self._prefetch_timer = self.set_timer(PREFETCH_DELAY, self._prefetch)

    def _styled_lines(self, crop: Region) -> list[Strip]:
        """The widget's lines, borders included, reusing those finished before (`StyledLines`)."""
        if self.layout_rows is None:
            return super().render_lines(crop)
        gutter = self.styles.gutter
        return self._styled.render(
            crop, gutter.top, self.size.height - gutter.bottom, self.render_line, super().render_lines
        )

    def _prefetch(self) -> None:
        """Render the rows a screen above and below the viewport while the user reads.

        Scrolling then only reuses cached lines. Work is capped per call and
        resumed on the next timer so a key press never waits behind it.
        """
        self._prefetch_timer = None
        layout, height = self.layout_rows, self.scrollable_content_region.height
        if layout is None or self.model is None or not layout.rows or height <= 0:
            return
        width, base = self.scrollable_content_region.width, self.rich_style
        if width != self._strip_width:
            return
        if len(self._drawn) > MAX_CACHED_ROWS:
            self._drawn.forget()
        y = int(self.scroll_y)
        first, last = layout.row_at(max(0, y - height)), layout.row_at(y + 2 * height)
        deadline = monotonic() + PREFETCH_BUDGET
        for row in range(first, last + 1):
            if self._drawn.get(row, layout, self._row_state(row)) is None:
                self._drawn.put(row, layout, self._row_state(row), self._render_row(row, width, base))
                if monotonic() > deadline:
                    self._prefetch_timer = self.set_timer(PREFETCH_DELAY, self._prefetch)
                    return

    def render_line(self, y: int) -> Strip:
        width, base = self._frame or (self.scrollable_content_region.width, self.rich_style)
        layout = self.layout_rows
        vy = int(self.scroll_offset.y) + y
        if layout is None or self.model is None or vy >= layout.total or not layout.rows:
            return Strip.blank(width, base)
        if width != self._strip_width:
            self._drawn.forget()
            self._strip_width = width
        row = layout.row_at(vy)
        strips = self._drawn.get(row, layout, self._row_state(row))
        if strips is None:
            strips = self._drawn.put(row, layout, self._row_state(row), self._render_row(row, width, base))
        k = vy - layout.top(row)
        return strips[k] if k < len(strips) else Strip.blank(width, base)

    def _render_row(self, row: int, width: int, base: Style) -> list[Strip]:
        assert self.model is not None and self.article is not None and self.layout_rows is not None
        text_width = max(1, width - GUTTER)
        current = row == self.current_row
        style = base + self.get_component_rich_style("article-pane--cursor") if current else base
        folded = self.layout_rows.folds.get(row)
        if folded:
            # One line for a run of rows every source states with no difference found, as vimdiff folds unchanged
            # lines. Not "rows agree": on real coverage most disagreements go unreported (and words may differ);
            # "no difference found" was cropped to "no differ" in a pane a third of 120 columns, so the line
            # only says what z did, and z's help says which rows.
            head = Segment(MARK_CURSOR if current else " ", self.get_component_rich_style("article-pane--gutter"))
            label = Text(f"{FOLD_MARK} {folded} rows folded", end="")
            label.stylize(self.get_component_rich_style("article-pane--placeholder", partial=True))
            line = Strip([head, Segment(" " * (GUTTER - 1)), *label.render(self.app.console, end="")])
            return [line.crop(0, width).adjust_cell_length(width).apply_style(style), Strip.blank(width, base)]
        text = cell_text(
            self.model,
            self.article.id,
            row,
            self._part_style,
            current=current,
            selected_claim=self.selected_claim,
            search_query=self.search_query,
        )
        offsets = self._wrap_offsets(row, text_width) if text.plain != PLACEHOLDER else []
        lines = text.divide(offsets)
        gutter = self.get_component_rich_style("article-pane--gutter", partial=True)
        console = self.app.console
        strips: list[Strip] = []
        linked = self._row_state(row) == 2
        for i in range(self.layout_rows.heights[row]):
            cursor = (MARK_CURSOR if current else MARK_LINKED if linked else " ") if i == 0 else " "
            mark = row_mark(self.model, row) if i == 0 else " "
            verdict = self.model.index.verdict_mark(self.model.story.id, row) if i == 0 else " "
            segments = [Segment(cursor, gutter), Segment(mark, gutter), Segment(verdict, gutter)]
            if i < len(lines):
                segments.extend(lines[i].render(console, end=""))
            strip = Strip(segments).adjust_cell_length(width).apply_style(style)
            strips.append(strip)
        strips.extend(Strip.blank(width, base) for _ in range(GAP))
        return strips

    def _part_style(self, part: str) -> Style:
        """The partial style of the component ``article-pane--<part>`` (``conflict``, ``diff``, ``search``...)."""
        return self.get_component_rich_style(f"article-pane--{part}", partial=True)
