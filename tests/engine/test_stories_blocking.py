"""Blocked story clustering equals clustering that compares every pair of articles.

The corpus is generated rewrites (spaCy-analysed for real): 16 stories of 8
articles, and one wire story reprinted 60 times, so that every term of the
wire story is in more postings than blocking reads (``max_postings``).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.engine import tuning
from tuicompare.engine.clustering import cluster_bags
from tuicompare.engine.features import article_features
from tuicompare.engine.linkage import agglomerate
from tuicompare.engine.placement import place_articles
from tuicompare.engine.stories import StoryIndex, article_terms
from tuicompare.evaluation.generate import generate_corpus, generate_story, write_corpus


@pytest.fixture(scope="module")
def bags(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Counter[str]]:
    """Article id -> bag of terms, in corpus order, of 188 generated articles."""
    folder = tmp_path_factory.mktemp("blocking")
    write_corpus([*generate_corpus(16, 8, seed=5), generate_story(3, 60, story_id="wire")], folder)
    options = pipeline.Options(cache_dir=folder / "cache")
    articles = pipeline.load([str(Path(folder) / "*.txt")], options).articles
    analyses, _ = pipeline.analyse(articles, options)
    by_id = {a.article: a for a in analyses}
    return {a.id: article_terms(article_features(by_id[a.id]), title=a.title) for a in articles}


def _mean(values):
    return sum(values) / len(values) if values else 0.0


def _plain_agglomerate(members, edges, similarity, anchored=None):
    """The documented rule, without any shortcut: strongest edge first, average linkage over samples
    (the smaller margin when every pair across is ``anchored``), and two established stories joined
    only when they are alike across as ``linkage.cohesive`` asks."""
    tune = tuning.TUNING.stories
    order = {a: n for n, a in enumerate(members)}
    group = {a: (a,) for a in members}
    distinct = {(a,): 1 for a in members}
    for (a, b), score in sorted(edges.items(), key=lambda e: (-e[1], order[e[0][0]], order[e[0][1]])):
        ga, gb = group[a], group[b]
        if ga == gb:
            continue
        sample = tune.linkage_sample
        pairs = [similarity(x, y) for x in ga[:sample] for y in gb[:sample]]
        na, nb = distinct.pop(ga), distinct.pop(gb)
        shared = anchored is not None and all(anchored(x, y) for x in ga[:sample] for y in gb[:sample])
        margin = tune.anchored_margin if shared else tune.small_group_margin
        need = tune.mean_threshold + margin / math.sqrt(min(na, sample) * min(nb, sample))
        apart = sum(pairs) / len(pairs) < need
        if not apart and min(na, nb) >= tune.cohesion_size:
            # Two established stories: alike across at least cohesion_ratio times their mean cohesion.
            inside = [
                _mean([similarity(x, y) for n, x in enumerate(g[:sample]) for y in g[:sample][n + 1 :]])
                for g in (ga, gb)
            ]
            apart = _mean(pairs) < tune.cohesion_ratio * sum(inside) / 2
        if apart:
            distinct[ga], distinct[gb] = na, nb
            continue
        merged = tuple(sorted(ga + gb, key=order.__getitem__))
        distinct[merged] = max(na, nb) if score >= tune.duplicate_similarity else na + nb
        for x in merged:
            group[x] = merged
    return sorted((list(g) for g in set(group.values())), key=lambda g: order[g[0]])


def _unblocked(bags: dict[str, Counter[str]]) -> list[list[str]]:
    """Every pair scored; each article keeps its ``max_candidates`` best above the threshold."""
    tune = tuning.TUNING.stories
    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag)
    ids = list(bags)
    order = {a: n for n, a in enumerate(ids)}
    edges = {}
    for x in ids:
        scored = [(round(s, 4), y) for y in ids if y != x and (s := index.similarity(x, y)) >= tune.threshold]
        for score, y in sorted(scored, key=lambda c: (-c[0], c[1]))[: tune.max_candidates]:
            edges[tuple(sorted((x, y), key=order.__getitem__))] = score
    return _plain_agglomerate(ids, edges, index.similarity, index.anchored)


def test_blocked_clustering_equals_comparing_every_pair(bags):
    blocked = cluster_bags(bags)
    assert blocked == _unblocked(bags)
    # The corpus is not trivial: stories form, all 60 reprints of the wire story in one, and some stay apart.
    wire = [g for g in blocked if any(a.startswith("wire") for a in g)]
    assert len(wire) == 1 and sum(a.startswith("wire") for a in wire[0]) == 60
    assert 10 <= len(blocked) < len(bags) // 4


def test_blocked_clustering_equals_comparing_every_pair_on_parts_of_the_corpus(bags):
    ids = list(bags)
    for part in (ids[::2], ids[1::3], ids[40:]):
        sub = {a: bags[a] for a in part}
        assert cluster_bags(sub) == _unblocked(sub)


def test_the_linkage_shortcuts_change_nothing(bags):
    # Refusals remembered and partial sums that already reach the bar: the plain rule's groups, edge for edge.
    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag)
    ids = list(bags)
    edges = {(a, b): round(index.similarity(a, b), 4) for n, a in enumerate(ids) for b in ids[n + 1 : n + 30]}
    edges = {pair: s for pair, s in edges.items() if s > 0.1}
    assert agglomerate(ids, edges, index.similarity) == _plain_agglomerate(ids, edges, index.similarity)
    plain = _plain_agglomerate(ids, edges, index.similarity, index.anchored)
    assert agglomerate(ids, edges, index.similarity, index.anchored) == plain


def test_an_article_placed_into_the_stories_lands_where_clustering_again_puts_it(bags):
    ids = list(bags)
    order = {a: n for n, a in enumerate(ids)}
    full = cluster_bags(bags)
    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag)
    checked = 0
    for article in ids[3::23]:
        before = cluster_bags({a: b for a, b in bags.items() if a != article})
        without = [[a for a in g if a != article] for g in full]
        if [g for g in without if g] != before:
            continue  # the article is what holds two stories together: clustering again regroups others too
        placed = place_articles(index, before, [article], order)
        assert placed == full
        checked += 1
    assert checked >= 6


def test_an_article_like_no_other_starts_its_own_story(bags):
    ids = list(bags)
    alone = "zz-alone"
    corpus = {**bags, alone: Counter({"@zanzibar": 3.0, "clove": 2.0, "harvest": 2.0, "#1962": 1.0})}
    index = StoryIndex()
    for article, bag in corpus.items():
        index.add(article, bag)
    order = {a: n for n, a in enumerate(corpus)}
    before = cluster_bags(bags)
    placed = place_articles(index, before, [alone], order)
    assert placed == [*before, [alone]] == cluster_bags(corpus)
    assert {a for g in placed for a in g} == {*ids, alone}


def test_blocking_terms_are_the_heaviest_short_postings_ties_by_term(bags):
    # The ranking read in C (sorted by term, then stably by weight) is the plain (-weight, term) ranking.
    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag)
    cap, tied = index._cap(), 0
    for article in bags:
        weights = index._weights_of(article)
        ranked = sorted(weights, key=lambda t: (-weights[t], t))
        tied += len(set(weights.values())) < len(weights)
        short = [t for t in ranked if len(index._postings.get(t, ())) <= cap][: index.top_terms]
        if len(short) < index.top_terms:
            common = sorted((t for t in ranked if t not in short), key=lambda t: (len(index._postings[t]), t))
            short += common[: index.top_terms - len(short)]
        assert index._blocking_terms(weights) == short
    assert tied  # equal weights occur, so the tie order is checked


def test_a_pair_scored_once_scores_the_same_either_way_and_anew_when_an_article_is_replaced(bags):
    # The index keeps each pair's similarity (clustering asks for most pairs two or three times).
    from tuicompare.engine.story_similarity import StoryVector, story_similarity, weigh

    def fresh(x: Counter[str], y: Counter[str]) -> float:
        return story_similarity(StoryVector.of(weigh(x), None), StoryVector.of(weigh(y), None))

    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag)
    ids = list(bags)[:12] + list(bags)[-4:]  # generated stories and the wire story
    for a in ids:
        for b in ids:
            if a != b:
                assert index.similarity(a, b) == index.similarity(b, a) == fresh(bags[a], bags[b])
    first, second, third = ids[:3]
    before = index.similarity(first, third)
    index.add(first, bags[second])  # the same id, another article's terms
    assert index.similarity(first, third) == fresh(bags[second], bags[third])
    assert index.similarity(first, third) != before
