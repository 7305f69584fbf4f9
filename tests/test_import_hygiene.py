"""The core never pulls in Textual, and nothing heavy is imported before it is needed."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tuicompare

ROOT = Path(__file__).resolve().parent.parent

# Every module of the package, read from the tree so a new module is checked without editing this file.
ALL_MODULES = sorted(info.name for info in pkgutil.walk_packages(tuicompare.__path__, "tuicompare."))
# The app is the one package allowed to import Textual (the CLI imports it only when it opens the app).
CORE = [name for name in ALL_MODULES if not name.startswith("tuicompare.app")]


def modules_after_import(*names: str) -> set[str]:
    """Import ``names`` in a fresh interpreter and return what ``sys.modules`` then holds."""
    code = "import sys\n" + "".join(f"import {n}\n" for n in names) + "print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_module_list_covers_the_stages() -> None:
    """The walk finds every stage package, so the checks below are not vacuous."""
    packages = {name.split(".")[1] for name in ALL_MODULES}
    assert {"load", "analysis", "engine", "report", "triage", "app", "cli", "evaluation", "pipeline"} <= packages


def test_core_does_not_import_textual() -> None:
    """Importing every module outside the app leaves textual and the app out of sys.modules."""
    loaded = modules_after_import(*CORE)
    assert "textual" not in loaded
    assert not any(name.startswith("tuicompare.app") for name in loaded)


def test_spacy_is_imported_lazily() -> None:
    """Importing every module, the app included, does not import spaCy: the model loads on first analysis."""
    loaded = modules_after_import(*ALL_MODULES)
    assert "spacy" not in loaded
    assert "thinc" not in loaded


def test_import_linter_contracts_hold() -> None:
    """The import-linter contracts in pyproject.toml (layers, Textual, spaCy, evaluation) pass."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    lint = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert lint.returncode == 0, lint.stdout + lint.stderr
