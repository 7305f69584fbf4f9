"""Two written forms of one name that the referent key alone does not join.

Outlets shorten the words of a name: "Gov." for "Governor", "Lt." for
"Lieutenant", "OSP Lt." for "Oregon State Police Lt." (an acronym standing
for some of the words), "W." for "West" and "Blvd" (a word without a vowel)
for "Boulevard"; they spell a word the British or the American way
("Organisation", "Co-operation"), and name a prize or an event in the
singular or the plural ("a Tony Award", "the Tony Awards"). And a
recogniser reading a title-case headline runs a name on into the words after it ("Warren Jeffs Found Guilty" against
"Warren Jeffs"). Each pair is one referent written twice, never evidence of
two referents, so a difference between them is no conflict.
"""

from __future__ import annotations

import re
from functools import cache

from tuicompare.engine.names import TITLES

__all__ = ["abbreviated", "initials_in_any_order", "respelt", "runs_on"]


def _abbreviates(short: str, full: str) -> bool:
    """True when the word ``short`` written with a full stop shortens ``full`` ("gov." of "governor").

    The letters kept appear in order in the full word, from its first letter
    ("dept." of "department", "lt." of "lieutenant", "w." of "west"); without the
    full stop a short word is a word of its own ("Jan" is no "January" in a name),
    unless it has no vowel ("blvd" of "boulevard").
    """
    if full.endswith("."):
        return False
    letters = short.rstrip(".")
    # A word of two or more letters and no vowel is no word but a shortening ("blvd", "mt"); a single letter
    # shortens a word only with its full stop ("w." of "west").
    dotted = short.endswith(".") or (len(letters) >= 2 and not _VOWELS.intersection(letters))
    if not dotted or not letters.isalpha() or len(letters) >= len(full) or letters[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in letters[1:])


_VOWELS = frozenset("aeiouy")
#: British endings and their American spellings ("organisation", "centre", "labour", "travelled").
_BRITISH = ((re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"tre(s?)$"), r"ter\1"))
_BRITISH_INNER = ((re.compile(r"our(s|ed|ing|ite|ites)?$"), r"or\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"))


def _spelling(word: str) -> str:
    """One spelling of a word written the British or the American way, with or without hyphens ("co-operation")."""
    out = word.replace("-", "")
    if len(out) < 5:
        return out
    for pattern, american in (*_BRITISH, *_BRITISH_INNER):
        out = pattern.sub(american, out)
    return out


def _one_word(x: str, y: str) -> bool:
    """True when two words of a name are one word: spelt alike, the British or American way, or one its plural."""
    x, y = x.rstrip("."), y.rstrip(".")
    if x == y or _spelling(x) == _spelling(y):
        return True
    # "award" and "awards": one prize or event named in the singular and the plural.
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and long == f"{short}s"


def spells_initials(word: str, words: tuple[str, ...]) -> bool:
    """True when ``word`` spells the initials of two or more ``words`` ("osp", "oregon state police")."""
    letters = word.rstrip(".")
    return len(words) >= 2 and letters.isalpha() and letters == "".join(w[0] for w in words)


@cache
def _match(a: tuple[str, ...], b: tuple[str, ...], spelt: bool = False) -> bool:
    """True when the words ``a`` and ``b`` read alike, word for word, an abbreviation or an acronym at a time.

    With ``spelt``, also a word spelt another way (``_one_word``) or written in two parts.
    """
    if not a or not b:
        return not a and not b
    x, y = a[0], b[0]
    same = _one_word(x, y) if spelt else x.rstrip(".") == y.rstrip(".")
    if (same or _abbreviates(x, y) or _abbreviates(y, x)) and _match(a[1:], b[1:], spelt):
        return True
    # "co operation" (a hyphen read as a space) and "cooperation": one word written in two parts.
    if spelt and len(b) > 1 and _one_word(x, b[0] + b[1]) and _match(a[1:], b[2:], spelt):
        return True
    if spelt and len(a) > 1 and _one_word(a[0] + a[1], y) and _match(a[2:], b[1:], spelt):
        return True
    if any(spells_initials(x, b[:n]) and _match(a[1:], b[n:], spelt) for n in range(2, len(b) + 1)):
        return True
    return any(spells_initials(y, a[:n]) and _match(a[n:], b[1:], spelt) for n in range(2, len(a) + 1))


def abbreviated(a: str, b: str) -> bool:
    """True when two different lower-case names differ only by abbreviated words or acronyms.

    "gov." and "governor", "osp lt." and "oregon state police lt." (or "osp") are
    one name; "ann roe" and "ann poe", or "osp" and "oregon police", are not.
    """
    wa, wb = tuple(a.split()), tuple(b.split())
    if a == b or not wa or not wb:
        return False
    # A rank the recogniser kept on one side only ("OSP" against "Oregon State Police Lt"): one name.
    return any(_match(x, y) for x in {wa, _untitled(wa)} for y in {wb, _untitled(wb)})


def respelt(a: str, b: str) -> bool:
    """True when two different lower-case names are one name spelt another way, or abbreviated.

    "organisation for security and co operation" and "organization for security and
    cooperation"; "tony award" and "tony awards". A respelling is a variant of one
    name, never evidence of two: no conflict, but a reader may want to see it.
    """
    wa, wb = tuple(a.split()), tuple(b.split())
    if a == b or not wa or not wb:
        return False
    return _match(wa, wb, True) or initials_in_any_order(a, b) or initials_in_any_order(b, a)


#: Words an acronym leaves out ("UNRWA" of "United Nations Relief and Works Agency").
_LEFT_OUT = frozenset({"and", "of", "for", "the", "in", "on", "at", "to", "&"})


def initials_in_any_order(short: str, full: str) -> bool:
    """True when the one-word name ``short`` holds the initials of the words of ``full``, in any order.

    "unwra" of "united nations relief and works agency" (whose initials read "unrwa"):
    outlets that write an acronym as a word also misorder its letters. Three or more
    initials, the words an acronym leaves out ("and", "of") not counted.
    """
    initials = [w[0] for w in full.split() if w not in _LEFT_OUT]
    return " " not in short and len(initials) >= 3 and sorted(short) == sorted(initials)


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a last one that is a title ("lt", "sgt."), when others are left."""
    return words[:-1] if len(words) > 1 and words[-1].rstrip(".") in TITLES else words


def runs_on(short: str, full: str) -> bool:
    """True when the person's name ``full`` is ``short`` (a given name and a surname) run on by more words.

    "warren jeffs found guilty" runs "warren jeffs" on: the recogniser took
    a headline's verb into the name. A two-word name opening a longer one is
    one person's name, whatever words follow ("john smith jr", "john smith
    found"); "john" alone opens too many names to say.
    """
    ts, tf = short.split(), full.split()
    return len(ts) >= 2 and len(tf) > len(ts) and tf[: len(ts)] == ts


def particle_dropped(x: str, y: str) -> bool:
    """True when one word is the other after a particle of two or three letters: "lacalamita", "calamita".

    Outlets in a hurry drop the "La", "De" or "Mc" written into a surname; beside a word both names
    share (the given name), the rest is the same name, not another.
    """
    long, short = (x, y) if len(x) > len(y) else (y, x)
    return len(short) >= 5 and 2 <= len(long) - len(short) <= 3 and long.endswith(short)
