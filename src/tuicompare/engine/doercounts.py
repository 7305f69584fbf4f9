"""Two counts of one thing by one named doer: one role, however loosely their sentences align.

"Roe threw for 329 yards" and "Roe completed 28 of 41 passes for 460 yards" count one
thing (yards) through two verbs, and one person is an argument of both: the two
figures are that person's yards, one value told two ways. A group or a nation acts
many times over ("a Nordian strike killed 40", "three were killed in a Nordian raid"):
only a person is such a doer. ``slotroles.fact_relation`` ties a figure to an entity
only when the figure qualifies it ("Jo Roe, 31,"), so such a pair reads as unrelated;
this reads the verb's own arguments instead. A weak link compares such a pair
(``links._anchored``) and ``conflicts.observe`` gives it the slot evidence of one entity.

Money and percentages count everything ("$5 million", "40%"), and a number without
a unit noun says nothing of what it counts: neither is tied so. Nor is a mean ("averaged
22.8 points" against "scored 20 points"), a rate over many acts, nor what someone has or
got ("now has 2,129 points", "had five points during a 15-2 run"): a tally over a scope
the verb does not tell (a career, a run, a game), not one act's count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.possessors import dates_of_one_doer
from tuicompare.engine.recordholders import records_of_one_side
from tuicompare.engine.slotroles import SAME, SlotRoles, fact_relation

__all__ = ["any_tied", "counts_of_one_doer", "mark_doer_counts", "one_holder", "tied_values"]

#: Units that count everything, not one thing.
_ANY_THING = frozenset({"", "money", "%"})
#: Verbs whose figure is no count of one act: a rate ("averaged 22.8 points") or a tally held over a scope
#: the verb does not tell ("now has 2,129 points", "got five points from Roe in the first minutes").
_NO_ACT = frozenset({"average", "have", "get"})


def counts_of_one_doer(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
) -> bool:
    """Whether two numbers count one thing and a name of one person is an argument of each one's verb.

    Args:
        a: One sentence.
        b: The other (``x`` and ``y`` are slots of the two, in either order).
        x: A slot.
        y: The other sentence's slot.
        roles: The story's ``SlotRoles`` (the verb each slot hangs from, each name's verb).
        entity_of: Name slot -> its entity (``entities.resolve``).
        labels: Entity -> its voted type (``person`` only is a doer here).
    """
    if x.kind != "number" or y.kind != "number" or x.unit != y.unit or x.unit in _ANY_THING:
        return False
    verb_x, verb_y = roles.frame.get(x, ""), roles.frame.get(y, "")
    if not verb_x or not verb_y or verb_x in _NO_ACT or verb_y in _NO_ACT:
        return False
    doers_x = _doers(a, b, x, verb_x, roles, entity_of, labels)
    return bool(doers_x) and not doers_x.isdisjoint(_doers(a, b, y, verb_y, roles, entity_of, labels))


def _doers(
    a: SentenceFeatures,
    b: SentenceFeatures,
    slot: Span,
    verb: str,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
) -> set[int]:
    """The people named in ``slot``'s sentence as direct arguments of its verb ``verb``."""
    sentence = a if slot.sentence == a.id else b
    found = (entity_of.get(s) for s in sentence.spans if s.kind == "name" and roles.argument.get(s) == verb)
    return {e for e in found if e is not None and labels[e] == "person"}


def any_tied(
    a: SentenceFeatures,
    b: SentenceFeatures,
    roles: SlotRoles | None,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    referents: Mapping[str, int],
) -> bool:
    """Whether some value of ``a`` and one of ``b`` are tied to one entity: a weak link is asked this first."""
    if roles is None:
        return False
    return any(tied_values(a, b, x, y, roles, entity_of, labels, referents) for x in a.spans for y in b.spans)


def tied_values(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    referents: Mapping[str, int] | None = None,
) -> bool:
    """Whether a slot of ``a`` and one of ``b`` are tied to one entity, as a weak link compares them.

    Both qualify it, or are qualified by it, in one relation (``slotroles.SAME``), or they count
    one thing a name of it does (``counts_of_one_doer``), or they are records of one side
    (``recordholders.records_of_one_side``), or they date one act of one person told by an event noun and
    its verb (``possessors.dates_of_one_doer``, ``referents`` its pronouns' people): ``links._anchored``,
    ``plantwhy``.
    """
    if fact_relation(x, y, roles) == SAME or records_of_one_side(a, b, x, y, roles, entity_of):
        return True
    return counts_of_one_doer(a, b, x, y, roles, entity_of, labels) or dates_of_one_doer(
        a, b, x, y, roles, entity_of, labels, referents
    )


def one_holder(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    roles: SlotRoles,
    entities: tuple[Mapping[Span, int], Sequence[str]],
    same_type: bool,
) -> bool:
    """Whether two numbers are one holder's: one person's counts of one thing (``counts_of_one_doer``, names of
    one type), or one side's records (``recordholders.records_of_one_side``): ``conflicts.observe``'s one entity.

    Args:
        a: One sentence.
        b: The other.
        x: A slot of one.
        y: The other's slot.
        roles: The story's ``SlotRoles``.
        entities: Name slot -> its entity, and entity -> its voted type.
        same_type: Whether the two slots' entities (if names) have one type.
    """
    entity_of, labels = entities
    if same_type and counts_of_one_doer(a, b, x, y, roles, entity_of, labels):
        return True
    return records_of_one_side(a, b, x, y, roles, entity_of)


def mark_doer_counts(
    found: Sequence[Observation],
    a: SentenceFeatures,
    b: SentenceFeatures,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
) -> None:
    """Flag (``Observation.row_cut``) each number conflict of a link whose two values count one thing one person did.

    Two rows are weak evidence of one fact, so a link's difference is at most possible unless very sure
    (``LinkTuning.conflict_min``). Two figures of one unit, each the count of an act one named person is an
    argument of ("Roe threw for 329 yards" / "Roe completed 28 passes for 460 yards": ``counts_of_one_doer``),
    say by their own words that they are that person's one tally, wherever each outlet set the sentence:
    such a difference is judged by a row's cut (``linkconflicts.link_conflicts``; ``build`` judges the
    story's demotions of it by that cut too). Money, shares and figures without a unit noun never are.

    Args:
        found: The link's observations (``conflicts.observe``).
        a: One sentence of the link.
        b: The other.
        roles: The story's ``SlotRoles``.
        entity_of: Name slot -> its entity.
        labels: Entity -> its voted type.
    """
    for o in found:
        if o.type == "number" and o.kind == "conflict":
            (x, _), (y, _) = o.spans
            o.row_cut = counts_of_one_doer(a, b, x, y, roles, entity_of, labels)
