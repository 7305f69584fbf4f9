"""Load a script of the repository (a benchmark or a gold validator) as a module, by its path."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from tests.support import ROOT


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (from the repository root), imported afresh under its file stem."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
