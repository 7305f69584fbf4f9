"""A count over a window against a count with none: "arrested three times since October" and "four prior arrests".

A count of acts is bound to the time it spans. When one outlet counts from a
point in time ("since October", "since 2019") and the other gives the count
without a window, the two may count different stretches, and both may be
true. The difference is kept as a possible one at most; two counts over the
same kind of window ("since October" on both sides) still conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation, demote
from tuicompare.models import Sentence

#: Words that open a window of time a count runs over ("since October", "so far this year").
_WINDOW = re.compile(r"\b(?:since|so far)\b", re.IGNORECASE)


def windowed(sentence: Sentence | None, features: SentenceFeatures | None) -> bool:
    """True when a date of the sentence opens with a window word ("since October")."""
    if sentence is None or features is None:
        return False
    for span in features.spans:
        if span.kind != "date":
            continue
        before = sentence.text[max(0, span.start - sentence.start - 12) : span.start - sentence.start]
        if _WINDOW.search(before.split(",")[-1]):
            return True
    return False


def count_windows(
    observations: Iterable[Observation],
    sentences: Mapping[str, Sentence],
    features: Mapping[str, SentenceFeatures],
    cut: float,
) -> list[Observation]:
    """``observations``, with a count difference windowed on one side only kept under ``cut``."""

    def one_side(x: Span, y: Span) -> bool:
        wx = windowed(sentences.get(x.sentence), features.get(x.sentence))
        return wx != windowed(sentences.get(y.sentence), features.get(y.sentence))

    return demote(observations, cut, "number", False, one_side)
