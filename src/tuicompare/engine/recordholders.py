"""Two records of one side: a team's or a fighter's wins and losses, told in two sentences.

"Portland improved to 25-7" and "Portland (18-7) will play Salem" give one side's record two
ways: as the complement of a verb of a standing whose subject names the side, and in brackets
after its name. Each is what that one side stands at, one value of one fact, however loosely the
two sentences align, as a person's two ages are (``slotroles.owned_alike`` reads the brackets on
both sides; this reads the verb too). A score of a game ("beat Eugene 51-50", "a 12-2 run") is
held by no verb of a standing and is never tied so, nor is a record told over another scope than
the side's standing now ("improved to 41-20 all-time in tournament play", "is 12-3 at home"): a side
has many such records at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.relations import PAIR
from tuicompare.engine.slotroles import SlotRoles

__all__ = ["STANDING", "records_of_one_side"]

#: Verbs whose complement is where a side now stands ("fell to 5-10", "improved to 25-7", "evened at 2-2"),
#: as ``figures.told_as_record`` reads them before two figures.
STANDING = frozenset({"fall", "drop", "slip", "improve", "even", "slump", "climb"})
#: Words right after a record that tell it over another scope than the side's standing now: all-time,
#: a career, at home or on the road, against one opponent, in a conference or a series ("will play" is no scope).
_SCOPES = frozenset({"all", "career", "lifetime", "home", "road", "away", "against", "versus", "conference", "series"})
#: How many words after a record are read for its scope.
_SCOPE_WORDS = 4


def records_of_one_side(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
) -> bool:
    """Whether two records (two figures told as a pair) are each held by one named side both sentences name.

    A record's holders are the names it qualifies in brackets or an apposition ("Portland (25-7)",
    ``SlotRoles.anchor_roles`` "of") and, when it hangs from a verb of ``STANDING``, the names that are
    direct arguments of that verb ("Portland improved to 25-7").

    Args:
        a: One sentence.
        b: The other (``x`` and ``y`` are slots of the two, in either order).
        x: A slot.
        y: The other sentence's slot.
        roles: The story's ``SlotRoles``.
        entity_of: Name slot -> its entity (``entities.resolve``).
    """
    if x.kind != "number" or y.kind != "number" or not (x.key or "").startswith(PAIR):
        return False
    if not (y.key or "").startswith(PAIR) or _scoped(a, b, x) or _scoped(a, b, y):
        return False
    held = _holders(a, b, x, roles, entity_of)
    return bool(held) and not held.isdisjoint(_holders(a, b, y, roles, entity_of))


def _scoped(a: SentenceFeatures, b: SentenceFeatures, slot: Span) -> bool:
    """Whether the words right after a record tell it over another scope ("41-20 all-time in tournament play")."""
    sentence = a if slot.sentence == a.id else b
    index = next((n for n, s in enumerate(sentence.spans) if s is slot), -1)
    if index < 0:
        return False
    at = sentence.slot_at[index]
    return not _SCOPES.isdisjoint(sentence.seq[at + 1 : at + 1 + _SCOPE_WORDS])


def _holders(
    a: SentenceFeatures, b: SentenceFeatures, slot: Span, roles: SlotRoles, entity_of: Mapping[Span, int]
) -> set[int]:
    """The entities a record is told of: those it qualifies, and the arguments of its verb of a standing."""
    sentence = a if slot.sentence == a.id else b
    # In brackets right after its side's name, whatever relation the parse gives it ("the Tar Heels (14-0),"
    # hangs as an adverbial of "Heels"): a bracketed record is the name's.
    bracketed = _bracketed(sentence, slot)
    found = {e for e, r in roles.anchor_roles.get(slot, frozenset()) if r == "of" or bracketed}
    verb = roles.frame.get(slot, "")
    if verb in STANDING:
        named = (entity_of.get(s) for s in sentence.spans if s.kind == "name" and roles.argument.get(s) == verb)
        found |= {e for e in named if e is not None}
    return found


def _bracketed(sentence: SentenceFeatures, slot: Span) -> bool:
    """Whether a slot opens a bracket ("(14-0)"), as its sentence's text says (no parse: no)."""
    parse = sentence.parse
    if parse is None:
        return False
    at = slot.start - parse.start
    return 0 < at <= len(parse.text) and parse.text[max(0, at - 3) : at].rstrip().endswith("(")
