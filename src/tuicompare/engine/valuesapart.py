"""Two paired values that the sentences show are of two facts: never a difference, whatever their link.

Each check reads the two sentences around the values (their parse, the verbs they hang from, the
clauses around them) and was added for a class of false difference found on real coverage (the audits
of ``benchmarks/gold/audit``); each is unit-tested on written texts. ``conflicts.observe`` asks
before it weighs a pair, so a pair this module rules out costs nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.agegap import a_year_apart
from tuicompare.engine.conversions import converted_alike
from tuicompare.engine.dateacts import dated_alike, dated_by_another, dates_of_two_acts
from tuicompare.engine.datekinds import day_in_a_name
from tuicompare.engine.eventclauses import EventClauses
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.figureparts import counts_a_part
from tuicompare.engine.lengthkinds import two_dimensions, two_landmarks
from tuicompare.engine.margins import margin_against_figure
from tuicompare.engine.reportsources import sources_of_two_reports
from tuicompare.engine.termparts import two_parts_of_a_term

#: The lemma of "born", whose date is a birth date, never the date of another act.
_BIRTH = "bear"


def values_of_two_facts(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    frames: Mapping[Span, str],
    entity_of: Mapping[Span, int],
    events: EventClauses,
) -> bool:
    """True when the value ``x`` of ``a`` and ``y`` of ``b`` are of two facts, so never compared.

    Args:
        a: One sentence.
        b: The other sentence.
        x: A value of ``a`` paired with ``y``.
        y: A value of ``b``.
        frames: The verb (lemma) each value hangs from.
        entity_of: The story's entity of each name.
        events: The clauses of ``a`` and ``b``, read once for all their pairs.
    """
    if x.vtype == y.vtype == "date" and (day_in_a_name(a, x) or day_in_a_name(b, y)):
        return True  # "shortly after Patch Tuesday": the name of a recurring day, no date of the act
    if x.vtype == y.vtype == "date" and (dated_alike(x, b, y, a) or dated_alike(y, a, x, b)):
        return True  # "in December 2003" against "in 2003, and ... in February": stated there, less precisely
    if x.kind != "name" and (events.another_event(b, y, a) or events.another_event(a, x, b)):
        return True  # "..., and 600 died in Zarand in February in a 6.4 quake": another event's value
    if x.kind == "number" and converted_alike(a, x, b, y):
        return True  # "€90 billion ($117 billion)" against "€90 billion ($128 billion)": two rates
    if x.kind == "number" and counts_a_part(a, x, b, y, frames):
        return True  # "three other bombs", "took the first two games": a part of "four bombs", "won 40 games"
    if two_dimensions(a, b, x, y) or two_landmarks(a, b, x, y):
        return True  # "a depth of 1.2 miles" against "two miles northeast of X"; "north of X", "east of Y"
    if x.kind == "name" and sources_of_two_reports(a, b, x, y, entity_of):
        return True  # "ESPN reported that the Nationals offered" against "the Herald reported the Red Sox did"
    if x.kind == "number" and margin_against_figure(a, b, x, y):
        return True  # "won the series by a combined 24 points" against "15.9 points": a margin, no score
    if x.kind != "name" and a_year_apart(x, y):
        return True  # "26-year-old" against "27-year-old": a birthday between two reports (``agegap``)
    if x.vtype == y.vtype == "date" and (frames.get(x) == _BIRTH) != (frames.get(y) == _BIRTH):
        return True  # "was born Oct. 11, 1928" against "graduated in 1951": a birth is no other act
    if x.vtype == y.vtype == "date" and dates_of_two_acts(a, b, x, y, frames):
        return True  # "in August a court overturned the conviction that found ...": not the day it was found
    if x.vtype == y.vtype == "date" and (
        dated_by_another(a, x, frames.get(y, ""), frames) or dated_by_another(b, y, frames.get(x, ""), frames)
    ):
        return True  # "As it promised Tuesday, the firm today issued" against "issued Wednesday": today's the day
    # "served 4 1/2 months" against "all but six months suspended": two parts of a term
    return x.vtype == y.vtype == "duration" and two_parts_of_a_term(a, b, x, y, frames)
