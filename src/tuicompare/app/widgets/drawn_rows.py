"""A pane's rendered rows, kept per article so paging the panes back and forth redraws nothing."""

from __future__ import annotations

from dataclasses import dataclass

from textual.strip import Strip

from tuicompare.app.layout import RowLayout


@dataclass(frozen=True, slots=True)
class DrawnRow:
    """A row's rendered lines and the shape they were drawn for (height, fold)."""

    height: int
    fold: int | None
    strips: list[Strip]


class DrawnRows:
    """Rendered rows by article, then row, for the article a pane shows now and the ones it showed before.

    A row is kept drawn with the cursor and without, so moving the cursor
    draws only the row it lands on. A cached row is used only while its height
    and fold are what the present layout gives it, so a new layout (another
    page of panes, a fold) needs no clearing; whatever else changes the
    drawing (claim, search, reference, style, width) calls `forget`.
    """

    def __init__(self) -> None:
        """Start empty, showing no article."""
        self._by_article: dict[str, dict[tuple[int, bool], DrawnRow]] = {}
        self._shown: dict[tuple[int, bool], DrawnRow] = {}

    def show(self, article_id: str) -> None:
        """Serve the rows of ``article_id`` from now on."""
        self._shown = self._by_article.setdefault(article_id, {})

    def get(self, row: int, layout: RowLayout, current_row: int) -> list[Strip] | None:
        """The lines of ``row`` if they were drawn for its present shape."""
        drawn = self._shown.get((row, row == current_row))
        if drawn is None or drawn.height != layout.heights[row] or drawn.fold != layout.folds.get(row):
            return None
        return drawn.strips

    def put(self, row: int, layout: RowLayout, current_row: int, strips: list[Strip]) -> list[Strip]:
        """Keep the lines just drawn for ``row``; returns them."""
        self._shown[row, row == current_row] = DrawnRow(layout.heights[row], layout.folds.get(row), strips)
        return strips

    def drop(self, row: int) -> None:
        """Draw ``row`` again in every article (its review mark changed)."""
        for rows in self._by_article.values():
            rows.pop((row, True), None)
            rows.pop((row, False), None)

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
