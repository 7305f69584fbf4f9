"""The one date of two sentences that agree on everything else: one event's date.

"Ann Roe resigned from the Senate on Friday" against "Ann Roe quit the Senate on Sunday": each sentence
states one date, both name a time of one grain (two days, two months or two years; not a day against a
month: "last September" against "Sept. 11"), each date hangs from a verb of an act (not of speech or of a
report: "said Friday", "announced Sunday" date a statement), the two sentences share values (the person,
the body), and every other value the slot pairing put side by side agrees. Two verbs no lexicon joins
("resigned", "quit"; "stopped X", "scored a knockout of X") then date one event, so the pair gets the
context score of words that agree (``ConflictTuning.sole_date_context``). Nothing here lifts the caps
that say a date is of another fact (a statement's day against an act's, a period's bound, a date set on
a noun, two acts of ``verbclasses``): ``conflicts.observe`` applies them after. One shared value is
enough when the story names it rarely (``rare_names``: a town named in the two sentences of the raid
only, not the protagonist named in most of the story's sentences).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.dates import parse_key
from tuicompare.engine.evidence import REPORTING
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME, frame_index


def rare_names(entity_of: Mapping[Span, int], share: float) -> Callable[[Span], bool]:
    """A test of a name: whether the story names its entity in at most ``share`` of the sentences that name
    anything (the protagonist of a story stands in most of them, a witness or a street in few)."""
    counts: dict[int, set[str]] | None = None
    named = 0

    def rare(span: Span) -> bool:
        nonlocal counts, named
        number = entity_of.get(span) if span.kind == "name" else None
        if number is None:
            return False
        if counts is None:  # counted once per link, and only for a pair the other tests let through
            counts = {}
            for other, known in entity_of.items():
                counts.setdefault(known, set()).add(other.sentence)
            named = len({other.sentence for other in entity_of})
        return len(counts.get(number, ())) <= share * named

    return rare


def grain(key: str) -> str:
    """How finely a date key names its time: ``day`` (a weekday or a day of a month), ``month`` or ``year``."""
    value = parse_key(key)
    if value.day is not None or value.weekday is not None:
        return "day"
    return "month" if value.month is not None else "year"


def one_date_each(x: Span, y: Span, own_x: Sequence[Span], own_y: Sequence[Span]) -> bool:
    """True when ``x`` and ``y`` are two different dates of one grain, each the one keyed date among the slots of
    its sentence (``own_x``, ``own_y``: a sentence's spans, or the story's keyed slots of that sentence)."""
    if not (x.vtype == y.vtype == "date" and x.key and y.key) or x.key == y.key or grain(x.key) != grain(y.key):
        return False
    return _dates(own_x) == [x] and _dates(own_y) == [y]


def _dates(slots: Sequence[Span]) -> list[Span]:
    return [s for s in slots if s.vtype == "date" and s.key]


def on_act_verb(side: SentenceFeatures, date: Span) -> bool:
    """True when a date hangs from a verb (``frames.frame_index``) that is no verb of speech or report."""
    if side.parse is None:
        return False
    verb = frame_index(side.parse, date.start, date.end)
    if verb < 0:
        return False
    token = side.parse.tokens[verb]
    # A verb of statement or report dates the statement, not the act it tells of.
    return token.pos in ("VERB", "AUX") and token.lemma.lower() not in REPORTING


def sole_dates(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    pairs: Sequence[tuple[Span, Span, float]],
    same: Callable[[Span, Span], bool],
    shared_min: int,
    rare: Callable[[Span], bool] | None = None,
) -> bool:
    """True when ``x`` and ``y`` are each the one date of its sentence, of one grain, each on a verb of an
    act, in sentences that share at least ``shared_min`` values, or one that ``rare`` accepts (a name the
    story seldom states), and whose other paired values all agree (see the module docstring)."""
    if not one_date_each(x, y, a.spans, b.spans):
        return False
    alike: list[Span] = []
    for p, q, _context in pairs:
        if (p, q) == (x, y):
            continue
        if not same(p, q):
            return False
        alike.append(p)
    if not alike or (len(alike) < shared_min and rare is None) or not (on_act_verb(a, x) and on_act_verb(b, y)):
        return False
    # Fewer shared values than ``shared_min`` suffice when one of them is rare in the story: the
    # protagonist stands in most sentences of two acts, a witness or a street in few.
    return len(alike) >= shared_min or (rare is not None and any(rare(p) for p in alike))


def one_event_noun(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]) -> bool:
    """True when two dates are each the one date of its sentence, of one grain, both set on one event noun:
    "The shootings happened shortly after 8:30 p.m. Monday" against "the shooting took place just after
    8:30 p.m. Thursday" (``frames.dated_noun``, ``eventsubjects``).

    One story's event named by one noun and dated on each side is one fact's date, as two verbs of one act
    are (``verbclasses.one_act``); the shared noun alone is weak evidence in loosely alike sentences, so
    the one date of each sentence is asked too ("the 2009 shooting" and "Monday's shooting" are two grains).
    """
    noun = frames.get(x, "")
    if not noun.startswith(NOUN_FRAME) or noun != frames.get(y, ""):
        return False
    return one_date_each(x, y, a.spans, b.spans)
