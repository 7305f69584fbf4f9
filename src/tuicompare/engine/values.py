"""Normalise numbers, ordinals, durations and dates so that equal values compare equal.

"5,936", "5, 936" and "5936", "two" and "2", "Nov. 30", "November 30" and
"30 November" each normalise to one key; vague expressions ("the same day",
"years", "dozens") get no key, so they never produce a conflict. Dates are
read by ``dates`` against the article's publication date.

``relation`` says how two values of a slot relate (same, compatible, unknown,
or different, with a confidence): values counting different things ("14
percent" and "14 people", "13-month" and "two-year") are unknown, and an
approximate value ("about $80,000") differs from an exact one only with a
lower confidence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple, Protocol

from tuicompare.engine.dates import date_relation, resolve
from tuicompare.engine.tuning import TUNING

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
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
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
#: "£1.7m", "$3bn": the short scale words of money, right after the figure.
_SHORT_SCALE = re.compile(r"\s?(m|mn|bn|k)\b")
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_CURRENCY = re.compile(r"[$£€¥]|\b(?:euros?|dollars?|pounds?|yen|yuan|rupees?)\b")
#: "5. 9" inside one recognised number: a decimal point a detokenising feed spaced ("magnitude 5. 9").
_SPACED_DECIMAL = re.compile(r"(?<=\d)\.\s(?=\d)")
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fourths", "fifth", "fifths"})
#: Words that make a number approximate, or a lower (``>``) or upper (``<``) bound.
_HEDGES = tuple(
    (mark, re.compile(rf"\b(?:{words})(?:\s+an?)?\s*$"))
    for mark, words in (
        (">", "more than|over|above|at least|upwards of|in excess of|exceeding|north of|just over"),
        ("<", "less than|fewer than|under|below|up to|at most|no more than|as many as|just under"),
        ("~", "about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|more or less"),
    )
)
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
    match = _NUM_RE.search(low)
    if match:
        try:
            value = float(re.sub(r",\s?", "", match.group()))
        except ValueError:
            return None
        after = _WORD_RE.findall(low[match.end() :])
        scale = _SCALES.get(after[0], 1) if after else 1
        short = _SHORT_SCALE.match(low, match.end())
        if short and (short.group(1) == "bn" or _CURRENCY.search(low)):
            scale = _SHORT_SCALES[short.group(1)]  # "3bn"; "£1.7m", "2m euros": money counts in millions
        return value * scale
    return word_number(words)


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
        count = word_number(before) if before and before[-1] not in ("a", "an") else 1.0
        return 12.0 * count if count is not None else None
    run: list[str] = []
    for n, word in enumerate(words):
        if word in NUMBER_WORDS or (word == "and" and run):
            run.append(word)
        elif word in ("a", "an") and not run and words[n + 1 : n + 2] and words[n + 1] in _SCALES:
            run.append("one")  # "a hundred", "a million"; not the "an" of "an estimated two million"
        elif run:
            break
    while run and run[-1] == "and":
        run.pop()
    if not run or run == ["one"] and not any(w in NUMBER_WORDS for w in words):
        return None
    if run[-1] in _SCALES and len(run) == 1:
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
    amount = parse_number(low.split(unit)[0]) if low.split(unit)[0].strip() else None
    if amount is None and re.search(r"\b(an?|one)\s+" + unit, low):
        amount = 1.0
    if amount is None:
        return None
    bound = _bound(low.split(unit)[0])
    return f"{bound if bound != '~' else ''}{_fmt(amount)} {unit}"


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
    converted = _CONVERTED.search(near) if not lead.strip(" $€£") else None
    if converted:
        # "less than 50 km (30 miles)": a conversion in brackets is hedged as the figure it converts.
        bound = _bound(near[: converted.start()])
        if bound:
            return bound
    return "~" if _HEDGE_AFTER.match(after.lower()) or low.rstrip().endswith("+") else ""


def _bound(text: str) -> str:
    text = text.rstrip(" $€£")
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
        day = parse_date(text, published) if label == "DATE" else None
        return ("date", day) if day else None
    numbers = _NUM_RE.findall(_SPACED_DECIMAL.sub(".", text))
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
        unit = " ".join(w for w in _WORD_RE.findall(text.lower()) if w not in NUMBER_WORDS)
        return ("quantity", f"{_fmt(number)} {unit}".strip())
    return ("number", _fmt(number))


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


def relation(x: Valued, y: Valued) -> Relation:
    """Compare two number, date or duration values of corresponding slots (see ``Relation``)."""
    if x.key is None or y.key is None or x.vtype != y.vtype:
        return Relation("unknown")
    tune = TUNING.values
    loose = tune.approximate if x.approximate or y.approximate else 1.0
    if x.vtype == "date":
        outcome = date_relation(x.key, y.key)
        return Relation(outcome, loose if outcome == "differ" else 1.0)
    confidence = 1.0
    if x.vtype == "duration":
        (bx, vx, ux), (by, vy, uy) = _duration(x.key), _duration(y.key)
        if ux != uy:
            return Relation("unknown")  # "13-month" and "two-year": not one measure
    elif x.vtype == "number":
        if x.unit != y.unit:
            if {x.unit, y.unit} & MEASURES:
                return Relation("unknown")  # a share and a count, dollars and people, an age and a count
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
        return Relation("differ", confidence if bx else min(confidence, loose))
    if _overlap(bx, vx, by, vy):
        return Relation("compatible")
    return Relation("differ", min(confidence, tune.approximate))


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
)


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
