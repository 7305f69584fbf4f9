"""New values for planted changes: a surname swapped, a number changed, a date shifted, a place swapped.

Each function returns the changed value, or None when the value cannot be
changed in its kind (then it is not planted). Replacement names come from a
pool the caller gives (surnames of other stories) or from the fixed lists
below, never chosen for the engine; ``avoid`` holds words of the story, so a
replacement is never a name the story already uses.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Sequence

from tuicompare.evaluation.gen import pools

STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
] + [
    "New York",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "Rhode Island",
    "West Virginia",
]
COUNTRIES = [
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Peru",
    "Colombia",
    "Venezuela",
    "Cuba",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Portugal",
    "Poland",
    "Greece",
    "Turkey",
    "Egypt",
    "Libya",
    "Syria",
    "Iraq",
    "Iran",
    "Israel",
    "Jordan",
    "Lebanon",
    "Russia",
    "Ukraine",
    "China",
    "Japan",
    "India",
    "Pakistan",
    "Afghanistan",
    "Nigeria",
    "Kenya",
    "Australia",
    "Britain",
    "Ireland",
    "Sweden",
    "Norway",
]
COUNTRY_FORMS = ("U.S.", "US", "United States", "America", "U.K.", "United Kingdom", "England")
CITIES = [
    "Boston",
    "Chicago",
    "Denver",
    "Houston",
    "Dallas",
    "Atlanta",
    "Miami",
    "Phoenix",
    "Seattle",
    "Portland",
    "Baltimore",
    "Philadelphia",
    "Cleveland",
    "Detroit",
    "Pittsburgh",
    "Memphis",
    "Nashville",
    "Omaha",
    "Tulsa",
    "Sacramento",
    "Albany",
    "Hartford",
    "Richmond",
    "Raleigh",
    "London",
    "Paris",
    "Berlin",
    "Madrid",
    "Rome",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Cairo",
    "Baghdad",
    "Tehran",
    "Kabul",
    "Toronto",
] + ["Los Angeles", "San Francisco", "San Diego", "Las Vegas", "New Orleans", "Salt Lake City"]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Month names in full (the generator's) and as news agencies abbreviate them.
MONTHS = (
    list(pools.MONTHS),
    ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
)
NUMBER_WORDS = {
    "one": "three",
    "two": "five",
    "three": "seven",
    "four": "nine",
    "five": "eight",
    "six": "eleven",
    "seven": "twelve",
    "eight": "fifteen",
    "nine": "fourteen",
    "ten": "twenty",
    "eleven": "four",
    "twelve": "thirty",
    "dozen": "hundred",
    "dozens": "hundreds",
    "hundred": "thousand",
    "hundreds": "thousands",
    "thousand": "million",
    "thousands": "millions",
    "million": "billion",
    "millions": "billions",
    "billion": "million",
    "twenty": "sixty",
    "thirty": "ninety",
    "forty": "seventy",
    "fifty": "eighty",
}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_NAME = re.compile(r"^[A-Z][A-Za-z'\u2019-]+$")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _free(options: Sequence[str], avoid: Collection[str], rng: random.Random, old: str) -> str | None:
    """A random option that is not ``old`` and none of whose words the story uses."""
    fresh = [o for o in options if o.lower() != old.lower() and not any(w.lower() in avoid for w in o.split())]
    return rng.choice(fresh) if fresh else None


def surname_swap(value: str, pool: Sequence[str], avoid: Collection[str], rng: random.Random) -> str | None:
    """The person's surname (last name word, before any suffix) replaced by another surname."""
    words = value.split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k].rstrip(",")
        base = re.sub(r"['\u2019]s$", "", word)
        if word.lower() in _SUFFIXES:
            continue
        if not _NAME.match(base) or len(base) < 3:
            return None
        new = _free(pool, avoid, rng, base)
        if new is None:
            return None
        words[k] = words[k].replace(base, new, 1)
        return " ".join(words)
    return None


