"""What one row of an article pane says: its mark in the gutter and its styled text.

Kept apart from ``ArticlePane`` (which scrolls, wraps, caches and draws lines): these read the story model only,
and take the pane's styles through ``style`` (a component name such as ``"conflict"`` to its partial style).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.style import Style
from rich.text import Text

from tuicompare.app.story import StoryModel
from tuicompare.app.worddiff import differing_words
from tuicompare.report.marks import MARK_CONFLICT, MARK_POSSIBLE, MARK_SINGLE, MARK_VARIANT

#: The text of an empty cell: the article has no sentence in this row.
PLACEHOLDER = "—"


def row_mark(model: StoryModel, row: int) -> str:
    """The row's mark: its strongest difference (conflict, possible, variant), else single-source, else a space."""
    kinds = model.conflict_kinds.get(row, ())
    if "conflict" in kinds:
        return MARK_CONFLICT
    if "possible" in kinds:
        return MARK_POSSIBLE
    if "variant" in kinds:
        return MARK_VARIANT
    return MARK_SINGLE if model.single_source_row(row) else " "


def cell_text(
    model: StoryModel,
    article_id: str,
    row: int,
    style: Callable[[str], Style],
    *,
    current: bool,
    selected_claim: str | None,
    search_query: str,
) -> Text:
    """The article's cell in ``row`` as styled text, or the placeholder when it has none.

    Args:
        model: The story shown.
        article_id: The pane's article.
        row: The row.
        style: A component part (``"conflict"``, ``"diff"``, ``"selected"``...) to its partial style.
        current: The cursor is on this row: the words the other articles do not share are marked.
        selected_claim: The claim selected in the sidebar: its conflicts' values are marked.
        search_query: The search: its matches are marked (case-insensitive).
    """
    cell = model.cell(row, article_id)
    if cell.empty:
        return Text(PLACEHOLDER, style=style("placeholder"))
    text = Text(cell.text, end="")
    for start, end, kind in cell.spans:
        text.stylize(style(kind), start, end)
    if current:
        others = [t for a, t in model.row_texts(row).items() if a != article_id]
        diff = style("diff")
        for start, end in differing_words(cell.text, others):
            text.stylize(diff, start, end)
    if selected_claim:
        wanted = set(claim_conflicts(model, selected_claim))
        selected = style("selected")
        for start, end, conflict in cell.conflict_spans:
            if conflict in wanted:
                text.stylize(selected, start, end)
    if search_query:
        found = style("search")
        for match in re.finditer(re.escape(search_query), cell.text, re.IGNORECASE):
            text.stylize(found, *match.span())
    return text


def claim_conflicts(model: StoryModel, claim_id: str) -> tuple[str, ...]:
    """The ids of the conflicts of the claim ``claim_id`` (none when the story has no such claim)."""
    claim = next((c for c in model.claims if c.id == claim_id), None)
    return claim.conflicts if claim else ()
