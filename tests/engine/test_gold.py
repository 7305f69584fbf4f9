"""The engine against the gold annotations of the seeds (tests/gold/seeds.json)."""

from __future__ import annotations

from tests.support.gold import sentence_id
from tuicompare.engine.features import name_key
from tuicompare.models import Comparison


def _group_of(comparison: Comparison) -> dict[str, str]:
    return {sid: g.id for g in comparison.groups for sid in g.sentences}


def _key(text: str) -> str:
    return name_key(text)


def test_segmentation_matches_the_annotations(seed_corpus, gold):
    _articles, analyses = seed_corpus
    text = {s.id: s.text for a in analyses for s in a.sentences}
    for short, start in gold["sentences"].items():
        assert text[sentence_id(gold, short)].startswith(start), short


def test_stories_are_the_annotated_ones(seed_comparison, gold):
    expected = [[gold["articles"][a] for a in story] for story in gold["stories"]]
    assert [list(s.articles) for s in seed_comparison.stories] == expected


def test_sentences_that_report_the_same_thing_share_a_group(seed_comparison, gold):
    group = _group_of(seed_comparison)
    missing = [
        pair for pair in gold["must_align"] if group[sentence_id(gold, pair[0])] != group[sentence_id(gold, pair[1])]
    ]
    assert not missing


def test_sentences_that_differ_are_never_grouped(seed_comparison, gold):
    group = _group_of(seed_comparison)
    wrong = [
        pair
        for pair in gold["must_not_align"]
        if group[sentence_id(gold, pair[0])] == group[sentence_id(gold, pair[1])]
    ]
    assert not wrong


def _matches(conflict, expected, gold) -> bool:
    if conflict.kind != expected["kind"] or conflict.type != expected["type"]:
        return False
    values = {_key(v.text): set(v.articles) for v in conflict.values}
    for text, aliases in expected["values"].items():
        if _key(text) not in values or not {gold["articles"][a] for a in aliases} <= values[_key(text)]:
            return False
    return True


def test_every_annotated_conflict_and_variant_is_found(seed_comparison, gold):
    missing = [e["note"] for e in gold["conflicts"] if not any(_matches(c, e, gold) for c in seed_comparison.conflicts)]
    assert not missing


def test_no_conflict_beyond_the_annotated_ones(seed_comparison, gold):
    extra = [c for c in seed_comparison.conflicts if not any(_matches(c, e, gold) for e in gold["conflicts"])]
    assert not extra


def test_agreeing_mentions_are_never_in_conflict(seed_comparison, gold):
    agreeing = {_key(name) for name in gold["agreements"]}
    for conflict in seed_comparison.conflicts:
        assert not agreeing & {_key(v.text) for v in conflict.values}, conflict


def _entity_of(comparison: Comparison, story_articles: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity in comparison.entities:
        for mention in entity.mentions:
            if mention.article in story_articles:
                out.setdefault(_key(mention.text), set()).add(entity.id)
    return out


def test_spellings_and_short_forms_resolve_to_one_entity(seed_comparison, gold):
    entity_of = _entity_of(seed_comparison, set(seed_comparison.stories[0].articles))
    for names in gold["same_entity"]:
        ids = set().union(*(entity_of[_key(n)] for n in names))
        assert len(ids) == 1, names


def test_close_but_different_places_stay_apart(seed_comparison, gold):
    entity_of = _entity_of(seed_comparison, set(seed_comparison.stories[0].articles))
    ids = [entity_of[_key(n)] for n in gold["distinct_entities"]]
    assert all(len(i) == 1 for i in ids)
    assert len(set().union(*ids)) == len(ids)


def test_label_noise_does_not_split_places(seed_comparison, gold):
    story = set(seed_comparison.stories[0].articles)
    for name in gold["one_entity_across_labels"]:
        entities = [
            e
            for e in seed_comparison.entities
            if any(_key(m.text) == _key(name) and m.article in story for m in e.mentions)
        ]
        assert len(entities) == 1
        assert {m.article for m in entities[0].mentions} == story


def test_claim_stances(seed_comparison, gold):
    group = _group_of(seed_comparison)
    claims = {c.group: c for c in seed_comparison.claims}
    for expected in gold["claims"]:
        claim = claims[group[sentence_id(gold, expected["sentence"])]]
        assert claim.stances == {gold["articles"][a]: s for a, s in expected["stances"].items()}
