"""Two people's names are a red conflict only when something says they fill one place in one fact.

Outlets name many people, and loosely aligned sentences pair the names of two different ones (a wounded
girl against a co-accused, a co-star against an actor who joked about the part, two people quoted in two
statements): on the ECB+ audits most red person differences were of that kind. A difference of two people's
names stays red when the sentences are alike enough to state one fact (linked at
``ConflictTuning.link_full``: the same quote given to two speakers, or quoting one statement word for word,
``quotes``), when both names hold one office
("general manager Ann Roe", "general manager Ann Poe") or when both are full names of one given name ("Ann
Roe", "Ann Poe": a surname changed or misspelt, ``names.same_given_name``; "Al Roe", "Al Poe" as written,
``_given_al``); else it is at most a possible difference. The given name may be written elsewhere in the
story: "Poe, a family doctor" against "Roe, a family physician" when one article names "Ann Poe" and the
others "Ann Roe" (``renamed``): the one article's person, named by no other article, has the given name of
a person it never writes in full, as a surname changed in an article has; not when that article writes
both in full. Two full names of other given names, both given one rank or trade many hold at once
(``roles.MANY_HOLD``: "Highway Patrol Officer Ann Roe", "Officer Jo Poe"), in such loosely aligned sentences
are two holders, each outlet quoting its own: no difference at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tuicompare.engine.features import Span
from tuicompare.engine.names import is_nickname, referent_key, same_given_name
from tuicompare.engine.observations import Observation, just_under
from tuicompare.engine.roles import MANY_HOLD, offices, one_seat, role_words
from tuicompare.engine.tuning import TUNING

__all__ = ["doubtful_people", "naming_articles"]


def doubtful_people(
    observations: Iterable[Observation],
    cut: float,
    forms: Mapping[str, frozenset[str]] | None = None,
    named_by: Mapping[str, tuple[frozenset[str], frozenset[str]]] | None = None,
) -> list[Observation]:
    """``observations``, each difference of two people's names with no sign of one fact kept under ``cut``.

    Args:
        observations: Slot observations of groups or of links.
        cut: The confidence from which differences are conflicts.
        forms: The written forms (normalised keys) of each entity, by its number as observations name it.
        named_by: The articles naming each person, and those writing the name in full, by the same number
            (with ``forms``: ``renamed``).
    """
    below = just_under(cut)
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == "person" and o.left[0] == "name":
            (x, _), (y, _) = o.spans
            one_office = bool(x.role and y.role) and one_seat(offices(x.role), offices(y.role))
            given = same_given_name(x.key or "", y.key or "") or _given_al(x.text, y.text)
            given = given or renamed(o.left[1], o.right[1], forms, named_by)
            one_statement = o.weight >= TUNING.conflicts.link_full or o.one_statement
            if not (one_statement or one_office or given):
                if role_words(x.role) & role_words(y.role) & MANY_HOLD and _other_given_names(x.key, y.key):
                    continue  # "Officer Ann Roe" and "Officer Jo Poe": two officers, each outlet quoting its own
                o.confidence = min(o.confidence, below)
        out.append(o)
    return out


def _given_al(a: str, b: str) -> bool:
    """True for "Al Roe" against "Al Poe": "Al" written apart is a given name (Albert, Alan), one the keys drop.

    ``names.referent_key`` reads a leading "al" as the particle of "al-Assad", which a key cannot tell
    from the given name; the written names can.
    """
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) == 2 and wa[0] == wb[0] == "Al" and wa[1] != wb[1]


def _other_given_names(a: str | None, b: str | None) -> bool:
    """True when two people's names are both written in full with given names that differ ("ann roe", "jo poe").

    Not a surname alone ("Poe": the outlet may have renamed "Ann Roe"), nor a nickname ("Al", "Albert").
    """
    wa, wb = (referent_key(k or "", True).split() for k in (a, b))
    if len(wa) < 2 or len(wb) < 2 or min(len(wa[0]), len(wb[0])) < 2:
        return False
    return wa[0] != wb[0] and not is_nickname(wa[0], wb[0])


def renamed(
    first: str,
    second: str,
    forms: Mapping[str, frozenset[str]] | None,
    named_by: Mapping[str, tuple[frozenset[str], frozenset[str]]] | None,
) -> bool:
    """True when two people are one given name with two surnames, one of them named by a single article only.

    "Poe" and "Roe" are "Ann Poe" and "Ann Roe" where the story writes them in full: the given name says the
    two names fill one place, as it does for two full names (``names.same_given_name``), when one person is
    named by one article only, and that article never writes the other in full (an article naming "Ann Roe"
    and "Ann Poe" knows two people; one naming "Ann Poe" and once "Roe" has changed the surname it introduced).

    Args:
        first: One entity, by its number as observations name it.
        second: The other.
        forms: The written forms of each entity (None: not known, False).
        named_by: The articles naming each entity, and those writing it in full (given name and surname).
    """
    if not forms or not named_by or first not in named_by or second not in named_by:
        return False
    (one, one_full), (other, other_full) = named_by[first], named_by[second]
    lone = (len(one) == 1 and not one & other_full) or (len(other) == 1 and not other & one_full)
    return lone and any(same_given_name(a, b) for a in forms.get(first, ()) for b in forms.get(second, ()))


def naming_articles(mentions: Iterable[Span]) -> tuple[frozenset[str], frozenset[str]]:
    """The articles of a person's mentions, and those of its mentions written in full ("Ann Roe", not "Roe")."""
    spans = list(mentions)
    full = frozenset(s.article for s in spans if len(referent_key(s.key or "", True).split()) >= 2)
    return frozenset(s.article for s in spans), full
