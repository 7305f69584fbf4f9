"""Normalise numbers, ordinals, durations and dates so that equal values compare equal.

"5,936", "5, 936" and "5936", "two" and "2", "Nov. 30", "November 30" and
"30 November" each normalise to one key; vague expressions ("the same day",
"years", "dozens") get no key, so they never produce a conflict. Dates are
read by ``dates`` against the article's publication date. How two keys
relate (same, compatible, unknown or different) is ``relations.relation``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from tuicompare.engine.dates import resolve

#: The number words read as numbers (with ``text2num``, see ``word_number``); the one table of them.
NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
    ]
)
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
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
_DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
#: "1,000", "1, 000" (a space after the comma, as some feeds detokenise), "3.5".
_NUM_RE = re.compile(r"[-+]?\d{1,3}(?:,\s?\d{3})+(?![\d])(?:\.\d+)?|[-+]?\d+(?:\.\d+)?")
_WORD_RE = re.compile(r"[a-z]+")
#: A weekday named in a time ("Sunday afternoon"): the recogniser's TIME then holds a date.
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
#: "£1.7m", "$3bn": the short scale words of money, right after the figure.
_SHORT_SCALE = re.compile(r"\s?(m|mn|bn|k)\b")
SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_CURRENCY = re.compile(r"[$£€¥]|\b(?:euros?|dollars?|pounds?|yen|yuan|rupees?)\b")
#: "5. 9" inside one recognised number: a decimal point a detokenising feed spaced ("magnitude 5. 9").
_SPACED_DECIMAL = re.compile(r"(?<=\d)\.\s(?=\d)")
#: A whole number and a fraction: "4 1/2", "4 1 / 2" (as a detokenising feed spaces it), "4½".
_MIXED = re.compile(r"(?<![\d.,/])(?<!,\s)(\d+)(?:\s+(\d)\s?/\s?(\d{1,2})|\s?([½¼¾⅓⅔]))(?![\d/])")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
#: "between six and 75", "six to 75", "6-75": a range of a duration, read on the words before its unit.
_RANGE = re.compile(r"^(?:.*\bbetween\s+)?(.+?)\s*(?:\band\b|\bto\b|-)\s*(.+)$")
#: A month's name before a figure ("July 24", "Jan. 5"): the figure is a day, never an amount of time.
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
)
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fourths", "fifth", "fifths"})
#: Words that make a number approximate, or a lower (``>``) or upper (``<``) bound.
_HEDGE_WORDS = (
    (">", "more than|over|above|at least|upwards of|in excess of|exceeding|north of|just over"),
    ("<", "less than|fewer than|under|below|up to|at most|no more than|as many as|just under"),
    ("~", "about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|more or less"),
)
_HEDGES = tuple((mark, re.compile(rf"\b(?:{words})(?:\s+an?)?\s*$")) for mark, words in _HEDGE_WORDS)
#: How a text any of ``_HEDGES`` matches ends, its spaces stripped: the last word of a hedge, or "a" or "an".
_HEDGE_ENDS = tuple(sorted({w.split()[-1] for _m, words in _HEDGE_WORDS for w in words.split("|")} | {"a", "an"}))
_FIRST_NUMBER = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS | {"dozen"})) + r")\b")
#: The figure a bracketed conversion follows: "50 km (", "$2.6m (", "two million euros (".
_CONVERTED = re.compile(
    r"[$€£]?\s?(?:\d[\d.,\s]*|(?:[a-z]+\s+)?(?:million|billion|thousand|hundred)\s+)[a-z%./]*(?:\s[a-z./]+){0,2}\s*\(\s*$"
)
_HEDGE_AFTER = re.compile(r"^(?:\s*(?:or so|or more|-plus|plus|odd)\b|\+)")


def parse_number(text: str) -> float | None:
    """Parse a cardinal written with digits or words ("5,936", "1, 000", "two dozen", "3.5 million").

    Returns:
        The value, or None when the text holds no exact number ("thousands", "dozens").
    """
    low = text.lower().replace("\u2009", "").replace("\xa0", " ").replace("\u2019", "'")
    low = _SPACED_DECIMAL.sub(".", low)
    words = _WORD_RE.findall(low)
    if _FRACTIONS & set(words) and "dozen" not in words:
        return None  # "one-third", "two-thirds", "half": a share, not a count
    mixed = _MIXED.search(low)
    if mixed and (mixed.group(4) or 0 < int(mixed.group(2)) < int(mixed.group(3))):
        # "4 1/2 hours" is the "4.5 hours" of another outlet, not 4 (nor a date).
        part = _VULGAR[mixed.group(4)] if mixed.group(4) else int(mixed.group(2)) / int(mixed.group(3))
        after = _WORD_RE.findall(low[mixed.end() :])
        return round(int(mixed.group(1)) + part, 4) * (SCALES.get(after[0], 1) if after else 1)
    match = _NUM_RE.search(low)
    if match:
        try:
            value = float(re.sub(r",\s?", "", match.group()))
        except ValueError:
            return None
        after = _WORD_RE.findall(low[match.end() :])
        scale = SCALES.get(after[0], 1) if after else 1
        short = _SHORT_SCALE.match(low, match.end())
        if short and (short.group(1) == "bn" or _CURRENCY.search(low)):
            scale = SHORT_SCALES[short.group(1)]  # "3bn"; "£1.7m", "2m euros": money counts in millions
        return value * scale
    return word_number(words)


#: Words that stand for "one" before a scale word or "dozen": "a hundred", "another dozen" (a dozen more).
_ONE = frozenset({"a", "an", "another"})


def word_number(words: list[str]) -> float | None:
    """A number spelled in words, read with ``text2num``; "a dozen", "two dozen", "half a dozen".

    A scale word alone ("hundred", "thousand") is refused: in a sentence's values
    it is no count. The entity sheet reads one case differently, see
    ``attrcount.number_value``.

    Args:
        words: The lower-case words of the phrase, in order.
    """
    if "dozen" in words:
        i = words.index("dozen")
        before = words[:i]
        if before[-2:] == ["half", "a"]:
            return 6.0
        # "another dozen people were hurt": the twelve people of its phrase, as "a dozen" counts them.
        count = word_number(before) if before and before[-1] not in _ONE else 1.0
        return 12.0 * count if count is not None else None
    run: list[str] = []
    for n, word in enumerate(words):
        if word in NUMBER_WORDS or (word == "and" and run):
            run.append(word)
        elif word in _ONE and not run and words[n + 1 : n + 2] and words[n + 1] in SCALES:
            run.append("one")  # "a hundred", "another hundred"; not the "an" of "an estimated two million"
        elif run:
            break
    while run and run[-1] == "and":
        run.pop()
    if not run or run == ["one"] and not any(w in NUMBER_WORDS for w in words):
        return None
    if run[-1] in SCALES and len(run) == 1:
        return None  # "thousands" never gets here, but a bare "hundred" is no count either
    from text_to_num import text2num  # a 20 ms import, only once a number is spelled out

    try:
        return float(text2num(" ".join(run), "en"))
    except ValueError:
        return None


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


def parse_date(text: str, published: date | None = None) -> str | None:
    """The date key of a mention (see ``dates``): "Nov. 30" gives ``????-11-30``, "the same day" None."""
    value = resolve(text, published)
    return value.key if value is not None else None


def parse_duration(text: str) -> str | None:
    """Normalise "over an hour", "two hours", "six months" to e.g. ``>1 hour``/``6 month``."""
    low = text.lower()
    words = _WORD_RE.findall(low)
    if "ago" in words:
        return None  # "two days ago" is a date
    unit = next((u for w in words for u in _DURATION_UNITS if w in (u, u + "s")), None)
    if unit is None:
        return None
    if re.search(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?![\d,])", low.split(unit)[0]):
        return None  # "the 2000 fiscal year" is a year, not 2000 years
    if re.search(rf"\b(?:this|last|next)\s+{unit}\b", low):
        return None  # "December 22 of this year", "the 15th of this month": a date in a named span, not 22 years
    before = low.split(unit)[0]
    if _MONTH_BEFORE.search(before):
        return None  # "on July 24 ended months of talks": the figure is a day of the month, not 24 months
    # "a 43-year-old" is an age, never a length of time ("a 20-year employee"): its own measure.
    unit += "-old" if re.search(rf"\b{unit}s?\s*-?\s*old\b", low) else ""
    amount = parse_number(before) if before.strip() else None
    if amount is None and re.search(r"\b(an?|one)\s+" + unit, low):
        amount = 1.0
    if amount is None:
        return None
    first = _FIRST_NUMBER.search(before)
    # The hedge stands before the figure ("up to 119 years"), or alone before the unit ("over an hour").
    bound = _bound(before[: first.start()] if first else before) or _bound(before)
    span = _range(before[first.start() :] if first else "")
    if span is not None and not bound:
        return f"{_fmt(span[0])}-{_fmt(span[1])} {unit}"  # "between six and 75 years": both ends kept
    return f"{bound if bound != '~' else ''}{_fmt(amount)} {unit}"


def _range(text: str) -> tuple[float, float] | None:
    """The two ends of a range of figures ("six and 75", "6-75"), lower first; None for one figure."""
    match = _RANGE.match(text.strip())
    if not match or _MIXED.search(text):
        return None
    low, high = parse_number(match.group(1)), parse_number(match.group(2))
    return (low, high) if low is not None and high is not None and low < high else None


def _scaled_ends(text: str) -> tuple[float, float] | None:
    """The two ends of "$5.4 million to $200,000" or "between 2 and 3 million", each with its scale word.

    An end with no scale word of its own takes the other's ("2 and 3 million" is two and three
    million). None when the text holds no scale word (the plain reading of its figures is right).
    """
    match = _RANGE.match(_SPACED_DECIMAL.sub(".", text.lower()).strip())
    if not match or not _SCALE_AFTER.search(text.lower()):
        return None
    first, second = match.group(1), match.group(2)
    low, high = parse_number(first), parse_number(second)
    if low is None or high is None:
        return None
    scale_low, scale_high = _SCALE_AFTER.search(first), _SCALE_AFTER.search(second)
    if scale_high and not scale_low:
        low *= SCALES[scale_high.group(1)]
    return low, high


def _short_scaled_ends(text: str) -> tuple[float, float] | None:
    """The two ends of "£2-3m" or "$1.5m to $2m": money's short scale words, "m" and "bn", after the second."""
    match = _RANGE.match(_SPACED_DECIMAL.sub(".", text.lower()).strip())
    if not match or not _CURRENCY.search(text.lower()):
        return None
    ends = [_SHORT_AFTER.fullmatch(part.strip(" $£€¥")) for part in match.groups()]
    if ends[0] is None or ends[1] is None or not ends[1].group(2):
        return None
    scale = SHORT_SCALES[ends[1].group(2)]
    low = float(ends[0].group(1)) * SHORT_SCALES.get(ends[0].group(2) or "", scale)
    return low, float(ends[1].group(1)) * scale


