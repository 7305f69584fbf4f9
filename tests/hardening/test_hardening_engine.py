"""Engine behaviour on corpora shaped unlike the seeds (found while building the hostile corpus)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.support.invariants import check_comparison
from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus

pytestmark = pytest.mark.slow


def copies(seeds_dir: Path, n: int):
    """``n`` articles with the text of seed 000, analysed once and relabelled."""
    (article,) = load_corpus([str(next(seeds_dir.glob("000_*.txt")))]).articles
    (analysis,) = nlp.analyze([article])
    articles, analyses = [], []
    for i in range(n):
        aid = f"copy{i:02d}"
        articles.append(dataclasses.replace(article, id=aid, path=f"{aid}.txt"))
        sentences = tuple(dataclasses.replace(s, article=aid) for s in analysis.sentences)
        analyses.append(dataclasses.replace(analysis, article=aid, sentences=sentences))
    return articles, analyses


def test_forty_copies_of_one_article_are_one_story(seeds_dir: Path) -> None:
    articles, analyses = copies(seeds_dir, 40)
    comparison = compare(articles, analyses)
    check_comparison(comparison)
    assert [len(s.articles) for s in comparison.stories] == [40]


def test_sixty_copies_of_one_article_are_one_story(seeds_dir: Path) -> None:
    """Found here, fixed in the engine (05e1895): past 50 articles every shared term left blocking."""
    articles, analyses = copies(seeds_dir, 60)
    comparison = compare(articles, analyses)
    check_comparison(comparison)
    assert [len(s.articles) for s in comparison.stories] == [60]
