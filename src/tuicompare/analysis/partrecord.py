"""A story's comparison as a cache record: written compactly with local ids, read back checked.

The fourth kind of record of ``stored`` (``stored.story_key``): a story's
groups, entities, conflicts, claims, entity-sheet rows, links between rows and
its articles' news furniture, with local ids (``engine.compare_story``). The
cache file is not trusted: ``load_part`` checks every field (``partreader``)
and every reference between ids, and raises ``ValueError`` for anything else;
the caller then compares the story afresh. Nothing here imports the engine.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, get_args

from tuicompare.analysis.partreader import Reader
from tuicompare.analysis.stored import LAYOUT
from tuicompare.models import (
    AttributeStatus,
    AttributeValue,
    Claim,
    Comparison,
    Conflict,
    ConflictKind,
    ConflictValue,
    Entity,
    EntityAttribute,
    Group,
    Mention,
    SentenceLink,
    Stance,
    Story,
    article_of,
)

__all__ = ["dump_part", "load_part"]

_KINDS = frozenset(get_args(ConflictKind))
_STANCES = frozenset(get_args(Stance))
_STATUSES = frozenset(get_args(AttributeStatus))


def _mention(m: Mention) -> list[Any]:
    return [m.sentence, m.text, m.start, m.end]


def dump_part(part: Comparison) -> str:
    """One story's comparison with local ids (``engine.compare_story``) as compact JSON."""
    (story,) = part.stories
    group_no = {g.id: n for n, g in enumerate(part.groups, 1)}
    conflict_no = {c.id: n for n, c in enumerate(part.conflicts, 1)}
    entity_no = {e.id: n for n, e in enumerate(part.entities, 1)}
    record = {
        "v": LAYOUT,
        "a": list(story.articles),
        "g": [[list(g.sentences), g.score] for g in part.groups],
        "e": [[e.label, e.name, [_mention(m) for m in e.mentions]] for e in part.entities],
        "c": [
            [
                c.kind,
                c.type,
                group_no[c.group],
                c.confidence,
                [[v.text, list(v.articles), list(v.sentences), [_mention(m) for m in v.mentions]] for v in c.values],
            ]
            for c in part.conflicts
        ],
        "k": [[k.text, group_no[k.group], k.stances, [conflict_no[c] for c in k.conflicts]] for k in part.claims],
        "f": [_mention(m) for m in part.furniture],
        "t": [
            [
                entity_no[a.entity],
                a.name,
                a.status,
                a.confidence,
                [[v.article, v.text, [_mention(m) for m in v.mentions], v.confidence] for v in a.values],
                0 if a.conflict is None else conflict_no[a.conflict],
            ]
            for a in part.attributes
        ],
        "l": [[k.a, k.b, k.score] for k in part.links],
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def load_part(data: str, lengths: Mapping[str, int]) -> Comparison:
    """A story's comparison read back, with local ids, checked against its articles.

    Args:
        data: The stored record.
        lengths: The story's article ids, in the story's order, with their text lengths.

    Raises:
        ValueError: A damaged or forged record, or one made for other articles.
    """
    r = Reader(lengths)
    raw = json.loads(data)
    if not isinstance(raw, dict) or raw.get("v") != LAYOUT or raw.get("a") != list(lengths):
        raise ValueError("a record of another layout or story")
    groups = tuple(
        Group(
            f"g{n}",
            "s1",
            tuple(r.sentence(s, "a group's sentence") for s in r.seq(sentences, "a group's sentences")),
            r.number(score, "a group's score"),
        )
        for n, (sentences, score) in enumerate((r.seq(g, "a group", 2) for g in r.seq(raw.get("g"), "groups")), 1)
    )
    entities = tuple(
        Entity(f"e{n}", r.label(label, "a label"), r.text(name, "a name"), r.mentions(mentions, "an entity's mention"))
        for n, (label, name, mentions) in enumerate((r.seq(e, "an entity", 3) for e in r.seq(raw.get("e"), "e")), 1)
    )
    conflicts = []
    for n, item in enumerate(r.seq(raw.get("c"), "conflicts"), 1):
        kind, kind_of, group, confidence, values = r.seq(item, "a conflict", 5)
        if kind not in _KINDS:
            raise ValueError("a conflict of no known kind")
        conflicts.append(
            Conflict(
                f"c{n}",
                kind,
                r.label(kind_of, "a conflict's type"),
                f"g{r.index(group, len(groups), 'a conflict')}",
                tuple(_value(r, v) for v in r.seq(values, "a conflict's values")),
                r.number(confidence, "a confidence"),
            )
        )
    claims = []
    for n, item in enumerate(r.seq(raw.get("k"), "claims"), 1):
        text, group, stances, linked = r.seq(item, "a claim", 4)
        if not isinstance(stances, dict):
            raise ValueError("a claim without its stances")
        for article, stance in stances.items():
            if r.article(article, "a stance") and stance not in _STANCES:
                raise ValueError("a stance of no known kind")
        claims.append(
            Claim(
                f"k{n}",
                r.text(text, "a claim's text"),
                f"g{r.index(group, len(groups), 'a claim')}",
                "s1",
                stances,
                tuple(f"c{r.index(c, len(conflicts), 'a claim')}" for c in r.seq(linked, "a claim's conflicts")),
            )
        )
    return Comparison(
        articles=(),
        analyses=(),
        stories=(Story("s1", tuple(lengths)),),
        groups=groups,
        entities=entities,
        conflicts=tuple(conflicts),
        claims=tuple(claims),
        furniture=r.mentions(raw.get("f"), "furniture"),
        attributes=_attributes(r, raw.get("t"), len(entities), len(conflicts)),
        links=_links(r, raw.get("l")),
    )


def _links(r: Reader, items: object) -> tuple[SentenceLink, ...]:
    """The links between rows read back: two sentences of two different articles of the story."""
    out = []
    for item in r.seq(items, "links"):
        a, b, score = r.seq(item, "a link", 3)
        first, second = r.sentence(a, "a link's sentence"), r.sentence(b, "a link's sentence")
        if article_of(first) == article_of(second):
            raise ValueError("a link within one article")
        out.append(SentenceLink("s1", first, second, r.number(score, "a link's score")))
    return tuple(out)


def _attributes(r: Reader, rows: object, entities: int, conflicts: int) -> tuple[EntityAttribute, ...]:
    """The entity sheet's rows read back; entity and conflict numbers must name the story's own."""
    out = []
    for n, item in enumerate(r.seq(rows, "attributes"), 1):
        entity, name, status, confidence, values, conflict = r.seq(item, "an attribute", 6)
        if status not in _STATUSES:
            raise ValueError("an attribute of no known status")
        read = []
        for value in r.seq(values, "an attribute's values"):
            article, text, mentions, certainty = r.seq(value, "an attribute value", 4)
            read.append(
                AttributeValue(
                    r.article(article, "an attribute value's article"),
                    r.text(text, "an attribute value"),
                    r.mentions(mentions, "an attribute value's mention"),
                    r.number(certainty, "an attribute value's confidence"),
                )
            )
        out.append(
            EntityAttribute(
                f"a{n}",
                f"e{r.index(entity, entities, 'an attribute')}",
                "s1",
                r.label(name, "an attribute's name"),
                status,
                r.number(confidence, "an attribute's confidence"),
                tuple(read),
                None if conflict == 0 else f"c{r.index(conflict, conflicts, 'an attribute')}",
            )
        )
    return tuple(out)


def _value(r: Reader, item: object) -> ConflictValue:
    text, articles, sentences, mentions = r.seq(item, "a conflict value", 4)
    return ConflictValue(
        r.text(text, "a value"),
        tuple(r.article(a, "a value's article") for a in r.seq(articles, "a value's articles")),
        tuple(r.sentence(s, "a value's sentence") for s in r.seq(sentences, "a value's sentences")),
        r.mentions(mentions, "a value's mention"),
    )
