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

Those two differences are dropped. Short forms of one name (``bodyforms``: a plural, a full name's
first words or initials, a front or an inner part the recogniser cut) make a variant instead: one
referent written two ways, which a reader may still want to see. Any name but a place's may be
shortened so; a person's name only by a plural or into a short form of a longer name the story gives,
as the recogniser calls products and firms people ("Zephyr Pros", "Brindle VSS"), or to a surname
misspelt ("Marlofe" against "Ilsa Marloff"), or into a full name one letter of one long word apart
("Andrew Welzler" against "Andrew Wetzler": a letter typed for another, dropped, added or two swapped,
which no two people of one story are told apart by); a known place is never read as a short form (a city's
name opens its newspaper's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

from tuicompare.engine.bodyforms import cut_in_front, cut_inside, one_of_plural, short_forms, shortens
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.names import referent_key
from tuicompare.engine.observations import Observation
from tuicompare.engine.placekinds import PART_WORDS, initials

__all__ = [
    "initials_of",
    "misspelt_full_name",
    "misspelt_surname",
    "one_letter_apart",
    "national_arm",
    "one_body",
    "one_name",
    "same_referent",
]

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


def misspelt_surname(short: str, full: str) -> bool:
    """True when the one-word name ``short`` is the surname of ``full`` misspelt ("marlofe", "ilsa marloff").

    A surname alone where the other outlet gives the full name, spelt as one name may be (it sounds and
    looks alike: ``entities.same_spelling_family``), is that person's, an outlet's typing slip.
    """
    from tuicompare.engine.entities import same_spelling_family  # entities reads firms, which reads these modules

    few, many = short.split(), full.split()
    return (
        len(few) == 1
        and len(many) >= 2
        and len(few[0]) >= 4
        and few[0] != many[-1]
        and (same_spelling_family(few[0], many[-1]))
    )


#: The shortest word a one-letter slip is read in: shorter names ("Roe", "Poe") are other names too often.
_SLIP_LENGTH = 5


def one_letter_apart(a: str, b: str) -> bool:
    """True when two words differ by one letter changed, dropped or added, or two neighbours swapped.

    That is an optimal string alignment distance of one (``rapidfuzz.distance.OSA``), read in words of at
    least ``_SLIP_LENGTH`` letters.
    """
    return min(len(a), len(b)) >= _SLIP_LENGTH and OSA.distance(a, b) == 1


def misspelt_full_name(x: str, y: str) -> bool:
    """True when two full names are one name but for a slip of one letter in one long word ("welzler", "wetzler")."""
    wx, wy = x.split(), y.split()
    if len(wx) < 2 or len(wx) != len(wy):
        return False
    apart = [(p, q) for p, q in zip(wx, wy, strict=True) if p != q]
    return len(apart) == 1 and one_letter_apart(*apart[0])


def one_name(
    x: Span,
    y: Span,
    person: bool,
    features: Mapping[str, SentenceFeatures],
    forms: tuple[frozenset[str], frozenset[str]],
    names: Iterable[str],
) -> bool:
    """True when two names are forms of one name (see the module), neither of them a known place.

    Args:
        x: A name of a difference.
        y: The other.
        person: The difference is between two people's names.
        features: The story's sentences, by id (the words around each name).
        forms: The written forms of ``x``'s entity and of ``y``'s (normalised keys).
        names: Every name of the story (normalised keys).
    """
    from tuicompare.engine.attrsame import known_place  # attrsame reads placelevels, which reads placekinds

    kx, ky = (referent_key(s.key or "", person) for s in (x, y))
    if not kx or not ky or kx == ky or known_place(kx) or known_place(ky):
        return False
    if one_of_plural(kx, ky) or short_forms(kx, ky, names):
        return True
    if person:
        return misspelt_surname(kx, ky) or misspelt_surname(ky, kx) or misspelt_full_name(kx, ky)
    fx, fy = features.get(x.sentence), features.get(y.sentence)
    return (fx is not None and (cut_in_front(x, fx, forms[1]) or cut_inside(x, fx, forms[1]))) or (
        fy is not None and (cut_in_front(y, fy, forms[0]) or cut_inside(y, fy, forms[0]))
    )


def _firm_named(span: Span, bodies: list[str]) -> bool:
    """True when a name shortens a body's name of the story (``bodyforms.shortens``) not as a person's name would.

    A word in capitals ("Brindle VSS") or a changed word ("Brindle Vaults") says a firm; a name that is the
    body's first words exactly ("Ann Roe" of "Ann Roe Foundation") may well be the person it is named after.
    """
    key = span.key or ""
    if not shortens(key, bodies):
        return False
    capitals = any(len(w) > 1 and w.isupper() for w in span.text.split())
    return capitals or not any(b.startswith(f"{key} ") for b in bodies)


def same_referent(
    observations: Iterable[Observation],
    features: Mapping[str, SentenceFeatures] | None = None,
    forms: Mapping[str, frozenset[str]] | None = None,
    bodies: frozenset[str] = frozenset(),
) -> list[Observation]:
    """``observations`` without the differences of two names of one body (``one_body``), those of two forms of
    one name (``one_name``) made variants.

    Also without a person's name against a short form of a body's name the story gives ("Ann Roe" against
    "Brindle Vaults", of "Brindle Vault Storage Systems"), which the recogniser called a person: a person
    and a firm fill no one slot.

    Args:
        observations: Slot observations of groups or of links.
        features: The story's sentences, by id.
        forms: The written forms (normalised keys) of each entity, by its number as observations name it.
        bodies: The written forms of the story's entities that are no person.
    """
    features = features or {}
    forms = forms or {}
    names = frozenset().union(*forms.values()) if forms else frozenset()
    long_bodies = [b for b in bodies if len(b.split()) >= 3]
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] == "name":
            (x, _), (y, _) = o.spans
            if o.type != "person" and one_body(x, y):
                continue
            if o.type == "person" and sum(_firm_named(s, long_bodies) for s in (x, y)) == 1:
                continue
            pair = (forms.get(o.left[1], frozenset()), forms.get(o.right[1], frozenset()))
            if o.type != "place" and one_name(x, y, o.type == "person", features, pair, names):
                o.kind = "variant"
        out.append(o)
    return out
