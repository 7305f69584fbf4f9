"""Command palette entries: jump to stories, articles, claims, conflicts and entities; the app's actions; ``--focus``.

Article titles and claim texts come from untrusted articles, so hits are
built from plain :class:`~textual.content.Content` (the palette's own
``Matcher.highlight`` parses markup and is not used).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tuicompare.app.conflicts import conflict_label, review_words
from tuicompare.models import Article, Comparison, Mention
from tuicompare.report.marks import plural, story_title

if TYPE_CHECKING:
    from tuicompare.app.app import TuicompareApp
    from tuicompare.app.widgets.comparison_view import ComparisonView


class CorpusCommands(Provider):
    """Stories, articles, claims, conflicts and entities of the open comparison."""

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
        review = view.review
        for story in c.stories:
            for conflict in review.conflicts.by_story.get(story.id, ()):
                entries.append(
                    (
                        f"{conflict.kind.capitalize()} {conflict_label(conflict)}",
                        f"Go to the evidence · {review_words(review.book.get(conflict.id))}",
                        partial(review.jump, conflict.id),
                    )
                )
        entries.extend(_entity_entries(view, c))
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


def _entity_entries(view: ComparisonView, comparison: Comparison) -> list[tuple[str, str, Callable[[], object]]]:
    """One entry per entity and story it is named in: picking it moves every pane to its first mention there."""
    from tuicompare.app.screens.entities import go_to_mention  # the entity sheet loads when first used

    stories = {s.id: n for n, s in enumerate(comparison.stories)}
    entries: list[tuple[str, str, Callable[[], object]]] = []
    for entity in comparison.entities:
        by_story: dict[str, list[Mention]] = {}
        for mention in entity.mentions:
            story = view.index.story_of_article.get(mention.article)
            if story in stories:
                by_story.setdefault(story, []).append(mention)
        for story, mentions in by_story.items():
            sources = len({m.article for m in mentions})
            entries.append(
                (
                    f"Entity {entity.name} ({entity.label.lower()})",
                    f"Story {stories[story] + 1} · {plural(len(mentions), 'mention')} in "
                    f"{plural(sources, 'article')} · go to the first",
                    partial(go_to_mention, view, mentions[0]),
                )
            )
    return entries


def app_commands(app: TuicompareApp) -> Iterable[SystemCommand]:
    """The app's own palette entries: its actions and, once a comparison is shown, the view's."""
    view = app.view
    yield SystemCommand("Help", "Show all key bindings", app.action_help)
    yield SystemCommand("Legend", "Show or hide the highlight legend", app.action_legend)
    if view is None:
        return
    yield SystemCommand("Switch story", "Pick another story of the corpus", app.action_switch_story)
    yield SystemCommand("Search", "Search text across all panes", app.action_search)
    yield SystemCommand("Export report", "Write Markdown or JSON", app.action_export)
    yield SystemCommand("Add article", "Analyse a file and merge it into the open corpus", app.action_add_article)
    yield SystemCommand("Conflicts", "List the conflicts with their reviews", view.action_conflicts)
    # Every key of the help has its entry: a user who forgot E, v, o, z, r or x finds the action by its name here.
    yield SystemCommand("Entity view", "What each source says of each person, place, organisation", app.action_entities)
    yield SystemCommand("Cycle verdict", "Confirm, dismiss or flag the current conflict", view.action_verdict)
    yield SystemCommand("Note", "Write a note on the current conflict", view.action_note)
    yield SystemCommand(
        "Fold rows without differences",
        "Fold the rows every source states with no difference found, or unfold them",
        view.action_fold,
    )
    yield SystemCommand("Read against this article", "Stances relative to the focused article", view.action_reference)
    yield SystemCommand("Compact view", "Narrower panes and sidebar: more articles side by side", view.action_compact)
    yield SystemCommand("Move article", "Put the focused article in another story or its own", view.action_move_article)
    yield SystemCommand("Split article off", "Put the focused article in a story of its own", view.action_split_article)
    yield SystemCommand("Merge stories", "Merge another story into the current one", view.action_merge_story)
    yield SystemCommand("Next conflict", "Jump to the next conflicting row", lambda: view.action_conflict(1))
    yield SystemCommand("Previous conflict", "Jump to the previous conflicting row", lambda: view.action_conflict(-1))
    yield SystemCommand(
        "Cycle claim filter", "all / contested / single-source / corroborated", view.action_cycle_filter
    )
    yield SystemCommand("Next panes", "Show the next articles when not all fit", lambda: view.action_page_panes(1))
    yield SystemCommand("Previous panes", "Show the previous articles", lambda: view.action_page_panes(-1))
    yield SystemCommand("Toggle sidebar", "Hide or show the claims", view.action_toggle_sidebar)


def resolve_focus(wanted: str | None, articles: Sequence[Article]) -> str | None:
    """The article ``wanted`` (the ``--focus`` argument) names, by id or path, if any."""
    if not wanted:
        return None
    for article in articles:
        if wanted in (article.id, article.path):
            return article.id
    target = Path(wanted)
    for article in articles:
        if article.path != "-" and (Path(article.path).resolve() == target.resolve() or article.id == target.stem):
            return article.id
    return None


def article_at(path: str, articles: Sequence[Article]) -> str | None:
    """The id of the article of ``articles`` read from the file ``path``, if one is."""
    if not Path(path).expanduser().is_file():
        return None
    target = Path(path).expanduser().resolve()
    return next((a.id for a in articles if a.path not in ("", "-") and Path(a.path).resolve() == target), None)


def story_of_focus(wanted: str | None, articles: Sequence[Article], stories: Sequence[Sequence[str]]) -> int:
    """The story (index into ``stories``, article ids) holding the article ``wanted`` names, else `opening_story`."""
    focus = resolve_focus(wanted, articles)
    found = next((n for n, story in enumerate(stories) if focus in story), None) if focus else None
    return found if found is not None else opening_story(stories)


def opening_story(stories: Sequence[Sequence[str]]) -> int:
    """The story the app opens on: the first, in the list's order, with two articles or more; else the first.

    A folder whose first story was a lone article opened on "single source: nothing compared" while a
    seven-article story waited further down the list. The list's order is kept; only the opening moves.
    """
    return next((n for n, story in enumerate(stories) if len(story) > 1), 0)
