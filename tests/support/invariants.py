"""What must hold of any comparison, whatever the input: checked by the property tests and the soak."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter

from tuicompare.models import Comparison, Conflict, article_of

#: Multiplies every hypothesis example count; the long run recorded in
#: docs/hardening.md used TUICOMPARE_HARDENING_SCALE=20.
SCALE = max(1, int(os.environ.get("TUICOMPARE_HARDENING_SCALE", "1")))


def examples(n: int) -> int:
    """``n`` hypothesis examples, times the scale of a long run."""
    return n * SCALE


def check_comparison(c: Comparison) -> None:
    """Offsets inside the text, every sentence in exactly one group of its article's story, ids resolve."""
    articles = {a.id: a for a in c.articles}
    assert len(articles) == len(c.articles), "article ids are unique"
    assert [a.article for a in c.analyses] == [a.id for a in c.articles]
    sentences = {}
    for analysis in c.analyses:
        text = articles[analysis.article].text
        previous_end = 0
        for index, s in enumerate(analysis.sentences):
            assert s.article == analysis.article and s.index == index
            assert previous_end <= s.start < s.end <= len(text), (s.id, s.start, s.end, len(text))
            assert text[s.start : s.end] == s.text and s.text == s.text.strip()
            previous_end = s.end
            for e in s.entities:
                assert s.start <= e.start < e.end <= s.end and text[e.start : e.end] == e.text
            for t in s.tokens:
                assert s.start <= t.start < t.end <= s.end
                assert 0 <= t.head < len(s.tokens)
            sentences[s.id] = s
    story_of = {}
    for story in c.stories:
        for aid in story.articles:
            assert aid in articles and aid not in story_of, f"{aid} is in exactly one story"
            story_of[aid] = story.id
    assert set(story_of) == set(articles), "every article is in a story"
    grouped = Counter(sid for g in c.groups for sid in g.sentences)
    assert set(grouped) == set(sentences) and set(grouped.values()) <= {1}, "every sentence in exactly one group"
    groups = {g.id: g for g in c.groups}
    assert len(groups) == len(c.groups)
    for g in c.groups:
        assert g.sentences and 0.0 <= g.score <= 1.0
        assert all(story_of[sentences[sid].article] == g.story for sid in g.sentences)
        if len(g.sentences) == 1:
            assert g.score == 0.0
    for entity in c.entities:
        for m in entity.mentions:
            _check_mention(m, sentences, articles)
    stories_by_id = {s.id: s for s in c.stories}
    # A difference found through a link between rows is reported under one row; its other value
    # lies in a sentence linked to that row.
    linked: dict[str, set[str]] = {}
    for link in c.links:
        linked.setdefault(link.a, set()).add(link.b)
        linked.setdefault(link.b, set()).add(link.a)
    for conflict in c.conflicts:
        group = groups[conflict.group]
        reach = set(group.sentences).union(*(linked.get(sid, set()) for sid in group.sentences))
        assert conflict.kind in ("conflict", "possible", "variant") and len(conflict.values) >= 2
        # An entity-sheet difference hangs on the entity, not on one row: its values lie in the story.
        attribute = conflict.type.startswith("attribute:")
        story_articles = set(stories_by_id[group.story].articles)
        for value in conflict.values:
            if attribute:
                assert set(value.articles) <= story_articles
                assert {article_of(sid) for sid in value.sentences} <= story_articles
            else:
                assert set(value.sentences) <= reach
                assert {article_of(sid) for sid in value.sentences} == set(value.articles) <= story_articles
            for m in value.mentions:
                _check_mention(m, sentences, articles)
    conflicts = {x.id for x in c.conflicts}
    stories = {s.id: s for s in c.stories}
    entities = {e.id for e in c.entities}
    for attr in c.attributes:
        assert attr.entity in entities and attr.story in stories and attr.values
        assert attr.conflict is None or attr.conflict in conflicts
        assert (attr.status == "single") == (len(attr.values) == 1)
        for value in attr.values:
            assert value.article in stories[attr.story].articles and value.mentions
            for m in value.mentions:
                assert m.article == value.article
                _check_mention(m, sentences, articles)
    for claim in c.claims:
        assert groups[claim.group].story == claim.story
        assert set(claim.stances) <= set(stories[claim.story].articles)
        assert set(claim.conflicts) <= conflicts
        shown = [k for k in c.conflicts if k.id in claim.conflicts]
        for article, stance in claim.stances.items():
            if stance == "contradicts":
                # Only over a red conflict the claim shows, whose leading value the article does not hold.
                assert any(k.kind == "conflict" and _loses(k, article) for k in shown), (claim.id, article)


def _loses(conflict: Conflict, article: str) -> bool:
    first, *others = conflict.values
    return article not in first.articles and any(article in v.articles for v in others)


def _check_mention(m, sentences, articles) -> None:
    s = sentences[m.sentence]
    assert s.start <= m.start < m.end <= s.end, (m, s.start, s.end)
    assert articles[s.article].text[m.start : m.end] == m.text


def without_tokens(c: Comparison) -> Comparison:
    """The comparison as the JSON format keeps it (tokens are internal to the engine)."""
    analyses = tuple(
        dataclasses.replace(a, sentences=tuple(dataclasses.replace(s, tokens=()) for s in a.sentences))
        for a in c.analyses
    )
    return dataclasses.replace(c, analyses=analyses)
