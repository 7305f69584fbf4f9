"""Two written forms of one name that the referent key alone does not join.

Outlets shorten the words of a name: "Gov." for "Governor", "Lt." for
"Lieutenant", "OSP Lt." for "Oregon State Police Lt." (an acronym standing
for some of the words). And a recogniser reading a title-case headline runs
a name on into the words after it ("Warren Jeffs Found Guilty" against
"Warren Jeffs"). Each pair is one referent written twice, never evidence of
two referents, so a difference between them is no conflict.
"""

from __future__ import annotations

from functools import cache

from tuicompare.engine.names import TITLES

__all__ = ["abbreviated", "runs_on"]


def _abbreviates(short: str, full: str) -> bool:
    """True when the word ``short`` written with a full stop shortens ``full`` ("gov." of "governor").

    The letters kept appear in order in the full word, from its first letter
    ("dept." of "department", "lt." of "lieutenant"); without the full stop a
    short word is a word of its own ("Jan" is no "January" in a name).
    """
    if not short.endswith(".") or full.endswith("."):
        return False
    letters = short.rstrip(".")
    if len(letters) < 2 or len(letters) >= len(full) or letters[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in letters[1:])


def _initials(word: str, words: tuple[str, ...]) -> bool:
    """True when ``word`` spells the initials of two or more ``words`` ("osp", "oregon state police")."""
    letters = word.rstrip(".")
    return len(words) >= 2 and letters.isalpha() and letters == "".join(w[0] for w in words)


@cache
def _match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the words ``a`` and ``b`` read alike, word for word, an abbreviation or an acronym at a time."""
    if not a or not b:
        return not a and not b
    x, y = a[0], b[0]
    alike = x == y or x.rstrip(".") == y.rstrip(".") or _abbreviates(x, y) or _abbreviates(y, x)
    if alike and _match(a[1:], b[1:]):
        return True
    if any(_initials(x, b[:n]) and _match(a[1:], b[n:]) for n in range(2, len(b) + 1)):
        return True
    return any(_initials(y, a[:n]) and _match(a[n:], b[1:]) for n in range(2, len(a) + 1))


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
