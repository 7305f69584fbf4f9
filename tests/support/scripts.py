"""Load a script of the repository (a benchmark or a gold validator) as a module, by its path."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.support import ROOT


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (from the repository root), imported afresh under its file stem.

    The module is registered in ``sys.modules`` before it runs, so that dataclasses it defines can find
    their module.
    """
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
