"""A rate against an amount: "averaging 3.8 yards per run" against "catching 52 passes for 440 yards".

A figure followed by "per" and what it is divided by (its own unit noun may come between: "3.8 yards per
carry", "$12 per share") is a rate, not an amount of its unit: set against an amount of the same unit in a loosely
linked sentence, the two answer two questions (how much each time, how much in all), and are not compared. Two
rates ("3.8 yards per carry" against "4.1 yards per carry") or two amounts still are.
"""

from __future__ import annotations

from tuicompare.engine.context import word_after_slot
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["rate_against_amount"]

#: Tokens looked at after a figure's last one for "per" (its unit noun may come first: "3.8 yards per run").
_AHEAD = 2


def rate_against_amount(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """Whether one of two numbers is a rate ("per") and the other is not (see the module docstring)."""
    if x.kind != "number" or y.kind != "number":
        return False
    return _rate(a, x) != _rate(b, y)


def _rate(sentence: SentenceFeatures, span: Span) -> bool:
    """Whether "per" follows ``span`` within ``_AHEAD`` tokens, its unit noun alone between."""
    return word_after_slot(sentence.parse, span.start, span.end, "per", _AHEAD) is not None
