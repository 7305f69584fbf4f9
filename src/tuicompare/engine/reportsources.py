"""Two sources of two reports: outlets cited for what different actors did are not one source told two ways.

"ESPN is reporting that the Nationals have offered him a contract" against "The Boston Herald reported
that the Red Sox have extended an offer": each outlet is the source of its own report, on another
club's offer, so the two outlets are no difference of one fact (a different-facts false possible
difference of the ECB+ audits). A name is a report's source when it is the subject of a verb of
reporting (``evidence.REPORTING``: "report", "say", "write"...) that has a reported clause; two such
sources are not paired when the subjects of their reported clauses are named entities and differ
(``sources_of_two_reports``). One report given to two sources ("X reported that the Hawks offered"
against "Y reported that the Hawks offered") is still paired, and so are sources whose clauses name
no actor.
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.context import slot_head
from tuicompare.engine.evidence import REPORTING
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["reported_actor", "sources_of_two_reports"]

#: Dependents that are the subject of a reported clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reported_actor(side: SentenceFeatures, source: Span) -> Span | None:
    """The named subject of the clause ``source`` reports ("the Nationals" of "ESPN is reporting that the
    Nationals have offered ..."), or None when ``source`` reports no clause or its subject is no name."""
    parse = side.parse
    if parse is None:
        return None
    tokens = parse.tokens
    slot = slot_head(tokens, source.start, source.end)
    if slot is None or tokens[slot[2]].dep != "nsubj":
        return None
    verb = tokens[slot[2]].head
    if not 0 <= verb < len(tokens) or tokens[verb].lemma.lower() not in REPORTING:
        return None
    clause = next((k for k, t in enumerate(tokens) if t.head == verb and t.dep == "ccomp" and k != verb), -1)
    if clause < 0:
        return None
    subject = next((t for k, t in enumerate(tokens) if t.head == clause and t.dep in _SUBJECTS and k != clause), None)
    if subject is None:
        return None
    return next(
        (s for s in side.spans if s.kind == "name" and s is not source and s.start <= subject.start < s.end), None
    )


def sources_of_two_reports(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, entity_of: Mapping[Span, int]
) -> bool:
    """True when two names are sources of reports whose reported clauses name two different actors."""
    if x.kind != "name" or y.kind != "name":
        return False
    actor_x = reported_actor(a, x)
    actor_y = reported_actor(b, y) if actor_x is not None else None
    if actor_x is None or actor_y is None:
        return False
    ex, ey = entity_of.get(actor_x), entity_of.get(actor_y)
    return ex is not None and ey is not None and ex != ey
