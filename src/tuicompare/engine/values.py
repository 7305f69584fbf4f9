"""Normalise numbers, ordinals, durations and dates so that equal values compare equal.

"5,936" and "5936", "two" and "2", "Nov. 30", "November 30" and "30 November"
each normalise to one key; vague expressions ("the same day", "years") get no
key, so they never produce a conflict.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "a dozen": 12,
    "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
}
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
_NUM_RE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_WORD_RE = re.compile(r"[a-z]+")


def parse_number(text: str) -> float | None:
    """Parse a cardinal written with digits or words ("5,936", "two", "3.5 million").

    Returns:
        The value, or None when the text holds no exact number ("thousands").
    """
    low = text.lower().replace("\u2009", "").replace("\xa0", " ")
    match = _NUM_RE.search(low)
    words = _WORD_RE.findall(low)
    scale = next((_SCALES[w] for w in words if w in _SCALES), 1)
    if match:
        digits = match.group().replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        return value * scale if scale > 1 and value < 1000 else value
    total, current, seen = 0, 0, False
    for word in words:
        if word in _UNITS and word not in ("a", "an"):
            current += _UNITS[word]
            seen = True
        elif word in ("a", "an") and not seen:
            current = 1
        elif word in _SCALES and (seen or current):
            current = max(current, 1) * _SCALES[word]
            total += current
            current, seen = 0, True
        elif word in _SCALES:
            return None  # "thousands", "hundreds of": a magnitude, not a number
    total += current
    return float(total) if seen else None


def parse_ordinal(text: str) -> int | None:
    """Parse "177th", "3rd", "first" into an integer."""
    low = text.lower()
    match = re.search(r"(\d+)\s*(?:st|nd|rd|th)\b", low)
    if match:
        return int(match.group(1))
    for word in _WORD_RE.findall(low):
        if word in _ORDINAL_WORDS:
            return _ORDINAL_WORDS[word]
    return None


def parse_date(text: str) -> str | None:
    """Normalise a date to ``YYYY-MM-DD`` with ``??`` for unknown parts, or a weekday.

    "Nov. 30", "November 30th" and "30 November" all give ``????-11-30``;
    vague dates ("the same day", "third year") give None.
    """
    low = text.lower()
    words = _WORD_RE.findall(low)
    month = next((_MONTHS[w[:3]] for w in words if w[:3] in _MONTHS and _month_name(w[:3]).startswith(w)), None)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    day_match = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", re.sub(r"\b(1[89]\d\d|20\d\d)\b", " ", low))
    day = int(day_match.group(1)) if day_match and 1 <= int(day_match.group(1)) <= 31 else None
    if month is None:
        weekday = next((w for w in words if w in _WEEKDAYS), None)
        if weekday:
            return weekday
        return f"{year_match.group(1)}" if year_match and len(words) <= 2 else None
    year = year_match.group(1) if year_match else "????"
    return f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}"


def _month_name(prefix: str) -> str:
    names = (
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
    return next((n for n in names if n.startswith(prefix)), prefix)


def parse_duration(text: str) -> str | None:
    """Normalise "over an hour", "two hours", "six months" to e.g. ``>1 hour``/``6 month``."""
    low = text.lower()
    words = _WORD_RE.findall(low)
    unit = next((u for w in words for u in _DURATION_UNITS if w in (u, u + "s")), None)
    if unit is None:
        return None
    amount = parse_number(low.split(unit)[0]) if low.split(unit)[0].strip() else None
    if amount is None and re.search(r"\b(an?|one)\s+" + unit, low):
        amount = 1.0
    if amount is None:
        return None
    bound = (
        ">"
        if re.search(r"\b(over|more than|above)\b", low)
        else "<"
        if re.search(r"\b(under|less than|below)\b", low)
        else ""
    )
    return f"{bound}{_fmt(amount)} {unit}"


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def value_key(label: str, text: str) -> tuple[str, str] | None:
    """The comparable (type, key) of a numeric or temporal mention, or None if vague.

    Args:
        label: spaCy label (CARDINAL, ORDINAL, QUANTITY, MONEY, PERCENT, DATE, TIME).
        text: The mention text.
    """
    if label == "ORDINAL":
        value = parse_ordinal(text)
        return ("ordinal", str(value)) if value is not None else None
    if label in ("DATE", "TIME"):
        duration = parse_duration(text)
        if duration is not None:
            return ("duration", duration)
        date = parse_date(text) if label == "DATE" else None
        return ("date", date) if date else None
    numbers = _NUM_RE.findall(text)
    if len(numbers) >= 2 and label == "CARDINAL":
        low, high = (parse_number(n) for n in numbers[:2])
        return ("number", f"{_fmt(low)}-{_fmt(high)}") if low is not None and high is not None else None
    number = parse_number(text)
    if number is None:
        return None
    if label == "MONEY":
        return ("quantity", "money " + _fmt(number))
    if label == "PERCENT":
        return ("quantity", _fmt(number) + "%")
    if label == "QUANTITY":
        unit = " ".join(w for w in _WORD_RE.findall(text.lower()) if w not in _UNITS and w not in _SCALES)
        return ("quantity", f"{_fmt(number)} {unit}".strip())
    return ("number", _fmt(number))
