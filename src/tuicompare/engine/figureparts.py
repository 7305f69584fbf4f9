"""Figures that count a part of what another figure counts ("three other bombs", "took the first two games").

Two figures of one fact differ; a figure of a part and one of the whole do not: "three other bombs"
(beside one told before) against "four bombs", "took the first two games" of a series against a
team's "won 40 games" that season, "a combined 157 games with two teams" against "54 games with" one
of them. Read from the words around each figure in its sentence's parse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.values import NUMBER_WORDS

#: Words after a count that make it count the rest of a set, or more of it ("three other bombs", "two more").
_REMAINDER = frozenset({"other", "more", "additional", "further", "remaining"})


#: Words just before a figure that make it the sum of several parts ("a combined 157 games", "a total of 40").
SUMMED = frozenset({"combined", "total", "cumulative", "aggregate"})
#: "a total of" / "a combined total of" just before a figure: the figure is a sum too.
_TOTAL_OF = re.compile(r"\b(?:total|sum)\s+of\s+$")

#: A figure, "of" and at most a determiner and a word, just before a figure: "28 of 41", "18 of its next 23".
_PICKED_FROM = re.compile(r"\b(\d[\d,]*|[a-z]+)\s+of\s+(?:(?:the|its|their|his|her|our|my|your|a)\s+)?(?:[a-z]+\s+)?$")

#: Words before a figure that pick some of a series by their place in it ("the first two games").
_SELECTION = frozenset({"first", "last", "next", "final", "opening", "top"})


def counts_a_part(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span, frames: Mapping[Span, str]) -> bool:
    """True when one figure counts a part of what the other counts.

    A count of the rest ("Three other bombs") on one side only; or, on one side only, fewer of a series
    picked by their place and hanging from another verb: "took the first two games of the series"
    against a team's "won 40 games" that season. Not by one verb ("missed the next four games" and
    "missed nine games" are one count, changed), nor more than the other ("ends his season two games
    short" and "will miss the final five games": a part is never larger than its whole). Or, on one side
    only, a sum larger than the other figure ("a combined 157 games with the Angels and Braves" against "54
    games with the Angels"): a total over several parts, the other figure most often one of them.
    """
    (rest_a, picked_a), (rest_b, picked_b) = _marks(a, x), _marks(b, y)
    if rest_a != rest_b:
        return True
    summed_a, summed_b = _summed(a, x), _summed(b, y)
    if summed_a != summed_b:
        part, whole = (y, x) if summed_a else (x, y)
        return _smaller(part, whole)
    if picked_a == picked_b:
        return False
    part, whole = (x, y) if picked_a else (y, x)
    # "completed 28 of 41 passes": the verb counts the 28; the 41 it is picked from is a whole whatever the verb.
    if frames.get(x, "") == frames.get(y, "") and not _whole_of_some(b if picked_a else a, whole):
        return False
    return _smaller(part, whole)


def _smaller(part: Span, whole: Span) -> bool:
    """True when the figure ``part`` is smaller than ``whole`` (both read as numbers)."""
    try:
        return float(part.key or "") < float(whole.key or "")
    except ValueError:
        return False


def _summed(side: SentenceFeatures, span: Span) -> bool:
    """True when the words just before a figure make it a sum ("a combined 157", "a total of 40")."""
    parse = side.parse
    if parse is None:
        return False
    before = parse.text[: span.start - parse.start].lower()
    words = before.split()
    return bool(words) and words[-1] in SUMMED or _TOTAL_OF.search(before[-20:]) is not None


def _whole_of_some(side: SentenceFeatures, span: Span) -> bool:
    """True when the figure is the whole some figure before it is picked from: the 41 of "28 of 41 passes"."""
    parse = side.parse
    if parse is None:
        return False
    before = parse.text[: span.start - parse.start].lower()
    found = _PICKED_FROM.search(before[-40:])
    return found is not None and (found.group(1)[0].isdigit() or found.group(1) in NUMBER_WORDS)


def _marks(side: SentenceFeatures, span: Span) -> tuple[bool, bool]:
    """Whether the word after a figure makes it a count of the rest, and the word before a pick by place."""
    tokens = side.parse.tokens if side.parse is not None else ()
    after = next((t for t in tokens if t.start >= span.end), None)
    before = next((t for t in reversed(tokens) if t.end <= span.start), None)
    return (
        after is not None and after.lemma.lower() in _REMAINDER,
        before is not None and before.lemma.lower() in _SELECTION,
    )
