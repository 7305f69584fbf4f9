"""A time of day read from a clock's reading: "7:42", "7:42 p.m.", "3 am", "11 p. m.".

The key is the hour on a twelve-hour dial, the minutes, and "a" or "p" when the text says which half of the
day: "7:42 p.m." is ``7:42p``, "19:42" is ``7:42p`` too, "7:42" alone ``7:42``. Two times differ when their hour
or minutes do, or both say a half of the day and the halves differ (``time_relation``); "7:42" against
"7:42 p.m." is one time told with and without its half.
"""

from __future__ import annotations

import re

__all__ = ["clock_key", "time_relation"]

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


def time_relation(x: str, y: str) -> str:
    """``same`` or ``differ`` for two keys of ``clock_key``."""
    (tx, hx), (ty, hy) = (
        (x.rstrip("ap"), x[-1] if x[-1] in "ap" else ""),
        (y.rstrip("ap"), y[-1] if y[-1] in "ap" else ""),
    )
    if tx != ty:
        return "differ"
    return "differ" if hx and hy and hx != hy else "same"
