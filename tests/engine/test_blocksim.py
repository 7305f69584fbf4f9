"""Long articles are compared block by block, scoring only pairs that share a term, with the same result.

``ScaleTuning.block_cells`` sends two long articles through ``blocksim``; the
stories here are long enough only when that bar is set to 0, so each is
compared both ways and the reports must be byte for byte the same. The
articles are generated rewrites (``evaluation.generate``) of several stories
one after another, parsed by the real spaCy model, with a passage repeated (a
reprinted paragraph) so that a content has several copies.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.engine.align import align, similarity
from tuicompare.engine.align_terms import StoryTerms
from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.features import article_features
from tuicompare.evaluation.generate import generate_story
from tuicompare.evaluation.sweep import swept
from tuicompare.models import Article
from tuicompare.report.jsonformat import to_json

BLOCKS = "scale.block_cells=0"


def _long_story(n_articles: int, stories: range) -> list[Article]:
    """``n_articles`` articles, each the k-th rewrite of every story in turn, its first passage told twice."""
    parts = [generate_story(seed, n_articles) for seed in stories]
    out = []
    for k in range(n_articles):
        texts = [story.articles[k].text for story in parts]
        body = "\n\n".join([*texts, texts[0]])
        out.append(Article(f"long{k}", f"long{k}.txt", parts[0].articles[k].title, body))
    return out


@pytest.fixture(scope="module")
def story() -> tuple[list[Article], list]:
    articles = _long_story(3, range(20, 28))
    return articles, nlp.analyze(articles)


def _report(articles: list[Article], analyses: list) -> str:
    result = compare(articles, analyses, stories=[[a.id for a in articles]])
    return json.dumps(to_json(result), sort_keys=True)


def test_blocks_give_the_report_of_the_full_matrices(story):
    articles, analyses = story
    full = _report(articles, analyses)
    with swept(BLOCKS, "0"):
        blocked = _report(articles, analyses)
    assert blocked == full
    report = json.loads(full)
    # Not a vacuous story: sentences of the three articles are grouped, linked and compared.
    assert sum(len(g["sentences"]) > 1 for g in report["groups"]) > 40
    assert report["links"] and report["conflicts"]


def test_blocks_score_only_the_pairs_that_share_a_term(story):
    _articles, analyses = story
    a, b = ([f for f in article_features(x) if f.active] for x in analyses[:2])
    terms = StoryTerms([*a, *b])
    blocked = PairSimilarity(a, b, terms)
    full = similarity(a, b, terms)
    rows = np.vstack([block for _start, block in blocked.row_blocks(7)])
    left = blocked.rows(3, 11, 9)  # rows 3 to 10, the first 9 columns
    # A sentence without terms ("Why?") is scored against every sentence.
    shares = np.array(
        [
            [bool(tx & ty or not tx or not ty) for ty in (terms.terms[y.id] for y in b)]
            for tx in (terms.terms[x.id] for x in a)
        ]
    )
    # Every pair that shares a term has its exact similarity, in blocks of any shape ...
    assert np.array_equal(rows[shares], full[shares]) and np.array_equal(left, rows[3:11, :9])
    # ... every pair reads its own value on demand, shared term or not ...
    assert all(blocked.value(i, j) == full[i, j] for i in range(0, len(a), 3) for j in range(0, len(b), 4))
    # ... far fewer pairs than all were scored, and the others read their position alone, under any bar.
    assert blocked.candidates < 0.6 * len(a) * len(b)
    assert rows[~shares].max() <= 0.2 * 0.8


def test_the_alignment_of_long_articles_uses_blocks(story):
    _articles, analyses = story
    features = {x.article: article_features(x) for x in analyses}
    with swept(BLOCKS, "0"):
        pairs = align(features).pairs
    assert pairs and all(isinstance(sim, PairSimilarity) for _a, _b, sim in pairs)
    assert all(isinstance(sim, np.ndarray) for _a, _b, sim in align(features).pairs)
