"""Two people paired from two lists: the other side's person is named beside this one.

"Police named the victims as Ann Lee, Jo Poe and Max Ray" against "the third
victim, Max Ray, was taken to hospital": the alignment pairs the one name with
a name of the list, but the list names the person too (by surname, "Max Ray"
or "Maxwell Ray", written in full). Two lists in different orders ("Lee and Poe", "Poe and
Lee") pair their names crosswise the same way. The difference is then most
likely a pairing of two people, not one name changed; an outlet may still have
changed a name in its list, so it is kept as a possible difference at most;
two full names with one given name ("Jo Poe", "Jo Ray") are one person's
surname changed, whoever of that surname stands beside (a kin), and still
conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.names import referent_key
from tuicompare.engine.observations import Observation, demote


def _surname(span: Span) -> str:
    words = referent_key(span.key or "", True).split()
    return words[-1] if words else ""


def _same_given(x: Span, y: Span) -> bool:
    """True when two full names open with one given name ("Jo Poe", "Jo Ray"): one person's surname changed."""
    wx, wy = (referent_key(s.key or "", True).split() for s in (x, y))
    return len(wx) > 1 and len(wy) > 1 and wx[0] == wy[0]


def named_beside(person: Span, sentence: SentenceFeatures | None, own: Span) -> bool:
    """True when ``sentence`` names, beside its own person ``own``, someone of ``person``'s surname."""
    surname = _surname(person)
    if sentence is None or len(surname) < 3:
        return False
    # Written in full: a bare surname beside ("Poe's sister Ann Poe") is a kin or the same person named again.
    return any(
        s != own and s.kind == "name" and _surname(s) == surname and len(referent_key(s.key or "", True).split()) > 1
        for s in sentence.spans
    )


def listed_people(
    observations: Iterable[Observation], features: Mapping[str, SentenceFeatures], cut: float
) -> list[Observation]:
    """``observations``, with a person difference whose other person is named beside this one kept under ``cut``."""

    def listed(x: Span, y: Span) -> bool:
        return not _same_given(x, y) and (
            named_beside(y, features.get(x.sentence), x) or named_beside(x, features.get(y.sentence), y)
        )

    return demote(observations, cut, "person", True, listed)
