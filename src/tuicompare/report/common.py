"""What the Markdown and terminal reports share: marks, labels and per-story views."""

from __future__ import annotations

from dataclasses import dataclass

from tuicompare.models import Article, Claim, Comparison, Conflict, Story
from tuicompare.report.jsonformat import summary
from tuicompare.sanitize import clean_name

#: One mark per stance, readable without colour.
STANCE_MARKS = {"supports": "✓", "contradicts": "✗", "variant": "~", "absent": "·"}
#: One mark per conflict kind, matching the stance a source holding the other value gets.
KIND_MARKS = {"conflict": "✗", "variant": "~"}
LEGEND = "✓ supports · ✗ contradicts · ~ variant · · absent"


def line(text: str | None) -> str:
    """Make untrusted text one clean line for display.

    The loader already cleaned article text, but a comparison can also come
    from a JSON file nobody vetted, so every report cleans again on output.

    Args:
        text: Untrusted text (``None`` becomes an empty string).

    Returns:
        One line without control, bidi or zero-width characters.
    """
    return clean_name(text or "")


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story with the articles, conflicts and claims that belong to it."""

    story: Story
    articles: tuple[Article, ...]
    conflicts: tuple[Conflict, ...]
    claims: tuple[Claim, ...]

    @property
    def title(self) -> str:
        """The title of the story's first article, as one clean line."""
        return line(self.articles[0].title) if self.articles else ""


def story_views(comparison: Comparison) -> list[StoryView]:
    """Split a comparison into its stories, in the engine's order.

    Args:
        comparison: The engine's result.

    Returns:
        One view per story.
    """
    by_id = {a.id: a for a in comparison.articles}
    story_of_group = {g.id: g.story for g in comparison.groups}
    views = []
    for story in comparison.stories:
        views.append(
            StoryView(
                story,
                tuple(by_id[a] for a in story.articles if a in by_id),
                tuple(c for c in comparison.conflicts if story_of_group.get(c.group) == story.id),
                tuple(c for c in comparison.claims if c.story == story.id),
            )
        )
    return views


def plural(n: int, word: str) -> str:
    """``1 claim``, ``2 claims``, ``3 stories``."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def summary_line(comparison: Comparison) -> str:
    """The one-line summary both reports start with.

    Args:
        comparison: The engine's result.

    Returns:
        E.g. ``5 articles · 3 stories · 4 conflicts · 2 variants · 20 claims (3 contested, 8 single-source)``.
    """
    n = summary(comparison)
    parts = [
        plural(n["articles"], "article"),
        plural(n["stories"], "story"),
        plural(n["conflicts"], "conflict"),
        plural(n["variants"], "variant"),
        f"{plural(n['claims'], 'claim')}"
        f" ({n['contested_claims']} contested, {n['single_source_claims']} single-source)",
    ]
    if n["warnings"]:
        parts.append(plural(n["warnings"], "warning"))
    return " · ".join(parts)
