"""Two people's names are a red conflict only when something says they fill one place in one fact.

Outlets name many people, and loosely aligned sentences pair the names of two different ones (a wounded
girl against a co-accused, a co-star against an actor who joked about the part, two people quoted in two
statements): on the ECB+ audits most red person differences were of that kind. A difference of two people's
names stays red when the sentences are alike enough to state one fact (linked at
``ConflictTuning.link_full``: the same quote given to two speakers, or quoting one statement word for word,
``quotes``), when both names hold one office
("general manager Ann Roe", "general manager Ann Poe") or when both are full names of one given name ("Ann
Roe", "Ann Poe": a surname changed or misspelt, ``names.same_given_name``); else it is at most a possible
difference.
"""

from __future__ import annotations

from collections.abc import Iterable

from tuicompare.engine.names import same_given_name
from tuicompare.engine.observations import Observation, just_under
from tuicompare.engine.roles import offices, one_seat
from tuicompare.engine.tuning import TUNING

__all__ = ["doubtful_people"]


def doubtful_people(observations: Iterable[Observation], cut: float) -> list[Observation]:
    """``observations``, each difference of two people's names with no sign of one fact kept under ``cut``.

    Args:
        observations: Slot observations of groups or of links.
        cut: The confidence from which differences are conflicts.
    """
    below = just_under(cut)
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == "person" and o.left[0] == "name":
            (x, _), (y, _) = o.spans
            one_office = bool(x.role and y.role) and one_seat(offices(x.role), offices(y.role))
            given = same_given_name(x.key or "", y.key or "")
            one_statement = o.weight >= TUNING.conflicts.link_full or o.one_statement
            if not (one_statement or one_office or given):
                o.confidence = min(o.confidence, below)
        out.append(o)
    return out
