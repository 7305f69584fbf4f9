"""The values a generated story mentions (its slots), how an article writes them, and how a change replaces them.

A slot is a person, place, organisation, role, number or date. Each article
writes it in a style of its own ("1,200", "1200"; "March 3", "3 March"; a
person's full or short name), none of which is a conflict; a planted change
replaces its value with another that cannot be mistaken for a spelling of it
(``distinct``), or spells a name another way (``transliterate``, a variant).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuicompare.engine.entities import phonetic
from tuicompare.evaluation.gen import people, pools

__all__ = ["SLOT", "TRANSLIT", "Slot", "all_forms", "distinct", "new_value", "render", "transliterate"]

#: A slot in a template: ``{P0}``, ``{P0s}`` (a person's short name), ``{L1c}`` (capitalised).
SLOT = re.compile(r"\{([A-Z]+\d*)(s|c)?\}")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
#: Transliteration rules (pattern, replacement) applied to a name to make a variant spelling.
TRANSLIT = (
    ("kh", "h"),
    ("(?<=[aeiou])h", "kh"),
    ("ts", "tz"),
    ("tz", "ts"),
    ("ov$", "off"),
    ("ev$", "eff"),
    ("iy", "y"),
    ("y", "i"),
    ("i", "y"),
    ("o", "a"),
    ("ks", "x"),
    ("x", "ks"),
    ("enko$", "enco"),
    ("sch", "shch"),
    ("ia", "ya"),
    ("yu", "iu"),
    ("ie", "ye"),
    ("ei", "ey"),
)


@dataclass(frozen=True, slots=True)
class Slot:
    """A value a story mentions: its type and its canonical value."""

    id: str
    type: str
    value: str


def render(template: str, values: dict[str, Slot], style: dict[str, int]) -> str:
    """A template with each slot written in the article's style for it (slots without a value are left as they are)."""

    def one(match: re.Match[str]) -> str:
        slot = values.get(match.group(1))
        if slot is None:
            return match.group(0)
        return _form(slot, match.group(2), style.get(slot.id, 0))

    return SLOT.sub(one, template).replace("{{", "{").replace("}}", "}")


def _form(slot: Slot, suffix: str | None, style: int) -> str:
    value = slot.value
    if slot.type == "person" and suffix == "s":
        return value.split()[-1]
    if suffix == "c":
        return value[:1].upper() + value[1:]
    if slot.type == "number" and value.isdigit():
        number = int(value)
        if style == 1 and number <= 10:
            return _NUMBER_WORDS[number]
        return f"{number:,}" if style != 2 else str(number)
    if slot.type == "date":
        month, day = value.split()
        return (f"{month} {day}", f"{day} {month}", f"{month[:3]}. {day}" if month != "May" else f"{month} {day}")[
            style % 3
        ]
    return value


def all_forms(slot: Slot) -> tuple[str, ...]:
    """Every way an article may write the slot: full and short names, each number or date style."""
    suffixes = (None, "s") if slot.type == "person" else (None,)
    return tuple(dict.fromkeys(_form(slot, sfx, style) for sfx in suffixes for style in range(3)))


def transliterate(name: str, rng: random.Random) -> str | None:
    """A plausible other spelling of ``name`` (same sound, other letters), or None."""
    rules = list(TRANSLIT)
    rng.shuffle(rules)
    low = name.lower()
    for pattern, repl in rules:
        body = low[1:]  # keep the initial, as transliterations do
        if re.search(pattern, body):
            new = low[0] + re.sub(pattern, repl, body, count=1)
            if new != low:
                return new[0].upper() + new[1:]
    return None


def distinct(candidate: str, taken: Sequence[str]) -> bool:
    """A replacement must not sound like any name of the story (that would be a variant)."""
    key = " ".join(phonetic(t) for t in candidate.split())
    return all(
        key != " ".join(phonetic(t) for t in other.split()) and candidate.split()[-1] != other.split()[-1]
        for other in taken
    )


def new_value(slot: Slot, rng: random.Random, taken: list[str]) -> str:
    """A planted conflict's value: another person or place (``distinct`` from ``taken``), number or date."""
    if slot.type == "person":
        while True:
            name = f"{rng.choice(people.FIRST_NAMES)} {rng.choice(people.SURNAMES)}"
            if distinct(name, taken):
                return name
    if slot.type == "place":
        while True:
            place = rng.choice(pools.PLACES)
            if distinct(place, taken):
                return place
    if slot.type == "number":
        value = int(slot.value)
        return str(max(value + rng.choice((-1, 1)) * max(2, round(value * rng.uniform(0.2, 0.6))), value + 3))
    month, day = slot.value.split()
    if rng.random() < 0.5:
        return f"{month} {(int(day) + rng.randint(2, 9) - 1) % 28 + 1}"
    return f"{rng.choice([m for m in pools.MONTHS if m != month])} {day}"
