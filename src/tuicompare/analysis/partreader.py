"""Checks on the records ``stored`` and ``partrecord`` read back: every field's type, and references inside the story.

Kept apart from them so each stays short; nothing here imports the engine.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, cast

from tuicompare.models import Mention, article_of
from tuicompare.sanitize import clean_text

__all__ = ["Reader", "is_label", "is_number"]

#: What an entity label looks like: short, ASCII, no spaces or control characters (as ``records``).
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9_:.\-]{0,39}")


def is_label(value: object) -> bool:
    """True for a string shaped like an entity label."""
    return isinstance(value, str) and _LABEL.fullmatch(value) is not None


def is_number(value: object) -> bool:
    """True for a finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class Reader:
    """Checks a story record against the story's articles while rebuilding it."""

    def __init__(self, lengths: Mapping[str, int]) -> None:
        self.lengths = lengths

    def seq(self, value: object, what: str, size: int | None = None) -> list[Any]:
        if not isinstance(value, list) or (size is not None and len(value) != size):
            raise ValueError(f"{what} is not a list" + (f" of {size}" if size is not None else ""))
        return value

    def text(self, value: object, what: str) -> str:
        # Texts come from sanitised articles: a control or escape character means a forged record.
        if not isinstance(value, str) or clean_text(value) != value:
            raise ValueError(f"{what} is not clean text")
        return value

    def label(self, value: object, what: str) -> str:
        if not is_label(value):
            raise ValueError(f"{what} is not a label")
        return cast(str, value)

    def number(self, value: object, what: str) -> float:
        if not is_number(value):
            raise ValueError(f"{what} is not a number")
        return cast(float, value)

    def index(self, value: object, count: int, what: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= count:
            raise ValueError(f"{what} refers to nothing")
        return value

    def article(self, value: object, what: str) -> str:
        if self.text(value, what) not in self.lengths:
            raise ValueError(f"{what} is not an article of the story")
        return cast(str, value)

    def sentence(self, value: object, what: str) -> str:
        sid = self.text(value, what)
        head, _, tail = sid.rpartition(":")
        if head not in self.lengths or not tail.isdigit():
            raise ValueError(f"{what} is not a sentence of the story")
        return sid

    def mention(self, value: object, what: str) -> Mention:
        sentence, text, start, end = self.seq(value, what, 4)
        sid = self.sentence(sentence, what)
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            raise ValueError(f"{what} has no offsets")
        if not 0 <= start <= end <= self.lengths[article_of(sid)]:
            raise ValueError(f"{what} lies outside its article")
        return Mention(sid, self.text(text, what), start, end)

    def mentions(self, value: object, what: str) -> tuple[Mention, ...]:
        return tuple(self.mention(m, what) for m in self.seq(value, what))
