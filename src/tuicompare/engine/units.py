"""Two measures in different units of one dimension: "about 24km" and "about 15 miles".

Outlets convert a figure for their readers and round the result, so a
converted figure is compared with a tolerance: close enough is the same
measure rounded, far enough is a different one, and in between nothing is
said. A unit is read from the slot (``Span.unit``); an area written with a unit
of length ("15,800-square-metre") is told by the word "square", and its slot
counts "square metre" (``areal``), never the metres of a length.

Money is converted too ("$136 million" for a euro outlet's "€103 million"),
but at a rate the text does not give: ``currency`` tells the two currencies
apart, and amounts in two of them are never compared.
"""

from __future__ import annotations

import re
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
    square = unit.lower().startswith("square ")
    found = _UNITS.get(unit.lower().removeprefix("square "))
    if found is None:
        return None
    dimension, size = found
    if dimension == "length" and (square or "square" in text.lower().replace("-", " ").split()):
        return Measure("area", size * size)
    return Measure(dimension, size)


#: "square" or "sq." before a unit ("1,500-square-kilometer", "40 sq. miles"), and the unit's first letters.
_SQUARE = re.compile(r"\b(?:square|sq\.?)[\s-]+([a-z]{2,3})")


def areal(unit: str, text: str) -> str:
    """The unit a figure counts, made one of area when "square" stands before it: "square kilometer".

    The parse gives "kilometer" as what "a 1,500-square-kilometer island" counts; read so, the
    island's area would pair with another outlet's "1,150 kilometers" from the capital, a length.

    Args:
        unit: What the figure counts, as read from the parse ("kilometer").
        text: The figure and the words after it ("1,500-square-kilometer island").
    """
    low, name = text.lower(), unit.lower()
    found = _UNITS.get(name)
    square = _SQUARE.search(low)
    if found is None or found[0] != "length" or square is None or not name.startswith(square.group(1)):
        return unit
    if low.find(name[:2]) < square.start():
        return unit  # "120 km from the square": the unit came first, a length
    return f"square {unit}"


def ratio(value_x: float, unit_x: Measure, value_y: float, unit_y: Measure) -> float | None:
    """How many times the larger of two measures of one dimension is the smaller (1.0: equal), or None."""
    if unit_x.dimension != unit_y.dimension:
        return None
    a, b = abs(value_x * unit_x.size), abs(value_y * unit_y.size)
    if a == 0 or b == 0:
        return None
    return max(a, b) / min(a, b)


#: Currencies by their signs, codes and names. "$" alone is the US dollar; a letter prefix ("A$", "HK$")
#: makes another dollar. Words are matched whole and singular or plural ("euro", "euros").
_CURRENCY_SIGNS = {"€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₩": "won", "₽": "rouble"}
_CURRENCY_WORDS = {
    **{w: "euro" for w in ("euro", "eur")},
    **{w: "pound" for w in ("pound", "sterling", "gbp", "quid")},
    **{w: "$" for w in ("dollar", "usd", "buck")},
    **{w: "yen" for w in ("yen", "jpy")},
    **{w: "yuan" for w in ("yuan", "renminbi", "rmb", "cny")},
    **{w: "rupee" for w in ("rupee", "inr")},
    **{w: "rouble" for w in ("rouble", "ruble", "rub")},
    **{w: w for w in ("franc", "peso", "real", "rand", "riyal", "rial", "dirham", "shekel", "lira", "krona", "krone")},
}
_DOLLAR = re.compile(r"(?<![A-Za-z])([A-Z]{1,3})?\s?\$")
_WORD = re.compile(r"[^\W\d_]+")


def currency(text: str, unit: str = "") -> str:
    """The currency an amount is written in ("euro", "pound", "$", "A$"), or "" when none is stated.

    Args:
        text: The amount as shown ("€103 million", "$136M", "2m euros", "US$ 5 million").
        unit: What the slot counts (``Span.unit``): "euro" when read from "2m euros".
    """
    found = {_CURRENCY_WORDS.get(unit.lower().rstrip("s"), "")} - {""}
    found |= {name for sign, name in _CURRENCY_SIGNS.items() if sign in text}
    for match in _DOLLAR.finditer(text):
        prefix = match.group(1) or ""
        found.add("$" if prefix in ("", "US") else f"{prefix}$")
    if "$" not in text:
        # "US$" aside, a currency's name ("103 million euros") or code ("EUR 5m"), singular or plural.
        words = (w.lower() for w in _WORD.findall(text))
        found |= {_CURRENCY_WORDS.get(w, _CURRENCY_WORDS.get(w.removesuffix("s"), "")) for w in words} - {""}
    return found.pop() if len(found) == 1 else ""
