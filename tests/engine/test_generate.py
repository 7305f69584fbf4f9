"""The test-corpus generator: deterministic, truthful about what it planted."""

from __future__ import annotations

import json

from tuicompare.evaluation.generate import generate_corpus, generate_story, transliterate
from tuicompare.load.corpus import load_corpus


def test_same_seed_same_corpus():
    assert generate_corpus(3, 4, seed=5) == generate_corpus(3, 4, seed=5)
    assert generate_corpus(3, 4, seed=5) != generate_corpus(3, 4, seed=6)


def test_planted_values_are_in_the_changed_article():
    story = generate_story(11, 8)
    texts = {a.id: a.text for a in story.articles}
    assert story.planted
    for planted in story.planted:
        kept = next(a for a in story.articles if a.id == planted.article).kept
        if set(kept) & set(story.slot_sentences[planted.slot]):
            assert any(form in texts[planted.article] for form in planted.new)


def test_transliteration_changes_letters_not_the_initial():
    import random

    rng = random.Random(1)
    for name in ("Temirkanov", "Kozlov", "Zakharov", "Tsarev"):
        variant = transliterate(name, rng)
        assert variant and variant != name and variant[0] == name[0]


def test_written_corpus_loads(tmp_path):
    stories = generate_corpus(2, 3, seed=2, folder=tmp_path)
    loaded = load_corpus([str(tmp_path)])
    assert sorted(a.id for a in loaded.articles) == sorted(a.id for s in stories for a in s.articles)
    truth = json.loads((tmp_path / "ground_truth.json").read_text())
    assert [t["story"] for t in truth] == [s.id for s in stories]
    first = next(a for a in loaded.articles if a.id == stories[0].articles[0].id)
    assert first.title == stories[0].articles[0].title
    assert stories[0].articles[0].title not in first.text
