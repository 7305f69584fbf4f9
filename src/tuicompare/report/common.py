"""What the Markdown and terminal reports share: per-story views and the summary line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tuicompare.models import Article, Claim, Comparison, Conflict, EntityAttribute, Review, Story
from tuicompare.report.jsonformat import summary
from tuicompare.report.marks import plural, story_title
from tuicompare.report.tiers import settle, single_source


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story with the articles, conflicts and claims that belong to it.

    Attributes:
        story: The story.
        articles: Its articles, in the story's order.
        conflicts: Its conflicts and variants (kinds ``conflict`` and ``variant``).
        possible: Its possible differences, listed apart.
        claims: Its claims, with settled stances.
        sheet: Its entity sheet: ``(entity name, entity label, attribute)`` by entity.
        reviews: Reviewers' verdicts and notes on its conflicts, by conflict id (reviewed ones only).
    """

    story: Story
    articles: tuple[Article, ...]
    conflicts: tuple[Conflict, ...]
    possible: tuple[Conflict, ...]
    claims: tuple[Claim, ...]
    sheet: tuple[tuple[str, str, EntityAttribute], ...] = ()
    reviews: Mapping[str, Review] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The title of the story's first article, as one clean line."""
        return story_title(self.story, {a.id: a for a in self.articles})

    @property
    def single_source(self) -> bool:
        """True when the story has one article: nothing was compared."""
        return single_source(self.story)


def story_views(comparison: Comparison, reviews: Mapping[str, Review] | None = None) -> list[StoryView]:
    """Split a comparison into its stories, in the engine's order.

    Args:
        comparison: The engine's result (stances are settled here, see
            :func:`~tuicompare.report.tiers.settle`).
        reviews: Reviewers' verdicts and notes by conflict id, if any.

    Returns:
        One view per story.
    """
    comparison = settle(comparison)
    by_id = {a.id: a for a in comparison.articles}
    story_of_group = {g.id: g.story for g in comparison.groups}
    entity = {e.id: e for e in comparison.entities}
    views = []
    for story in comparison.stories:
        mine = [c for c in comparison.conflicts if story_of_group.get(c.group) == story.id]
        views.append(
            StoryView(
                story,
                tuple(by_id[a] for a in story.articles if a in by_id),
                tuple(c for c in mine if c.kind != "possible"),
                tuple(c for c in mine if c.kind == "possible"),
                tuple(c for c in comparison.claims if c.story == story.id),
                tuple(
                    (entity[a.entity].name, entity[a.entity].label, a)
                    for a in comparison.attributes
                    if a.story == story.id and a.entity in entity
                ),
                {c.id: reviews[c.id] for c in mine if reviews and c.id in reviews and reviews[c.id].reviewed},
            )
        )
    return views


def summary_line(comparison: Comparison) -> str:
    """The one-line summary both reports start with.

    Args:
        comparison: The engine's result.

    Returns:
        E.g. ``5 articles · 3 stories · 4 conflicts · 2 variants · 20 claims (3 contested, 8 single-source)``;
        possible differences and warnings are counted when there are some.
    """
    return summary_text(summary(comparison))


def summary_text(n: dict[str, int]) -> str:
    """The summary line from the counts of ``jsonformat.summary``."""
    parts = [plural(n["articles"], "article"), plural(n["stories"], "story"), plural(n["conflicts"], "conflict")]
    if n["possible"]:
        parts.append(plural(n["possible"], "possible difference"))
    parts.append(plural(n["variants"], "variant"))
    claims = f"{n['contested_claims']} contested, {n['single_source_claims']} single-source"
    parts.append(f"{plural(n['claims'], 'claim')} ({claims})")
    if n["warnings"]:
        parts.append(plural(n["warnings"], "warning"))
    return " · ".join(parts)
