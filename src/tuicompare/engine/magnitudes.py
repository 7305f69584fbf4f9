"""A decimal figure beside a quake's magnitude is a magnitude too: "magnitude 2.9 and 2.2", "said it was 6.1".

``figurecounts.magnitude`` reads a figure as a magnitude by the words around it ("magnitude 4.6", "a 4.6
quake", "measuring 4.6"). A sentence that gives several magnitudes names the scale once: "Two aftershocks,
magnitude 2.9 and 2.2", "a 2.9 aftershock at 2:12 a.m. and a 5.2 at 2:15 a.m.", "put the quake's magnitude
at 5.9, but the survey said it was 6.1", "the 4.2-magnitude quake, which it had first rated as 6.2". The
others are read with no unit and never meet the other outlet's "a magnitude 2.2 aftershock" as one fact's
values. A decimal figure read with no unit, in a sentence that gives a magnitude, is one (a count is whole,
and a measure says its unit; money, shares and clock times are read apart, ``figures.number_slot``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tuicompare.engine.slot import Span

__all__ = ["MAGNITUDE", "listed_magnitudes"]

#: The unit of a quake's magnitude (``figures.number_slot``).
MAGNITUDE = "magnitude"
#: A key of one decimal value ("2.2"), no bound, range or pair.
_DECIMAL = re.compile(r"\d+\.\d+")


def listed_magnitudes(spans: list[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    """``spans`` (one sentence's, ``spans.collect_spans``) with each bare decimal figure read as a magnitude when
    another figure of the sentence is one."""
    if not any(s.unit == MAGNITUDE for _f, _l, s in spans):
        return spans
    return [(first, last, replace(s, unit=MAGNITUDE) if _bare_decimal(s) else s) for first, last, s in spans]


def _bare_decimal(span: Span) -> bool:
    """Whether ``span`` is a number of one decimal value read with no unit."""
    return (
        span.kind == "number" and span.vtype == "number" and not span.unit and bool(_DECIMAL.fullmatch(span.key or ""))
    )
