"""How two values of one attribute relate beyond their keys: a grade beside a post, a place's abbreviation.

Helpers of ``attrrelation``: "Police Inspector" is a grade and "Police
spokesman" a post of the same body, so both can be true; "Miss." is how the
press abbreviates "Mississippi"; "the paper's Moscow correspondent" and its
"Kyiv correspondent" are one post at two places; "Munich" and "Germany" may be
a city and its country.
"""

from __future__ import annotations

import re
from functools import cache

import pytz

from tuicompare.engine.attrparse import Finding
from tuicompare.engine.names import is_us_state, place_alias, referent_key
from tuicompare.engine.placelevels import SUBDIVISIONS
from tuicompare.engine.positions import POSITION_GROUPS, POSITIONS
from tuicompare.engine.rolenouns import BODY_NOUNS, role_noun
from tuicompare.engine.roles import GENERIC, RANKS, role_words
from tuicompare.engine.spans import name_key

#: The grade every member of a uniformed service holds whatever their rank or post ("police officer"):
#: held with any grade ("Inspector") and any post ("police spokesman").
MEMBER_GRADES = frozenset({"officer", "soldier"})


def grade(f: Finding) -> bool:
    """True for a role that is a grade alone ("Police Inspector", "Detective Sergeant"), with no post in it."""
    words = role_words(f.words)
    return bool(words & RANKS) and all(w in RANKS or w in GENERIC or w in body(f) for w in words)


def member_grade(f: Finding) -> bool:
    """True for a role that only says its holder serves in a body ("Officer", "Police officer", "army officer").

    Not "chief financial officer", "chief executive officer": an office of a firm, no grade.
    """
    words = role_words(f.words)
    if "chief" in name_key(f.text).split():
        return False  # the tagger may leave "financial" of "chief financial officer" out of the words
    return bool(words & MEMBER_GRADES) and all(w in MEMBER_GRADES or w in BODY_NOUNS for w in words)


def plays_in(head: str, other: str) -> bool:
    """True when one role's head is a unit of a team ("lineman") the other's position is in ("tackle"), or says
    only that its holder plays ("player", "quarterback": every position is a player's)."""
    if (head == "player" and other in POSITIONS) or (other == "player" and head in POSITIONS):
        return True
    return other in POSITION_GROUPS.get(head, ()) or head in POSITION_GROUPS.get(other, ())


def body(f: Finding) -> set[str]:
    """The words of a role that name neither an office nor a grade: the body it is held in ("police")."""
    return {w for w in role_words(f.words) if w not in RANKS and (w in BODY_NOUNS or not role_noun(w))}


#: Heads of a role that name whoever leads a body, whatever the office is called there ("Acme head").
LEAD_HEADS = frozenset({"head", "boss"})
#: Offices of a faith, which the press also calls whoever holds them the "leader" or "head" of their church
#: or sect ("the sect's prophet", "polygamist leader"): one person, named by office and by what they do.
RELIGIOUS = frozenset(
    {"prophet", "bishop", "pastor", "priest", "imam", "rabbi", "apostle", "elder", "pope", "vicar", "cleric"}
)
#: Offices that lead a body: "the head" of a company is its chief executive, president or chair.
LEADING = frozenset(
    {
        "executive",
        "president",
        "chair",
        "director",
        "chief",
        "leader",
        "manager",
        "principal",
        "commander",
        "superintendent",
        "chancellor",
        "commissioner",
        "governor",
        "mayor",
        "founder",
        "head",
        "boss",
        "controller",  # "the Controller of BBC One": a broadcaster's channel or department is led by one
    }
)


#: The style given to the clergy before a name ("the Rev. Larry Kroon"): said of any of a faith's offices.
_CLERICAL_STYLES = frozenset({"rev", "reverend", "revd"})


def clerical(a: str, b: str) -> bool:
    """True when one role is the clergy's style ("Rev.") and the other an office of a faith ("pastor")."""
    return (a in _CLERICAL_STYLES and b in RELIGIOUS | _CLERICAL_STYLES) or (
        b in _CLERICAL_STYLES and a in RELIGIOUS | _CLERICAL_STYLES
    )


def leads(a: str, b: str) -> bool:
    """True when one role's head says its holder leads a body and the other names a leading office.

    A faith's office beside a leading one ("prophet", "leader") is one person called both ways too.
    """
    return any((x in LEAD_HEADS or x in RELIGIOUS) and y in LEADING for x, y in ((a, b), (b, a)))


