"""What a slot is part of: the verb it fills a role of, and the names it qualifies.

Two values are one fact's only when they fill one role in it. The parse of
each sentence tells two things about a slot: the verb it hangs from
(``frames.frame``: "resigned on Friday" and "on Friday resigned" both hang
from "resign"), and the slots it qualifies (``frames.anchor``: "31"
in "Jane Roe, 31," qualifies "Roe", "Ohio" in "Ohio Gov. Jim Poe" qualifies
"Poe", "$5 million from the Treasury" is qualified by "Treasury"). Two values
that qualify one entity, or are qualified by one, fill one role; two values
that each qualify a different entity (the age of one person and the age of
another) state two facts and never conflict.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from tuicompare.engine.eventsubjects import event_subject
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import anchor, argument_of, coordination, dated_noun, frame, frame_object, title_head
from tuicompare.engine.reportedacts import reported_act
from tuicompare.engine.respectiveages import respective_person
from tuicompare.engine.supportverbs import carried_event
from tuicompare.models import Sentence

#: How two slots relate, as far as the parse tells.
SAME, DIFFERENT, UNKNOWN = "same", "different", ""


@dataclass(frozen=True, slots=True)
class SlotRoles:
    """The parse-read context of every slot of a story.

    Attributes:
        frame: The verb each slot hangs from (``frames.frame``), or ``""``.
        argument: The verb each slot is a direct argument of (``frames.argument_of``), or ``""``.
        listed: For a name in a list ("X, Y and Z"), how many names the list holds.
        anchors: The slot of its sentence each slot qualifies, with the relation
            (``frames.anchor``: "compound", "appos", "prep:of"), if any.
        qualifiers: The name slots of its sentence that qualify each slot, with their relations.
        anchor_entities: The entities each slot qualifies.
        anchor_roles: ... with the relation (owner relations as one, "of").
        qualifier_roles: The entities that qualify each slot, with the relation.
        qualifier_kinds: ... their types (``entities.ResolvedEntity.label``) instead of the entities.
        named: For each article, the entities it names anywhere.
        objects: The common noun each slot's verb acts on (``frames.frame_object``), when it has one.
    """

    frame: Mapping[Span, str] = field(default_factory=dict)
    anchors: Mapping[Span, tuple[tuple[Span, str], ...]] = field(default_factory=dict)
    qualifiers: Mapping[Span, tuple[tuple[Span, str], ...]] = field(default_factory=dict)
    anchor_entities: Mapping[Span, frozenset[int]] = field(default_factory=dict)
    anchor_roles: Mapping[Span, frozenset[tuple[int, str]]] = field(default_factory=dict)
    qualifier_roles: Mapping[Span, frozenset[tuple[int, str]]] = field(default_factory=dict)
    qualifier_kinds: Mapping[Span, frozenset[tuple[str, str]]] = field(default_factory=dict)
    argument: Mapping[Span, str] = field(default_factory=dict)
    listed: Mapping[Span, int] = field(default_factory=dict)
    named: Mapping[str, frozenset[int]] = field(default_factory=dict)
    objects: Mapping[Span, str] = field(default_factory=dict)


#: Relations by which a name says whose or where another is: "Ohio Gov. Poe", "Gov. Poe of Ohio",
#: "Ohio's Poe", "Sen. Poe, R-Ohio".
_OWNER = frozenset({"compound", "prep:of", "prep:from", "poss", "nmod", "amod", "appos"})
_NONE: frozenset = frozenset()


#: One slot's parse readings (``_read``): its frame, its verb's object, the verb it is an argument of (a name),
#: the slots of its sentence listed with it (a name), and what it qualifies (``None``: nothing set).
_Reading = tuple[str, str, str, tuple[Span, ...], tuple[tuple[Span, str], ...] | None]
#: The key a sentence's slot readings are kept under in ``SentenceFeatures.readings``.
_READING = "slot roles"


def slot_roles(
    spans: Sequence[Span],
    sentences: Mapping[str, Sentence],
    entity_of: Mapping[Span, int] | None = None,
    labels: Sequence[str] = (),
    features: Mapping[str, SentenceFeatures] | None = None,
) -> SlotRoles:
    """Read the frame, anchors and qualifiers of every slot with a key.

    Args:
        spans: The slots of a story.
        sentences: Sentence id -> its parse.
        entity_of: Name slot -> its entity (``entities.resolve``), for the entity views.
        labels: Entity -> its type, for ``qualifier_kinds``.
        features: Sentence id -> its features, whose ``readings`` keep what the parse says of each slot (a pure
            reading of the sentence and its slots): a story compared again does not read its parses again.
    """
    entity_of = entity_of or {}
    by_sentence: dict[str, list[Span]] = {}
    for span in spans:
        if span.key:
            by_sentence.setdefault(span.sentence, []).append(span)
    frames: dict[Span, str] = {}
    objects: dict[Span, str] = {}
    arguments: dict[Span, str] = {}
    listed: dict[Span, int] = {}
    anchors: dict[Span, tuple[tuple[Span, str], ...]] = {}
    qualifiers: dict[Span, list[tuple[Span, str]]] = {}
    for sid, own in by_sentence.items():
        kept = features.get(sid) if features is not None else None
        store = kept.readings if kept is not None else None
        stored = cast("tuple[list[Span], list[_Reading]] | None", store.get(_READING) if store is not None else None)
        # Kept for these very slots (the tuple compares each slot by identity first).
        if stored is not None and stored[0] == own:
            read = stored[1]
        else:
            read = _read(sentences[sid], own)
            if store is not None:
                store[_READING] = (own, read)
        for span, (framed, thing, argument, members, anchored) in zip(own, read, strict=True):
            frames[span] = framed
            if thing:
                objects[span] = thing
            if span.kind == "name":
                arguments[span] = argument
                kind = _kind(span, entity_of, labels)
                alike = sum(1 for m in members if m.kind == "name" and _kind(m, entity_of, labels) == kind)
                if alike > 1:
                    listed[span] = alike
            if anchored is not None:
                anchors[span] = anchored
            if span.kind == "name":
                for target, relation in anchors.get(span, ()):
                    qualifiers.setdefault(target, []).append((span, relation))

    def related(pairs: Sequence[tuple[Span, str]]) -> frozenset[tuple[int, str]]:
        found = ((entity_of.get(s) if s.kind == "name" else None, r) for s, r in pairs)
        return frozenset((e, "of" if r in _OWNER else r) for e, r in found if e is not None)

    named: dict[str, set[int]] = {}
    for span in spans:
        known = entity_of.get(span)  # one lookup: a span's hash is a Python call
        if known is not None:
            named.setdefault(span.article, set()).add(known)
    anchor_roles = {s: related(a) for s, a in anchors.items()}
    qualifier_roles = {s: related(q) for s, q in qualifiers.items()}
    return SlotRoles(
        frames,
        anchors,
        {k: tuple(v) for k, v in qualifiers.items()},
        {s: frozenset(e for e, _r in roles) for s, roles in anchor_roles.items()},
        anchor_roles,
        qualifier_roles,
        {s: frozenset((labels[e], r) for e, r in roles) for s, roles in qualifier_roles.items()} if labels else {},
        arguments,
        listed,
        {article: frozenset(ids) for article, ids in named.items()},
        objects,
    )


def _read(sentence: Sentence, own: Sequence[Span]) -> list[_Reading]:
    """What the parse of ``sentence`` says of each of its slots ``own`` (``_Reading``), a pure reading of them."""
    starts = [t.start for t in sentence.tokens]
    owner: dict[int, Span] = {}
    for span in own:
        for i in range(bisect_left(starts, span.start), bisect_left(starts, span.end)):
            owner.setdefault(i, span)
    out: list[_Reading] = []
    for span in own:
        # A date set on a noun dates that noun's event ("charged after a shooting Friday"), not the verb's; a day
        # the parse gives to "said" in "[clause] Monday, officials said" dates the reported act.
        dated = (
            dated_noun(sentence, span.start, span.end)
            or reported_act(sentence, span.start, span.end)
            or event_subject(sentence, span.start, span.end)
            or carried_event(sentence, span.start, span.end)  # "filed for divorce in 1947": the divorce's year
            if span.kind == "date"
            else ""
        )
        framed = dated or frame(sentence, span.start, span.end)
        thing = "" if dated else frame_object(sentence, span.start, span.end)
        argument = ""
        members: tuple[Span, ...] = ()
        if span.kind == "name":
            argument = argument_of(sentence, span.start, span.end)
            members = tuple({owner[i] for i in coordination(sentence, span.start, span.end) if i in owner})
        found = anchor(sentence, span.start, span.end)
        if found and found[0] not in owner:
            found = (title_head(sentence, found[0]), found[1])  # "Ohio Gov. Jim Poe": Ohio qualifies Poe
        target = owner.get(found[0], span) if found else span
        anchored: tuple[tuple[Span, str], ...] | None = None
        if found and target is not span:
            anchored = ((target, found[1]),)
        elif span.unit == "age":
            # "Jane Roe, 31,": an age follows its person; "Ann and Jim Roe, aged 16 and 13": each its own.
            person = respective_person(sentence, own, span)
            if person is not None:
                anchored = ((person, "age"),)
            else:
                anchored = tuple((n, "age") for n in own if n.kind == "name" and n.end <= span.start)[-1:]
        out.append((framed, thing or "", argument, members, anchored))
    return out


def stored_reading(features: SentenceFeatures) -> list[Any] | None:
    """What ``slot_roles`` kept on a sentence's features (its slots' parse readings), as plain lists with each
    slot given by its index in ``features.spans`` (``engine.keptrecord`` stores it); None if nothing is kept.
    """
    kept = cast("tuple[list[Span], list[_Reading]] | None", features.readings.get(_READING))
    if kept is None:
        return None
    at = {id(s): n for n, s in enumerate(features.spans)}
    own, read = kept
    if not all(id(s) in at for s in own):
        return None  # kept for slots that are not these features' (never so in a comparison)
    rows = [
        [
            framed,
            thing,
            argument,
            [at[id(m)] for m in members],
            None if anchored is None else [[at[id(t)], r] for t, r in anchored],
        ]
        for framed, thing, argument, members, anchored in read
    ]
    return [[at[id(s)] for s in own], rows]


def adopt_reading(features: SentenceFeatures, data: object) -> None:
    """Keep on ``features`` the slots' parse readings ``stored_reading`` gave for them, read back.

    Raises:
        ValueError: ``data`` is not of that layout, or names a slot the features do not hold.
    """
    spans = features.spans

    def slot(n: object) -> Span:
        if type(n) is not int or not 0 <= n < len(spans):
            raise ValueError("slot readings: not a slot of the sentence")
        return spans[n]

    if type(data) is not list or len(data) != 2 or type(data[0]) is not list or type(data[1]) is not list:
        raise ValueError("slot readings: not [slots, readings]")
    own = [slot(n) for n in data[0]]
    if len(data[1]) != len(own):
        raise ValueError("slot readings: not one reading a slot")
    read: list[_Reading] = []
    for row in data[1]:
        if type(row) is not list or len(row) != 5 or not type(row[0]) is type(row[1]) is type(row[2]) is str:
            raise ValueError("slot readings: a reading is not [frame, object, argument, listed, anchored]")
        framed, thing, argument, members, anchored = row
        if type(members) is not list or (anchored is not None and type(anchored) is not list):
            raise ValueError("slot readings: a reading's slots are not lists")
        pairs = None
        if anchored is not None:
            if not all(type(p) is list and len(p) == 2 and type(p[1]) is str for p in anchored):
                raise ValueError("slot readings: an anchor is not [slot, relation]")
            pairs = tuple((slot(p[0]), p[1]) for p in anchored)
        read.append((framed, thing, argument, tuple(slot(m) for m in members), pairs))
    features.readings[_READING] = (own, read)


def _kind(span: Span, entity_of: Mapping[Span, int], labels: Sequence[str]) -> str:
    known = entity_of.get(span) if labels else None
    return labels[known] if known is not None else span.label


def anchored_alike(x: Span, y: Span, roles: SlotRoles) -> bool:
    """Whether two slots qualify one entity in one relation ("Sen. Ann Roe of Maine", "Ohio Sen. Ann Roe")."""
    return bool(roles.anchor_roles.get(x, _NONE) & roles.anchor_roles.get(y, _NONE))


def owned_alike(x: Span, y: Span, roles: SlotRoles) -> bool:
    """Whether two numbers of one unit are each what one entity has ("Jo Roe, 37," / "Jo Roe, 23,", "the
    Colts (11-4)" / "the Colts (8-4)"): one entity's age or record, one role, as ``anchored_alike`` is for names.

    Only the owner relations ("of": an apposition, a possessive, a compound), not a count of a group ("23
    Democrats" / "33 Democrats" may be two votes' counts), and not sums or shares, which an entity has many
    of ("the firm's $5 million loss", "the firm's $3 million profit").
    """
    if x.kind != "number" or y.kind != "number" or x.unit != y.unit or x.unit in ("money", "%"):
        return False
    owners = {e for e, r in roles.anchor_roles.get(x, _NONE) if r == "of"}
    return any(r == "of" and e in owners for e, r in roles.anchor_roles.get(y, _NONE))


def fact_relation(x: Span, y: Span, roles: SlotRoles, same_type: bool = True) -> str:
    """Whether two paired slots fill one role of one fact, as their anchors tell.

    Args:
        x: One slot.
        y: The other.
        roles: The story's ``SlotRoles`` (built with its entities and their types).
        same_type: For names, whether the two entities have one type.

    Returns:
        ``SAME`` when both qualify, or are qualified by, one entity in one
        relation ("Ohio Gov. Jim Poe" against "Iowa Gov. Jim Poe"; a number
        qualifies one entity in any relation; a house and a state never fill
        one role: "House Speaker Poe", "Poe of Ohio"); ``DIFFERENT`` when each
        qualifies a name and none is shared ("Jane Roe, 31" and "Ann Poe,
        16"), or when two names are qualified in one relation by names of
        one type and none is shared ("Ohio Gov. Jim Poe" and "Iowa Gov. Ann
        Roe": two governors); else ``UNKNOWN``.
    """
    name = x.kind == "name"
    if name and same_type and roles.anchor_roles.get(x, _NONE) & roles.anchor_roles.get(y, _NONE):
        return SAME
    ex, ey = roles.anchor_entities.get(x, _NONE), roles.anchor_entities.get(y, _NONE)
    if not name and ex & ey:
        return SAME
    if roles.qualifier_roles.get(x, _NONE) & roles.qualifier_roles.get(y, _NONE):
        return SAME
    if ex and ey and not ex & ey:
        return DIFFERENT
    if name and roles.qualifier_kinds.get(x, _NONE) & roles.qualifier_kinds.get(y, _NONE):
        return DIFFERENT  # qualified alike by different names: two people, two places
    return UNKNOWN
