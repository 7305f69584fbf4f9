"""A person's name the recogniser ran on over "of" and a town: "Ann Roe of Dover" names Ann Roe.

The small model reads "Ann Roe of Dover" as one person's name, while the other outlets write "Ann Roe, of Dover"
with the town apart, and sometimes tag the town alone a person. Keyed whole, the name would end with the town:
the town would be the person's surname (a person "Dover" shortening "Ann Roe of Dover", and Roe's surname
"Dover" against another outlet's "Ann Poe"). The words after "of" are dropped when the gazetteer reads them as a
place and two words or more (a given name and a surname) stand before "of": "Catherine of Aragon" keeps her name,
"the Duke of Edinburgh" is no full name, and "Ann Roe of Roe Holdings" names no place.
"""

from __future__ import annotations

from functools import lru_cache

from tuicompare.engine.gazetteer import readings
from tuicompare.engine.names import referent_key


def person_key(key: str) -> str:
    """A person's referent key (``names.referent_key``) without the place the recogniser read into the name."""
    return without_place(referent_key(key, True))


@lru_cache(maxsize=65536)
def without_place(ref: str) -> str:
    """A person's name key without the place read into it ("ann roe of dover": "ann roe"), else the key unchanged.

    Kept by the key, as ``names.referent_key`` is: asked for every person mention several times a comparison
    (``surnames``, ``entities``: ~270 readings of this module a first comparison of the seeds).

    Args:
        ref: A name key, lower case ("ann roe of dover").
    """
    words = ref.split()
    at = words.index("of") if "of" in words else -1
    if at < 2 or at == len(words) - 1 or not readings(" ".join(words[at + 1 :])):
        return ref
    return " ".join(words[:at])


def after_of(short: str, full: str) -> bool:
    """True when the words of ``short`` all stand after an "of" that follows a full name in ``full``.

    "Dover" of "ann roe of dover": what follows "of" after a person's given name and surname is where the person
    is from, not their surname, however the recogniser tags the town written alone elsewhere ("Dover" PERSON).
    """
    words = full.split()
    at = words.index("of") if "of" in words else -1
    return at >= 2 and set(short.split()) <= set(words[at + 1 :])


def ran_on(key: str) -> bool:
    """True when a name key runs on over "of" and a place ("ann roe of dover": ``without_place``)."""
    words = referent_key(key, True)
    return " of " in words and without_place(words) != words
