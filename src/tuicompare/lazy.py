"""Work done on first use: a package's public names imported (PEP 562), so start-up loads only what it shows;
a mapping built only when something looks in it (``OnFirstLookup``), so a reading few inputs need costs the others
nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


def first_use(
    package: str, homes: Mapping[str, tuple[str, str]], namespace: MutableMapping[str, Any]
) -> Callable[[str], Any]:
    """Build a package's module ``__getattr__`` that imports each public name where it lives.

    Args:
        package: The package's ``__name__``.
        homes: Each public name's submodule and its name there.
        namespace: The package's ``globals()``: a name once imported is stored there, so later
            look-ups no longer reach ``__getattr__``.

    Returns:
        The function to assign to the package's ``__getattr__``; it raises ``AttributeError`` for a
        name that is not public, as a module would.
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home[0]}"), home[1])
        namespace[name] = value
        return value

    return __getattr__


class OnFirstLookup(Mapping[_K, _V]):
    """A read-only mapping whose contents ``build`` makes on the first look-up, and never again.

    For a reading the engine makes ready for a rule that most comparisons never reach (what a story's whole text
    says holds what, asked only of a place difference): built eagerly, it costs every comparison; built here, only
    those that ask. ``build`` must be pure: whether it runs may not change any answer.
    """

    __slots__ = ("_build", "_built")

    def __init__(self, build: Callable[[], Mapping[_K, _V]]) -> None:
        self._build: Callable[[], Mapping[_K, _V]] | None = build
        self._built: Mapping[_K, _V] = {}

    def _contents(self) -> Mapping[_K, _V]:
        if self._build is not None:
            self._built, self._build = self._build(), None  # the function (and what it holds) let go once run
        return self._built

    def __getitem__(self, key: _K) -> _V:
        return self._contents()[key]

    def get(self, key: _K, default: Any = None) -> Any:
        """The value of ``key``, or ``default`` (without ``Mapping.get``'s exception for a missing key)."""
        return self._contents().get(key, default)

    def __iter__(self) -> Iterator[_K]:
        return iter(self._contents())

    def __len__(self) -> int:
        return len(self._contents())
