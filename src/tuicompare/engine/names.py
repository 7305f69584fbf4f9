"""Name forms of one referent: titles, honorifics, suffixes, initials, particles, acronyms.

"President Barack Obama", "Mr. Obama" and "Obama", or "Joseph R. Biden Jr."
and "Biden", name one person; "al-Qaddafi" and "Gadhafi" are one name spelled
two ways; "U.S." and "United States" one place. ``referent_key`` reduces a
normalised name (``features.name_key``) to the words that identify its
referent, and ``is_name_part`` tells a shorter form of a name from another name;
``is_nickname`` tells "Chuck" for "Charles". The title and suffix words come
from the ``nameparser`` package's lists, the nicknames from the ``nicknames``
package's hand-curated table of English given names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii
from nameparser.config import CONSTANTS

from tuicompare.lookalikes import latinise

if TYPE_CHECKING:
    from nicknames import NickNamer

#: Courtesy titles: they say nothing about what a person does.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "messrs", "mister"})
#: Office titles nameparser's list lacks (abbreviations and gendered forms used in the press; the public office a
#: death report sets before a name, as nameparser's "Sheriff" and "Detective": "Coroner X". "Constable", "Inspector"
#: and "Trooper" were tried too: they changed the linking on bench_real's fresh6, recall up, support precision down).
_EXTRA_TITLES = frozenset(
    {"sen", "sens", "reps", "congressman", "congresswoman", "chairman", "chairwoman", "assemblyman", "assemblywoman"}
    | {"coroner"}
)
#: nameparser titles that are far more often first names than titles in the press.
_FIRST_NAMES = frozenset({"dean", "major", "bishop", "king", "earl", "duke", "marshal", "chancellor", "chief"})
TITLES = (frozenset(t.replace(".", "") for t in CONSTANTS.titles) | _EXTRA_TITLES | HONORIFICS) - _FIRST_NAMES
#: Generational and degree suffixes ("Jr.", "III", "Esq.").
SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "junior", "senior", "esq", "phd", "md"}
    | {s.replace(".", "") for s in CONSTANTS.suffix_not_acronyms if len(s) > 1 and s.isalpha()}
)
#: Arabic article prefixes that outlets keep or drop ("al-Qaddafi", "Gadhafi").
_PARTICLES = frozenset({"al", "el"})
#: One place under several everyday names; a small table, as names of countries are few.
_PLACE_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "uae": "united arab emirates",
    "ussr": "soviet union",
}
#: Abbreviations that stand for their words inside a longer name too ("U.S. Constitution",
#: "U.N. Security Council"); the normalised key has lost the dots, so the table is short.
_ABBREVIATIONS = {"us": "united states", "uk": "united kingdom", "un": "united nations", "eu": "european union"}
#: Abbreviations of states some outlets use that the AP list lacks ("Tex.", the New York Times' form of "Texas").
_OTHER_STATE_FORMS = {"tex": "texas", "w va": "west virginia"}
#: AP abbreviations that are far more often something else: an honorific ("Miss.") and Los Angeles ("La.").
_NOT_STATES = frozenset({"miss", "la"})


@lru_cache(maxsize=1)
def _states() -> tuple[frozenset[str], dict[str, str]]:
    """The names of the states of the United States and the press's abbreviations of them ("ariz": "arizona").

    Both come from the ``us`` package (its AP-style abbreviations, "Ariz.", "N.H.", "W.Va."), imported on
    first use as the nicknames are; keys are lower case without dots, as ``name_key`` leaves them.
    """
    import us

    names = frozenset(s.name.lower() for s in us.states.STATES)
    short = {
        s.ap_abbr.lower().replace(".", ""): s.name.lower()
        for s in us.states.STATES
        if s.ap_abbr and s.ap_abbr != s.name  # Ohio, Texas, Utah...: AP style spells them out
    }
    for key in _NOT_STATES:
        short.pop(key, None)
    return names, short | _OTHER_STATE_FORMS


def us_state(key: str) -> str | None:
    """The name of the US state a lower-case key names or abbreviates ("wash", "washington": "washington"), or None.

    Args:
        key: A place's name, lower case without dots ("calif", "new mexico", "nm").
    """
    names, short = _states()
    return key if key in names else short.get(key)


def is_us_state(key: str) -> bool:
    """True when a lower-case key names one of the fifty states of the United States in full ("ohio", "new york")."""
    return key in _states()[0]


def place_alias(key: str) -> str:
    """A country's everyday name to its one form ("us", "america": "united states"), other keys unchanged."""
    return _PLACE_ALIASES.get(key, key)


#: Endings that make a people, a party member or an adjective of one name ("Democrats", "Democratic").
_FORM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ic", "is", "i", "s", "a")


