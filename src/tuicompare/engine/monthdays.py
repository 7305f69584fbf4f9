"""A day of a month the recogniser missed read as the date it is: "Easter Sunday, April 8, 2012".

After a named day the recogniser may tag "Easter Sunday" a place and leave "April 8" untagged; its "8" is then
read as a bare count and "2012" as a year alone, so the date never meets another outlet's "April 9". A
month's name with a capital and a day of at most 31 after it (a year after a comma if written) is a date
in English whatever the recogniser made of it: ``month_days`` reads it as one date slot.
"""

from __future__ import annotations

import re
from datetime import date

from tuicompare.engine import context
from tuicompare.engine.dates import MONTH_NAMES
from tuicompare.engine.slot import Span
from tuicompare.engine.values import value_key
from tuicompare.models import EntitySpan, Sentence

__all__ = ["month_days"]

#: A month's name in full ("January", the calendar's names) or cut short with its point ("Jan.", "Sept.").
_MONTH = "|".join(
    [*(name.capitalize() for name in MONTH_NAMES), r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."]
)
#: A month's name, a day, and a year after a comma if written; not part of a longer figure.
_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?:{_MONTH})\s(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?:,\s?(?P<year>(?:19|20)\d\d))?(?![\w.,]?\d)"
)
#: The cheap test each sentence is asked first: a month's first letters, then a day's first digit. The full
#: pattern starts with a lookbehind, which the regular expression engine tries at every character.
_HINT = re.compile(rf"(?:{'|'.join(name[:3].capitalize() for name in MONTH_NAMES)})[a-z]*\.?\s\d")
#: Labels of what the recogniser may have made of a missed date's figures: counts and a year alone.
_PIECES = frozenset({"CARDINAL", "DATE"})


def _kept(entity: EntitySpan, month_end: int, year: bool) -> bool:
    """True when the recogniser's entity over a month and day stands: a date of its own, or a name.

    A name holding a whole date with its year ("Palm Sunday, March 24, 2024" tagged a place) is a date
    misread; one holding a month and a day only may be a name ("the April 6 Youth Movement").
    """
    if entity.label in _PIECES:
        return entity.start < month_end  # "April 8" tagged a date: read as the recogniser did; "8" alone: a count
    return not year or entity.label == "TIME"


def month_days(sentence: Sentence, published: date | None = None) -> list[tuple[int, int, Span]]:
    """The dates "Month day[, year]" the recogniser left untagged, as (first token, last token, Span), in order."""
    out: list[tuple[int, int, Span]] = []
    text, base = sentence.text, sentence.start
    if _HINT.search(text) is None:
        return out
    for match in _MONTH_DAY.finditer(text):
        if int(match.group("day")) == 0:
            continue
        start, end = base + match.start(), base + match.end()
        touched = [e for e in sentence.entities if e.start < end and start < e.end]
        month_end = base + match.start("day")
        if any(_kept(e, month_end, bool(match.group("year"))) for e in touched):
            continue  # tagged already (the month inside a date entity), or part of a name: read as the recogniser did
        key = value_key("DATE", match.group(), published)
        inside = context.tokens_within(sentence.tokens, start, end)
        if key is None or not inside:
            continue
        span = Span(sentence.id, start, end, match.group(), "DATE", "date", key[1], key[0])
        out.append((inside[0], inside[-1], span))
    return out
