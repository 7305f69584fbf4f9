"""A person's height in feet and inches read as one measure: "5-foot-8", "6 ft 2 in", "5 - feet - 8 inches".

The recogniser tags such a height as one quantity, or cuts it in two figures ("5" and "foot-8"), and the
figures' reader takes its two numbers for a range ("5-8") or two counts. English writes a height as feet
then inches, the inches under twelve; ``height_spans`` reads it as one length in inches ("5-foot-8" is 68
inches), so two outlets' "5-foot-8" and "5 feet 8 inches" agree and "5-foot-8" against "5-foot-10" differs.
"""

from __future__ import annotations

import re

from tuicompare.engine import context
from tuicompare.engine.slot import Span
from tuicompare.models import Sentence

__all__ = ["height_spans"]

#: Feet (one digit), a foot word or mark, inches under twelve, and the inches' word or mark if written.
_HEIGHT = re.compile(
    r"(?<![\w.,-])(?P<feet>[3-8])\s?-?\s?(?:foot|feet|ft\.?|'|\u2032|\u2019)\s?-?\s?(?P<inches>1[01]|\d)(?![\d.,]\d)"
    r"(?:\s?-?\s?(?:inches|inch|in\b\.?|\"|''|\u2033|\u201d))?",
    re.IGNORECASE,
)
#: The cheap test each sentence is asked first: a digit, then a foot word or mark.
_HINT = re.compile(r"\d\s?-?\s?(?:f[eo]{2}t|ft|['\u2032\u2019]\s?\d)", re.IGNORECASE)


def height_spans(sentence: Sentence) -> list[tuple[int, int, Span]]:
    """The heights in feet and inches a sentence states, as (first token, last token, Span), in order."""
    text, base = sentence.text, sentence.start
    if _HINT.search(text) is None:
        return []
    out: list[tuple[int, int, Span]] = []
    for match in _HEIGHT.finditer(text):
        start, end = base + match.start(), base + match.end()
        inside = context.tokens_within(sentence.tokens, start, end)
        if not inside:
            continue
        inches = 12 * int(match.group("feet")) + int(match.group("inches"))
        span = Span(sentence.id, start, end, match.group(), "QUANTITY", "number", str(inches), "number", unit="inch")
        out.append((inside[0], inside[-1], span))
    return out
