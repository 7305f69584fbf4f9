"""A person's age told in a list of ages after a list of names: "Ann and Jim Roe, aged 16 and 13 respectively".

English gives several people's ages in one breath by listing them in the order of the names, the first age the
first person's. The entity sheet reads an age set off after one name ("Jim Roe, 13,"); a list of ages after a
list of names hangs on neither name in the parse, so neither person had an age, and "Ann, 22," told by another
outlet was never set against her 16. Read only when the sentence says the list is of ages ("aged", "ages") or
says "respectively", and only for a list of names as long as the list of ages: whose age is whose is otherwise
not told.
"""

from __future__ import annotations

from tuicompare.engine.attrappos import decade_after
from tuicompare.engine.attrparse import Finding, Parse, number

#: Words that join two items of a list.
_JOINS = frozenset({",", "and", "&"})
#: Words that say the numbers after a list of names are their ages.
_AGED = frozenset({"aged", "age", "ages"})


def _name_before(p: Parse, i: int) -> int | None:
    """The first word of the name ending at word ``i``, or None when ``i`` is no proper noun."""
    if i < 0 or p.t[i].pos != "PROPN":
        return None
    while i > 0 and p.t[i - 1].pos == "PROPN":
        i -= 1
    return i


def _joined(p: Parse, i: int, step: int) -> int:
    """The first word past the words joining two items that start at ``i`` and run in direction ``step``."""
    n = len(p.t)
    while 0 <= i < n and p.word(i).lower() in _JOINS:
        i += step
    return i


def _names(p: Parse, first: int, last: int) -> tuple[list[tuple[int, int]], int] | None:
    """The list of names the name ``first..last`` is one of, in order, and the word after the list's end."""
    names = [(first, last)]
    at = first - 1
    while at >= 0 and p.word(at).lower() in _JOINS:
        end = _joined(p, at, -1)
        start = _name_before(p, end)
        if start is None:
            break
        names.insert(0, (start, end))
        at = start - 1
    n = len(p.t)
    at = last + 1
    while at < n and p.word(at).lower() in _JOINS:
        begin = _joined(p, at, 1)
        if begin >= n or p.t[begin].pos != "PROPN":
            break  # "Jim Roe, aged 13": the list ends at the comma before its ages
        end = begin
        while end + 1 < n and p.t[end + 1].pos == "PROPN":
            end += 1
        names.append((begin, end))
        at = end + 1
    return (names, at) if len(names) >= 2 else None


def set_off_age(p: Parse, first: int, last: int, label: str, confidence: float) -> Finding | None:
    """An age set off after the name of words ``first..last``: its decade ("Martha Reed, in her 50s,"), or for
    a person the age at the name's place in a list of ages after a list of names (``respective_age``)."""
    if (at := decade_after(p, last)) is not None:
        return p.finding("age", at, at, confidence)
    return respective_age(p, first, last, confidence) if label == "person" else None


def respective_age(p: Parse, first: int, last: int, confidence: float) -> Finding | None:
    """The age of the person named by words ``first..last`` when the sentence lists as many ages after its list.

    Args:
        p: The sentence's parse.
        first: The first word of the name.
        last: Its last word.
        confidence: The finding's confidence (the sheet's for an apposition).

    Returns:
        An age finding on the number at the name's place in the list of ages, or None.
    """
    found = _names(p, first, last)
    if found is None:
        return None
    names, at = found
    n = len(p.t)
    if at >= n or p.word(at) not in (",", "("):
        return None
    at += 1
    aged = at < n and p.word(at).lower() in _AGED
    if aged:
        at += 1
    ages = []
    while at < n and number(p, at) is not None:
        ages.append(at)
        following = _joined(p, at + 1, 1)
        if following == at + 1 or following >= n or number(p, following) is None:
            at += 1
            break
        at = following
    return _pick(p, names, ages, first, at, aged, confidence)


def _pick(
    p: Parse, names: list[tuple[int, int]], ages: list[int], first: int, after: int, aged: bool, confidence: float
) -> Finding | None:
    """The age of the name starting at ``first`` when the lists match and say they are ages, else None."""
    if len(ages) != len(names):
        return None
    n = len(p.t)
    respectively = after < n and p.word(after).lower() == "respectively"
    if not (aged or respectively):
        return None
    if after < n and not respectively and p.word(after) not in (",", ")", ".", ";"):
        return None  # "Ann and Jim, aged 16 and 13 years": a list of ages only when it ends there
    at = next(k for k, (start, _end) in enumerate(names) if start == first)
    return p.finding("age", ages[at], ages[at], confidence)
