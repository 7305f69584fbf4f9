"""Which of ``conflicts.observe``'s readings of two facts dropped a pair the slots made.

``plantwhy`` names the cause "paired, read as two facts" when ``slots.paired_slots`` paired the
planted value with the other outlet's and ``conflicts.observe`` kept no observation of the pair.
This names the reading: each rule of ``READINGS`` is switched off in turn (it says no), and those
whose absence lets the pair be observed are returned. ``plant_misses.py`` prints them, so that a
count of the cause can be split by the rule to work on.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine import conflicts, factsapart
from tuicompare.engine.features import Span
from tuicompare.engine.outcomes import ActClasses
from tuicompare.engine.slotroles import UNKNOWN
from tuicompare.evaluation.plantwhy import StoryStages, compared, holds, relaxed


class _NoOutcomes(ActClasses):
    """``outcomes.ActClasses`` reading no two acts' counts ("killed four" against "hurt seven")."""

    def relation(self, *_args: object) -> str:
        return ""


#: The readings of two facts in ``conflicts.observe`` after the pairing: (its name in ``conflicts`` or in
#: ``factsapart``, which it asks, what stands in for it when switched off).
READINGS: tuple[tuple[str, object], ...] = (
    *(
        (name, lambda *_a, **_k: False)
        for name in (
            "values_of_two_facts",
            "two_clock_readings",
            "two_statements",
            "two_holders",
            "named_together",
            "date_of_another_thing",
            "needed_against_done",
            "figures_apart",
            "day_of_another_event",
            "bound_against_day",
        )
    ),
    ("ActClasses", _NoOutcomes),
    # Two values anchored to two things ("the ages of two people"): the parse's two roles (``slotroles``).
    ("fact_relation", lambda *_a, **_k: UNKNOWN),
    ("speakers_apart", lambda *_a, **_k: False),
)


#: The modules whose names ``READINGS`` switch off.
_OWNERS = (conflicts, factsapart)


def dropped_by(stages: StoryStages, mine: str, theirs: str, xs: Sequence[Span], ys: Sequence[Span]) -> list[str]:
    """The readings of ``READINGS`` without which the pair of ``xs`` and ``ys`` would be observed.

    Args:
        stages: The story's stages (``plantwhy.StoryStages``).
        mine: The planted value's sentence id.
        theirs: The other outlet's sentence id.
        xs: The planted value's slots.
        ys: The other outlet's slots.

    Returns:
        The names of the readings that alone dropped the pair; empty when the
        sentences are not compared or no one reading did it.
    """
    link = compared(stages, mine, theirs)
    if isinstance(link, str):
        return []
    (a, b), weight, rows = link
    out = []
    for name, off in READINGS:
        # A reading ``observe`` asks both itself and through ``factsapart`` ("Beginning April 29") is off in both.
        owners = [module for module in _OWNERS if hasattr(module, name)]
        kept = [getattr(module, name) for module in owners]
        for module in owners:
            setattr(module, name, off)
        try:
            with relaxed():
                found = stages.observe(a, b, weight, rows, empty=True)
        finally:
            for module, reading in zip(owners, kept, strict=True):
                setattr(module, name, reading)
        if any(holds(o, x, y) for o in found for x in xs for y in ys):
            out.append(name)
    return out
