"""One comparison out of stories compared one by one: ids placed after the stories before.

The engine compares each story on its own (``build.compare_story``), giving
it local ids ("s1", "g1", "e1", "c1", "k1", "a1"). A corpus's comparison is those
parts in story order with every id moved past the ids of the parts before it,
which is exactly what comparing the whole corpus at once numbers them. So a
part can be stored and reused, and a front end can show one story before
the others are compared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Conflict,
    Entity,
    EntityAttribute,
    Group,
    LoadWarning,
    Mention,
    SentenceLink,
    Story,
)

__all__ = ["Offsets", "assemble", "place"]


@dataclass(frozen=True, slots=True)
class Offsets:
    """How many groups, entities, conflicts, claims and entity-sheet rows the stories before a part hold."""

    groups: int = 0
    entities: int = 0
    conflicts: int = 0
    claims: int = 0
    attributes: int = 0

    def after(self, part: Comparison) -> Offsets:
        """The offsets of the story that follows ``part``."""
        return Offsets(
            self.groups + len(part.groups),
            self.entities + len(part.entities),
            self.conflicts + len(part.conflicts),
            self.claims + len(part.claims),
            self.attributes + len(part.attributes),
        )


def _ids(prefix: str, local: Iterable[str], start: int) -> dict[str, str]:
    """Local id -> placed id, by position (a part numbers its items 1, 2, 3... in order)."""
    return {old: f"{prefix}{start + n}" for n, old in enumerate(local, 1)}


def place(part: Comparison, story_id: str, offsets: Offsets | None = None) -> Comparison:
    """A one-story part with its story called ``story_id`` and its other ids moved past ``offsets``.

    Args:
        part: A comparison of one story with local ids (``build.compare_story``).
        story_id: The story's id in the corpus ("s7").
        offsets: What the corpus's earlier stories hold (``None``: nothing, ids stay local).

    Returns:
        The part with placed ids; articles, analyses and furniture unchanged.
    """
    (story,) = part.stories
    offsets = offsets or Offsets()
    groups = _ids("g", (g.id for g in part.groups), offsets.groups)
    entities = _ids("e", (e.id for e in part.entities), offsets.entities)
    conflicts = _ids("c", (c.id for c in part.conflicts), offsets.conflicts)
    claims = _ids("k", (k.id for k in part.claims), offsets.claims)
    attributes = _ids("a", (a.id for a in part.attributes), offsets.attributes)
    return dataclasses.replace(
        part,
        stories=(Story(story_id, story.articles),),
        groups=tuple(Group(groups[g.id], story_id, g.sentences, g.score) for g in part.groups),
        entities=tuple(Entity(entities[e.id], e.label, e.name, e.mentions) for e in part.entities),
        conflicts=tuple(
            Conflict(conflicts[c.id], c.kind, c.type, groups[c.group], c.values, c.confidence) for c in part.conflicts
        ),
        claims=tuple(
            Claim(
                claims[k.id],
                k.text,
                groups[k.group],
                story_id,
                k.stances,
                tuple(conflicts[c] for c in k.conflicts),
            )
            for k in part.claims
        ),
        attributes=tuple(
            dataclasses.replace(
                a,
                id=attributes[a.id],
                entity=entities[a.entity],
                story=story_id,
                conflict=None if a.conflict is None else conflicts[a.conflict],
            )
            for a in part.attributes
        ),
        links=tuple(SentenceLink(story_id, k.a, k.b, k.score) for k in part.links),
    )


def assemble(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    parts: Iterable[Comparison],
    *,
    warnings: Sequence[LoadWarning] = (),
    furniture: Sequence[Mention] = (),
) -> Comparison:
    """The corpus's comparison from its stories' parts, in story order.

    Args:
        articles: Every loaded article, in corpus order.
        analyses: Their analyses, in corpus order.
        parts: One local-id part per story (``build.compare_story``), in story order.
        warnings: Load warnings passed through.
        furniture: The corpus's news furniture in corpus order (the parts' own is not read).

    Returns:
        What ``compare`` gives for the same stories.
    """
    stories: list[Story] = []
    groups: list[Group] = []
    entities: list[Entity] = []
    conflicts: list[Conflict] = []
    claims: list[Claim] = []
    attributes: list[EntityAttribute] = []
    links: list[SentenceLink] = []
    offsets = Offsets()
    for n, part in enumerate(parts, 1):
        placed = place(part, f"s{n}", offsets)
        offsets = offsets.after(part)
        stories += placed.stories
        groups += placed.groups
        entities += placed.entities
        conflicts += placed.conflicts
        claims += placed.claims
        attributes += placed.attributes
        links += placed.links
    return Comparison(
        articles=tuple(articles),
        analyses=tuple(analyses),
        stories=tuple(stories),
        groups=tuple(groups),
        entities=tuple(entities),
        conflicts=tuple(conflicts),
        claims=tuple(claims),
        warnings=tuple(warnings),
        furniture=tuple(furniture),
        attributes=tuple(attributes),
        links=tuple(links),
    )
