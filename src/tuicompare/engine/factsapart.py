"""Two values of loosely linked sentences that the sentences' own words give to two facts.

``conflicts.observe`` asks this of each value pair: when it holds, loosely linked sentences are read as two facts
(no difference at all), and sentences linked at ``link_full`` at most as a possible difference (one event told two
ways, whose value changed with another: "sent 643 tonnes on Oct. 20" against "sent 942 tonnes on Oct. 26").
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.datekinds import bound_against_day, date_of_another_thing, day_of_another_event
from tuicompare.engine.earlierinstances import figures_apart
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.needs import needed_against_done
from tuicompare.engine.sincecounts import part_since_date

__all__ = ["told_of_two_facts"]


def told_of_two_facts(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str], loose: bool
) -> bool:
    """True when ``x`` (in ``a``) and ``y`` (in ``b``) are values of two facts by the words around them.

    Args:
        a: The sentence holding ``x``.
        b: The sentence holding ``y``.
        x: A value of ``a``.
        y: A value of ``b``, paired with ``x``.
        frames: The verb each value hangs from (``slotroles``).
        loose: Whether the sentences are linked under ``link_full``: only then do an earlier instance's
            figures ("3.8 on Monday" against "In February, 6.4") tell two facts.
    """
    dates = x.vtype == y.vtype == "date"
    numbers = x.kind == "number"
    return (
        (dates and date_of_another_thing(a, b, x, y, frames))  # "the resignation in 1974"
        or (numbers and needed_against_done(a, b, x, y))  # "needed nine points" against "scored 20"
        or (numbers and loose and figures_apart(a, b, x, y))
        # "arrested three times since October" against "four times": a part of the count (``sincecounts``)
        or (numbers and loose and part_since_date(a, b, x, y))
        or (dates and day_of_another_event(a, b, x, y))  # "on to Saturday's semifinals"
        # "Beginning April 29, customers can register" against "Today, customers can order": two acts' days
        or (dates and _two_verbs(frames, x, y) and bound_against_day(a, b, x, y))
    )


def _two_verbs(frames: Mapping[Span, str], x: Span, y: Span) -> bool:
    """True when both values hang from verbs, and from two different ones."""
    verb_x, verb_y = frames.get(x, ""), frames.get(y, "")
    return bool(verb_x and verb_y) and verb_x != verb_y
