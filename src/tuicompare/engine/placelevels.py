"""Two places named at different levels ("LeFlore County", "Oklahoma"): one may hold the other.

An outlet writes "a LeFlore County jury" where another writes "an Oklahoma
jury": the county lies in the state, and both are true. Without a gazetteer
the engine cannot tell whether one place holds the other, but the names say
when they are of different levels: one is named as a subdivision ("X
County", "Y District", "Z Province"), a country or a US state, and the other
is not ("a Texas jury" against "a San Antonio jury"). Such a difference
may be no difference at all, so it is kept as a possible one at most (its
confidence just under the conflict cut of the groups or of the links); two
places of one level ("Cook County", "Lake County") still conflict.

Likewise a name whose words open the other's ("Mercy Hospital", "Mercy
Hospital Medical Center") is most often the short form of one place, though
it may name another ("Washington", "Washington Heights"): a possible
difference at most. When the short form already ends with the word that
says what kind of place it is ("... Hospital", "Route") and the long one
only adds words describing that kind of place or a number ("Medical
Center", "52"), a reader knows them for one place and there is no
difference at all (two same-referent possible differences of the third and
fourth fresh ECB+ golds: a hospital's short and full name, a road named with
and without its number). Nor does a place that only opens a body's name
("crews from Kent and Essex Fire and Rescue") say where anything happened:
it differs from no other place (``body_places``; the one false red conflict
of the third fresh gold). What the words of a name say of its kind (a body's
name, a compass part of a place, a small place against a country) is read in
``placekinds``: false red conflicts of the ECB+ audits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tuicompare.engine.features import Span
from tuicompare.engine.names import is_us_state, referent_key
from tuicompare.engine.observations import Observation, demote
from tuicompare.engine.placekinds import body_name, initials, is_part, part_of, small_in_large

#: Last words that name a place as a part of a larger one.
SUBDIVISIONS = frozenset(
    {"county", "district", "province", "region", "oblast", "municipality", "parish", "borough", "prefecture"}
)


def subdivision(span: Span) -> bool:
    """True when a place's name ends with a word naming a subdivision ("LeFlore County")."""
    words = (span.key or "").split()
    return bool(words) and words[-1] in SUBDIVISIONS


def level(span: Span) -> str:
    """The level a place's name says it is at: a country, a US state, a subdivision; "" for any other name.

    Countries are read from the time-zone database (``attrsame.country``), as the entity sheet reads them.
    """
    from tuicompare.engine.attrsame import country  # attrsame reads this module's SUBDIVISIONS

    words = (span.key or "").split()
    if country(span.text):
        return "country"
    if is_us_state(" ".join(words)) or is_us_state(referent_key(" ".join(words), False)):
        return "state"
    return "subdivision" if subdivision(span) else ""


def levels_apart(x: Span, y: Span) -> bool:
    """True when two places are of different levels, unless a city lies in another country than the one named.

    "Cairo" against "Egypt" may be one place told twice; "Cairo" against "Iraq" is not: the time-zone
    database places the city (``attrsame.city``), and a city of another country still conflicts.
    """
    from tuicompare.engine.attrsame import city, country

    if level(x) == level(y):
        return False
    for a, b in ((x, y), (y, x)):
        named, held = country(a.text), city(b.text)
        if named and held and named != held:
            return False
    return True


def opens(x: Span, y: Span) -> bool:
    """True when the words of one place's name open the other's ("Mercy Hospital", "Mercy Hospital Center")."""
    wx, wy = (x.key or "").split(), (y.key or "").split()
    short, full = sorted((wx, wy), key=len)
    return bool(short) and len(full) > len(short) and full[: len(short)] == short


