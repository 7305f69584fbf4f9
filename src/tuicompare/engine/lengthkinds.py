"""What a length measures, and where a distance is measured from: two lengths of two dimensions are two facts.

"The quake had a depth of 1.2 miles" against "the quake began two miles northeast of the town": the
first tells how deep the quake was, the second how far its epicentre lay from a town (a different-facts
false possible difference of the ECB+ audits: a depth against distances from two other places). A
length's dimension is read from the parse of its sentence (``dimension``):

- the noun it measures through "of" ("a depth of 1.2 miles", "a height of 30 feet");
- the adjective right after it ("1.2 miles deep", "0.7 inches thin", "30 feet tall");
- a compass word it hangs from or that follows it, or "from" or "away" ("two miles northeast of X",
  "14 miles from X", "five miles away"): a distance from a place.

Two lengths whose dimensions are both read and differ are never paired (``two_dimensions``); a length
whose dimension is not read ("an 11-inch model") pairs as before, so a planted change of one distance
against another distance, or of one depth against another, is still found.

The place a distance is measured from ("14 miles north-northeast of Healdsburg", ``reference_direction``)
is a landmark, not where the act happened: two such places measured in different compass directions
("north-northeast of X" against "east of Y") are two landmarks, not one place told two ways (the same
audit file's other false possible difference). Measured in one direction ("north of X" against "north
of Y") they may still be one place changed, and pair as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.context import governed_through, parsed_slot
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.models import Token

__all__ = ["dimension", "reference_direction", "two_dimensions", "two_landmarks"]

#: Nouns a length measures through "of" ("a depth of 1.2 miles"), by the dimension they name.
_NOUNS = {
    "depth": "depth",
    "height": "height",
    "altitude": "height",
    "elevation": "height",
    "width": "width",
    "breadth": "width",
    "thickness": "thickness",
    "length": "length",
    "diameter": "diameter",
    "radius": "radius",
    "distance": "distance",
}
#: Adjectives right after a length that name its dimension ("1.2 miles deep", "0.7 inches thin").
_ADJECTIVES = {
    "deep": "depth",
    "tall": "height",
    "high": "height",
    "wide": "width",
    "broad": "width",
    "thick": "thickness",
    "thin": "thickness",
    "long": "length",
    "away": "distance",
}
#: Compass words: a length before one is a distance from a place ("two miles northeast of X").
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"northward", "southward", "eastward", "westward"}
)


def dimension(side: SentenceFeatures, span: Span) -> str:
    """The dimension a length measures ("depth", "distance"...), or ``""`` when its sentence does not say."""
    located = parsed_slot(side.parse, span.start, span.end)
    if located is None:
        return ""
    tokens, (_first, last, head) = located
    token = tokens[head]
    governor = token.head if 0 <= token.head < len(tokens) and token.head != head else -1
    if token.dep == "pobj" and governor >= 0 and tokens[governor].lemma.lower() == "of":
        noun = tokens[governor].head
        if 0 <= noun < len(tokens) and (found := _NOUNS.get(tokens[noun].lemma.lower())):
            return found  # "a depth of 1.2 miles"
    if last + 1 < len(tokens):
        after = tokens[last + 1]
        word = after.lemma.lower()
        if after.pos in ("ADJ", "ADV") and (found := _ADJECTIVES.get(word)):
            return found  # "1.2 miles deep", "five miles away"
        if word in DIRECTIONS:
            return "distance"  # "twenty-six miles north of X", however the parser hung the compass word
    if governor >= 0 and tokens[governor].lemma.lower() in DIRECTIONS:
        return "distance"  # "14 miles north-northeast of X": the compass word the length hangs from
    from_child = any(t.head == head and t.dep == "prep" and t.lemma.lower() == "from" for t in tokens)
    return "distance" if from_child else ""  # "14 miles from X"


def two_dimensions(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when two lengths measure two dimensions their sentences both name (a depth and a distance)."""
    if x.kind != "number" or y.kind != "number":
        return False
    dx = dimension(a, x)
    return bool(dx) and dx != (dy := dimension(b, y)) and bool(dy)


def reference_direction(side: SentenceFeatures, span: Span) -> str:
    """The compass word of the distance a place is measured from ("northeast" for "14 miles north-northeast
    of Healdsburg"), or ``""`` when the place is no landmark of a distance."""
    parse = side.parse
    if parse is None:
        return ""
    tokens = parse.tokens
    compass = governed_through(tokens, span.start, span.end, "of")
    if compass < 0 or tokens[compass].lemma.lower() not in DIRECTIONS:
        return ""
    return tokens[compass].lemma.lower() if _measured(tokens, compass) else ""


def _measured(tokens: Sequence[Token], compass: int) -> bool:
    """True when a length stands right before the compass phrase ("14 miles north-northeast"): a distance."""
    start = compass
    while start > 0 and (tokens[start - 1].lemma.lower() in DIRECTIONS or tokens[start - 1].pos == "PUNCT"):
        start -= 1  # "north - northeast": the words of one compass phrase
    before = start - 1
    return (
        before >= 0
        and tokens[before].pos == "NOUN"
        and any(t.head == before and t.dep == "nummod" for t in tokens[max(0, before - 4) : before])
    )


def two_landmarks(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when two places are each a distance's landmark, measured in different compass directions."""
    if x.kind != "name" or y.kind != "name":
        return False
    dx = reference_direction(a, x)
    return bool(dx) and dx != (dy := reference_direction(b, y)) and bool(dy)
