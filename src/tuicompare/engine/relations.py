"""How two values of corresponding slots relate: the same, compatible, unknown or different.

``relation`` compares two numbers, dates or durations (their keys from
``values.value_key``): values counting different things ("14 percent" and
"14 people", "13-month" and "two-year") are unknown, a rounded figure is
compatible with the exact one ("$1.4 billion", "$1.375 billion"), as is a
bound or a range that covers the other, and an approximate value ("about
$80,000") differs from an exact one only with a lower confidence, unless the
two lie too far apart for any rounding ("about $420 million", "$600 million":
``beyond_hedge``). Amounts in two currencies are unknown (``units.currency``).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from tuicompare.engine.clocktimes import time_relation
from tuicompare.engine.daterelation import date_relation, days_beyond_hedge
from tuicompare.engine.roles import compatible, offices
from tuicompare.engine.roundsfought import ROUNDS_FOUGHT
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.units import currency, measure, ratio


class Valued(Protocol):
    """What ``relation`` reads of a slot (``spans.Span`` has it)."""

    @property
    def key(self) -> str | None: ...
    @property
    def vtype(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def approximate(self) -> bool: ...


class Relation(NamedTuple):
    """How two values relate.

    Attributes:
        outcome: ``same``; ``compatible`` (one is less precise, or an approximation
            or bound that covers the other); ``unknown`` (not comparable, or
            different only where one side was inferred); ``differ``.
        confidence: For ``differ``, how sure it is that the values really
            differ (``TUNING.values``); 1.0 otherwise.
    """

    outcome: str
    confidence: float = 1.0


#: Prefix of the key of a score, record or tally ("pair 72-60", see ``figures.number_slot``): two numbers.
PAIR = "pair "


def relation(x: Valued, y: Valued) -> Relation:
    """Compare two number, date or duration values of corresponding slots (see ``Relation``)."""
    if ages_two_ways(x, y):
        # "a 23-year-old" (read as a length of time) and "Jo Roe, 37," (a count of years): two ages.
        return Relation("same" if age_figure(x) == age_figure(y) else "differ")
    if x.key is None or y.key is None or x.vtype != y.vtype:
        return Relation("unknown")
    if not one_kind(x, y):
        return Relation("unknown")  # "a two-term governor" and "a five-term mayor": terms of two offices
    if x.key.startswith(PAIR) or y.key.startswith(PAIR):
        return _pairs(x, y)
    tune = TUNING.values
    if x.vtype == "number" and _two_currencies(x, y):
        return Relation("unknown")  # "$136 million" and "€103 million": one amount converted, at a rate unknown
    if getattr(x, "converted", False) or getattr(y, "converted", False):
        return _exchanged(x, y)
    # A hedge covers rounding, not a figure half as large again ("about $420 million", "$600 million").
    loose = tune.approximate if (x.approximate or y.approximate) and not beyond_hedge(x, y) else 1.0
    if x.vtype == "date":
        outcome = date_relation(x.key, y.key)
        return Relation(outcome, loose if outcome == "differ" else 1.0)
    if x.vtype == "time":
        outcome = time_relation(x.key, y.key, x.approximate or y.approximate)  # "7:42" and "7:42 p.m." are one time
        return Relation(outcome, loose if outcome == "differ" else 1.0)
    confidence = 1.0
    if x.vtype == "duration":
        (bx, vx, ux), (by, vy, uy) = _duration(x.key), _duration(y.key)
        if ux != uy:
            return Relation("unknown")  # "13-month" and "two-year": not one measure
    elif x.vtype == "number":
        if x.unit != y.unit and ROUNDS_FOUGHT in (x.unit, y.unit):
            return Relation("unknown")  # "went 11 rounds" against "a 12-round bout": a length and a schedule
        if x.unit != y.unit:
            if {x.unit.removeprefix("square "), y.unit.removeprefix("square ")} & MEASURES:
                # "about 24km" against "about 15 miles" ("square metre" against "square foot"): one measure
                # converted; else a share and a count, dollars and people, an age and a count.
                return _converted(x, y)
            # "14" against "14 people", "three principles" against "three pillars": likely one count.
            confidence = tune.unit_unknown if not (x.unit and y.unit) else tune.other_noun
        bx, vx = _bounded(x.key)
        by, vy = _bounded(y.key)
    else:
        return Relation("same" if x.key == y.key else "differ")
    if vx is None or vy is None:
        return Relation("unknown")
    if vx == vy and bx == by:
        return Relation("same")
    points = vx[0] == vx[1] and vy[0] == vy[1]
    if points and not bx and not by and _rounded(vx[0], vy[0]):
        return Relation("compatible")  # "$1.4 billion" is "$1.375 billion" rounded
    if points and bx == by:
        # Both exact, or both "at least": the stated figures differ ("at least five" against "at least eight");
        # an approximation ("about 500") may round the other's figure.
        low, high = sorted((abs(vx[0]), abs(vy[0])))
        if x.vtype == "number" and low > 0 and high >= low * tune.scope_ratio:
            loose = min(loose, tune.approximate)  # "20 points" in a game, "2,282 points" in a career
            confidence = min(confidence, loose)
        return Relation("differ", confidence if bx else min(confidence, loose))
    if not bx and not by and vx[0] != vx[1] and vy[0] != vy[1]:
        # Two ranges stated ("between six and 45 years", "between six and 75 years"): their ends differ.
        return Relation("differ", min(confidence, loose))
    if _overlap(bx, vx, by, vy):
        return Relation("compatible")
    return Relation("differ", min(confidence, tune.approximate))


def one_kind(x: Valued, y: Valued) -> bool:
    """Whether two figures hyphened to their units may qualify one office (``Span.kind_noun``).

    "a two-term governor" and "a five-term mayor" count the terms of two offices, never one count told
    two ways; "a seven-term congressman" and "a seven-term House member" may be one office's, as the
    roles of one person compare (``roles.compatible``). Only offices (``roles.offices``): other nouns have
    synonyms no table here knows ("an 86-yard touchdown run", "an 84-yard scamper": one run), and a
    figure qualifying no noun says nothing.
    """
    nx, ny = getattr(x, "kind_noun", ""), getattr(y, "kind_noun", "")
    if not (nx and ny) or nx == ny or not (offices((nx,)) and offices((ny,))):
        return True
    return compatible((nx,), (ny,))


#: A person's age as ``values.parse_duration`` reads "a 23-year-old": exact, no bound ("23 year-old").
_AGE_LENGTH = re.compile(r"(\d{1,3}) year-old")


def age_figure(x: Valued) -> str | None:
    """The years of an age a slot states exactly, in either of its two readings, else None.

    The recogniser tags "a 23-year-old man" a date, read as a length of time ("23 year-old"), and
    the "37" of "John Roe, 37," a count, read with the unit "age" (``figurecounts.counted``).
    """
    if x.key is None:
        return None
    if x.vtype == "duration":
        found = _AGE_LENGTH.fullmatch(x.key)
        return found.group(1) if found else None
    return x.key if x.vtype == "number" and x.unit == "age" and x.key.isdigit() else None


def ages_two_ways(x: Valued, y: Valued) -> bool:
    """True when two slots state ages read two ways: one as "N-year-old", the other as "Name, N,".

    Each reading compares with its own kind already; across the two, the age is one quantity
    written in two forms, and the figures compare as ages ("23-year-old" against "Jo Roe, 37,").
    """
    return x.vtype != y.vtype and age_figure(x) is not None and age_figure(y) is not None


def _two_currencies(x: Valued, y: Valued) -> bool:
    """True when two amounts are written in two different currencies (``units.currency``).

    The amount as shown (``Span.display``: "£53m" where the recogniser tagged "53") names its currency;
    a value without one (``Valued`` does not require it) names none.
    """
    cx, cy = currency(getattr(x, "display", ""), x.unit), currency(getattr(y, "display", ""), y.unit)
    return bool(cx and cy) and cx != cy


def beyond_hedge(x: Valued, y: Valued) -> bool:
    """Whether two figures, one of them hedged, lie too far apart for the hedge to explain.

    "about $80,000" may be "$84,000" rounded, but "about $420 million" is no rounding of
    "$600 million": the larger at least ``ValueTuning.hedge_ratio`` times the smaller. Figures
    ``ValueTuning.hedge_far`` times apart or more ("about 400" sheltering, "42" killed) are as
    likely two facts' figures in loosely alike sentences: the hedge's doubt stays on them. Only two
    point values ("about 200", never a bound, "more than 200") of one kind and unit compare so;
    two durations in one unit too ("about 24 days", "35 days"); and two days more than
    ``ValueTuning.hedged_day_slack`` apart ("late Tuesday", "Friday": ``daterelation.days_beyond_hedge``).
    """
    if not (x.approximate or y.approximate) or x.key is None or y.key is None or x.vtype != y.vtype:
        return False
    if x.vtype == "date":
        return days_beyond_hedge(x.key, y.key, TUNING.values.hedged_day_slack)
    if x.vtype == "duration":
        (bx, vx, ux), (by, vy, uy) = _duration(x.key), _duration(y.key)
        if ux != uy:
            return False
    elif x.vtype == "number" and x.unit == y.unit and not (x.key.startswith(PAIR) or y.key.startswith(PAIR)):
        (bx, vx), (by, vy) = _bounded(x.key), _bounded(y.key)
    else:
        return False
    if bx or by or vx is None or vy is None or vx[0] != vx[1] or vy[0] != vy[1]:
        return False
    low, high = sorted((abs(vx[0]), abs(vy[0])))
    tune = TUNING.values
    return low > 0 and low * tune.hedge_ratio <= high < low * tune.hedge_far


def _pairs(x: Valued, y: Valued) -> Relation:
    """A score, record or tally against another value: it compares only with a pair of the same things.

    Two pairs differ only when they count the same things (one unit, or none
    on both); a "12-3 run" is no other value of a "72-60" final, nor of a count "12".
    """
    kx, ky = x.key or "", y.key or ""
    if not (kx.startswith(PAIR) and ky.startswith(PAIR)):
        return Relation("unknown")
    if kx == ky:
        return Relation("same")
    if x.unit != y.unit:
        return Relation("unknown")
    return Relation("differ", TUNING.values.approximate if x.approximate or y.approximate else 1.0)


def _exchanged(x: Valued, y: Valued) -> Relation:
    """A sum converted into another currency against a sum: exchange rates and rounding, not a change.

    Outlets convert at different days' rates: within ``ValueTuning.converted_same`` the two are the
    same sum, within ``converted_differ`` a possible difference, beyond it a change no rate explains
    ("2m euros (£1.7m)" against "(£5.7m)").
    """
    (bx, vx), (by, vy) = _bounded(x.key or ""), _bounded(y.key or "")
    if x.unit != y.unit or bx or by or vx is None or vy is None or vx[0] != vx[1] or vy[0] != vy[1]:
        return Relation("unknown")
    low, high = sorted((abs(vx[0]), abs(vy[0])))
    tune = TUNING.values
    if low <= 0 or high <= low * tune.converted_same:
        return Relation("same" if high == low else "compatible")
    return Relation("differ", tune.approximate if high < low * tune.converted_differ else 1.0)


def _converted(x: Valued, y: Valued) -> Relation:
    """Two measures in units of one dimension, compared once converted (``units``); else unknown."""
    mx, my = measure(x.unit, getattr(x, "text", "")), measure(y.unit, getattr(y, "text", ""))
    (bx, vx), (by, vy) = _bounded(x.key or ""), _bounded(y.key or "")
    if mx is None or my is None or vx is None or vy is None or vx[0] != vx[1] or vy[0] != vy[1] or bx != by:
        return Relation("unknown")
    times = ratio(vx[0], mx, vy[0], my)
    tune = TUNING.values
    if times is None:
        return Relation("unknown")
    if times <= tune.converted_same:
        return Relation("compatible")  # the same measure, converted and rounded
    if times >= tune.converted_differ:
        # The writer converted and rounded: unsure, unless no rounding of a conversion comes near.
        return Relation("differ", 1.0 if tune.hedge_ratio <= times < tune.hedge_far else tune.approximate)
    return Relation("unknown")


def _rounded(a: float, b: float) -> bool:
    """True when one value is the other rounded to its two or more significant digits (1.4e9 and 1.375e9)."""
    for rough, exact in ((a, b), (b, a)):
        whole = f"{abs(rough):.0f}"
        digits = whole.rstrip("0")
        if rough == int(rough) and rough % 100 == 0 and len(digits) >= 2:
            scale = 10 ** (len(whole) - len(digits))
            if round(exact / scale) * scale == rough:
                return True
    return False


#: What a number measures rather than counts: two of them, or one and a count, never compare.
MEASURES = frozenset(
    {"%", "money", "age", "percent", "point", "degree", "mile", "kilometre", "kilometer", "km", "metre", "meter"}
    | {"foot", "feet", "inch", "yard", "acre", "hectare", "tonne", "ton", "pound", "kilogram", "kg", "gallon"}
    | {"litre", "liter", "barrel", "second", "minute", "hour", "day", "week", "month", "year", "decade"}
    | {"km/hour", "mile/hour"}
)


def within_hedge(x: Valued, y: Valued) -> bool:
    """Whether two point figures of one type and unit lie closer than a hedge may stretch (``beyond_hedge``'s ratio).

    "a preliminary magnitude of 4.4" may be revised to "4.2", as "about 4.4" may round it; "4.6" to "6.6" is no
    revision (``provisional``).
    """
    if x.key is None or y.key is None or x.vtype != y.vtype or x.unit != y.unit:
        return False
    (bx, vx), (by, vy) = _bounded(x.key), _bounded(y.key)
    if bx or by or vx is None or vy is None or vx[0] != vx[1] or vy[0] != vy[1]:
        return False
    low, high = sorted((abs(vx[0]), abs(vy[0])))
    return low > 0 and high < low * TUNING.values.hedge_ratio


def _bounded(key: str) -> tuple[str, tuple[float, float] | None]:
    bound = key[0] if key[:1] in (">", "<") else ""
    body = key[1:] if bound else key
    parts = re.fullmatch(r"(-?[\d.]+)(?:-([\d.]+))?", body)
    if not parts:
        return bound, None
    low = float(parts.group(1))
    high = float(parts.group(2)) if parts.group(2) else low
    return bound, (low, high)


def _duration(key: str) -> tuple[str, tuple[float, float] | None, str]:
    amount, _, unit = key.partition(" ")
    bound, value = _bounded(amount)
    return bound, value, unit


def _overlap(bx: str, vx: tuple[float, float], by: str, vy: tuple[float, float]) -> bool:
    """True when the two (possibly bounded) values can be the same quantity."""

    def interval(bound: str, value: tuple[float, float]) -> tuple[float, float]:
        if bound == ">":
            return value[0], float("inf")
        if bound == "<":
            return float("-inf"), value[1]
        return value

    (lx, hx), (ly, hy) = interval(bx, vx), interval(by, vy)
    if (lx, hx) == vx and (ly, hy) == vy and lx == hx and ly == hy:
        return False  # two exact values overlap only when equal (handled by the caller)
    return lx <= hy and ly <= hx
