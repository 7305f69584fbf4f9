"""How ``surnames`` reads a person mention's name: its words, given name and surname, middle letter.

Split from ``surnames`` (which reads the story's people) to keep each file short: the readings of one
name written out, with no story around it.
"""

from __future__ import annotations

from tuicompare.engine.entities import same_spelling_family
from tuicompare.engine.features import Span
from tuicompare.engine.names import FIRM_DESIGNATORS, HONORIFICS, SUFFIXES, TITLES, is_nickname
from tuicompare.engine.placedin import person_key, without_place

__all__ = ["full_name", "initialled_given", "joined_surname", "middle_letter", "name_words", "same_given"]

#: The shortest given name read as respelled by its first letter ("Cathy", "Kathy" are short enough to be
#: two people's names as often as one's: only longer ones, "Catherine", "Katherine").
_RESPELLED_LENGTH = 6


def name_words(span: Span) -> list[str]:
    """A person mention's name words (``placedin.person_key``), with a given name "Al" written apart kept.

    The key reads a leading "al" as the article of "al-Assad" and drops it; "Al Roe", two words written apart
    and capitalised, is an Albert or an Alan Roe (as ``peopledoubt._given_al`` reads it), and "Al Poe" against
    "Al Roe" one given name with two surnames.
    """
    words = person_key(span.key or "").split()
    written = span.text.split()
    if len(written) == 2 and written[0] == "Al" and written[1][:1].isupper() and words[:1] != ["al"]:
        return ["al", *words]
    return words


def respelled(a: str, b: str) -> bool:
    """Whether two given names are one written with another first letter of one sound ("catherine", "katherine").

    Only the first letter differs, the names sound alike (``entities.same_spelling_family``) and are long
    enough not to be two names ("Dustin", "Justin" sound apart; a short name is too often another's).
    """
    return len(a) == len(b) >= _RESPELLED_LENGTH and a[0] != b[0] and a[1:] == b[1:] and same_spelling_family(a, b)


def initialled_given(span: Span) -> str:
    """The given name after a person mention's leading initials ("mark" of "W. Mark Roe"), else ``""``.

    Only to tell two people apart: an article naming "W. Mark Roe" and "Mark Poe" names two Marks. Never
    to find a renamed person (a place the recogniser took for a person, "S. Rich Hill", would be a "Rich").
    """
    words = person_key(span.key or "").split()
    if len(words) < 3 or len(words[0]) != 1:
        return ""
    while len(words) > 2 and len(words[0]) == 1:
        words = words[1:]
    return words[0] if len(words[0]) > 1 and words[0].isalpha() else ""


def full_name(span: Span) -> tuple[str, str] | None:
    """The given name and surname of a person mention written in full ("ann", "roe"), else None."""
    words = name_words(span)
    if len(words) >= 3 and len(words[0]) == 1:
        # "W. Mark Roe": the initials and the given name they lead are the given name, matched only by the same
        # ("W. Mark Poe"), never by "Mark" alone nor by "William".
        lead = next(n for n, w in enumerate(words) if len(w) > 1 or n == len(words) - 2)
        words = [" ".join(words[: lead + 1]), *words[lead + 1 :]]
        if len(words) < 2 or not words[0].split()[-1].isalpha() or len(words[0].split()[-1]) < 2:
            return None
    if len(words) < 2 or len(words[0]) < 2 or not words[0].replace(" ", "").isalpha() or words[-1] in FIRM_DESIGNATORS:
        return None  # "Ann Roe Diamond Corp.": a firm named after someone, no surname "Corp."
    return words[0], words[-1]


def middle_letter(span: Span) -> str:
    """The first letter of a person mention's middle name or initial ("d" of "John D. Poe"), or ``""``."""
    words = without_place(span.key or "").split()
    while len(words) > 2 and (words[0] in HONORIFICS or words[0] in TITLES):
        words = words[1:]
    while len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    return words[1][0] if len(words) > 2 and words[1] else ""


def same_given(a: str, b: str) -> bool:
    """Whether two given names name one person's: the same, one a nickname of the other ("bob", "robert"), or
    one written with another first letter of one sound ("catherine", "katherine": ``respelled``)."""
    return a == b or is_nickname(a, b) or respelled(a, b)


def joined_surname(span: Span) -> str:
    """A person mention's words after the given name, run together ("vandyke" of "Laura Van Dyke")."""
    return "".join(name_words(span)[1:])
