"""A count since a date against a count of all time: "arrested three times since October" against "four times".

A count followed by "since" and a date ("three times since October", "12 goals since March") counts only what
happened from that date on: a part of the count another outlet gives without a start ("had been arrested four times
before"). The part no larger than the whole, the two agree, and loosely linked sentences (``factsapart``) are not
compared. A part larger than the whole ("five times since October" against "four times") still differs, and so do
two counts both given since a date, or neither.
"""

from __future__ import annotations

from tuicompare.engine.context import word_after_slot
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["part_since_date"]

#: Tokens looked at after a count's last one for "since" (its unit noun may come first: "three times since").
_AHEAD = 2


def part_since_date(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """Whether one of two counts of one unit runs from a date and is no larger than the other (module docstring)."""
    if x.kind != "number" or y.kind != "number" or x.unit != y.unit:
        return False
    since_x, since_y = _since_date(a, x), _since_date(b, y)
    if since_x == since_y:
        return False
    part, whole = (x, y) if since_x else (y, x)
    low, high = _figure(part.key), _figure(whole.key)
    return low is not None and high is not None and 0 < low <= high


def _figure(key: str | None) -> float | None:
    """An exact figure's value (no bound, no range, no pair), else None."""
    try:
        return float(key or "")
    except ValueError:
        return None


def _since_date(sentence: SentenceFeatures, span: Span) -> bool:
    """Whether "since" follows ``span`` within ``_AHEAD`` tokens (its unit noun alone between) and a date follows it."""
    since = word_after_slot(sentence.parse, span.start, span.end, "since", _AHEAD)
    return since is not None and any(s.kind == "date" and 0 <= s.start - since.end <= 1 for s in sentence.spans)
