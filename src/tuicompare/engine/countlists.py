"""Two lists of counts that give one count alike: the other counts of a stat line answer each other.

"Roe had 8 points, 11 rebounds and six blocks" against "Roe had 11 points, 11 rebounds and six
blocks": the first outlet writes 11 too, but as rebounds, beside its 8 points, and so does the
other, beside its 11 points. That 11 is the rebounds both give, not the points moved: the points
differ. ``observations.value_pair`` asks this before it excuses a count as stated elsewhere.
Only counts written one after the other as a list count (nothing between them but their nouns,
adjectives, other counts, commas and "and"): "189 yards and two touchdowns in his last two games"
does not list the games with the touchdowns, so their two stays a value the outlet also states.
The parser's own list links are not read: it often hangs a stat line's second count on another
word ("a double-double with 11 points, 11 rebounds": "rebounds" an apposition of "double").
"""

from __future__ import annotations

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["listed_alike"]

#: What may stand between two counts of one list: their nouns and adjectives, other counts, commas, "and".
_LISTING = frozenset({"NOUN", "ADJ", "NUM", "PUNCT", "CCONJ"})


def listed_alike(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span, key: str, unit: str) -> bool:
    """Whether each sentence counts ``unit`` as ``key`` in the list that holds its compared count.

    Args:
        a: One compared sentence.
        x: Its compared count.
        b: The other sentence.
        y: Its compared count.
        key: The value of the other count (``Span.key``).
        unit: What the other count counts (``Span.unit``).
    """
    return _listed(a, x, key, unit) and _listed(b, y, key, unit)


def _listed(sentence: SentenceFeatures, slot: Span, key: str, unit: str) -> bool:
    """Whether ``sentence`` counts ``unit`` as ``key`` in a list with ``slot`` (``_LISTING``)."""
    if sentence.parse is None:
        return False
    tokens = sentence.parse.tokens
    for other in sentence.spans:
        if other.kind != "number" or other.key != key or other.unit != unit or other is slot:
            continue
        first, second = (slot, other) if slot.start < other.start else (other, slot)
        between = [t for t in tokens if first.end <= t.start and t.end <= second.start]
        if between and all(t.pos in _LISTING for t in between):
            return True
    return False