def abbreviates(short: list[Finding], long: list[Finding]) -> bool:
    """True when a one-word abbreviation spells the start and some letters of a one-word name ("Miss.", "Mississippi").

    The press's abbreviations of states and regions ("Fla.", "Calif.", "Pa."): the first letter and the
    others in order.
    """
    for a in short:
        for b in long:
            word, full = a.text.lower(), b.text.lower()
            if not word.endswith(".") or " " in word or " " in full or not full.isalpha() or len(full) <= len(word):
                continue
            letters = iter(full[1:])
            if word[0] == full[0] and all(c in letters for c in word[1:-1]):
                return True
    return False


def _letters(text: str) -> str:
    """The letters a name is abbreviated by: each capitalised word's first, every letter of a word in capitals."""
    out = []
    for word in _LETTER_RUN.findall(text):
        if word.isupper() and len(word) > 1:
            out.append(word)
        elif word[0].isupper():
            out.append(word[0])
    return "".join(out)


def spelled_out(a: list[Finding], b: list[Finding]) -> bool:
    """True when one name's initialism is the other's ("FLDS", "Fundamentalist Church of ... Latter Day Saints").

    The letters of a name with a word in capitals ("FLDS Church") are those of the other's words in order,
    starting with its first; a body named by its initials in one outlet and in full in another.
    """
    for x in a:
        for y in b:
            short, long = sorted((_letters(x.text), _letters(y.text)), key=len)
            caps = any(w.isupper() and len(w) > 1 for w in _LETTER_RUN.findall(x.text + " " + y.text))
            if not caps or len(short) < 3 or short[0] != long[0]:
                continue
            rest = iter(long[1:])
            if short == long or all(c in rest for c in short[1:]):
                return True
    return False


def initials_within(a: list[Finding], b: list[Finding]) -> bool:
    """True when a body named only by initials spells consecutive capitalised words of the other's name.

    "DA" against "Bristol County District Attorney's Office": the office is called by the initials of its
    head's title, which the full name holds after the place it serves. Only a bare initialism of two or more
    capitals is read ("NY Post" names more than New York), and only consecutive capitalised words of the
    other spell it ("of", "the" between them may be skipped, as ``_letters`` does).
    """
    for x in a:
        short = x.text.strip(" '\u2019").removesuffix("'s").removesuffix("\u2019s")
        if not (short.isupper() and short.isalpha() and len(short) >= 2):
            continue
        for y in b:
            words = [w for w in re.findall(r"[A-Za-z]+", y.text) if w[0].isupper() and not w.isupper()]
            heads = "".join(w[0] for w in words)
            if len(heads) > len(short) and short in heads:
                return True
    return False


def initials_open(a: list[Finding], b: list[Finding]) -> bool:
    """True when a body named by its initials opens with the initials of a body the other names ("UNRWA", "UN").

    Initials made of the other's and more ("UNRWA": "United Nations" and "Relief and Works Agency") name a
    part of it, or a body it runs: either may employ one person, so the two employers may not differ.
    """
    for x in a:
        for y in b:
            short, long = _letters(y.text), x.text.strip(" '\u2019")
            if long.isupper() and long.isalpha() and len(long) > len(short) >= 2 and long.startswith(short):
                return True
    return False


def shown_words(f: Finding) -> frozenset[str]:
    """The comparable words of a role as its cell shows it."""
    return role_words(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name_key(f.text).split())


def posted_apart(fa: list[Finding], fb: list[Finding]) -> bool:
    """True when both sides post one role to places and share none ("the paper's Moscow / Kyiv correspondent").

    At most a possible difference: a reporter may be posted to two places in turn, and a past post says
    nothing against a present one.
    """
    if any(f.past for f in fa + fb):
        return False
    a = {name_key(f.posted) for f in fa if f.posted}
    b = {name_key(f.posted) for f in fb if f.posted}
    return bool(a and b) and not a & b


#: A bracketed part of a country's name in the time-zone database ("Britain (UK)", "Korea (South)").
_BRACKET = re.compile(r"\s*\(([^)]*)\)")
#: Compiled once (asked for every pair of names the sheet compares): runs of ASCII letters, and what is no letter.
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_NOT_LETTER = re.compile(r"[\W_]+")


@cache
def _countries() -> dict[str, str]:
    """Country names to their code, from the time-zone database ("germany": "DE", "uk": "GB", "britain": "GB")."""
    out: dict[str, str] = {}
    for code, name in pytz.country_names.items():
        plain = _BRACKET.sub("", name).replace("&", "and")
        out[name_key(plain)] = code
        for inner in _BRACKET.findall(name):
            if inner.isupper():  # "Britain (UK)": an abbreviation is a name too; "(South)" is not
                out[name_key(inner)] = code
    return out


@cache
def _cities() -> dict[str, str]:
    """Cities that name a time zone, to their country's code ("berlin": "DE", "chicago": "US")."""
    out: dict[str, str] = {}
    for code, zones in pytz.country_timezones.items():
        for zone in zones:
            out.setdefault(name_key(zone.rsplit("/", 1)[-1].replace("_", " ")), code)
    return out


