"""A package's public names imported on first use (PEP 562), so start-up loads only what it shows."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any


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
