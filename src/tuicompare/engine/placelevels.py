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

Since the thirteenth session a gazetteer (``gazetteer``, GeoNames) says more: a place and one holding it
("Tulsa", "Oklahoma"; "New York City", "New York") differ not at all, and a place difference stays red
only when nothing says one may hold the other (``unsure``): two places the gazetteer knows for surely
two, or two names of one kind it does not know (two towns, two parks) beside no great city, state or
country. A quarter against its borough, a town against its valley, a region against a part of it are
possible differences at most (red place conflicts of the ECB+ audits: true 0 of 10 at their first runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from tuicompare.engine.features import Span
from tuicompare.engine.gazetteer import readings, relation
from tuicompare.engine.names import is_us_state, referent_key
from tuicompare.engine.observations import Observation, demote
from tuicompare.engine.placekinds import SMALL_WORDS, body_name, initials, is_part, part_of, site_of, small_in_large
from tuicompare.engine.slot import name_key
from tuicompare.engine.tuning import TUNING

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
    return _level(span.key or "", span.text)


@lru_cache(maxsize=65536)
def _level(key: str, text: str) -> str:
    """``level`` of a name by its key and its text, read once: asked of each place again for every pair of
    sentences naming it (83 times a comparison of the seeds, 28 names, ~17,000 instructions each)."""
    from tuicompare.engine.attrsame import country  # attrsame reads this module's SUBDIVISIONS

    words = key.split()
    if country(text):
        return "country"
    if is_us_state(" ".join(words)) or is_us_state(referent_key(" ".join(words), False)):
        return "state"
    return "subdivision" if words and words[-1] in SUBDIVISIONS else ""


def kin(span: Span) -> str:
    """A place's kin for pairing the last slots of one kin (``slotkin.last_of_kin``): "country", "state", "city"
    (a plain name every gazetteer reading of which is a city), or "" for any other place.

    A city pairs with the one other city left ("a lawsuit in federal court in Albany" against "a lawsuit in
    U.S. District Court in San Francisco": the city is where both sentences set the act, the court a site in
    it), as a country with the country left; a name that may be a state or a country too says nothing.
    """
    return _kin(span.key or "", span.text)


@lru_cache(maxsize=65536)
def _kin(key: str, text: str) -> str:
    """``kin`` of a name by its key and its text, read once: asked of each place for every pair of sentences
    (3 M instructions a cold comparison of the seeds when read each time)."""
    at = _level(key, text)
    if at in ("country", "state"):
        return at
    # Only a plain name ("Albany"): a compass part or a name with a kind word ("North Bay", "Silicon Valley")
    # may be a region holding the other city, whatever town somewhere bears its name.
    found = readings(text) if not at and not _kind(text) else ()
    return "city" if found and all(p.level == "city" for p in found) else ""


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
    kept = [o for o in observations if not _one_place(o) and not _not_two_places(o) and not _held(o)]
    kept = demote(kept, cut, "place", True, lambda x, y: levels_apart(x, y) or opens(x, y) or _kinds_apart(x, y))
    # Two places the gazetteer does not know for two stay under a row's cut too: a link whose two names fill
    # one post is judged by it (``linkconflicts.link_conflicts``), and a town against its region is no red conflict.
    return demote(kept, min(cut, TUNING.conflicts.possible_below), "place", True, _unsure)


def _held(o: Observation) -> bool:
    """True for a difference of two places one of which holds the other by the gazetteer ("Munich", "Germany")."""
    if o.kind not in ("conflict", "possible") or o.type != "place" or o.left[0] != "name":
        return False
    (x, _), (y, _) = o.spans
    return relation(x.text, y.text) == "holds"


#: The recogniser's labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _unsure(x: Span, y: Span) -> bool:
    """True for two places named here (either tagged a place where it stands) that ``unsure`` keeps possible.

    Two names the recogniser tags as people where they stand ("Nick Roe", "Nick Poe") are typed places only
    by their entity's vote elsewhere: the gazetteer has nothing to say of them. A name tagged as an
    organisation here ("the Chicago Hawks" beside "Detroit") is no town to set against another, unless the
    gazetteer knows both for two places surely apart (the recogniser tags a town a firm now and then).
    """
    if x.label not in _PLACE_LABELS and y.label not in _PLACE_LABELS or relation(x.text, y.text) == "apart":
        return False
    return "ORG" in (x.label, y.label) or unsure(x.text, y.text)


#: Last words naming a region or an area, which may hold a town under another name ("Silicon Valley").
_AREA_WORDS = frozenset(
    {"mountains", "hills", "coast", "islands", "valley", "area", "desert", "plains", "peninsula", "highlands"}
)


#: Last words of a road's name, written out or as addresses shorten them: every road is of one kind.
_ROADS = frozenset(
    {"route", "highway", "interstate", "road", "street", "avenue", "boulevard", "lane", "drive", "parkway"}
    | {"st", "ave", "blvd", "rd", "dr", "ln", "hwy", "pkwy"}
)


def _kind(text: str) -> str:
    """What kind of place a name says it is by its words: its kind word ("park", "valley", "county"; "road"
    for any road, "Blvd." or "Avenue"), a compass part ("part"), or "" for a plain name ("Dale")."""
    words = (name_key(text.replace(".", "")) or "").split()
    if not words:
        return ""
    if len(words) > 1 and words[-1] in _ROADS:
        return "road"  # "W. Lake Blvd." and "East Lake Boulevard": two roads, whatever their compass words
    if is_part(text):
        return "part"
    kinds = KINDS | SMALL_WORDS | SUBDIVISIONS | _AREA_WORDS
    if len(words) > 1 and words[-1] in kinds:
        return words[-1]
    return words[0] if len(words) > 1 and words[0] in SMALL_WORDS else ""


def unsure(a: str, b: str) -> bool:
    """True when two different places' names may name one place or one within the other: a possible
    difference at most, never a red conflict (red place conflicts of the ECB+ audits: true 0 of 10).

    Not when the gazetteer knows them surely apart (``gazetteer.relation``). When it knows both, any other
    relation leaves them unsure (a quarter and its borough, a town and a state it is not in). When it does
    not know one of them, the names must say they are two places of one kind ("Dale" and "Ashby", two
    "... National Park"s) beside no great city the unknown one may be a quarter of, nor a state or a country
    it may lie in: else a town against its valley ("Silicon Valley"), a region against a part of it.
    """
    held = relation(a, b)
    if held == "apart":
        return False
    known_a, known_b = readings(a), readings(b)
    if held == "holds" or (known_a and known_b):
        return True
    if _kind(a) != _kind(b) or _kind(a) == "part":
        return True
    great = TUNING.conflicts.great_city
    return any(p.level != "city" or p.people >= great for p in known_a + known_b)


def _not_two_places(o: Observation) -> bool:
    """True for a difference a place's kind explains (``placekinds``): a body's name, a part of the other
    place, a small place against a country or US state."""
    if o.kind not in ("conflict", "possible") or o.type != "place" or o.left[0] != "name":
        return False
    (x, _), (y, _) = o.spans
    if body_name(x.text) or body_name(y.text) or part_of(x.text, y.text) or part_of(y.text, x.text):
        return True
    if site_of(x.text, y.text) or site_of(y.text, x.text):
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