def country_names() -> dict[str, str]:
    """Country names, lower case, to their code ("germany": "DE", "uk": "GB")."""
    return _countries()


def country(text: str) -> str | None:
    """The code of the country a place value names ("Germany", "the U.S.", "America"), or None."""
    key = name_key(text.replace(".", ""))
    countries = _countries()
    return countries.get(key) or countries.get(place_alias(key))


def city(text: str) -> str | None:
    """The country code of a city that names a time zone ("Chicago": "US", "New York": "US"), or None."""
    return _cities().get(name_key(text.replace(".", "")))


def known_place(key: str) -> bool:
    """True when a name's key names a place without the story's help: a country, a US state or a time-zone city."""
    return bool(country(key)) or is_us_state(key) or bool(city(key))


def _level(f: Finding, key: str, containers: set[str] | frozenset[str]) -> str | None:
    """What level a place value names, where its words or the story tell: a country, a US state, a place the
    story shows holding another, a subdivision by its name ("X County"); None for any other name."""
    words = name_key(f.text.replace(".", "")).split()
    if country(f.text):
        return "country"
    abbreviated = len(words) == 1 and f.text.endswith(".") and f.text[:1].isupper()  # "Miss.", "Ala.": AP style
    if abbreviated or is_us_state(" ".join(words)) or is_us_state(referent_key(" ".join(words), False)):
        return "state"
    if key in containers:
        return "container"
    if words and words[-1] in SUBDIVISIONS:
        return "subdivision"
    if city(f.text):
        return "city"
    return "district" if len(words) > 1 and words[0] in _QUARTERS else None


#: Words opening the name of a part of a town or region ("South Boston", "East End", "Northeast Philly",
#: "Upper Hill"): a name that does not say which larger place it is part of. Countries and states named so
#: ("South Africa", "West Virginia") are read as such first.
_QUARTERS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upper", "lower"}
    | {"central", "downtown", "midtown", "uptown", "inner", "outer"}
)


def levels_apart(a: list[Finding], b: list[Finding], containers: frozenset[str], ka: str, kb: str) -> str | None:
    """How two place values none of the texts relates compare when one may hold the other.

    Returns ``"compatible"`` for a city in the country named beside it ("Berlin", "Germany"), ``"conflict"``
    for a city of another country and for two US states or two countries (surely two places),
    ``"possible"`` when the two are of different levels (a country, a US state, a place the story shows
    holding others, "X County", a city that names a time zone, a quarter named by its side of a town:
    "Munich" and "Germany", "Tulsa" and "Oklahoma", "Queens" and "South Ozone Park"), and None when
    nothing tells them apart (two towns: the gazetteer may, ``attrrelation``).
    """
    ca = {country(f.text) for f in a} - {None}
    cb = {country(f.text) for f in b} - {None}
    if bool(ca) != bool(cb):
        codes, others = (ca, b) if ca else (cb, a)
        cities = {_cities().get(name_key(f.text)) for f in others} - {None}
        if cities:
            return "compatible" if cities & codes else "conflict"
    la = {_level(f, ka, containers) for f in a}
    lb = {_level(f, kb, containers) for f in b}
    if ({"state"} == la and cb == {"US"}) or ({"state"} == lb and ca == {"US"}):
        return "compatible"  # "Oklahoma" and "the United States": every US state is in it
    if la == lb and len(la) == 1 and la <= {"state", "country"}:
        return "conflict"  # "Miss." and "Ala.", "Kenya" and "Chad": two states or two countries, surely apart
    return None if la == lb else "possible"


def written_apart(a: list[Finding], b: list[Finding]) -> bool:
    """True when two names differ only by the spaces, hyphens or stops between their letters ("Sea Micro",
    "SeaMicro"; "Wal-Mart", "Walmart"): one body, as two outlets write it."""
    return any(_joined(x.text) == _joined(y.text) != "" for x in a for y in b)


def _joined(text: str) -> str:
    return _NOT_LETTER.sub("", text.lower())


#: Common nouns for a part of a company, written in lower case after its name ("the Trustworthy Computing
#: group", "the Data Center Server Solutions business"): the part works within some larger body. Not the
#: military's "division" or "unit", which name one formation against another ("177th division", "Regiment").
_PART_NOUNS = frozenset({"group", "business", "arm", "branch", "subsidiary"})


def part_of_body(f: Finding) -> bool:
    """True for an employer named as a part of a company ("Trustworthy Computing group", "a newly formed AMD
    business unit"), which any other employer of the person may contain; not a company called "X Group" in
    capitals."""
    words = _LETTER_RUN.findall(f.text)
    return any(w in _PART_NOUNS for w in words[1:])
