"""The claims of the current story, with every source's stance."""

from __future__ import annotations

from typing import cast

from rich.cells import cell_len
from rich.text import Span, Text
from textual.binding import Binding
from textual.content import Content
from textual.css.scalar import Unit
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tuicompare.app.messages import ClaimSelected
from tuicompare.app.story import CLAIM_FILTERS, ClaimFilter, StoryModel
from tuicompare.models import Claim
from tuicompare.report.marks import STANCE_MARKS, shorten

#: Longest claim text shown in the list (the full text is in the panes).
MAX_CLAIM_CHARS = 90


#: What the digits over the stance columns are, longest first: the longest that fits the line is said.
#: "123 sources" read as a count of 123 sources; an arrow and "pane" say they are the panes' numbers.
HEADER_LABELS = (" ← pane numbers", " ← pane no.", " ← panes", "")


def glyph_header(count: int, width: int | None = None) -> str:
    """The numbers of the stance columns, one per article as numbered in the pane titles.

    Up to 9 articles one line of digits; from 10 a line of tens over a line of units. The units line says
    what the digits are, as fully as ``width`` (cells, ``None``: no limit) allows.
    """
    units = "".join(str(n % 10) for n in range(1, count + 1))
    label = next((t for t in HEADER_LABELS if width is None or count + cell_len(t) <= width), "")
    if count < 10:
        return f"{units}{label}"
    tens = "".join(str(n // 10) if n >= 10 else " " for n in range(1, count + 1))
    return f"{tens}\n{units}{label}"


class GlyphHeader(Static):
    """Above the claims: which article each stance column is (numbers matching the pane titles)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.count = 0

    def show_story(self, model: StoryModel) -> None:
        """Number the columns of ``model``'s articles; a single source has no columns."""
        self.display = not model.single_source
        self.count = len(model.articles)
        self._label()

    def on_resize(self) -> None:
        self._label()

    def _label(self) -> None:
        # Wrapped, the label pushed the digits' line apart from the columns it numbers: it is shortened instead.
        # Before the first layout the width is the one its container was given (``ComparisonView.compose``):
        # a label made for no width wrapped onto a third line, and the height it gave was kept.
        width = self.content_region.width or self._planned_width()
        self.update(Content(glyph_header(self.count, width)))

    def _planned_width(self) -> int | None:
        """The content width the header will have in its container's set width, before any layout; else ``None``."""
        width = self.parent.styles.width if isinstance(self.parent, Widget) else None
        if width is None or width.unit != Unit.CELLS:
            return None
        return max(1, int(width.value) - self.styles.gutter.width) or None


class ClaimsSidebar(OptionList):
    """An option list of claims (rendered with the Line API, no widget per claim)."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "claims-sidebar--supports",
        "claims-sidebar--contradicts",
        "claims-sidebar--variant",
        "claims-sidebar--absent",
    }

    BINDINGS = [
        Binding("j", "cursor_down", "Next claim", show=False, id="claims.next"),
        Binding("k", "cursor_up", "Previous claim", show=False, id="claims.previous"),
    ]

    # Repainting only the two options whose highlight changed keeps row moves cheap.
    highlighted: reactive[int | None] = reactive(None, repaint=False)
    current_row: reactive[int] = reactive(0, init=False, repaint=False)
    selected_claim: reactive[str | None] = reactive(None, init=False, repaint=False)
    claim_filter: reactive[ClaimFilter] = reactive[ClaimFilter]("all", init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty sidebar; the view gives it a story."""
        super().__init__(id=id, markup=False)
        self.model: StoryModel | None = None
        self.shown: tuple[Claim, ...] = ()

    def show_story(self, model: StoryModel) -> None:
        """List the claims of ``model`` under the current filter, and number its columns in the header above."""
        self.model = model
        if self.parent is not None:
            for header in self.parent.query_children(GlyphHeader):
                header.show_story(model)
        self._rebuild()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        """Stance colours come from the theme: redraw the prompts, keep the highlight."""
        if self.model is None:
            return
        highlighted = self.highlighted
        for i, claim in enumerate(self.shown):
            self.replace_option_prompt_at_index(i, self._prompt(claim))
        self.highlighted = highlighted

    def watch_claim_filter(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        if self.model is None:
            return
        self.shown = self.model.filtered_claims(self.claim_filter)
        options = [Option(self._prompt(c), id=c.id) for c in self.shown]
        if not options and self.model.claims:
            # An empty box read as a list still loading, or broken: say what the filter found, and the way on.
            options = [
                Option(Text(f"No {self.claim_filter} claims in this story. c: next filter.", "dim"), disabled=True)
            ]
        self.set_options(options)
        self._title()
        self.border_subtitle = Content("c: filter")
        self.highlighted = None
        self._follow_row()

    def _title(self) -> None:
        """Name the filter and its count, shortened when the border would cut the count off (80 columns)."""
        if self.model is None:
            return
        if self.model.single_source and self.claim_filter == "all":
            # Short enough for the narrow sidebar; the status line says the rest ("nothing compared").
            self.border_title = Content("Claims · single source")
            return
        count = f"{len(self.shown)}/{len(self.model.claims)}"
        title = f"Claims · {self.claim_filter} ({count})"
        # The border keeps a corner, a rule and a space on each side of its title.
        if self.outer_size.width and cell_len(title) > self.outer_size.width - 6:
            title = f"{self.claim_filter} {count}"
        self.border_title = Content(title)

    def on_resize(self) -> None:
        self._title()

    def _prompt(self, claim: Claim) -> Text:
        assert self.model is not None
        marks: list[str] = []
        spans: list[Span] = []
        offset = 0
        # One article has no stance to compare: a column of lone ✓ would read as agreement.
        if not self.model.single_source:
            for article in self.model.articles:
                stance = self.model.stance(claim, article.id)
                style = self.get_component_rich_style(f"claims-sidebar--{stance}", partial=True)
                mark = STANCE_MARKS.get(stance, "?")
                if style:  # the span ``Text.assemble`` gives a styled part, made directly
                    spans.append(Span(offset, offset + len(mark), style))
                marks.append(mark)
                offset += len(mark)
            marks.append(" ")
        # ``Text.assemble`` appended each mark as a part of its own: a tenth of the sidebar's first paint
        # (77 claims of 17 sources). The same text and spans.
        return Text("".join(marks) + shorten(claim.text, MAX_CLAIM_CHARS), spans=spans)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:  # type: ignore[override]
        super().watch_highlighted(new)
        try:
            for index in cast(set[int], {old, new} - {None}):
                self.refresh_lines(self._index_to_line[index], self._heights[index])
        except (KeyError, IndexError):
            self.refresh()

    def row_of(self, claim: Claim) -> int | None:
        """Row of the claim's group in the current story."""
        return self.model.row_of_group.get(claim.group) if self.model else None

    def watch_current_row(self) -> None:
        self._follow_row()

    def watch_selected_claim(self, claim_id: str | None) -> None:
        if claim_id is None:
            return
        try:
            index = self.get_option_index(claim_id)
        except Exception:
            return
        if self.highlighted != index:
            self.highlighted = index

    def _follow_row(self) -> None:
        """Highlight the current row's claim unless one of its claims already is."""
        current = self.highlighted_option
        if current is not None:
            claim = self.shown[self.highlighted] if self.highlighted is not None else None
            if claim is not None and self.row_of(claim) == self.current_row:
                return
        index = next((i for i, c in enumerate(self.shown) if self.row_of(c) == self.current_row), None)
        self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(ClaimSelected(event.option.id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        # Only a user browsing the list moves the panes; highlights set by row changes do not.
        if self.has_focus and event.option.id:
            self.post_message(ClaimSelected(event.option.id))

    def cycle_filter(self) -> ClaimFilter:
        """The filter after the current one."""
        return CLAIM_FILTERS[(CLAIM_FILTERS.index(self.claim_filter) + 1) % len(CLAIM_FILTERS)]
