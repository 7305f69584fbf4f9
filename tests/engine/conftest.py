"""Fixtures of the engine tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.gold import load_gold


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The gold annotations of the seeds."""
    return load_gold()
