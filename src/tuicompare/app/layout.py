"""Row geometry shared by every pane, so that rows line up across panes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from rich._wrap import divide_line
from rich.cells import cell_len

#: Blank lines between two rows.
GAP = 1
#: Fewest consecutive agreeing rows folded into one line (``z``): one row is shown as it is.
MIN_FOLD = 2


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
        folds: First row of each fold (``z``) → rows it holds; the fold is one line.
        fold_of: Every other row of a fold → the fold's first row; these take no line.
        unfolded: The layout before folding (itself when nothing is folded).
    """

    heights: tuple[int, ...]
    offsets: tuple[int, ...]
    total: int
    folds: Mapping[int, int] = field(default_factory=dict)
    fold_of: Mapping[int, int] = field(default_factory=dict)
    unfolded: RowLayout | None = None

    def folded(self, agreeing: Sequence[bool]) -> RowLayout:
        """This layout with each run of at least `MIN_FOLD` agreeing rows shown as one line.

        A fold's first row stands for the run (one line and a gap); the
        other rows take no line and share the offset of the row after the
        run, so `row_at` never returns them.
        """
        base = self.unfolded or self
        folds: dict[int, int] = {}
        fold_of: dict[int, int] = {}
        run: list[int] = []
        for row in range(base.rows + 1):
            if row < base.rows and agreeing[row]:
                run.append(row)
                continue
            if len(run) >= MIN_FOLD:
                folds[run[0]] = len(run)
                fold_of.update((r, run[0]) for r in run[1:])
            run = []
        if not folds:
            return base
        heights = tuple(1 if r in folds else 0 if r in fold_of else h for r, h in enumerate(base.heights))
        steps = [0 if r in fold_of else h + GAP for r, h in enumerate(heights)]
        offsets = (0, *accumulate(steps))
        return RowLayout(heights, tuple(offsets[:-1]), offsets[-1], folds, fold_of, base)

    def visible(self, row: int, step: int) -> int:
        """``row``, or the row a move of direction ``step`` reaches instead when ``row`` is hidden in a fold.

        Moving down past a fold's first row skips the fold; any other move into a fold stops on its first row.
        """
        start = self.fold_of.get(row)
        if start is None:
            return row
        end = start + self.folds[start]
        return end if step > 0 and end < self.rows else start

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