def _format_number(n: float, like: str) -> str:
    decimals = len(like.split(".", 1)[1]) if "." in like else 0
    text = f"{n:,.{decimals}f}" if "," in like else f"{n:.{decimals}f}"
    return text


def number_change(value: str, rng: random.Random) -> str | None:
    """The first number of the value changed clearly (digits kept as digits, words as words)."""
    m = _NUMBER.search(value)
    if m:
        digits = m.group().rstrip(",")
        n = float(digits.replace(",", ""))
        if n < 10 and "." not in digits:
            new = n + rng.choice((2, 3, 4))
        else:
            new = n * rng.choice((1.3, 1.4, 1.6, 0.6, 0.7))
            if "." not in digits:
                new = round(new, -max(0, len(str(int(n))) - 2))
        text = _format_number(new, digits)
        if text == digits:
            return None
        return value[: m.start()] + text + value[m.start() + len(digits) :]
    for word in re.findall(r"[A-Za-z]+", value):
        if word.lower() in NUMBER_WORDS:
            swapped = NUMBER_WORDS[word.lower()]
            swapped = swapped.capitalize() if word[0].isupper() else swapped
            return re.sub(rf"\b{word}\b", swapped, value, count=1)
    return None


def date_shift(value: str, rng: random.Random) -> str | None:
    """A weekday moved by some days, else a day of the month, else the month, else the year."""
    for k, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", value):
            return re.sub(rf"\b{day}\b", WEEKDAYS[(k + rng.choice((2, 3, 4))) % 7], value, count=1)
    for names in MONTHS:
        for k, month in enumerate(names):
            m = re.search(rf"\b{re.escape(month)}(?!\w)\s*(\d{{1,2}})?\b", value)
            if not m:
                continue
            if m.group(1):
                day_of_month = int(m.group(1))
                new_day = day_of_month + 7 if day_of_month <= 20 else day_of_month - 9
                return value[: m.start(1)] + str(new_day) + value[m.end(1) :]
            return value[: m.start()] + names[(k + rng.choice((3, 4, 5))) % 12] + value[m.start() + len(month) :]
    m = re.search(r"\b(19|20)\d\d\b", value)
    if m:
        return value[: m.start()] + str(int(m.group()) - rng.choice((2, 3))) + value[m.end() :]
    return None


def place_swap(value: str, avoid: Collection[str], rng: random.Random) -> str | None:
    """The place replaced by another of its kind (a US state, a country, a city); None for other places."""
    stripped = value.removeprefix("the ").strip()
    for members, options in ((STATES, STATES), ((*COUNTRIES, *COUNTRY_FORMS), COUNTRIES), (CITIES, CITIES)):
        if stripped in members:
            new = _free(options, avoid, rng, stripped)
            return None if new is None else value.replace(stripped, new, 1)
    return None


def renamed(change: str | None, old: str, new: str) -> tuple[str, str] | None:
    """What a change (``"surname"``, ``"place"``) replaces in the text, as (old, new); None for other changes.

    An outlet that gives a person another surname, or an event another place, writes it at every
    mention; a copy that changed one mention and kept the real name elsewhere would state both
    values, which no real outlet that disagrees does (``planted.write_copy``).
    """
    if change == "place":
        before, after = old.removeprefix("the ").strip(), new.removeprefix("the ").strip()
        return (before, after) if before and after and before != after else None
    if change != "surname":
        return None
    pairs = [(a, b) for a, b in zip(old.split(), new.split(), strict=False) if a != b]
    if len(pairs) != 1:
        return None
    word, changed = pairs[0]
    base = re.sub(r"['\u2019]s$", "", word.rstrip(","))
    suffix = word[len(base) :]
    if not changed.endswith(suffix):
        return None
    return base, changed[: len(changed) - len(suffix)]


def writes_name(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` as whole words."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None
