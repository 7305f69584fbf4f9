"""The legend of highlight styles and gutter marks, one key away."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tuicompare.app.widgets.article_pane import ArticlePane
from tuicompare.report.marks import (
    MARK_CONFLICT,
    MARK_CURSOR,
    MARK_LINKED,
    MARK_POSSIBLE,
    MARK_SINGLE,
    MARK_VARIANT,
    STANCE_MARKS,
)


def legend_text(styles: dict[str, object] | None = None) -> Text:
    """The legend as one line of text, styled like the panes when ``styles`` is given."""
    styles = styles or {}
    items = [
        (f"{MARK_CURSOR} current row", None),
        (f"{MARK_LINKED} linked to it", None),
        ("conflict", "conflict"),
        ("possible difference", "possible"),
        ("variant", "variant"),
        ("agreed entity", "agreed"),
        ("word differs", "diff"),
        (f"{MARK_CONFLICT} conflict row", None),
        (f"{MARK_POSSIBLE} possible row", None),
        (f"{MARK_VARIANT} variant row", None),
        (f"{MARK_SINGLE} single source", None),
        *((f"{mark} {stance}", None) for stance, mark in STANCE_MARKS.items()),
    ]
    text = Text()
    for i, (label, kind) in enumerate(items):
        if i:
            text.append("  ")
        text.append(label, style=styles.get(kind or "", ""))  # type: ignore[arg-type]
    return text


class Legend(Static):
    """The legend, shown above the footer when toggled with ``L``."""

    def refresh_legend(self, pane: ArticlePane | None) -> None:
        """Rebuild the legend with the styles the panes currently use."""
        styles: dict[str, object] = {}
        if pane is not None:
            for kind in ("conflict", "possible", "variant", "agreed", "diff"):
                styles[kind] = pane.get_component_rich_style(f"article-pane--{kind}", partial=True)
        self.update(legend_text(styles))
