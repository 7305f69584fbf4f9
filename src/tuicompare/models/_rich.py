"""The rich representation every model class shares."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any, TypeVar

import rich.repr

_T = TypeVar("_T")


def rich_fields(cls: type[_T]) -> type[_T]:
    """Give a dataclass a keyword ``__rich_repr__`` and rich's ``__repr__``.

    ``rich.repr.auto`` alone yields positional values, and rich reads a
    tuple-valued field (most of ours) as a ``(key, value)`` pair. The classes
    are declared with ``repr=False``: this ``__repr__`` replaces the one
    ``dataclass`` would write, and writing it (an ``exec`` per class) was
    6-9 ms of CPU of every start, the app's way to its first story included.
    """

    def __rich_repr__(self: Any) -> Iterator[tuple[str, Any]]:
        for f in fields(self):
            if f.repr:  # not a value made from the others (``Sentence.id``)
                yield f.name, getattr(self, f.name)

    cls.__rich_repr__ = __rich_repr__  # type: ignore[attr-defined]
    return rich.repr.auto(cls)
