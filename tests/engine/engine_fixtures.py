"""Session fixtures for the engine tests: the seeds analysed once, compared once.

Imported by the engine test modules (no conftest here, so nothing clashes with
other test folders).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus
from tuicompare.models import Analysis, Article, Comparison

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def seed_corpus() -> tuple[tuple[Article, ...], list[Analysis]]:
    """The seed articles and their spaCy analyses (spaCy runs once per session)."""
    articles = load_corpus([str(ROOT / "seeds")]).articles
    return articles, nlp.analyze(articles)


@pytest.fixture(scope="session")
def seed_comparison(seed_corpus: tuple[tuple[Article, ...], list[Analysis]]) -> Comparison:
    """The engine's comparison of the seeds."""
    articles, analyses = seed_corpus
    return compare(articles, analyses)


@pytest.fixture(scope="session")
def gold() -> dict:
    """The gold annotations of the seeds."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


def sentence_id(gold: dict, short: str) -> str:
    """``000:3`` -> the real sentence id ``000_ba5c...:3``."""
    alias, index = short.split(":")
    return f"{gold['articles'][alias]}:{index}"
