"""Property tests of the sentence alignment on random inputs (no spaCy needed).

Sentences are random word sequences; the invariants are checked against a
brute-force reference where one exists: identical articles align 1:1 on their
identical sentences, which the reference finds by exact comparison of every pair.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tuicompare.engine.align import MAX_PER_ARTICLE, align_story
from tuicompare.engine.features import SentenceFeatures

WORDS = st.sampled_from(
    [
        "storm",
        "flood",
        "city",
        "mayor",
        "water",
        "bridge",
        "army",
        "river",
        "road",
        "school",
        "police",
        "fire",
        "rain",
        "power",
        "train",
        "port",
    ]
)
SENTENCE = st.lists(WORDS, min_size=0, max_size=9)
ARTICLE = st.lists(SENTENCE, min_size=0, max_size=8)


def _features(article: str, sentences: list[list[str]]) -> list[SentenceFeatures]:
    n = len(sentences)
    return [
        SentenceFeatures(
            id=f"{article}:{i}",
            article=article,
            index=i,
            position=i / max(n - 1, 1),
            active=bool(words),
            seq=tuple(words),
            slot_at=(),
            spans=(),
            lemmas=tuple(words),
            negated=False,
        )
        for i, words in enumerate(sentences)
    ]


def _check_partition(story: dict[str, list[SentenceFeatures]]) -> list:
    groups = align_story(story)
    ids = [sid for g in groups for sid in g.sentences]
    assert sorted(ids) == sorted(s.id for feats in story.values() for s in feats)
    assert len(ids) == len(set(ids))
    active = {s.id: s.active for feats in story.values() for s in feats}
    for group in groups:
        assert 0.0 <= group.score <= 1.0
        if len(group.sentences) == 1:
            assert group.score == 0.0
        if any(not active[s] for s in group.sentences):
            assert len(group.sentences) == 1  # empty sentences never join anything
        per_article: dict[str, int] = {}
        for sid in group.sentences:
            per_article[sid.split(":")[0]] = per_article.get(sid.split(":")[0], 0) + 1
        assert max(per_article.values()) <= MAX_PER_ARTICLE
    return groups


@settings(max_examples=60, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=4))
def test_every_sentence_is_in_exactly_one_group(articles):
    story = {f"a{n}": _features(f"a{n}", sents) for n, sents in enumerate(articles)}
    _check_partition(story)


@settings(max_examples=60, deadline=None)
@given(ARTICLE)
def test_identical_articles_align_one_to_one(sentences):
    distinct = list(dict.fromkeys(tuple(s) for s in sentences if s))
    sentences = [list(s) for s in distinct]
    story = {"a": _features("a", sentences), "b": _features("b", sentences)}
    groups = _check_partition(story)
    # Brute-force reference: every pair of equal sentences, compared exhaustively.
    reference = {(x.id, y.id) for x in story["a"] for y in story["b"] if x.seq == y.seq}
    found = {tuple(g.sentences) for g in groups if len(g.sentences) == 2}
    assert found == reference


@settings(max_examples=40, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_alignment_is_deterministic(articles):
    story = {f"a{n}": _features(f"a{n}", sents) for n, sents in enumerate(articles)}
    assert align_story(story) == align_story(story)
