"""The ``compare`` contract on the seeds and on awkward inputs."""

from __future__ import annotations

import pytest

from tuicompare.engine import compare
from tuicompare.errors import Cancelled
from tuicompare.models import Analysis, Article, EntitySpan, LoadWarning, Sentence, Token


def test_groups_cover_every_sentence_once_in_reading_order(seed_comparison):
    comparison = seed_comparison
    for story in comparison.stories:
        groups = [g for g in comparison.groups if g.story == story.id]
        seen = [sid for g in groups for sid in g.sentences]
        expected = [s.id for a in comparison.analyses if a.article in story.articles for s in a.sentences]
        assert sorted(seen) == sorted(expected)
        assert len(seen) == len(set(seen))
        # Each article's sentences appear in the groups mostly in order (reordering is rare).
        for article in story.articles:
            order = [int(sid.rsplit(":", 1)[1]) for sid in seen if sid.rsplit(":", 1)[0] == article]
            inversions = sum(1 for a, b in zip(order, order[1:], strict=False) if b < a)
            assert inversions <= len(order) // 5


def test_scores_are_bounded_and_lone_sentences_score_zero(seed_comparison):
    for group in seed_comparison.groups:
        assert 0.0 <= group.score <= 1.0
        if len(group.articles) == 1 and len(group.sentences) == 1:
            assert group.score == 0.0


def test_ids_are_deterministic(seed_corpus, seed_comparison):
    again = compare(*seed_corpus)
    assert again == seed_comparison
    assert [s.id for s in again.stories] == [f"s{n}" for n in range(1, len(again.stories) + 1)]
    assert [g.id for g in again.groups] == [f"g{n}" for n in range(1, len(again.groups) + 1)]
    assert [c.id for c in again.claims] == [f"k{n}" for n in range(1, len(again.claims) + 1)]


def test_mentions_point_at_their_text(seed_comparison):
    text = {a.id: a.text for a in seed_comparison.articles}
    for conflict in seed_comparison.conflicts:
        for value in conflict.values:
            assert value.mentions
            for mention in value.mentions:
                assert text[mention.article][mention.start : mention.end] == mention.text
                assert mention.sentence in value.sentences
    for entity in seed_comparison.entities:
        for mention in entity.mentions:
            assert text[mention.article][mention.start : mention.end] == mention.text


def test_claims_have_a_stance_for_every_article_of_their_story(seed_comparison):
    stories = {s.id: s for s in seed_comparison.stories}
    groups = {g.id: g for g in seed_comparison.groups}
    for claim in seed_comparison.claims:
        assert set(claim.stances) == set(stories[claim.story].articles)
        if len(groups[claim.group].articles) == 1:
            assert claim.single_source  # no other article has a sentence on its row
        if claim.single_source:
            assert list(claim.stances.values()).count("supports") == 1 and not claim.corroborated
        assert claim.text and len(claim.text) <= 160
        for article, stance in claim.stances.items():
            # An article outside the group is absent; one inside it may be too, when its
            # sentence is only loosely related and does not state the claim's fact.
            if article not in groups[claim.group].articles:
                assert stance == "absent"
        assert any(s != "absent" for s in claim.stances.values())


def test_conflicts_stay_inside_a_story(seed_comparison):
    story_of_group = {g.id: g.story for g in seed_comparison.groups}
    stories = {s.id: set(s.articles) for s in seed_comparison.stories}
    for conflict in seed_comparison.conflicts:
        articles = {a for v in conflict.values for a in v.articles}
        assert articles <= stories[story_of_group[conflict.group]]
        assert len(conflict.values) >= 2


def test_progress_and_warnings(seed_corpus):
    calls = []
    warning = LoadWarning("x.bin", "binary file")
    result = compare(*seed_corpus, warnings=[warning], progress=lambda d, t: calls.append((d, t)))
    assert result.warnings == (warning,)
    assert calls[-1] == (len(result.stories), len(result.stories))


def test_cancel_stops_the_comparison(seed_corpus):
    with pytest.raises(Cancelled):
        compare(*seed_corpus, cancelled=lambda: True)


def _article(aid: str, text: str, pieces: list[str]) -> tuple[Article, Analysis]:
    sentences, pos = [], 0
    for n, piece in enumerate(pieces):
        start = text.index(piece, pos)
        end = start + len(piece)
        tokens = tuple(
            Token(start + i, start + i + len(w), w.lower(), "PUNCT" if not w.isalnum() else "NOUN", "dep", 0)
            for i, w in ((piece.index(w), w) for w in piece.split())
        )
        sentences.append(Sentence(aid, n, start, end, piece, (), tokens))
        pos = end
    return Article(aid, f"{aid}.txt", pieces[0] if pieces else "", text), Analysis(aid, tuple(sentences), "m", "1")


def test_empty_and_punctuation_only_sentences_never_align():
    a = _article("a", "... ! Storm hits coast", ["...", "!", "Storm hits coast"])
    b = _article("b", "... ? Storm hits coast", ["...", "?", "Storm hits coast"])
    result = compare([a[0], b[0]], [a[1], b[1]])
    assert len(result.stories) == 1
    groups = {sid: g for g in result.groups for sid in g.sentences}
    for sid in ("a:0", "a:1", "b:0", "b:1"):
        assert groups[sid].sentences == (sid,) and groups[sid].score == 0.0
    assert groups["a:2"] is groups["b:2"]


def test_no_articles_and_an_article_without_sentences():
    assert compare([], []).stories == ()
    empty = Article("e", "e.txt", "", "")
    result = compare([empty], [Analysis("e", (), "m", "1")])
    assert [s.articles for s in result.stories] == [("e",)]
    assert result.groups == () and result.claims == ()


def test_articles_without_analysis_are_left_out():
    a = _article("a", "Storm hits coast", ["Storm hits coast"])
    lonely = Article("z", "z.txt", "", "Not analysed")
    result = compare([a[0], lonely], [a[1]])
    assert [s.articles for s in result.stories] == [("a",)]


def test_entity_labels_come_from_voting(seed_comparison):
    labels = {e.name: e.label for e in seed_comparison.entities}
    assert labels["Denis Pyrogov"] == "person"
    assert labels["Yaramyr Temirkhanov"] == "person"
    assert labels["Kotz"] == "person"  # ORG twice, PERSON once, but a role says person
    assert labels["Severodonnetsk"] == "place"


def test_entity_span_type_is_exported():
    assert EntitySpan(0, 1, "GPE", "x").label == "GPE"
