"""Precision and recall of conflicts and variants on a generated corpus (real spaCy)."""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.evaluation.generate import generate_corpus
from tuicompare.evaluation.quality import evaluate
from tuicompare.models import Article


def test_planted_changes_are_found_and_nothing_else():
    stories = generate_corpus(8, 6, seed=21)
    articles = [Article(a.id, f"{a.id}.txt", a.title, a.text) for s in stories for a in s.articles]
    report = evaluate(stories, compare(articles, nlp.analyze(articles)))
    assert report.conflicts.expected >= 30
    assert report.conflicts.recall >= 0.9, report.missed
    assert report.conflicts.precision >= 0.9, report.false_alarms
    assert report.variants.precision >= 0.9
    assert report.story_pairs.precision == report.story_pairs.recall == 1.0
