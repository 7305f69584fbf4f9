"""Two ages sharing one "years old": "two women -- 68 and 48-years-old", "who were 61 and 48 years old".

English writes the unit of two ages once, after the second: the first figure is an age as much as the second.
The recogniser tags "61 and 48 years old" as one date (read as the first age alone, the second lost) or tags
"68" a bare count beside "48-years-old"; neither meets another outlet's "61-year-old". ``shared_ages`` reads
each figure as the age it is (the key "61-year-old" gives, ``values.parse_duration``): two slots.
A range ("between 18 and 24 years old", "from 18 to 24") is one bound of ages, not two people's: left alone.
"""

from __future__ import annotations

import re

from tuicompare.engine import context
from tuicompare.engine.slot import Span
from tuicompare.models import Sentence

__all__ = ["shared_ages"]

#: Two figures joined by "and" or "or", then "years old" (or "years-old", "-year-old") once.
_SHARED = re.compile(
    r"(?<![\w.,-])(?P<first>\d{1,3})\s?(?:and|or|&)\s?(?P<second>\d{1,3})(?P<unit>\s?-?\s?years?\s?-?\s?old)\b",
    re.IGNORECASE,
)
#: "between 18 and 24 years old", "aged from 18 ...": a range of ages.
_RANGE_BEFORE = re.compile(r"(?i)\b(?:between|from)\s+$")


def shared_ages(sentence: Sentence) -> list[tuple[int, int, Span]]:
    """The two ages of "68 and 48 years old", as (first token, last token, Span), in order."""
    text, base = sentence.text, sentence.start
    if "old" not in text:
        return []
    out: list[tuple[int, int, Span]] = []
    for match in _SHARED.finditer(text):
        if _RANGE_BEFORE.search(text[: match.start()]):
            continue
        for group, end in (("first", match.end("first")), ("second", match.end())):
            start = base + match.start(group)
            inside = context.tokens_within(sentence.tokens, start, base + end)
            if not inside:
                break
            key = f"{int(match.group(group))} year-old"
            surface = sentence.between(start, base + end)
            out.append(
                (inside[0], inside[-1], Span(sentence.id, start, base + end, surface, "DATE", "date", key, "duration"))
            )
    return out
