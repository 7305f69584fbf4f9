"""A pane's title and subtitle: which article it shows, as plain text (never markup)."""

from __future__ import annotations

from textual.content import Content

from tuicompare.models import Article


def pane_title(article: Article, number: int | None = None, *, reference: bool = False) -> Content:
    """The pane title: the article's number (its stance column in the claims), id and headline, as plain text.

    The reference article (``r``) says so first.
    """
    prefix = f"{number} · " if number is not None else ""
    return Content(f"{'reference · ' if reference else ''}{prefix}{article.id} · {article.title}")


def pane_subtitle(article: Article) -> Content | None:
    """Outlet and date when the article says them."""
    parts = [p for p in (article.outlet, article.date) if p]
    return Content(" · ".join(parts)) if parts else None