#: A scale word after a figure ("5.4 million").
_SCALE_AFTER = re.compile(r"\d\s*(thousand|million|billion|trillion)\b")
#: A figure and money's short scale word or none ("3m", "1.5 bn", "2").
_SHORT_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s?(m|mn|bn|k)?")


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def hedge(before: str, text: str, after: str = "") -> str:
    """The hedge on a number: ``~`` approximate, ``>`` a lower bound, ``<`` an upper bound, or "".

    Args:
        before: The sentence text before the mention (its last words are read).
        text: The mention itself, which may start with the hedge ("about $80,000").
        after: The text after the mention ("500 or so").
    """
    low = text.lower()
    first = _FIRST_NUMBER.search(low)
    lead = low[: first.start()] if first else ""
    bound = _bound(before.lower()[-40:] + " " + lead)
    if bound:
        return bound
    near = before.lower()[-60:]
    # The pattern ends in "(" and spaces: a text not ending so (most) is not searched from every character.
    ends_open = near.rstrip().endswith("(")
    converted = _CONVERTED.search(near) if ends_open and not lead.strip(" $€£") else None
    if converted:
        # "less than 50 km (30 miles)": a conversion in brackets is hedged as the figure it converts.
        bound = _bound(near[: converted.start()])
        if bound:
            return bound
    return "~" if _HEDGE_AFTER.match(after.lower()) or low.rstrip().endswith("+") else ""


