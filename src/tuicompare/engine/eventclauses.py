"""Two events in one sentence: clauses joined to the main verb, each set in a place or time of its own.

"A tremor killed 15,000 in Darvel in 2011, and 400 were killed in Kesh in October in a tremor
of magnitude 6.4" tells of two tremors: the second clause (a ``conj`` of the root verb) has a
place and a date of its own. Against "A 7.1-magnitude tremor killed 12,000 in Darvel in March
2011", which shares Darvel and 2011 with the first clause only, the 6.4 is the other tremor's
and never the Darvel tremor's magnitude (``conflicts.observe`` skips the pair). A sentence of
one event whose magnitude differs has one clause and still conflicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from tuicompare.engine.context import tokens_within
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["EventClauses"]

#: The key a sentence's clauses are kept under in ``SentenceFeatures.readings``.
_READING = "event clauses"
#: A sentence's clauses: each span's clause, and the spans that set a scene (``_clauses``); None unparsed.
Clauses = tuple[dict[Span, int], set[Span]] | None


class EventClauses:
    """Which clause of its sentence each value lies in, each sentence's clauses read once for all its value pairs.

    Args:
        entity_of: Span -> the entity it was resolved to, to tell one place named two ways.
    """

    def __init__(self, entity_of: Mapping[Span, int]) -> None:
        self._entity_of = entity_of

    def another_event(self, side: SentenceFeatures, value: Span, other: SentenceFeatures) -> bool:
        """See ``another_events_clause``."""
        # A sentence's clauses, asked for every value pair of every link it is in: read once, kept on it.
        read = side.readings
        if _READING not in read:
            read[_READING] = _clauses(side)
        return another_events_clause(cast(Clauses, read[_READING]), value, other, self._entity_of)


def another_events_clause(parsed: Clauses, value: Span, other: SentenceFeatures, entity_of: Mapping[Span, int]) -> bool:
    """True when ``value`` lies in a clause of its sentence (``parsed``) that tells of another event than ``other``.

    The clauses are the root verb and the verbs joined to it (``conj``). ``value``'s clause must be
    anchored (a place or a date stated in it, besides ``value``) with none of its anchors stated by
    ``other``, while another clause has an anchor ``other`` states: ``other`` tells of that clause's
    event. Without anchors on both sides the parse says nothing of which
    event is which, and the pair stays.
    """
    if parsed is None:
        return False
    clauses, settings = parsed
    mine = clauses.get(value)
    if mine is None:
        return False
    anchors: dict[int, list[Span]] = {}
    for span, clause in clauses.items():
        # The value itself is no anchor: a date changed in a clause ("on Tuesday" against "on
        # Wednesday") is that clause's fact, never the sign of another event.
        if _anchor(span) and span is not value and span in settings:
            anchors.setdefault(clause, []).append(span)
    if len(anchors) < 2 or mine not in anchors:
        return False

    def shares(anchor: Span) -> bool:
        return any(_same_anchor(anchor, s, entity_of) for s in other.spans if _anchor(s))

    if any(shares(s) for s in anchors[mine]):
        return False
    return any(shares(s) for clause, found in anchors.items() if clause != mine for s in found)


def _same_anchor(x: Span, y: Span, entity_of: Mapping[Span, int]) -> bool:
    """One place (one entity, or one name), or one date stated as precisely or less ("2011" and "March 2011")."""
    if x.kind != y.kind:
        return False
    if x.kind == "name":
        known = entity_of.get(x)
        return x.key == y.key or (known is not None and known == entity_of.get(y))
    a, b = x.key or "", y.key or ""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _anchor(span: Span) -> bool:
    """A place name or a calendar date: what sets a clause's event in space or time."""
    if span.kind == "date":
        return span.vtype == "date" and span.key is not None
    return span.kind == "name" and span.label in ("GPE", "LOC")


def _clauses(side: SentenceFeatures) -> Clauses:
    """Each span's clause (the index of its root verb or of a verb joined to the root), or None unparsed.

    Also the spans that set a scene: a date, or a place named as the object of a preposition ("in
    Kesh", "the town of Kesh"); not a place qualifying a noun ("Creighton's scorer", "a Merland
    team"): the parser tags many a team or firm as a place, and those tell nothing of where.
    """
    parse = side.parse
    if parse is None:
        return None
    tokens = parse.tokens
    n = len(tokens)

    def clause_head(i: int) -> int | None:
        # Walk up to the root; remember the last verb joined (by ``conj``) straight to the root or
        # to a verb so joined. A damaged parse that loops gives up after n steps.
        path = [i]
        for _ in range(n):
            head = tokens[i].head
            if head == i or not 0 <= head < n:
                break
            i = head
            path.append(i)
        else:
            return None
        if tokens[path[-1]].head != path[-1]:
            return None
        clause = path[-1]
        for j in reversed(path[:-1]):
            if tokens[j].dep == "conj" and tokens[j].pos in ("VERB", "AUX") and tokens[j].head == clause:
                clause = j
            else:
                break
        return clause

    out: dict[Span, int] = {}
    settings: set[Span] = set()
    for span in side.spans:
        inside = tokens_within(tokens, span.start, span.end)
        if not inside:
            continue
        clause = clause_head(inside[-1])
        if clause is not None:
            out[span] = clause
        if span.kind == "date" or tokens[inside[-1]].dep == "pobj":
            settings.add(span)
    return out, settings
