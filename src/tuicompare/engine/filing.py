"""Filing one story's findings into the comparison, with ids that count up over the whole corpus.

``build`` finds a story's groups, entities and differences; this module turns them into the models the
comparison holds: a found conflict into a ``Conflict``, an entity-sheet row into an ``EntityAttribute`` and
(when no sentence conflict already has it) a ``Conflict``, and an office or name two people are given into
a conflict or a surer version of the one already found between them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import cast

from tuicompare.engine.attrcompare import SheetRow
from tuicompare.engine.conflictmerge import FoundConflict
from tuicompare.models import (
    AttributeStatus,
    AttributeValue,
    Claim,
    Conflict,
    ConflictKind,
    ConflictValue,
    Entity,
    EntityAttribute,
    Group,
    Mention,
    SentenceLink,
    Story,
)


class Collector:
    """What the stories give, in the order found: their ids count up over the whole comparison."""

    def __init__(self) -> None:
        self.stories: list[Story] = []
        self.groups: list[Group] = []
        self.entities: list[Entity] = []
        self.conflicts: list[Conflict] = []
        self.claims: list[Claim] = []
        self.attributes: list[EntityAttribute] = []
        self.links: list[SentenceLink] = []


def add_office(conflict: FoundConflict, group_of: Mapping[str, str], out: Collector, first: int) -> None:
    """Add one office held by two people (``holders``), or make the difference already found between them surer.

    ``build`` files the conflicts of ``surnames`` and ``homestates`` the same way: each is about two people
    (or two values of one person) that a sentence conflict of the story may already hold.

    Args:
        conflict: The difference found.
        group_of: Sentence id -> its group's id, to file a new conflict under its first mention's group.
        out: The comparison so far.
        first: Index of the story's first conflict in ``out.conflicts``: only the story's own are matched.
    """
    held = [{(s.sentence, a, b) for s, _t, a, b in v.spans} for v in conflict.values]
    known = _known(out.conflicts[first:], held)
    if known is None:
        add_conflict(conflict, group_of[conflict.values[0].spans[0][0].sentence], out)
        return
    n = next(k for k, c in enumerate(out.conflicts) if c.id == known)
    found = out.conflicts[n]
    if found.kind == "possible" and conflict.kind == "conflict":
        # The sentences alone left it unsure; the office both give the two people settles it.
        sure = max(found.confidence, conflict.confidence)
        out.conflicts[n] = dataclasses.replace(found, kind="conflict", confidence=sure)


def add_conflict(conflict: FoundConflict, gid: str, out: Collector) -> str:
    """Add a found conflict to the story's conflicts, filed under group ``gid``.

    Args:
        conflict: The difference found.
        gid: The group it is filed under.
        out: The comparison so far.

    Returns:
        The new conflict's id.
    """
    cid = f"c{len(out.conflicts) + 1}"
    values = tuple(
        ConflictValue(
            v.text,
            tuple(dict.fromkeys(s.article for s, *_ in v.spans)),
            tuple(dict.fromkeys(s.sentence for s, *_ in v.spans)),
            tuple(Mention(s.sentence, t, a, b) for s, t, a, b in v.spans),
        )
        for v in conflict.values
    )
    out.conflicts.append(
        Conflict(cid, cast(ConflictKind, conflict.kind), conflict.type, gid, values, conflict.confidence)
    )
    return cid


def add_attribute(
    row: SheetRow, sid: str, entity_ids: Sequence[str], group_of: Mapping[str, str], out: Collector, first: int
) -> None:
    """Add one entity-sheet row, and its difference to the story's conflicts unless a sentence conflict has it.

    Args:
        row: The sheet's row.
        sid: The story's id.
        entity_ids: The story's entities' ids, by the row's entity number.
        group_of: Sentence id -> its group's id, to file a new conflict under its first value's group.
        out: The comparison so far.
        first: Index of the story's first conflict in ``out.conflicts``: only the story's own are matched.
    """
    values = tuple(AttributeValue(art, text, mentions, round(conf, 4)) for art, text, mentions, conf in row.values)
    conflict = None
    if row.status in ("conflict", "possible") and len(row.groups) >= 2:
        spans = [{(m.sentence, m.start, m.end) for m in mentions} for _t, _a, mentions in row.groups]
        known = [c for c in out.conflicts[first:] if c.kind == "conflict" or row.status == "possible"]
        conflict = _known(known, spans)
        if conflict is not None and row.status == "possible" and row.name == "age":
            _unsure(conflict, row.confidence, out)
        if conflict is None:
            conflict = f"c{len(out.conflicts) + 1}"
            found = tuple(
                ConflictValue(text, arts, tuple(dict.fromkeys(m.sentence for m in ms)), ms)
                for text, arts, ms in row.groups
            )
            gid = group_of[row.groups[0][2][0].sentence]
            kind = cast(ConflictKind, row.status)
            out.conflicts.append(Conflict(conflict, kind, f"attribute:{row.name}", gid, found, row.confidence))
    out.attributes.append(
        EntityAttribute(
            f"a{len(out.attributes) + 1}",
            entity_ids[row.entity],
            sid,
            row.name,
            cast(AttributeStatus, row.status),
            row.confidence,
            values,
            conflict,
        )
    )


def _unsure(cid: str, confidence: float, out: Collector) -> None:
    """Make a sentence conflict a possible difference where the sheet's age row on the same values says possible.

    The row knows more of two ages ("52" and "53": a birthday may fall between the reports), and the two
    tiers must not say different things of one difference. Only ages: for a role the sentence comparison
    may be the surer ("senior VP" / "chief financial officer" of one company).
    """
    n = next(k for k, c in enumerate(out.conflicts) if c.id == cid)
    found = out.conflicts[n]
    if found.kind == "conflict":
        out.conflicts[n] = dataclasses.replace(found, kind="possible", confidence=min(found.confidence, confidence))


def _known(conflicts: Sequence[Conflict], spans: Sequence[set[tuple[str, int, int]]]) -> str | None:
    """The sentence conflict whose values overlap two of the attribute's competing values, if any."""
    for c in conflicts:
        mine = [(m.sentence, m.start, m.end) for v in c.values for m in v.mentions]
        hit = sum(
            1 for group in spans if any(s == ms and a < me and ma < b for s, a, b in group for ms, ma, me in mine)
        )
        if hit >= 2:
            return c.id
    return None
