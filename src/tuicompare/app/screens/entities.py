"""The entity view (key ``E``): what each source says about each person, place and organisation.

A table of the current story's entities grouped by kind, a row per attribute
and a column per source, conflicts in red; ``n``/``N`` visit the attribute
conflicts, enter on a cell closes the view and moves every pane to that
mention. Article text is shown through ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import DataTable, Static

from tuicompare.app.screens.listkeys import LIST_KEYS, panel_footer
from tuicompare.app.sheet import SheetLine, next_difference, sheet_lines
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.models import Comparison, Mention, Story
from tuicompare.report.marks import SHEET_STATUS, sheet_summary
from tuicompare.report.marks import line as one_line

#: Cell styles by status: only a help, the status column says it in words.
_STYLES = {"conflict": "bold red underline", "possible": "dim italic", "variant": "yellow italic"}
#: Longest value shown in a cell; the panes show the rest.
_CELL_WIDTH = 30
#: Narrowest a source column gets on a narrow terminal (its values then wrap a word or two a line).
_MIN_CELL_WIDTH = 12
#: The first source column (after entity, attribute and status, which stay visible on narrow screens).
_FIRST = 3


def box_size(screen: Size) -> Size:
    """The sheet's box on a ``screen``-sized terminal: 95% of its width, 90% of its height, in whole cells.

    Set on the box as cells rather than left to percentages in app.tcss so that the source columns are sized
    from the very width the table is laid out at, before any refresh (a fit made after the layout depended on
    when it ran).
    """
    return Size(max(1, screen.width * 95 // 100), max(1, screen.height * 9 // 10))


def _cell(text: str, width: int = _CELL_WIDTH) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class SheetTable(DataTable[Text]):
    """The sheet's table: drawn no wider than its columns' room, never into its scrollbar's kept gutter.

    Textual's DataTable draws each line the widget's whole width, so with ``scrollbar-gutter: stable`` and
    no scrollbar to cover the gutter (a sheet short enough not to scroll), the gutter showed the next source
    column's first letters ("R", "f"), read as values of their own.
    """

    def render_line(self, y: int) -> Strip:
        return super().render_line(y).crop(0, self.scrollable_content_region.width)


class EntityScreen(ModalScreen[Mention | None]):
    """The entity sheet of one story; dismissed with the mention of the selected cell, or None."""

    BINDINGS = [
        Binding("escape,q,E", "dismiss(None)", "Close", id="entities.close"),
        Binding("n", "difference(1)", "Next attribute conflict", id="entities.next"),
        Binding("N", "difference(-1)", "Previous attribute conflict", show=False, id="entities.previous"),
        *LIST_KEYS,
    ]

    def __init__(self, comparison: Comparison, story: Story, articles: tuple[str, ...]) -> None:
        """Show the sheet of ``story`` with a column per article of ``articles`` (pane order)."""
        super().__init__()
        self.story = story
        self.articles = articles
        self.lines: list[SheetLine] = sheet_lines(comparison, story, articles)
        self.wrapped = False
        #: How many source columns are in view at once and their width (`_columns`), set when the table is filled.
        self.shown = 1
        self.cell_width = _CELL_WIDTH

    def compose(self) -> ComposeResult:
        box = Vertical()
        # The report's words: "differences" here beside "conflicts" there read as two counts of one thing.
        box.border_title = f"Entities: {sheet_summary(x.attribute.status for x in self.lines if x.attribute)}"
        # ←/→ said: at 80 columns one source column shows, and nothing else tells the others are there.
        box.border_subtitle = "enter: go to the mention · n/N: conflicts · ←/→: sources · esc: close"
        with box:
            if not self.lines:
                yield Static(Text("No article of this story states a role, age, place or party."), id="sheet-empty")
            else:
                # Entity, attribute and status stay in view when a narrow screen scrolls to a source column.
                yield SheetTable(cursor_type="cell", zebra_stripes=False, fixed_columns=_FIRST, id="sheet")
        yield panel_footer()

    def on_mount(self) -> None:
        self._size_box()
        if self.lines:
            self._fill()
            first = next_difference(self.lines, -1, 1)
            table = self.query_one(DataTable)
            table.move_cursor(row=first if first is not None else 0, column=_FIRST)
            table.focus()

    def on_resize(self, event: events.Resize) -> None:
        self._size_box()
        # A source column as wide as the space beside the fixed columns changes with the terminal.
        if self.lines and self._columns(self._fixed_widths()) != (self.shown, self.cell_width):
            table = self.query_one(DataTable)
            cursor = table.cursor_coordinate
            self._fill()
            table.move_cursor(row=cursor.row, column=cursor.column)

    def _size_box(self) -> None:
        size = box_size(self.app.size)
        box = self.query_one(Vertical)
        box.styles.width, box.styles.height = size.width, size.height

    def _fill(self) -> None:
        """(Re)build the table's columns and rows for the screen's width."""
        table = self.query_one(DataTable)
        table.clear(columns=True)
        fixed = self._fixed_widths()
        self.shown, self.cell_width = self._columns(fixed)
        # Explicit widths, the fixed ones too: the table is then exactly as wide as the columns in view, and the
        # box's cells left over (fewer than a column) stay blank instead of showing a sliver of the next source.
        for title, width in zip(("Entity", "Attribute", "Status"), fixed, strict=True):
            table.add_column(Text(title), key=title.lower(), width=width)
        for n, article in enumerate(self.articles, 1):
            label = f"{n} {_cell(article, min(16, self.cell_width - len(str(n)) - 1))}"
            table.add_column(Text(label), key=f"article:{n - 1}", width=self.cell_width)
        columns = sum(width + 2 for width in fixed) + self.shown * (self.cell_width + 2)  # a cell's padding: 1 a side
        table.styles.width = min(columns, self._inside()) + table.styles.scrollbar_size_vertical
        # Values wrap whole when the sheet, so drawn, still fits the view's height (its 90% less border and
        # header): a difference often sits at a value's end ("... Kharkiv Oblast"). Else a line each, cut with
        # "…", so that the sheet stays in one view; enter shows the whole mention in the panes.
        tall = [self._height(line) for line in self.lines]
        self.wrapped = sum(tall) <= box_size(self.app.size).height - 3  # less the border and the header
        for line, height in zip(self.lines, tall, strict=True):
            table.add_row(*self._cells(line), height=height if self.wrapped else 1)

    def _columns(self, fixed: tuple[int, int, int]) -> tuple[int, int]:
        """How many source columns are in view at once, and their width: `_CELL_WIDTH` or narrower.

        The entity, attribute and status columns stay in view when the table scrolls sideways, so a source
        column wider than what is left beside them was cut at the view's edge, mid-word ("... Khar"). As many
        source columns as fit at `_CELL_WIDTH` (one at least, at `_MIN_CELL_WIDTH` at least) share that room.
        """
        room = self._inside() - sum(width + 2 for width in fixed)
        shown = min(len(self.articles), max(1, -(-room // (_CELL_WIDTH + 2))))
        while shown > 1 and room // shown - 2 < _MIN_CELL_WIDTH:
            shown -= 1
        return shown, max(_MIN_CELL_WIDTH, min(_CELL_WIDTH, room // shown - 2))

    def _inside(self) -> int:
        """The width the box has for the table's columns: less its border and the table's vertical scrollbar.

        app.tcss keeps the scrollbar's gutter whether or not the sheet is long enough to scroll, so this width
        holds before the table is laid out: a sheet that fitted the height once had two cells more than
        counted, where the next source's first letters ("R", "f") stood beside the first source's values.
        """
        return box_size(self.app.size).width - 2 - self.query_one(DataTable).styles.scrollbar_size_vertical

    def _fixed_widths(self) -> tuple[int, int, int]:
        """The widths of the entity, attribute and status columns: their widest heading or cell."""
        attributes = [x.attribute for x in self.lines if x.attribute is not None]
        entity = max(cell_len(x) for line in self.lines for x in ("Entity", line.heading, _cell(line.entity, 20)))
        attribute = max([cell_len("Attribute"), *(cell_len(a.name) for a in attributes)])
        status = max([cell_len("Status"), *(cell_len(SHEET_STATUS[a.status]) for a in attributes)])
        return entity, attribute, status

    def _height(self, line: SheetLine) -> int:
        """How many lines ``line``'s values take wrapped to the cell width."""
        console = self.app.console
        return max((len(Text(one_line(c)).wrap(console, self.cell_width)) for c in line.cells if c), default=1)

    def _cells(self, line: SheetLine) -> list[Text]:
        if line.attribute is None:
            blank = [Text("") for _ in range(len(self.articles) + 2)]
            return [Text(line.heading, style="bold"), *blank]
        status = line.attribute.status
        style = _STYLES.get(status, "")
        values = [
            Text(one_line(c) if self.wrapped else _cell(c, self.cell_width), style=style)
            if c
            else Text("·", style="dim")
            for c in line.cells
        ]
        return [
            Text(_cell(line.entity, 20)),
            Text(line.attribute.name),
            Text(SHEET_STATUS[status], style=style or ("dim" if status == "single" else "")),
            *values,
        ]

    def action_difference(self, step: int) -> None:
        """Move to the next or previous attribute with a conflict or possible difference."""
        # An empty sheet has no table (it says so instead): n there must say there is nothing, not fail.
        table = self.query_one(DataTable) if self.lines else None
        found = None if table is None else next_difference(self.lines, table.cursor_row, step)
        if table is None or found is None:
            # n visits possible differences too; "no more" where there is none at all reads as "some were passed".
            what = "attribute conflicts or possible differences"
            none = not any(x.difference for x in self.lines)
            self.notify(f"No {what} in this story." if none else f"No more {what} in this direction.", markup=False)
            return
        table.move_cursor(row=found, column=max(_FIRST, table.cursor_column))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        row, column = event.coordinate.row, event.coordinate.column
        line = self.lines[row]
        if line.attribute is None or not _FIRST <= column < _FIRST + len(self.articles):
            return
        mention = line.mentions[column - _FIRST]
        if mention is None:
            self.notify("This source says nothing of it.", markup=False)
            return
        self.dismiss(mention)


def open_entities(view: ComparisonView) -> EntityScreen:
    """The entity view of the story ``view`` shows; picking a cell moves every pane to that mention."""
    articles = tuple(a.id for a in view.model.articles)
    return EntityScreen(view.comparison, view.model.story, articles)


def go_to_mention(view: ComparisonView, mention: Mention | None) -> None:
    """Bring the mention's article on screen (switching story) and make the mention's row current in every pane."""
    if mention is None or not view.show_article(mention.article):
        return
    row = next((i for i, g in enumerate(view.model.groups) if mention.sentence in g.sentences), None)
    if row is not None:
        view.current_row = row
