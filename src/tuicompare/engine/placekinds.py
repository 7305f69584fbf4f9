"""What a place's name says of its kind: a body, not a place; a part of another place; a small place.

Three false alarm classes of the ECB+ audits, told by the words of the names, never by the names themselves:

- A body the recogniser tags as a place ("the National Football League", "the Fisheries Service"): its
  name ends with a word naming a body ("League", "Conference", "Service"). It says nothing of where
  anything happened, so it differs from no place (``body_name``). A name in capitals only ("AFC"),
  which no list of places knows, is most often a body's initials: its differences are possible ones at
  most (``initials``).
- A part of a place named by a compass word ("Northeast Philly", "downtown Denver") against the place
  itself ("Philadelphia"): one holds the other, no difference (``part_of``). Against any other place, a
  part is of a lower level than a plain name: a possible difference at most (``is_part``).
- A small place named by its kind ("Mount Cook", "Lake Tahoe", "Mercy Hospital") against a country or a
  US state: the country may well hold it, and a reader would not call the two answers different
  (``small_in_large``).
- A body of water ("the Gulf", "Lake Erie") against a land ("Iranian", "Iran"): an island or a port lies in
  both, so two such answers are of two kinds, a possible difference at most (``water``).
- A firm's works named by the firm ("the Kraft Plant", "the Acme Foods factory") against the firm ("Kraft
  Foods", "Acme"): where the firm works is its works, one answer (``site_of``).
"""

from __future__ import annotations

import re

#: Last words of a body's name: a place is never called so ("National Football League").
BODY_WORDS = frozenset(
    {
        "league",
        "conference",
        "association",
        "service",
        "services",
        "administration",
        "agency",
        "department",
        "ministry",
        "committee",
        "commission",
        "bureau",
        "corporation",
        "corp",
        "inc",
        "company",
        "party",
        "foundation",
        "board",
    }
)
#: First words naming a part of a place ("Northeast Philly", "downtown Denver").
PART_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "downtown",
        "uptown",
        "midtown",
        "upper",
        "lower",
        "inner",
    }
)
#: Street words besides ``placelevels.KINDS``, shortened as addresses write them ("W. Lake Blvd.").
_STREETS = frozenset({"st", "ave", "blvd", "rd", "dr", "ln", "hwy", "pkwy", "lane", "drive", "way", "parkway", "place"})
#: Part words that alone name no region.
_NOT_ALONE = frozenset({"central", "upper", "lower", "inner"})
#: Words naming a small place by its kind, first or last in its name ("Mount Cook", "Lake Tahoe").
SMALL_WORDS = frozenset(
    {
        "mount",
        "mt",
        "mountain",
        "peak",
        "lake",
        "river",
        "island",
        "bay",
        "valley",
        "glacier",
        "beach",
        "canyon",
        "forest",
        "park",
        "village",
    }
)


#: Compiled once: the module functions' cache look-up costs more than the match on a short name (asked per mention).
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("'s", ""))


def body_name(text: str) -> bool:
    """True when a name tagged as a place ends with a word naming a body ("National Football League")."""
    words = _words(text)
    return bool(words) and words[-1] in BODY_WORDS and not _known(text)


def _known(text: str) -> bool:
    """True for a country, a US state or a time-zone city ("Russian Federation", "North Dakota")."""
    from tuicompare.engine.attrsame import known_place  # attrsame reads placelevels, which reads this module

    return known_place(" ".join(_words(text)))


def initials(text: str) -> bool:
    """True for a name in capital letters only, two to five of them ("AFC"), which may be a body's initials."""
    return re.fullmatch(r"[A-Z]{2,5}", text.strip()) is not None


def is_part(text: str) -> bool:
    """True when a place's name opens with a compass word naming a part of a place ("Northeast Philly"), or is
    one ("the Northeast")."""
    from tuicompare.engine.placelevels import KINDS

    words = _words(text)
    if _known(text):
        return False  # "North Dakota", "South Africa": a place of its own
    if len(words) > 1 and words[-1] in KINDS | _STREETS:
        return False  # "East Lake Boulevard", "West Side Highway": the compass word is the street's own name
    if len(words) == 1:  # "the Northeast": a region of some place the name leaves unsaid
        return words[0] in PART_WORDS and words[0] not in _NOT_ALONE
    return bool(words) and words[0] in PART_WORDS


def part_of(small: str, large: str) -> bool:
    """True when ``small`` names a part of ``large``: "Northeast Philly" of "Philadelphia" or of "Philly".

    The rest of the part's name is the place or its short form: each word opens the other's word of the
    same place, on at least four letters ("Philly", "Philadelphia"), or is it.
    """
    if not is_part(small):
        return False
    rest, whole = _words(small)[1:], _words(large)
    if len(rest) != len(whole):
        return False
    return all(a == b or (min(len(a), len(b)) >= 4 and a[:4] == b[:4]) for a, b in zip(rest, whole, strict=True))


def small_place(text: str) -> bool:
    """True when a place's name says it is a small place by its kind ("Mt Cook", "Lake Tahoe", "Cook Park")."""
    from tuicompare.engine.placelevels import KINDS

    words = _words(text)
    return len(words) > 1 and (words[0] in SMALL_WORDS or words[-1] in SMALL_WORDS | KINDS)


def small_in_large(x: str, y: str, large: str, other: str) -> bool:
    """True when one of ``x``, ``y`` is a small place by its kind and the other a country or US state.

    ``large`` and ``other`` are the levels of ``x`` and ``y`` ("country", "state", or anything else).
    """
    return (large in ("country", "state") and small_place(y)) or (other in ("country", "state") and small_place(x))


#: Last words naming a firm's works by the firm's name ("the Kraft Plant", "the Acme Foods factory"); not
#: "works", which also ends a body's name ("Public Works").
SITE_WORDS = frozenset({"plant", "factory", "mill", "refinery", "warehouse", "depot", "facility", "headquarters", "hq"})


def site_of(site: str, firm: str) -> bool:
    """True when ``site`` names a works of the firm ``firm`` names: "Kraft Plant" of "Kraft Foods" or "Kraft".

    The site's name is a site word after one or more words that open the firm's name; the firm's name is
    no known place and holds no site word of its own ("Kraft Plant" and "Kraft Mill" stay two works).
    """
    words, other = _words(site), _words(firm)
    owner = words[:-1]
    if len(words) < 2 or words[-1] not in SITE_WORDS or set(other) & SITE_WORDS:
        return False
    return other[: len(owner)] == owner and not _known(firm)


#: Nouns naming a body of water, last in its name ("the Persian Gulf") or first before "of" ("Gulf of Aden").
_WATER = frozenset(
    {"gulf", "sea", "ocean", "bay", "strait", "straits", "channel", "lake", "river", "lagoon", "estuary"}
)


def water(text: str) -> bool:
    """True when a place's name names a body of water ("the Gulf", "Bay of Bengal", "Lake Erie", "Hudson River")."""
    words = _words(text)
    words = words[1:] if words[:1] == ["the"] else words
    if not words:
        return False
    return words[-1] in _WATER or (words[0] in _WATER and len(words) > 1 and (words[1] == "of" or words[0] == "lake"))
