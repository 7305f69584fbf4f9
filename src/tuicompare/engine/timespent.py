"""Two spans of time spent in one place fill one role: "six years in the reserves", "nine years in the reserves".

A difference through a link needs evidence that its two values fill one role (``links._one_role``): one verb
both hang from, or one anchor. A list of spans of time told without a verb ("his service: six months at the
base and six years in the reserves") gives the parser no verb to hang the second span from, and the other
outlet's "served for six months at the base and six years in the reserves" hangs it from nothing either. The
place or state each span is spent in ("in the reserves", "in prison") is what says which span it is: two
durations whose own preposition ("in") takes one common noun ("reserve") are the time of one stay. Only a
preposition right after the duration, with a common noun (a named place may be spelt two ways and is read by
the anchors), and only durations: such a difference is judged by a row's cut (``mark_stays``). Measured on
the tuning splits: tune's planted red 187 -> 189 of 270, every other split, BASIL held, the audits and the entity
golds unchanged (``docs/measurements.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.context import parsed_slot
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation

__all__ = ["mark_stays", "spent_alike", "spent_in"]


def spent_in(side: SentenceFeatures, span: Span) -> tuple[str, str] | None:
    """The preposition and common noun a duration is spent in ("in", "reserve"), or None."""
    if span.vtype != "duration":
        return None
    found = parsed_slot(side.parse, span.start, span.end)
    if found is None:
        return None
    tokens, (_first, last, _head) = found
    # The words right after the span: the parser hangs "in the reserves" from the span or from its verb alike.
    k = last + 1
    if k >= len(tokens) or tokens[k].dep != "prep" or tokens[k].pos != "ADP":
        return None
    nouns = [n for n in tokens if n.head == k and n.dep == "pobj" and n.pos == "NOUN"]
    if nouns:
        return tokens[k].lemma.lower(), nouns[0].lemma.lower()
    return None


def spent_alike(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """Whether two durations of the sentences ``a`` and ``b`` (either order) are spent in one place (``spent_in``)."""
    side_x, side_y = (a, b) if x.sentence == a.id else (b, a)
    place = spent_in(side_x, x)
    return place is not None and place == spent_in(side_y, y)


def mark_stays(found: Sequence[Observation], a: SentenceFeatures, b: SentenceFeatures) -> None:
    """Flag (``Observation.row_cut``: judged by a row's cut) each duration conflict of a link spent in one place.

    "eleven years in the reserves" against "six years in the reserves" say by their own words which stay they
    measure, wherever each outlet set the sentence, as one person's tally does (``doercounts.mark_doer_counts``).
    """
    for o in found:
        if o.type == "duration" and o.kind == "conflict":
            (x, _), (y, _) = o.spans
            o.row_cut = o.row_cut or spent_alike(a, b, x, y)
