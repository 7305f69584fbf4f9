"""Two names of two roles: one is listed with someone the other sentence names apart from the other name.

"The trial of the brothers Al Roe and Jo Poe" against "Roe was found guilty of wounding Ann Lee
and Kim Ash": Poe is listed with Roe, and the second sentence names Roe too, but not in Lee's
list; Poe shares Roe's role (a co-accused), Lee has another (a victim). The two names answer two
questions and are never one slot changed (``conflicts.observe`` skips them). "Roe and Poe" against
"Roe and Dee" still conflict: each name is listed with the same partner, so they fill one role.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import coordination

__all__ = ["partnered_apart"]


def partnered_apart(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, entity_of: Mapping[Span, int]) -> bool:
    """True when either name is listed with a partner the other sentence names outside the other name's list."""
    return _apart(b, y, a, x, entity_of) or _apart(a, x, b, y, entity_of)


def _apart(
    side: SentenceFeatures, name: Span, other: SentenceFeatures, rival: Span, entity_of: Mapping[Span, int]
) -> bool:
    partners = _partners(side, name, entity_of)
    if not partners:
        return False
    shared = partners & {entity_of[s] for s in other.spans if s in entity_of}
    if not shared:
        return False
    own = _partners(other, rival, entity_of)
    own.add(entity_of.get(rival, -1))
    return not shared & own


def _partners(side: SentenceFeatures, name: Span, entity_of: Mapping[Span, int]) -> set[int]:
    """The entities of the other names listed with ``name`` in its sentence ("X, Y and Z")."""
    parse = side.parse
    if parse is None or name.kind != "name":
        return set()
    members = coordination(parse, name.start, name.end)
    if len(members) < 2:
        return set()
    starts = [t.start for t in parse.tokens]
    found = set()
    for span in side.spans:
        if span is name or span.kind != "name" or span not in entity_of:
            continue
        owned = range(bisect_left(starts, span.start), bisect_left(starts, span.end))
        if any(i in owned for i in members):
            found.add(entity_of[span])
    found.discard(entity_of.get(name, -1))
    return found
