"""How two date keys relate: the same, compatible, unknown or different.

``date_relation`` compares two keys of ``dates``: parts stated on both sides
must agree for the dates to be compatible, and a difference in an inferred part
is unknown, never a conflict (the publication date may be off by a day, the
writer may mean another year). Two inferences are sure enough to differ: the
weekday of a stated month and day against a named weekday ("Jan. 5", a
Wednesday, against "Saturday"), and a day counted from the publication
("today", "yesterday") more than a day from a named weekday or a stated day.
"""

from __future__ import annotations

from datetime import date

from tuicompare.engine.dates import PUBLISHED_SLACK, DateValue, parse_key


def date_relation(a: str, b: str) -> str:
    """How two date keys relate: ``same``, ``compatible``, ``unknown`` or ``differ``.

    ``compatible``: every part stated on both sides agrees, one is less precise
    ("March 2008" and "March 2"). ``unknown``: they differ only in parts inferred
    from a publication date. ``differ``: a part both sides state disagrees
    (including a stated weekday against the weekday of a stated date).
    """
    if a == b:
        return "same"
    x, y = parse_key(a), parse_key(b)
    hard = soft = False
    for part, vx, vy in (("y", x.year, y.year), ("m", x.month, y.month), ("d", x.day, y.day)):
        if vx is not None and vy is not None and vx != vy:
            if part in x.soft or part in y.soft:
                soft = True
            else:
                hard = True
    wx, hx = _weekday(x)
    wy, hy = _weekday(y)
    if wx is not None and wy is not None and wx != wy:
        named = (x.weekday is not None and _day_stated(y)) or (y.weekday is not None and _day_stated(x))
        if (hx and hy) or named:
            hard = True
        else:
            soft = True
    if soft and not hard and (_days_apart(x, y) or _days_apart(y, x)):
        hard = True
    if hard:
        return "differ"
    return "unknown" if soft else "compatible"


def _days_apart(counted: DateValue, other: DateValue) -> bool:
    """A day counted from the publication date against a weekday or a month and day another article states,
    more than ``PUBLISHED_SLACK`` days apart: a difference, not a doubt ("yesterday", a Monday, against
    "Friday"; "today", Jan. 9, against "Jan. 5").

    A weekday or a bare "Jan. 5" resolved against a publication date may mean another week or year; a day
    counted from it cannot, so only the publication date's own error is left, and it is small.
    """
    if counted.weekday is not None or counted.soft != frozenset("ymd") or counted.day is None:
        return False
    try:
        when = date(counted.year or 1, counted.month or 1, counted.day)
    except ValueError:
        return False
    if other.weekday is not None:
        gap = (when.weekday() - other.weekday) % 7
        return min(gap, 7 - gap) > PUBLISHED_SLACK
    if not _day_stated(other) or other.year is None:
        return False
    try:
        return abs((when - date(other.year, other.month or 1, other.day or 1)).days) > PUBLISHED_SLACK
    except ValueError:
        return False


def _weekday(value: DateValue) -> tuple[int | None, bool]:
    """The weekday a date states or implies, and whether it is stated (not inferred)."""
    if value.weekday is not None:
        return value.weekday, True
    if value.year is None or value.month is None or value.day is None:
        return None, False
    try:
        return date(value.year, value.month, value.day).weekday(), not value.soft
    except ValueError:
        return None, False


def _day_stated(value: DateValue) -> bool:
    """A month and a day stated ("Jan. 5"), whatever the year: its weekday is known near the publication.

    Against a weekday named in another article (which speaks of the days around its own
    publication), the year nearest the publication is the one meant, so "Saturday" against
    "Jan. 5" (a Wednesday that year) is a difference even though the year was inferred.
    """
    return value.weekday is None and value.month is not None and value.day is not None and not value.soft & {"m", "d"}


def days_beyond_hedge(a: str, b: str, slack: int) -> bool:
    """Whether two different days lie more than ``slack`` days apart, so that a hedge on either cannot join them.

    "late Tuesday" and "early Monday" say when in the day, "around March 5" a day or so either way: a
    hedge on a day leaves the day itself near sure. "late Tuesday" may be the small hours another outlet
    calls "early Wednesday", but not "Friday". Both keys must name a day (a weekday or a month's day);
    weekdays compare around the week (Tuesday and Friday are three days apart either way).
    """
    if date_relation(a, b) != "differ":
        return False
    x, y = parse_key(a), parse_key(b)
    if x.weekday is None and y.weekday is None:
        if None in (x.month, x.day, y.month, y.day):
            return False
        year = x.year or y.year or 2001
        try:
            gap = (date(x.year or year, x.month or 1, x.day or 1) - date(y.year or year, y.month or 1, y.day or 1)).days
        except ValueError:
            return False
        return abs(gap) > slack
    wx, _stated = _weekday(x)
    wy, _stated = _weekday(y)
    if wx is None or wy is None:
        return False
    gap = (wx - wy) % 7
    return min(gap, 7 - gap) > slack
