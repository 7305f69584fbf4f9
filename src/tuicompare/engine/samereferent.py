"""Two names of one body, short and full: no difference (same-referent false alarms of the ECB+ audits).

Told by the words of the names, never by the names themselves:

- **A body's national arm.** "Verity Mobile USA" against "Verity Mobile": the fuller name only adds
  the country the body works in, as firms name their national arms. A place is not named so (a
  country's own name, "Papua New Guinea", is known to the time-zone database; "New Mexico", "Great
  Britain", "Northern Ireland" open with a word that makes a place's name, not a body's). The recogniser
  may cut the shorter name ("Mobile" of "T-Mobile"): its words need only end what is left of the fuller one.
- **A body's initials.** "CU" against "Creighton": a name in capitals only, which no list of places
  knows, whose first letter opens the other name (itself no known place), is that body's initials
  ("Creighton University") far more often than another place.
"""

from __future__ import annotations

from collections.abc import Iterable

from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.placekinds import PART_WORDS, initials

__all__ = ["initials_of", "national_arm", "one_body", "same_referent"]

#: First words that make a country's name part of a place's name ("New Mexico", "Great Britain").
_PLACE_OPENERS = PART_WORDS | frozenset({"new", "great", "little", "greater", "old", "united", "republic", "of"})


def national_arm(short: str, full: str) -> bool:
    """True when ``full`` is ``short`` (or ends with its words) followed by a country ("T-Mobile USA", "Mobile")."""
    from tuicompare.engine.attrsame import country, known_place  # attrsame reads placelevels, which reads placekinds

    few, many = short.lower().split(), full.lower().split()
    if not few or len(many) < 2 or not country(many[-1]) or known_place(" ".join(many)):
        return False
    rest = many[:-1]
    ends = len(rest) >= len(few) and rest[-len(few) :] == few
    return ends and not set(rest) & _PLACE_OPENERS and not known_place(" ".join(rest))


def initials_of(short: str, full: str) -> bool:
    """True when ``short`` is a name in capitals whose first letter opens ``full`` ("CU", "Creighton")."""
    from tuicompare.engine.attrsame import city, known_place

    if not initials(short) or initials(full) or not full[:1].isupper():
        return False
    if known_place(short.lower()) or city(short) or known_place(full.lower()) or city(full):
        return False
    return short[0] == full[0]


def one_body(x: Span, y: Span) -> bool:
    """True when two names are one body's short and full name (see the module)."""
    kx, ky = (x.key or "").strip(), (y.key or "").strip()
    if not kx or not ky or kx == ky:
        return False
    return (
        national_arm(kx, ky)
        or national_arm(ky, kx)
        or initials_of(x.text.strip(), y.text.strip())
        or initials_of(y.text.strip(), x.text.strip())
    )


def same_referent(observations: Iterable[Observation]) -> list[Observation]:
    """``observations`` without the differences of two names of one body (``one_body``)."""
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] == "name" and o.type != "person":
            (x, _), (y, _) = o.spans
            if one_body(x, y):
                continue
        out.append(o)
    return out
