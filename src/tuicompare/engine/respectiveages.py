"""Ages told in a list after a list of people: "Ann and Jim Roe, aged 16 and 13 respectively".

English gives the ages of several people in one breath by listing them in the order of the names: the first
age is the first person's, the second the second's ("respectively" says so, and the order says so without
it). An age otherwise follows its one person ("Jane Roe, 31,"), so without this reading every age of the list
qualifies the last name, and "Ann, 22," against the list's 16 is never one person's two ages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuicompare.engine.features import Span
from tuicompare.models import Sentence

#: What may stand between two names of one list ("Ann and Jim", "Ann, Jim and Lou", "Ann, and Jim").
_NAMES_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
#: What may stand between the last name and the first age ("Jim Roe, aged 16", "Jim Roe, 16", "Jim Roe (16").
_LEAD_GAP = re.compile(r"\s*(?:,\s*(?:(?:who\s+are\s+|who\s+were\s+)?(?:aged|ages)\s+)?|\(\s*(?:aged?\s+|ages\s+)?)")
#: What may stand between two ages of one list ("16 and 13", "16, 13 and 9", "16, and 13").
_AGES_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _gap(sentence: Sentence, first: Span, second: Span, pattern: re.Pattern[str]) -> bool:
    """Whether the text between two slots of ``sentence`` is all of ``pattern``."""
    text = sentence.text[first.end - sentence.start : second.start - sentence.start]
    return pattern.fullmatch(text) is not None


def respective_person(sentence: Sentence, own: Sequence[Span], age: Span) -> Span | None:
    """The name whose age ``age`` is when it is one of a list of ages after a list of as many names, else None.

    Args:
        sentence: The sentence of the slots.
        own: The sentence's slots, in order.
        age: One of them, a number read as an age.

    Returns:
        The name at the age's place in the list of names, or None when the age is no list's or the names before
        it are not a list of as many ("Ann, Jim and Lou, aged 16 and 13" names no one).
    """
    ages = [s for s in own if s.kind == "number" and s.unit == "age"]
    at = next((n for n, s in enumerate(ages) if s is age), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _gap(sentence, ages[first - 1], ages[first], _AGES_GAP):
        first -= 1
    while last + 1 < len(ages) and _gap(sentence, ages[last], ages[last + 1], _AGES_GAP):
        last += 1
    count = last - first + 1
    if count < 2:
        return None
    before = [s for s in own if s.end <= ages[first].start]
    names = before[-count:]
    if len(names) < count or any(s.kind != "name" for s in names):
        return None
    if not _gap(sentence, names[-1], ages[first], _LEAD_GAP):
        return None
    if not all(_gap(sentence, a, b, _NAMES_GAP) for a, b in zip(names, names[1:], strict=False)):
        return None
    if len(before) > count and _gap(sentence, before[-count - 1], names[0], _NAMES_GAP):
        return None  # a longer list of names than of ages: whose age is whose is not told
    return names[at - first]
