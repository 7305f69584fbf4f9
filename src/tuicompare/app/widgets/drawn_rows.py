"""What a pane has drawn: rows kept per article (paging back redraws nothing) and finished lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip

from tuicompare.app.layout import RowLayout

#: Finished lines kept per pane (a few screens at 48 lines), so scrolling back and forth restyles nothing.
STYLED_LINES = 1024


@dataclass(frozen=True, slots=True)
class DrawnRow:
    """A row's rendered lines and the shape they were drawn for (height, fold)."""

    height: int
    fold: int | None
    strips: list[Strip]


class DrawnRows:
    """Rendered rows by article, then row, for the article a pane shows now and the ones it showed before.

    A row is kept drawn in each gutter state (the cursor's row, linked to the
    cursor's row, neither), so moving the cursor draws only the rows whose
    state is new. A cached row is used only while its height
    and fold are what the present layout gives it, so a new layout (another
    page of panes, a fold) needs no clearing; whatever else changes the
    drawing (claim, search, reference, style, width) calls `forget`.
    """

    def __init__(self) -> None:
        """Start empty, showing no article."""
        self._by_article: dict[str, dict[tuple[int, int], DrawnRow]] = {}
        self._shown: dict[tuple[int, int], DrawnRow] = {}

    def show(self, article_id: str) -> None:
        """Serve the rows of ``article_id`` from now on."""
        self._shown = self._by_article.setdefault(article_id, {})

    def get(self, row: int, layout: RowLayout, state: int) -> list[Strip] | None:
        """The lines of ``row`` if they were drawn for its present shape and gutter ``state``."""
        drawn = self._shown.get((row, state))
        if drawn is None or drawn.height != layout.heights[row] or drawn.fold != layout.folds.get(row):
            return None
        return drawn.strips

    def put(self, row: int, layout: RowLayout, state: int, strips: list[Strip]) -> list[Strip]:
        """Keep the lines just drawn for ``row`` in gutter ``state``; returns them."""
        self._shown[row, state] = DrawnRow(layout.heights[row], layout.folds.get(row), strips)
        return strips

    def drop(self, row: int) -> None:
        """Draw ``row`` again in every article (its review mark changed)."""
        for rows in self._by_article.values():
            for state in (0, 1, 2):
                rows.pop((row, state), None)

    def forget(self) -> None:
        """Drop every drawn row of every article."""
        for rows in self._by_article.values():
            rows.clear()

    def clear(self) -> None:
        """Drop every article (another story)."""
        self._by_article.clear()
        self._shown = {}

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._by_article.values())


class StyledLines:
    """A pane's finished lines (borders and styles applied by Textual), by the content line they show.

    Textual styles every screen line of a pane again after any scroll,
    although with side borders a content line's finished line depends only on
    its content strip (a cached row line) and the pane's styles. A line whose
    content strip was finished before, under the same styles and crop columns,
    is reused; runs of the others go through Textual.
    """

    def __init__(self) -> None:
        """Start empty."""
        self._lines: LRUCache[int, tuple[Strip, tuple[int, int, int], Strip]] = LRUCache(STYLED_LINES)
        self._generation = 0

    def restyle(self) -> None:
        """The pane's styles or size changed (focus included): finish every line again."""
        self._generation += 1

    def clear(self) -> None:
        """Drop every finished line."""
        self._lines.clear()

    def render(
        self,
        crop: Region,
        first: int,
        end: int,
        content_line: Callable[[int], Strip],
        finish: Callable[[Region], list[Strip]],
    ) -> list[Strip]:
        """The lines of ``crop``: content lines are widget lines ``first`` to ``end`` (``content_line(y - first)``).

        ``finish`` is Textual's own rendering of a region of the widget.
        """
        # The crop leaves out the scrollbar's column; a line is reused only for the same columns.
        version = (self._generation, crop.x, crop.width)
        lines: list[Strip | None] = []
        contents: list[Strip | None] = []
        for y in crop.line_range:
            content = content_line(y - first) if first <= y < end else None
            kept = self._lines.get(id(content)) if content is not None else None
            hit = kept is not None and kept[0] is content and kept[1] == version
            lines.append(kept[2] if hit and kept is not None else None)
            contents.append(None if hit else content)
        y = 0
        while y < len(lines):
            if lines[y] is not None:
                y += 1
                continue
            run_end = y
            while run_end < len(lines) and lines[run_end] is None:
                run_end += 1
            for k, line in enumerate(finish(Region(crop.x, crop.y + y, crop.width, run_end - y)), y):
                lines[k] = line
                content = contents[k]
                if content is not None:
                    self._lines[id(content)] = (content, version, line)
            y = run_end
        return [line for line in lines if line is not None]