def _bound(text: str) -> str:
    text = text.rstrip(" $€£")
    if not text.rstrip().endswith(_HEDGE_ENDS):
        return ""  # no hedge can end it (most texts): the patterns, tried from every character, are not searched
    for mark, pattern in _HEDGES:
        if pattern.search(text):
            return mark
    return ""


@lru_cache(maxsize=4096)
def value_key(label: str, text: str, published: date | None = None) -> tuple[str, str] | None:
    """The comparable (type, key) of a numeric or temporal mention, or None if vague.

    Args:
        label: spaCy label (CARDINAL, ORDINAL, QUANTITY, MONEY, PERCENT, DATE, TIME).
        text: The mention text.
        published: The article's publication date, to resolve relative dates.
    """
    if label == "ORDINAL":
        value = parse_ordinal(text)
        return ("ordinal", str(value)) if value is not None else None
    if label in ("DATE", "TIME"):
        duration = parse_duration(text)
        if duration is not None:
            return ("duration", duration)
        # A time of a named day ("Sunday afternoon", "6 p.m. Friday") dates its event as the day does.
        day = parse_date(text, published) if label == "DATE" or _WEEKDAY.search(text) else None
        return ("date", day) if day else None
    numbers = _NUM_RE.findall(_SPACED_DECIMAL.sub(".", text))
    if len(numbers) >= 2 and label == "CARDINAL" and not _MIXED.search(_SPACED_DECIMAL.sub(".", text)):
        ends = _scaled_ends(text) or _short_scaled_ends(text)
        if ends is not None:
            # "outraised her $5.4 million to $200,000": the larger first is two figures set against
            # each other, not a range (which runs low to high): no one value to compare.
            return ("number", f"{_fmt(ends[0])}-{_fmt(ends[1])}") if ends[0] < ends[1] else None
        # "6-75": the dash joins the figures, it is no minus sign of the second.
        low, high = parse_number(numbers[0]), parse_number(numbers[1].lstrip("-+"))
        return ("number", f"{_fmt(low)}-{_fmt(high)}") if low is not None and high is not None else None
    number = parse_number(text)
    if number is None:
        return None
    if label == "MONEY":
        return ("quantity", "money " + _fmt(number))
    if label == "PERCENT":
        return ("quantity", _fmt(number) + "%")
    if label == "QUANTITY":
        unit = " ".join(w for w in _WORD_RE.findall(text.lower()) if w not in NUMBER_WORDS)
        return ("quantity", f"{_fmt(number)} {unit}".strip())
    return ("number", _fmt(number))
