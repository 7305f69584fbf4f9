"""Every tuned number of the engine, in one place (this package).

Like a spaCy component's ``default_config``: each stage reads its numbers from
`TUNING`, each number says which benchmark set it, and the benchmarks can
sweep a field with `dataclasses.replace` (``benchmarks/bench_real.py`` prints
the figures the current values give on real coverage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tuicompare.engine.tuning.claims import StanceTuning
from tuicompare.engine.tuning.differences import ConflictTuning
from tuicompare.engine.tuning.entities import EntityTuning
from tuicompare.engine.tuning.grouping import AlignTuning, LinkTuning, ScaleTuning
from tuicompare.engine.tuning.stories import StoryTuning
from tuicompare.engine.tuning.values import ValueTuning


@dataclass(frozen=True, slots=True)
class Tuning:
    """All of the engine's tuned numbers, by stage."""

    stories: StoryTuning = field(default_factory=StoryTuning)
    align: AlignTuning = field(default_factory=AlignTuning)
    links: LinkTuning = field(default_factory=LinkTuning)
    conflicts: ConflictTuning = field(default_factory=ConflictTuning)
    values: ValueTuning = field(default_factory=ValueTuning)
    entities: EntityTuning = field(default_factory=EntityTuning)
    scale: ScaleTuning = field(default_factory=ScaleTuning)
    stances: StanceTuning = field(default_factory=StanceTuning)


#: The numbers the engine runs with.
TUNING = Tuning()

__all__ = [
    "TUNING",
    "AlignTuning",
    "ConflictTuning",
    "EntityTuning",
    "LinkTuning",
    "ScaleTuning",
    "StanceTuning",
    "StoryTuning",
    "Tuning",
    "ValueTuning",
]
