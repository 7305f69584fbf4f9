"""Row geometry shared by every pane, so that rows line up across panes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from rich._wrap import divide_line
from rich.cells import cell_len

#: Blank lines between two rows.
GAP = 1


def wrap_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks into lines of ``width`` cells (Rich's word wrap).

    Panes draw and measure with this one function, so a measured row always
    has room for the lines drawn in it.
    """
    # Most cells of a wide pane fit on one line: skip the word-by-word wrap for them.
    if len(text) <= width and (text.isascii() or cell_len(text) <= width):
        return []
    return divide_line(text, width, fold=True)


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Where each row starts, in virtual lines, identical in every pane.

    Attributes:
        heights: Text lines of each row: the tallest wrapped cell of the row.
        offsets: First virtual line of each row.
        total: Virtual height of the whole story.
    """

    heights: tuple[int, ...]
    offsets: tuple[int, ...]
    total: int

    @classmethod
    def from_heights(cls, heights: Sequence[int]) -> RowLayout:
        """Stack rows of the given heights with a gap after each."""
        steps = [h + GAP for h in heights]
        offsets = (0, *accumulate(steps))
        return cls(tuple(heights), tuple(offsets[:-1]), offsets[-1])

    @property
    def rows(self) -> int:
        """Number of rows."""
        return len(self.heights)

    def row_at(self, y: int) -> int:
        """The row covering virtual line ``y`` (a gap belongs to the row above)."""
        if not self.heights:
            return 0
        return min(max(bisect_right(self.offsets, y) - 1, 0), len(self.heights) - 1)

    def top(self, row: int) -> int:
        """First virtual line of ``row``."""
        return self.offsets[row] if self.heights else 0

    def bottom(self, row: int) -> int:
        """One past the last text line of ``row``."""
        return self.offsets[row] + self.heights[row] if self.heights else 0

    def scroll_to_show(self, row: int, scroll_y: int, viewport: int, *, jump: bool = False) -> int:
        """The smallest scroll change that brings ``row`` into a viewport.

        A row taller than the viewport, or one reached by a ``jump`` that is
        not fully on screen, is shown from its top.
        """
        if not self.heights:
            return 0
        top, bottom = self.top(row), self.bottom(row)
        if top < scroll_y or bottom - top >= viewport or (jump and bottom > scroll_y + viewport):
            return top
        if bottom > scroll_y + viewport:
            return bottom - viewport
        return scroll_y
