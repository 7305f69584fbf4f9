"""Dates normalised against the article's own publication date.

A date mention becomes a key ``YEAR-MONTH-DAY`` in which an unknown part is
``????``/``??`` and a part inferred from the publication date (the year of
"Nov. 30", the whole day of "Friday") carries a ``~``; a stated weekday is kept
as a ``:mon``..``:sun`` suffix. "Friday" in an article dated 2018-04-06 is
``~2018-~04-~06:fri``, "last September" in one dated May 2013 is ``~2012-09``
and "Sept. 11, 2012" is ``2012-09-11``.

"Last year" states the year before the publication's. What cannot be placed
on a calendar at all ("last week", "this weekend", "recently") has no key.
Two keys are compared in ``daterelation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

#: The months' and weekdays' names in full, in calendar order (a date's month is its index plus one).
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD_RE = re.compile(r"[a-z]+")
_YEAR_RE = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,]|s\b)")
_DAY_RE = re.compile(r"(?<![\d:.,/])([0-3]?\d)(?:st|nd|rd|th)?(?![\d:])")
#: An hour of the clock written with its half of the day ("11 a.m.", "9 p. m.", "7pm") or "o'clock": a
#: time beside a date ("11 a.m. Nov. 8") whose hour is no day of the month.
_CLOCK_RE = re.compile(r"(?<![\d:.,/])[0-2]?\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?|o'clock)")
_ISO_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*-\s*([01]?\d)\s*-\s*([0-3]?\d)\b")
_US_RE = re.compile(r"\b([01]?\d)\s*/\s*([0-3]?\d)\s*/\s*(1[89]\d\d|20\d\d)\b")
#: Words that make a date a span of time or a vague moment: nothing to place on a calendar.
_VAGUE = frozenset(
    {
        "week",
        "weeks",
        "weekend",
        "weekends",
        "recently",
        "recent",
        "lately",
        "earlier",
        "later",
        "soon",
        "past",
        "coming",
        "decade",
        "decades",
        "century",
        "season",
        "quarter",
        "days",
        "months",
        "years",
        "era",
        "period",
        "time",
        "times",
    }
)
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_PART_OF_DAY = re.compile(r"\bthis (morning|afternoon|evening)\b")
_AGO_RE = re.compile(r"\b(\w+|\d+) days? ago\b")
#: Days a day counted from the publication date ("today", "yesterday") may be off by: the date an
#: article carries may be its print edition's or another time zone's, never further off.
PUBLISHED_SLACK = 1


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as far as it is known.

    Attributes:
        year: The year, if known.
        month: The month (1-12), if known.
        day: The day of the month, if known.
        weekday: The weekday the text states (0 Monday .. 6 Sunday), if any.
        soft: The parts (``y``, ``m``, ``d``) inferred from the publication date.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    soft: frozenset[str] = frozenset()

    @property
    def key(self) -> str | None:
        """The comparable key (see the module docstring), or None when nothing is known."""

        def part(value: int | None, name: str, width: int) -> str:
            if value is None:
                return "?" * width
            return ("~" if name in self.soft else "") + f"{value:0{width}d}"

        suffix = f":{WEEKDAYS[self.weekday][:3]}" if self.weekday is not None else ""
        if self.month is None and self.day is None:
            if self.year is None:
                return suffix or None
            return part(self.year, "y", 4) + suffix
        out = part(self.year, "y", 4) + "-" + part(self.month, "m", 2)
        if self.day is not None:
            out += "-" + part(self.day, "d", 2)
        return out + suffix


def parse_key(key: str) -> DateValue:
    """Read a key made by ``DateValue.key`` back."""
    body, _, wd = key.partition(":")
    weekday = next((n for n, w in enumerate(WEEKDAYS) if w.startswith(wd)), None) if wd else None
    values: list[int | None] = [None, None, None]
    soft = set()
    for n, piece in enumerate(body.split("-") if body else []):
        if piece.startswith("~"):
            soft.add("ymd"[n])
            piece = piece[1:]
        values[n] = int(piece) if piece.isdigit() else None
    return DateValue(values[0], values[1], values[2], weekday, frozenset(soft))


def stated_key(key: str) -> str | None:
    """A date key with the parts inferred from a publication date left unknown ("~2013-07" gives "????-07").

    None when every part was inferred ("yesterday"): nothing of it is stated.
    """
    value = parse_key(key)
    if not value.soft:
        return key
    year, month, day = (
        None if part in value.soft else v for part, v in zip("ymd", (value.year, value.month, value.day), strict=True)
    )
    if year is None and month is None and day is None and value.weekday is None:
        return None
    return DateValue(year, month, day, value.weekday).key


def _named(words: list[str], names: tuple[str, ...]) -> int | None:
    """Index of the first name a word spells in full or abbreviates ("Sept", "Thurs"), if any."""
    for w in words:
        if len(w) >= 3:
            for n, name in enumerate(names):
                if name.startswith(w):
                    return n
    return None


def _infer_year(month: int, day: int | None, published: date) -> int:
    """The year that puts month/day nearest the publication date (a future date counts double)."""

    def distance(year: int) -> float:
        try:
            when = date(year, month, day or 15)
        except ValueError:
            return float("inf")
        delta = (when - published).days
        return delta * 2 if delta > 0 else -delta

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _relative_day(offset: int, published: date) -> DateValue:
    when = published + timedelta(days=offset)
    return DateValue(when.year, when.month, when.day, None, frozenset("ymd"))


def resolve(text: str, published: date | None = None) -> DateValue | None:
    """Normalise a date mention, resolving relative forms against ``published``.

    Args:
        text: The mention ("Friday", "Nov. 30", "last September", "March 2, 2008").
        published: The article's publication date, when known.

    Returns:
        The date, or None when it cannot be placed ("last week", "recently",
        a relative date in an article of unknown date).
    """
    low = " ".join(text.lower().replace("\u2019", "'").split())
    words = _WORD_RE.findall(low)
    found = _numeric(low)
    if found is not None:
        return found
    month = _named(words, MONTH_NAMES)
    month = month + 1 if month is not None else None
    weekday = _named(words, WEEKDAYS)
    if month is None and weekday is None:
        if _is_relative(low, words):
            return _relative(low, words, published)
        if _VAGUE & set(words):
            return None
    year_match = _YEAR_RE.search(low)
    year = int(year_match.group(1)) if year_match else None
    if month is not None:
        rest = _CLOCK_RE.sub(" ", _YEAR_RE.sub(" ", low))
        day_match = _DAY_RE.search(rest)
        day = int(day_match.group(1)) if day_match and 1 <= int(day_match.group(1)) <= 31 else None
        if year is not None:
            return DateValue(year, month, day, weekday)
        if published is None:
            return DateValue(None, month, day, weekday)
        if "year" in words and {"last", "next", "this"} & set(words):
            # "March 3 of last year", "December 22 of this year": the named year, not the nearest such month.
            inferred = published.year + (-1 if "last" in words else 1 if "next" in words else 0)
        elif "last" in words:
            inferred = published.year if month < published.month else published.year - 1
        elif "next" in words:
            inferred = published.year if month > published.month else published.year + 1
        elif "this" in words:
            inferred = published.year
        else:
            inferred = _infer_year(month, day, published)
        return DateValue(inferred, month, day, weekday, frozenset("y"))
    if weekday is not None:
        if published is None:
            return DateValue(None, None, None, weekday)
        back = (published.weekday() - weekday) % 7
        if "next" in words:
            back = -((weekday - published.weekday()) % 7 or 7)
        elif "last" in words or "previous" in words:
            back = back or 7
        when = published - timedelta(days=back)
        return DateValue(when.year, when.month, when.day, weekday, frozenset("ymd"))
    if year is not None and len(words) <= 3 and not {"last", "next", "this"} & set(words):
        return DateValue(year)
    return None


def _is_relative(low: str, words: list[str]) -> bool:
    return bool(
        _DAY_WORDS.keys() & set(words)
        or _PART_OF_DAY.search(low)
        or _AGO_RE.search(low)
        or ({"last", "next", "this"} & set(words) and "year" in words)
    )


def _relative(low: str, words: list[str], published: date | None) -> DateValue | None:
    """Dates counted from the publication day: "yesterday", "three days ago", "last year"."""
    if published is None:
        return None
    for word, offset in _DAY_WORDS.items():
        if word in words:
            return _relative_day(offset, published)
    if _PART_OF_DAY.search(low):
        return _relative_day(0, published)
    ago = _AGO_RE.search(low)
    if ago:
        from tuicompare.engine.values import parse_number

        count = parse_number(ago.group(1))
        return _relative_day(-int(count), published) if count is not None and count < 400 else None
    if "year" in words and len(words) <= 3:
        shift = {"last": -1, "this": 0, "next": 1}
        for word, delta in shift.items():
            if word in words:
                return DateValue(published.year + delta, soft=_year_doubt(words, published))
    return None


def _year_doubt(words: list[str], published: date) -> frozenset[str]:
    """What is inferred in "last year", "this year", "next year": nothing, but near New Year or in other words.

    "last year" in an article of May 2013 is 2012 as surely as if it said so, unless the publication date
    (a day off at most) is within a day of New Year; "the last year" is the past twelve months, no year.
    """
    exact = len(words) == 2 and words[1] == "year"
    new_year = min(
        abs((published - date(published.year, 1, 1)).days), abs((date(published.year + 1, 1, 1) - published).days)
    )
    return frozenset() if exact and new_year > PUBLISHED_SLACK else frozenset("y")


def _numeric(low: str) -> DateValue | None:
    """All-digit dates: ISO "2012-09-11" and American "9/11/2012"."""
    iso = _ISO_RE.search(low)
    if iso:
        y, m, d = (int(g) for g in iso.groups())
        return DateValue(y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None
    us = _US_RE.search(low)
    if us:
        m, d, y = (int(g) for g in us.groups())
        return DateValue(y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None
    return None
