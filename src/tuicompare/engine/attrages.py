"""Two ages of one person told at two times: the entity sheet's readings of the dates the ages are told of.

``attrparse.dated_age`` gives an age the year its sentence names (its ``words``); ``attrrelation`` asks whether
the lower age is one told of an earlier time, whether both are dated to one year, and whether two ages differ by
the years between their dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.attrparse import Finding

__all__ = ["aged_between", "dated_alike", "then_younger"]


def then_younger(ka: str, fa: Sequence[Finding], kb: str, fb: Sequence[Finding]) -> bool:
    """True when the lower of two ages is one told of an earlier time ("was 18 at the time")."""
    lower = fa if int(ka) < int(kb) else fb if int(kb) < int(ka) else ()
    return any(f.past for f in lower)


def dated_alike(fa: Sequence[Finding], fb: Sequence[Finding]) -> bool:
    """True when both ages are dated to one and the same year by their sentences (``attrparse.dated_age``)."""
    ya, yb = {f.words for f in fa}, {f.words for f in fb}
    return len(ya) == 1 and ya == yb and () not in ya


def aged_between(fa: Sequence[Finding], fb: Sequence[Finding], gap: int) -> bool:
    """True when two ages differ by the years between the years their sentences name (``attrparse.dated_age``)."""
    ya, yb = {f.words for f in fa}, {f.words for f in fb}
    if len(ya) != 1 or len(yb) != 1 or () in ya | yb:
        return False
    (year_a,), (year_b,) = ya.pop(), yb.pop()
    return gap != 0 and int(year_b) - int(year_a) == gap
