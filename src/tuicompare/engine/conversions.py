"""Two conversions of one sum: "€90 billion ($117 billion)" against "€90 billion ($128 billion)".

Outlets give a sum in its own currency and, in brackets, converted into their readers' one, each at its
own day's rate and rounding. When both sides convert, and the sum each converts (the figure right before
the brackets) is one and the same, converted figures that any day's rate explains (``relations``: a
possible difference at most, within ``ValueTuning.converted_differ``) differ by the exchange rate alone:
no difference (the ECB+ audits judged each such report false, ``currency-conversion``). A conversion
no rate explains ("$117 billion" against "$317 billion" for one 90 billion euros) is still a conflict,
and the sums themselves are still compared: "€150 billion ($200 billion)" against "€90 billion
($117 billion)" remains a difference.

When one side alone converts ("$US1 million ($1.52 million)" against "$1 million"), its converted figure
restates the sum before its brackets in the readers' currency: the other side's figure is that sum's
counterpart, which is paired and compared, never the conversion (``restated``: ``conflicts.observe`` gives
such a conversion a family of its own, so it pairs with another side's conversion only).
"""

from __future__ import annotations

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.relations import relation

__all__ = ["converted_alike", "restated"]

#: How many characters may separate a converted figure from the sum it converts: " ($", "(US$", "(€".
_GAP = 6


def converted_alike(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span) -> bool:
    """True when ``x`` and ``y`` both convert a sum in brackets, and the sums they convert are one value."""
    if not (x.converted and y.converted):
        return False
    source = _source(a, x)
    if source is None or source != _source(b, y):
        return False
    found = relation(x, y)
    return found.outcome != "differ" or found.confidence < 1.0  # within ``converted_differ``: a rate explains it


def restated(a: SentenceFeatures, b: SentenceFeatures) -> frozenset[Span]:
    """The figures of two sentences that convert, in brackets, a sum their sentence gives just before them."""
    return frozenset(s for side in (a, b) for s in side.spans if s.converted and _source(side, s) is not None)


def _source(side: SentenceFeatures, span: Span) -> str | None:
    """The key of the figure a converted sum converts: the number ending just before its brackets."""
    before = [s for s in side.spans if s.kind == "number" and s.key and s.end <= span.start <= s.end + _GAP]
    return max(before, key=lambda s: s.end).key if before else None
