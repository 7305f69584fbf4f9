"""Two measures in different units of one dimension: "about 24km" and "about 15 miles".

Outlets convert a figure for their readers and round the result, so a
converted figure is compared with a tolerance: close enough is the same
measure rounded, far enough is a different one, and in between nothing is
said. A unit is read from the slot (``Span.unit``); an area written with a unit
of length ("15,800-square-metre") is told by the word "square".
"""

from __future__ import annotations

from typing import NamedTuple

#: Each unit's dimension and its size in that dimension's base unit (metre, kilogram, litre, square metre).
_UNITS: dict[str, tuple[str, float]] = {
    **{u: ("length", 1000.0) for u in ("km", "kilometre", "kilometer")},
    **{u: ("length", 1.0) for u in ("metre", "meter")},
    **{u: ("length", 0.3048) for u in ("foot", "feet")},
    "mile": ("length", 1609.344),
    "yard": ("length", 0.9144),
    "inch": ("length", 0.0254),
    **{u: ("mass", 1.0) for u in ("kilogram", "kg")},
    "tonne": ("mass", 1000.0),
    "pound": ("mass", 0.45359237),
    **{u: ("volume", 1.0) for u in ("litre", "liter")},
    "gallon": ("volume", 3.785411784),
    "acre": ("area", 4046.8564224),
    "hectare": ("area", 10000.0),
    # Speeds, in metres per second ("120 miles per hour", "193km / h": ``figures``).
    "km/hour": ("speed", 1000.0 / 3600.0),
    "mile/hour": ("speed", 1609.344 / 3600.0),
}


class Measure(NamedTuple):
    """A unit's dimension and size in the dimension's base unit."""

    dimension: str
    size: float


def measure(unit: str, text: str = "") -> Measure | None:
    """The dimension and size of ``unit``, or None when it is not a known unit of measure.

    Args:
        unit: The unit a number was read with (``Span.unit``: "km", "mile", "foot").
        text: The slot's text: "square" in it makes a unit of length one of area.
    """
    found = _UNITS.get(unit.lower())
    if found is None:
        return None
    dimension, size = found
    if dimension == "length" and "square" in text.lower().replace("-", " ").split():
        return Measure("area", size * size)
    return Measure(dimension, size)


def ratio(value_x: float, unit_x: Measure, value_y: float, unit_y: Measure) -> float | None:
    """How many times the larger of two measures of one dimension is the smaller (1.0: equal), or None."""
    if unit_x.dimension != unit_y.dimension:
        return None
    a, b = abs(value_x * unit_x.size), abs(value_y * unit_y.size)
    if a == 0 or b == 0:
        return None
    return max(a, b) / min(a, b)
