"""A small union-find (disjoint set) used by story clustering, alignment and entities."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    """Union-find over hashable items, with path halving and union by size.

    Items are added on first use; ``groups`` returns components in first-seen order
    so that every caller gets deterministic ids.
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {}
        self._size: dict[T, int] = {}
        parent, size = self._parent, self._size
        for item in items:  # ``add`` inline: every sentence of a story is added
            if item not in parent:
                parent[item] = item
                size[item] = 1

    def add(self, item: T) -> None:
        """Add ``item`` as a singleton if it is new."""
        if item not in self._parent:
            self._parent[item] = item
            self._size[item] = 1

    def find(self, item: T) -> T:
        """Return the representative of ``item``'s component."""
        parent = self._parent
        if item not in parent:  # ``add`` inline: asked for every link and every item of ``groups``
            parent[item] = item
            self._size[item] = 1
            return item
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> bool:
        """Merge the components of ``a`` and ``b``; return False if already merged."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return True

    def same(self, a: T, b: T) -> bool:
        """True when ``a`` and ``b`` are in one component."""
        return self.find(a) == self.find(b)

    def groups(self) -> list[list[T]]:
        """Components as lists, each in insertion order, ordered by first member."""
        out: dict[T, list[T]] = {}
        find = self.find
        for item in self._parent:
            out.setdefault(find(item), []).append(item)
        return list(out.values())
