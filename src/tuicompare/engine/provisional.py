"""A figure its own sentence gives as a first reading, against another outlet's: at most a possible difference.

"An earthquake with a preliminary magnitude of 4.4" against "a 4.2 magnitude earthquake": the first outlet
says its figure is the early one, to be revised, so the other's may be the revision rather than a different
account (``elsewhere.told_together`` reads the case where one sentence gives both figures). Words of a first
reading ("preliminary", "initial", "provisional", "initially", "originally") that stand just before a figure
within its clause mark it; a difference of two point figures of one unit, one so marked and the other not, is
kept under the cut when the two lie closer than a hedge may stretch (``relations.within_hedge``,
``ValueTuning.hedge_ratio``): "a preliminary magnitude of 4.6" against "6.6" is no revision.
Two marked figures ("a preliminary 4.4" against "a preliminary 4.2") are two outlets' first readings, and
still differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation, just_under
from tuicompare.engine.relations import within_hedge
from tuicompare.models import Sentence

#: Words that give a figure as a first reading, to be revised (general English, no topic's words).
_FIRST_READING = frozenset({"preliminary", "initial", "provisional", "initially", "originally"})
#: How many words before a figure such a word may stand: "a preliminary magnitude of 4.4", "was initially put at 30".
_WINDOW = 4
_WORD = re.compile(r"[A-Za-z]+|[,;:()]")


def first_reading(span: Span, sentences: Mapping[str, Sentence]) -> bool:
    """True when a word of a first reading stands within ``_WINDOW`` words before the value, in its clause."""
    sentence = sentences.get(span.sentence)
    if sentence is None:
        return False
    before = sentence.text[: max(0, span.start - sentence.start)]
    words = _WORD.findall(before)[-_WINDOW:]
    for word in reversed(words):
        if word in ",;:()":
            return False  # the clause ends: "originally from Ohio, he paid 30"
        if word.lower() in _FIRST_READING:
            return True
    return False


def provisional(
    observations: Iterable[Observation], sentences: Mapping[str, Sentence], cut: float
) -> list[Observation]:
    """``observations``, each difference of two near figures only one of which is a first reading kept under ``cut``."""
    below = just_under(cut)
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] == "value" and o.confidence > below:
            (x, _), (y, _) = o.spans
            if within_hedge(x, y) and first_reading(x, sentences) != first_reading(y, sentences):
                o.confidence = below
        out.append(o)
    return out
