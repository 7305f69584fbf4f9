"""Helpers shared by the tests (no fixtures here: those live in the ``conftest.py`` of each folder)."""

from __future__ import annotations

from pathlib import Path

#: The repository root.
ROOT = Path(__file__).resolve().parents[2]
#: The demo corpus shipped in ``seeds/``.
SEEDS = ROOT / "seeds"
