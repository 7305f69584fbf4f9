"""One body named two ways: by its country's adjective or by the country's name ("the Kenyan Army", "Kenya Army").

Helpers of ``attrrelation`` for employers: an outlet writes "the Ruritanian
Army" where another writes "Ruritania Armed Forces". The adjective is mapped to
the country whose name it shares the longest opening with ("Australian" is
Australia's, not Austria's), and the nouns that name a state's armed service
are read as one service, since an outlet says "army" for the armed forces.
"""

from __future__ import annotations

from functools import cache

from tuicompare.engine.attrsame import country_names
from tuicompare.engine.rolenouns import demonym

#: Nouns for a state's armed service ("army", "armed forces", "military"): outlets use them for one another.
_SERVICE_WORDS = frozenset({"army", "armed", "force", "forces", "military", "defence", "defense"})
#: The fewest letters an adjective must share with the country's name ("Iraqi", "Iraq"; not "Iranian").
_MIN_SHARED = 4
#: The most letters of the country's name the adjective may drop ("Britain", "British": "ain").
_MAX_DROPPED = 3


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@cache
def country_of_adjective(word: str) -> str | None:
    """The name of the country a nationality adjective is formed from ("sudanese": "sudan"), or None.

    Only one-word country names, lower case; irregular adjectives ("French") are not read.
    """
    word = word.lower()
    if not demonym(word) or word in country_names():
        return None
    best, length = None, 0
    for name in country_names():
        shared = _shared(word, name)
        if " " in name or shared < max(_MIN_SHARED, len(name) - _MAX_DROPPED) or shared <= length:
            continue
        best, length = name, shared
    return best


def national_words(words: set[str]) -> set[str]:
    """A body's name words with a nationality adjective read as its country and the armed services as one."""
    out = set()
    for w in words:
        w = country_of_adjective(w) or w
        out.add("military" if w in _SERVICE_WORDS else w)
    return out


def one_national_body(a: set[str], b: set[str]) -> bool:
    """True when two bodies' names agree once adjectives and service nouns are read alike ("Sudanese Army",
    "Sudan Armed Forces"); only when the rewriting changed one of them, and both name a country."""
    na, nb = national_words(a), national_words(b)
    if (na, nb) == (a, b) or na != nb:
        return False
    return any(country_names().get(w) for w in na)