@lru_cache(maxsize=65536)
def referent_key(key: str, person: bool) -> str:
    """The words of a normalised name that identify its referent.

    Args:
        key: A name normalised by ``name_key`` ("president barack obama").
        person: True when the name is known to name a person: office titles
            ("President", "Gov.") and suffixes ("Jr.") are dropped then
            ("General Motors" keeps its "General").

    Returns:
        The key without honorifics, particles, middle initials and, for a person,
        titles and suffixes ("barack obama"); transliterated to ASCII, look-alike
        letters of another script inside a Latin word read as the Latin letters
        they look like ("рutin" with a Cyrillic "р" is "putin", not "rutin").
    """
    tokens = anyascii(latinise(key)).lower().split()
    while len(tokens) > 1 and (tokens[0] in HONORIFICS or (person and tokens[0] in TITLES)):
        tokens = tokens[1:]
    while person and len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    tokens = [t for n, t in enumerate(tokens) if not (0 < n < len(tokens) - 1 and len(t) == 1)]
    if len(tokens) > 1 and tokens[0] in _PARTICLES and len(tokens[1]) > 3:
        tokens = tokens[1:]
    out = " ".join(tokens)
    if out in _PLACE_ALIASES:
        return _PLACE_ALIASES[out]
    state = _states()[1].get(out)
    if state:
        return state
    if len(tokens) > 1 and not person:
        # "U.S. Constitution" is "United States Constitution"; a person's initials stay initials.
        return " ".join(_ABBREVIATIONS.get(t, t) for t in tokens)
    return out


def stem(word: str) -> str:
    """A one-word name without the ending that makes it a people, a member or an adjective.

    "democrats", "democratic" and "democrat" give "democrat"; "israeli" and
    "israel" give "israel". Stems shorter than four letters are left whole.
    """
    for ending in _FORM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def same_stem(a: str, b: str) -> bool:
    """True when two one-word names are forms of one word ("democrats", "democratic")."""
    if " " in a or " " in b or a == b:
        return a == b
    sa, sb = stem(a), stem(b)
    return sa == sb or stem(sa) == sb or sa == stem(sb)


def _token_match(short: str, full: str) -> bool:
    return short == full or (len(short) == 1 and full.startswith(short))


def is_name_part(short: str, full: str, person: bool = False) -> bool:
    """True when ``short`` is a shorter form of the referent key ``full``.

    "obama" of "barack obama" (a surname), "j biden" of "joseph biden"
    (initials); for a person, also a lone first name ("margaret" of "margaret
    hunter"); the caller checks that it shortens one name only.
    """
    ts, tf = short.split(), full.split()
    if not ts or len(ts) >= len(tf):
        return False  # a key of no word (a name of characters that have no Latin reading) shortens nothing
    if _token_match(ts[-1], tf[-1]):
        rest = tf[:-1]
        for token in ts[:-1]:
            match = next((n for n, t in enumerate(rest) if _token_match(token, t)), None)
            if match is None:
                return False
            rest = rest[match + 1 :]
        return True
    return person and len(ts) == 1 and ts[0] == tf[0] and len(ts[0]) > 1


def is_acronym(short: str, full: str) -> bool:
    """True when ``short`` spells the initials of ``full`` ("nyc", "new york city")."""
    tf = full.split()
    return " " not in short and len(tf) >= 2 and len(short) == len(tf) and short == "".join(t[0] for t in tf)


def same_given_name(a: str, b: str) -> bool:
    """True when two people's names share a given name but not a surname ("ann roe", "ann poe").

    Two outlets naming the one spokeswoman of a sentence "Ann Roe" and "Ann
    Poe" most likely mean one person: the shared given name is evidence that
    the two names fill one slot (a surname misspelt or changed), not that
    they differ (the caller judges that). Initials and one-word names say
    nothing; leading initials are passed over ("W. Mark Roe", "W. Mark Poe": two Marks).

    Args:
        a: A normalised name (``name_key``).
        b: Another.
    """
    ta, tb = _after_initials(referent_key(a, True).split()), _after_initials(referent_key(b, True).split())
    return len(ta) >= 2 and len(tb) >= 2 and len(ta[0]) > 1 and ta[0] == tb[0] and ta[-1] != tb[-1]


def _after_initials(words: list[str]) -> list[str]:
    """A name's words from its given name on: "W. Mark Roe" is a Mark ("mark roe"); "J. Roe" stays as it is."""
    while len(words) > 2 and len(words[0]) == 1:
        words = words[1:]
    return words


#: Words that end a firm's legal name ("x diamond corp.", "x steel co.", "x inc."): no person's surname.
FIRM_DESIGNATORS = frozenset({"corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "llc", "plc"})
#: Words that say what kind of body a name is, which outlets keep or drop ("the Foreign Relations
#: Committee", "the Foreign Relations and Intelligence committees"; a firm's legal ending, "X Distribution
#: Ltd." and "X Distribution": an outlet quoting a business register keeps it, another drops it).
_DESIGNATORS = (
    frozenset({"committee", "committees", "commission", "council", "department", "agency", "party", "company"})
    | frozenset({"corporation", "corp", "inc", "group", "association", "foundation", "institute", "university"})
    | frozenset({"administration", "bureau", "board", "caucus", "subcommittee", "conference", "league"})
    | FIRM_DESIGNATORS
)


def is_designated_form(short: str, full: str) -> bool:
    """True when ``full`` is ``short`` with a word naming the kind of body ("x relations committee").

    Args:
        short: A normalised name of an organisation or place.
        full: Another, possibly longer.
    """
    ts, tf = short.split(), full.split()
    return len(tf) == len(ts) + 1 and tf[:-1] == ts and tf[-1] in _DESIGNATORS


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    # Imported on first use: the package reads its version through importlib.metadata and its table
    # from a CSV file, about 0.1 s that the app's first story (which may never compare two names) skips.
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=65536)
def is_nickname(a: str, b: str) -> bool:
    """True when one lower-case given name is a nickname of the other ("chuck" and "charles", "bob", "robert").

    Two nicknames of one name are not enough ("bill" is a William's and a Robert's): one must be the other's.
    """
    if a == b or len(a) < 2 or len(b) < 2:
        return False
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)
