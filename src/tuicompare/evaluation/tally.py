"""Adding one story's score into a running total, field by field."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from typing import Any


def add_fields(total: Any, other: Any) -> None:
    """Add every field of the dataclass ``other`` into ``total`` (an instance of the same class).

    Numbers are summed, lists extended, and dicts of counts merged key by key (a dict of
    ``Counter`` values merges each counter). Every field takes part, so a field added to a
    score is summed without being listed anywhere.
    """
    for f in fields(total):
        mine, theirs = getattr(total, f.name), getattr(other, f.name)
        if isinstance(mine, list):
            mine.extend(theirs)
        elif isinstance(mine, dict):
            for key, value in theirs.items():
                if isinstance(value, Counter):
                    mine.setdefault(key, Counter()).update(value)
                else:
                    mine[key] = mine.get(key, 0) + value
        else:
            setattr(total, f.name, mine + theirs)
