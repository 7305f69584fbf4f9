"""The Markdown export as a CommonMark reader with tables (markdown-it) sees it."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token


def render(markdown: str) -> tuple[list[Token], str]:
    """The parsed tokens and the HTML of ``markdown``."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return md.parse(markdown), md.render(markdown)


def row_widths(tokens: list[Token]) -> list[int]:
    """The number of cells of each table row, in order, over every table."""
    widths, cells = [], 0
    for token in tokens:
        if token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            widths.append(cells)
    return widths
