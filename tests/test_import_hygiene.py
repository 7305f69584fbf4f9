"""The core never pulls in Textual, and nothing heavy is imported before it is needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CORE = [
    "tuicompare.models",
    "tuicompare.errors",
    "tuicompare.sanitize",
    "tuicompare.load.markup",
    "tuicompare.load.decoding",
    "tuicompare.load.sources",
    "tuicompare.load.formats",
    "tuicompare.load.articles",
    "tuicompare.analysis.chunks",
    "tuicompare.analysis.records",
    "tuicompare.load.corpus",
    "tuicompare.dirs",
    "tuicompare.analysis.cache",
    "tuicompare.analysis.nlp",
    "tuicompare.pipeline",
    "tuicompare.engine",
    "tuicompare.report",
    "tuicompare.cli",
    "tuicompare.cli.commands",
]


def modules_after_import(*names: str) -> set[str]:
    """Import ``names`` in a fresh interpreter and return what ``sys.modules`` then holds."""
    code = "import sys\n" + "".join(f"import {n}\n" for n in names) + "print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_does_not_import_textual() -> None:
    """Importing every core module leaves textual out of sys.modules."""
    loaded = modules_after_import(*CORE)
    assert "textual" not in loaded
    assert not any(name.startswith("tuicompare.app") for name in loaded)


@pytest.mark.parametrize("module", ["tuicompare.cli", "tuicompare.analysis.nlp", "tuicompare.pipeline"])
def test_spacy_is_imported_lazily(module: str) -> None:
    """Importing the CLI, the analysis module or the pipeline does not import spaCy."""
    assert "spacy" not in modules_after_import(module)


def test_import_linter_contract_holds() -> None:
    """The import-linter contract in pyproject.toml passes."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    lint = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert lint.returncode == 0, lint.stdout + lint.stderr
