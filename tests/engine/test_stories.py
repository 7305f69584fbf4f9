"""Story clustering and the triage index."""

from __future__ import annotations

from dataclasses import replace

from tuicompare.engine import article_features, build_index, compare
from tuicompare.engine.clustering import cluster_stories
from tuicompare.engine.stories import StoryIndex
from tuicompare.models import Analysis


def test_triage_finds_the_articles_of_the_same_story(seed_corpus):
    _articles, analyses = seed_corpus
    new, rest = analyses[1], [a for n, a in enumerate(analyses) if n != 1]
    index = build_index(rest)
    candidates = index.candidates(article_features(new))
    assert [c.article[:3] for c in candidates[:2]] in (["002", "000"], ["000", "002"])
    assert candidates[0].score > 0.4
    assert all(c.score < 0.3 for c in candidates if c.article[:3] in ("003", "004"))
    assert any(term.startswith("@") for term in candidates[0].shared)


def test_index_can_grow_and_replace(seed_corpus):
    _articles, analyses = seed_corpus
    index = StoryIndex()
    for analysis in analyses[:3]:
        index.add(analysis.article, article_features(analysis))
    assert len(index) == 3 and analyses[0].article in index
    index.add(analyses[0].article, article_features(analyses[0]))
    assert len(index) == 3
    assert index.similarity(analyses[0].article, analyses[1].article) > 0.4


def test_unrelated_articles_stay_alone(seed_corpus):
    _articles, analyses = seed_corpus
    corpus = {a.article: article_features(a) for a in analyses}
    stories = cluster_stories(corpus)
    assert [len(s) for s in stories] == [3, 1, 1]


def test_a_story_told_by_many_articles_stays_one_story(seed_corpus):
    # Every term of a story told 60 times is "common"; blocking must still find the pairs.
    articles, analyses = seed_corpus
    base, analysis = articles[0], analyses[0]
    copies, copied = [], []
    for n in range(60):
        aid = f"copy{n:02d}"
        copies.append(replace(base, id=aid))
        sentences = tuple(replace(s, article=aid) for s in analysis.sentences[:6])
        copied.append(Analysis(aid, sentences, analysis.model, analysis.model_version))
    comparison = compare(copies, copied)
    assert [len(s.articles) for s in comparison.stories] == [60]
    assert all(len(g.articles) == 60 for g in comparison.groups)
