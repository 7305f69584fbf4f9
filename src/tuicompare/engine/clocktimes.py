"""A time of day read from a clock's reading: "7:42", "7:42 p.m.", "3 am", "11 p. m.".

The key is the hour on a twelve-hour dial, the minutes, and "a" or "p" when the text says which half of the
day: "7:42 p.m." is ``7:42p``, "19:42" is ``7:42p`` too, "7:42" alone ``7:42``. Two times differ when their hour
or minutes do, or both say a half of the day and the halves differ (``time_relation``); "7:42" against
"7:42 p.m." is one time told with and without its half.
"""

from __future__ import annotations

import re

from tuicompare.engine import context
from tuicompare.engine.slot import Span
from tuicompare.models import Sentence

__all__ = ["clock_key", "clock_spans", "time_relation"]

_CLOCK = re.compile(
    r"(?i)(?:at\s+|around\s+|about\s+)?(?P<hour>\d{1,2})(?:\s?[:.]\s?(?P<minute>[0-5]\d))?"
    r"(?:\s?(?P<half>[ap])\.?\s?m\b\.?)?(?:\s+local\s+time)?"
)


def clock_key(text: str) -> str | None:
    """The key of a time of day written as a clock reads (``7:42p``), or None for any other text."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None or not (match.group("minute") or match.group("half")):
        return None
    hour, minute, half = int(match.group("hour")), match.group("minute") or "00", (match.group("half") or "").lower()
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if hour > 12 or hour == 0:
        hour, half = (hour - 12, "p") if hour > 12 else (12, "a")
    return f"{hour}:{minute}{half}"


def time_relation(x: str, y: str, hedged: bool = False) -> str:
    """``same``, ``compatible`` or ``differ`` for two keys of ``clock_key``.

    Args:
        x: One time's key.
        y: The other's.
        hedged: One of the two is told loosely ("around 11 p.m."): within ``_HEDGE_MINUTES`` it covers the other.
    """
    (tx, hx), (ty, hy) = _parts(x), _parts(y)
    if hx and hy and hx != hy:
        return "differ"
    if tx == ty:
        return "same"
    return "compatible" if hedged and abs(tx - ty) <= _HEDGE_MINUTES else "differ"


#: How far "around 11 p.m." reaches: a quarter of an hour either way rounds to the hour or half hour told.
_HEDGE_MINUTES = 15


def _parts(key: str) -> tuple[int, str]:
    """Minutes past twelve on the dial and the half of the day ("a", "p" or "") of a ``clock_key``."""
    half = key[-1] if key[-1] in "ap" else ""
    hour, minute = key.rstrip("ap").split(":")
    return (int(hour) % 12) * 60 + int(minute), half


#: A clock with its half of the day, spaced as detokenised feeds write it or not: "11 p. m.", "11: 01 p. m.", "3am".
_MERIDIEM_CLOCK = re.compile(r"(?i)(?<![\w.:,])\d{1,2}(?:\s?:\s?[0-5]\d)?\s?[ap]\.?\s?m\b\.?")
#: The cheap test each sentence is asked first: a digit, then its half of the day (the full pattern starts
#: with a lookbehind, tried at every character).
_HINT = re.compile(r"(?i)\d\s?[ap]\.?\s?m")
#: "around 11 p. m.": a time given loosely.
_HEDGE_BEFORE = re.compile(
    r"(?i)\b(?:about|around|roughly|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+$"
)
#: Labels the recogniser gives the pieces of a clock it did not tag a time: its hour and minutes as figures.
_PIECES = frozenset({"CARDINAL", "QUANTITY"})


def clock_spans(sentence: Sentence) -> list[tuple[int, int, Span]]:
    """The times of day with their half of the day the recogniser left untagged ("around 11 p. m."), as slots.

    The recogniser reads the hour of "11 p. m." as a bare figure and "01 p. m." of "11: 01 p. m." as a
    quantity: no value, or a wrong one. A clock it tagged a time (or inside a date) is read as it tagged it.
    """
    text, base = sentence.text, sentence.start
    if _HINT.search(text) is None:
        return []
    out: list[tuple[int, int, Span]] = []
    for match in _MERIDIEM_CLOCK.finditer(text):
        start, end = base + match.start(), base + match.end()
        if any(e.label not in _PIECES for e in sentence.entities if e.start < end and start < e.end):
            continue
        inside = context.tokens_within(sentence.tokens, start, end)
        key = clock_key(match.group())
        if not inside or key is None:
            continue
        loose = _HEDGE_BEFORE.search(text[max(0, match.start() - 25) : match.start()]) is not None
        span = Span(sentence.id, start, end, match.group(), "TIME", "date", key, "time", approximate=loose)
        out.append((inside[0], inside[-1], span))
    return out
