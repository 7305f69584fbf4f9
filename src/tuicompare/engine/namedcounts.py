"""A count whose things the sentence names: "two turkeys named Mac and Cheese", "Mac and Cheese, the two turkeys".

A figure of people's (``figurepeople.unsure_holders``) is a possible difference at most when nothing says the two
figures are one person's: "he pardoned two turkeys" is held by whoever "he" is. But when each sentence names the
things it counts, and the two name the same things, the two figures count one set of things, whoever acts on
them: a count is a fact of what it counts, and the names say which.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tuicompare.engine.features import SentenceFeatures, Span

#: What may join two names of one list.
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
#: What may stand between a list of names and the count set off after it ("Mac and Cheese, the two turkeys").
_BEFORE = re.compile(r"\s*,\s*(?:the\s+|both\s+|all\s+)?", re.IGNORECASE)
#: The count's noun (up to three lower-case words) and what may stand between it and the names after it ("two
#: turkeys named Mac", "two young turkeys called Mac", "two turkeys, Mac and Cheese").
_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s*,\s*|\s+(?:named|called|dubbed)\s+)")


def named_members(side: SentenceFeatures, figure: Span, entity_of: Mapping[Span, int]) -> frozenset[int]:
    """The entities a count names as the things it counts: the list of names set off right before it, or after
    its noun (after "named", "called" or a comma); empty when it names none.

    Args:
        side: The figure's sentence.
        figure: A number slot of it.
        entity_of: The story's resolved entity of each name slot.
    """
    if not figure.unit or figure.unit == "age":
        return frozenset()  # a count of things its noun says ("two turkeys"); "Jo Roe, 23," is an age
    if side.parse is None:
        return frozenset()
    text, base = side.parse.text, side.parse.start
    names = [s for s in side.spans if s.kind == "name" and s in entity_of]
    before = [s for s in names if s.end <= figure.start]
    out: set[int] = set()
    if before and _BEFORE.fullmatch(text[before[-1].end - base : figure.start - base]):
        out |= _listed(text, base, before[::-1], entity_of)
    after = [s for s in names if s.start >= figure.end]
    if after and _AFTER.fullmatch(text[figure.end - base : after[0].start - base]):
        out |= _listed(text, base, after, entity_of)
    return frozenset(out)


def _listed(text: str, base: int, names: list[Span], entity_of: Mapping[Span, int]) -> set[int]:
    """The entities of the names of one list, read from the first of ``names`` on (in either direction)."""
    out = {entity_of[names[0]]}
    for one, other in zip(names, names[1:], strict=False):
        a, b = (one, other) if one.end <= other.start else (other, one)
        if not _JOIN.fullmatch(text[a.end - base : b.start - base]):
            break
        out.add(entity_of[other])
    return out
