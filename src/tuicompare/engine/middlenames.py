"""One middle name: two full names of one given name whose middle names agree ("John D. Poe", "John D. Roe").

``surnames`` reads a person one article names with another surname than another article does. A given name alone
is shared by many people, so the rule asks for more evidence that the two names are one person's (every other
article naming the other, one row, one office, one fact). A middle name or initial both names give alike is such
evidence written in the names themselves: two people of one story who share a given name rarely share the middle
one too, while an outlet that gets a surname wrong (a slip, a mix-up) still writes the given and middle names it
was given. Other middle initials already tell two people apart (``surnames._two_people``); this is its other side.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.features import Span
from tuicompare.engine.names import HONORIFICS, SUFFIXES, TITLES
from tuicompare.engine.placedin import without_place
from tuicompare.engine.rolenouns import role_noun

__all__ = ["one_middle"]

#: Lower-case particles of surnames ("van Dyke", "de la Cruz", "bin Laden"): the word after a given name is no
#: middle name when it is one of these ("Jo van Roe" and "Jo van Poe" share no middle name).
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
    }
)


def _middle(span: Span) -> str | None:
    """The first letter of a full mention's middle name or initial, ``""`` when it gives none, None when the word
    after the first is a particle or the first word a trade (no given name)."""
    words = without_place(span.key or "").split()
    while len(words) > 2 and (words[0] in HONORIFICS or words[0] in TITLES):
        words = words[1:]
    while len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    if len(words) < 3:
        return ""
    if not words[1].isalpha() or words[1] in _PARTICLES or role_noun(words[0]):
        # "Trooper William Roe": the word read as a given name is a trade, and "William" no middle name; two
        # troopers named William are not one person by their names alone.
        return None
    return words[1][0]


def one_middle(mine: Sequence[Span], theirs: Sequence[Span]) -> bool:
    """Whether both sides' full mentions give a middle name or initial, and every one given has one letter.

    Args:
        mine: The full mentions of one name ("John D. Poe").
        theirs: The full mentions of the other name, in other articles ("John David Roe").

    Returns:
        True when each side writes some middle name or initial, none a particle, all of one first letter.
    """
    sides = [{_middle(s) for s in side} - {""} for side in (mine, theirs)]
    if not sides[0] or not sides[1] or None in sides[0] | sides[1]:
        return False
    return len(sides[0] | sides[1]) == 1