#: Last words that say what kind of place a name is ("Mercy Hospital", "Route").
KINDS = frozenset(
    {
        "hospital",
        "clinic",
        "school",
        "college",
        "university",
        "academy",
        "airport",
        "station",
        "church",
        "cathedral",
        "mosque",
        "temple",
        "synagogue",
        "prison",
        "jail",
        "courthouse",
        "stadium",
        "arena",
        "route",
        "highway",
        "interstate",
        "road",
        "street",
        "avenue",
        "boulevard",
        "center",
        "centre",
    }
)
#: Words a fuller name of such a place adds without naming another place ("Medical Center").
DESCRIBING = frozenset(
    {"medical", "center", "centre", "health", "regional", "memorial", "general", "campus", "complex", "hospital"}
)


def short_form(x: Span, y: Span) -> bool:
    """True when one place's name is the other's short form, told by its kind ("Route", "Route 52").

    The short name ends with a word of ``KINDS`` and the long one adds only ``DESCRIBING`` words or
    numbers: "Mercy Hospital" / "Mercy Hospital Medical Center" but not "Lincoln Park" / "Lincoln Park Zoo".
    """
    if not opens(x, y):
        return False
    wx, wy = (x.key or "").split(), (y.key or "").split()
    short, full = sorted((wx, wy), key=len)
    added = full[len(short) :]
    return short[-1] in KINDS and all(w in DESCRIBING or any(c.isdigit() for c in w) for w in added)


#: "and", then the rest of a body's name after a place: "[Kent] and Essex Fire and Rescue", "[Devon] and
#: Cornwall Police". The place opens the body's name; it says nothing of where anything happened.
_BODY_AFTER = re.compile(
    r"\s+and\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:and\s+)?"
    r"(?:Fire|Police|Rescue|Ambulance|Constabulary|Council|Authority|Trust|Service|Services)\b"
)


def in_body_name(span: Span, sentence: str, start: int) -> bool:
    """True when a place named at ``start`` of ``sentence`` opens a body's name ("Kent and Essex Fire and Rescue")."""
    return _BODY_AFTER.match(sentence, start + len(span.text)) is not None


def body_places(observations: Iterable[Observation], text_of: Callable[[str], str]) -> list[Observation]:
    """``observations`` without the differences of a place that only opens a body's name (``in_body_name``).

    "Crews from Kent and Essex Fire and Rescue" against "crews from Dover and Deal": the first names the
    service, the second two of its stations; the two places are not two answers to one question.
    """
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == "place" and o.left[0] == "name":
            named = [(x, text_of(x.sentence)) for x, _ in o.spans]
            if any(in_body_name(x, text, text.find(x.text)) for x, text in named if x.text in text):
                continue
        out.append(o)
    return out


def place_levels(observations: Iterable[Observation], cut: float) -> list[Observation]:
    """``observations``, with differences of two places of different levels kept under ``cut`` (see the module).

    Args:
        observations: Slot observations of groups or of links.
        cut: The confidence from which their differences are conflicts.
    """
    kept = [o for o in observations if not _one_place(o) and not _not_two_places(o)]
    return demote(kept, cut, "place", True, lambda x, y: levels_apart(x, y) or opens(x, y) or _kinds_apart(x, y))


def _not_two_places(o: Observation) -> bool:
    """True for a difference a place's kind explains (``placekinds``): a body's name, a part of the other
    place, a small place against a country or US state."""
    if o.kind not in ("conflict", "possible") or o.type != "place" or o.left[0] != "name":
        return False
    (x, _), (y, _) = o.spans
    if body_name(x.text) or body_name(y.text) or part_of(x.text, y.text) or part_of(y.text, x.text):
        return True
    return small_in_large(x.text, y.text, level(x), level(y))


def _kinds_apart(x: Span, y: Span) -> bool:
    """True when one name may be a body's initials ("AFC") or names a part of a place and the other not."""
    from tuicompare.engine.attrsame import city

    unknown = [s for s in (x, y) if initials(s.text) and not level(s) and not city(s.text)]
    return bool(unknown) or is_part(x.text) != is_part(y.text)


def _one_place(o: Observation) -> bool:
    """True for a difference of two places that are one place in short and full form (``short_form``)."""
    if o.kind not in ("conflict", "possible") or o.type != "place" or o.left[0] != "name":
        return False
    (x, _), (y, _) = o.spans
    return short_form(x, y)
