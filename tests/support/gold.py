"""The hand-made gold annotations of the seeds (``tests/gold/seeds.json``)."""

from __future__ import annotations

import json
from typing import Any

from tests.support import ROOT

#: Where the expected results live: the seeds' gold here, the golden report files in ``test_report/``.
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_GOLD = GOLD_DIR / "seeds.json"


def load_gold() -> dict[str, Any]:
    """The gold annotations of the seeds."""
    data: dict[str, Any] = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    return data


def sentence_id(gold: dict[str, Any], short: str) -> str:
    """``000:3`` -> the real sentence id ``000_ba5c...:3``."""
    alias, index = short.split(":")
    return f"{gold['articles'][alias]}:{index}"
