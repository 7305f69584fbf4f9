"""Command palette entries: jump to stories, articles and claims.

Article titles and claim texts come from untrusted articles, so hits are
built from plain :class:`~textual.content.Content` (the palette's own
``Matcher.highlight`` parses markup and is not used).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tuicompare.report.marks import story_title

if TYPE_CHECKING:
    from tuicompare.app.widgets.comparison_view import ComparisonView


class CorpusCommands(Provider):
    """Stories, articles and claims of the open comparison."""

    def _view(self) -> ComparisonView | None:
        from tuicompare.app.widgets.comparison_view import ComparisonView

        views = self.app.query(ComparisonView)
        return views.first() if views else None

    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        view = self._view()
        if view is None:
            return []
        c = view.comparison
        articles = {a.id: a for a in c.articles}
        entries: list[tuple[str, str, Callable[[], object]]] = []
        # While the other stories are being compared only the shown one can be opened.
        for i, story in enumerate([] if getattr(self.app, "partial", False) else c.stories):
            title = story_title(story, articles)
            entries.append((f"Story {i + 1}: {title}", "Switch to this story", partial(view.show_story, i)))
        for article in c.articles:
            entries.append(
                (
                    f"Article {article.id}: {article.title}",
                    "Show this article's pane",
                    partial(view.show_article, article.id),
                )
            )
        for claim in c.claims:
            entries.append((f"Claim: {claim.text}", "Go to this claim's row", partial(view.jump_to_claim, claim.id)))
        return entries

    async def discover(self) -> Hits:
        for title, help_text, callback in self._entries()[:50]:
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), callback, text=title, help=help_text)
