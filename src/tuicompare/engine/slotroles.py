"""What a slot is part of: the verb it fills a role of, and the names it qualifies.

Two values are one fact's only when they fill one role in it. The parse of
each sentence tells two things about a slot: the verb it hangs from
(``context.frame``: "resigned on Friday" and "on Friday resigned" both hang
from "resign"), and the slots it qualifies (``context.anchor_tokens``: "31"
in "Jane Roe, 31," qualifies "Roe", "Ohio" in "Ohio Gov. Jim Poe" qualifies
"Poe", "$5 million from the Treasury" is qualified by "Treasury"). Two values
that qualify one entity, or are qualified by one, fill one role; two values
that each qualify a different entity (the age of one person and the age of
another) state two facts and never conflict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tuicompare.engine.context import anchor, frame, title_head
from tuicompare.engine.features import Span
from tuicompare.models import Sentence

#: How two slots relate, as far as the parse tells.
SAME, DIFFERENT, UNKNOWN = "same", "different", ""


@dataclass(frozen=True, slots=True)
class SlotRoles:
    """The parse-read context of every slot of a story.

    Attributes:
        frame: The verb each slot hangs from (``context.frame``), or ``""``.
        anchors: The slot of its sentence each slot qualifies, with the relation
            (``context.anchor``: "compound", "appos", "prep:of"), if any.
        qualifiers: The name slots of its sentence that qualify each slot, with their relations.
    """

    frame: Mapping[Span, str] = field(default_factory=dict)
    anchors: Mapping[Span, tuple[tuple[Span, str], ...]] = field(default_factory=dict)
    qualifiers: Mapping[Span, tuple[tuple[Span, str], ...]] = field(default_factory=dict)


def slot_roles(spans: Sequence[Span], sentences: Mapping[str, Sentence]) -> SlotRoles:
    """Read the frame, anchors and qualifiers of every slot with a key."""
    by_sentence: dict[str, list[Span]] = {}
    for span in spans:
        if span.key:
            by_sentence.setdefault(span.sentence, []).append(span)
    frames: dict[Span, str] = {}
    anchors: dict[Span, tuple[tuple[Span, str], ...]] = {}
    qualifiers: dict[Span, list[tuple[Span, str]]] = {}
    for sid, own in by_sentence.items():
        sentence = sentences[sid]
        owner: dict[int, Span] = {}
        for i, token in enumerate(sentence.tokens):
            for span in own:
                if span.start <= token.start < span.end:
                    owner[i] = span
                    break
        for span in own:
            frames[span] = frame(sentence, span.start, span.end)
            found = anchor(sentence, span.start, span.end)
            if found and found[0] not in owner:
                found = (title_head(sentence, found[0]), found[1])  # "Ohio Gov. Jim Poe": Ohio qualifies Poe
            target = owner.get(found[0], span) if found else span
            if target is not span:
                anchors[span] = ((target, found[1]),) if found else ()
            elif span.unit == "age":
                # "Jane Roe, 31," or "Ann and Jim Roe, aged 16 and 13": an age follows its person.
                anchors[span] = tuple((n, "age") for n in own if n.kind == "name" and n.end <= span.start)[-1:]
            if span.kind == "name":
                for target, relation in anchors.get(span, ()):
                    qualifiers.setdefault(target, []).append((span, relation))
    return SlotRoles(frames, anchors, {k: tuple(v) for k, v in qualifiers.items()})


def _entities(pairs: Sequence[tuple[Span, str]], entity_of: Mapping[Span, int]) -> set[int]:
    return {entity_of[s] for s, _r in pairs if s.kind == "name" and s in entity_of}


#: Relations by which a name says whose or where another is: "Ohio Gov. Poe", "Gov. Poe of Ohio",
#: "Ohio's Poe", "Sen. Poe, R-Ohio".
_OWNER = frozenset({"compound", "prep:of", "prep:from", "poss", "nmod", "amod", "appos"})


def _related(pairs: Sequence[tuple[Span, str]], entity_of: Mapping[Span, int]) -> set[tuple[int, str]]:
    return {(entity_of[s], "of" if r in _OWNER else r) for s, r in pairs if s.kind == "name" and s in entity_of}


def fact_relation(x: Span, y: Span, roles: SlotRoles, entity_of: Mapping[Span, int], labels: Sequence[str] = ()) -> str:
    """Whether two paired slots fill one role of one fact, as their anchors tell.

    Returns:
        ``SAME`` when both qualify, or are qualified by, one entity in one
        relation ("Ohio Gov. Jim Poe" against "Iowa Gov. Jim Poe"; a number
        qualifies one entity in any relation); ``DIFFERENT`` when each
        qualifies a name and none is shared ("Jane Roe, 31" and "Ann Poe,
        16"), or when two names are qualified in one relation by names of
        one type and none is shared ("Ohio Gov. Jim Poe" and "Iowa Gov. Ann
        Roe": two governors; ``labels`` are the entities' types); else ``UNKNOWN``.
    """
    anchors_x, anchors_y = roles.anchors.get(x, ()), roles.anchors.get(y, ())
    ex, ey = _entities(anchors_x, entity_of), _entities(anchors_y, entity_of)
    same_type = (not labels or x.kind != "name" or x not in entity_of or y not in entity_of) or labels[
        entity_of[x]
    ] == labels[entity_of[y]]
    if x.kind == "name" and same_type and _related(anchors_x, entity_of) & _related(anchors_y, entity_of):
        return SAME  # "House Speaker Poe" and "Poe of Ohio": a house and a state say two things of her
    if x.kind != "name" and ex & ey:
        return SAME
    if _related(roles.qualifiers.get(x, ()), entity_of) & _related(roles.qualifiers.get(y, ()), entity_of):
        return SAME
    if ex and ey and not ex & ey:
        return DIFFERENT
    if x.kind == "name" and labels:
        qx = _related(roles.qualifiers.get(x, ()), entity_of)
        qy = _related(roles.qualifiers.get(y, ()), entity_of)
        kinds_x = {(labels[e], r) for e, r in qx}
        if kinds_x & {(labels[e], r) for e, r in qy}:
            return DIFFERENT  # qualified alike by different names: two people, two places
    return UNKNOWN
