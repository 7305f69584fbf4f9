"""Triage and report put an article in the same story; junk padding moves it in neither; --one-story.

Real seeds, the real model, the real engine. Padded articles get a "Keywords:"
line of random English words (the padding attack of issue 13).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.cli import main
from tuicompare.evaluation.stories_eval import padded, story_of
from tuicompare.models import Article
from tuicompare.pipeline import Options
from tuicompare.triage import TriageCorpus, triage_article

MAIN = "001_f26ec24a58b350c0"
STORY = {"000_ba5c7385b1f8dd65", MAIN, "002_f1e299b74bfee8ae"}


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return Options(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, options: Options) -> tuple[Article, ...]:
    return pipeline.load([str(seeds_dir)], options).articles


def triage_one(seeds_dir: Path, article: Article, options: Options, exclude: str | None = None):
    """Triage ``article`` against the seeds (without the seed file ``exclude``)."""
    with TriageCorpus.open([str(seeds_dir)], options, exclude=[exclude or article.path]) as corpus:
        return triage_article(corpus, article)


def test_triage_puts_each_seed_where_report_does(seeds_dir: Path, seeds, options: Options) -> None:
    report = pipeline.run([str(seeds_dir)], options)
    stories = [list(s.articles) for s in report.stories]
    assert [len(s) for s in stories] == [3, 1, 1]
    for article in seeds:
        result = triage_one(seeds_dir, article, options)
        assert set(result.story) == story_of(stories, article.id), article.id


@pytest.mark.parametrize("words", [200, 400])
def test_padding_does_not_move_an_article_out_of_its_story(seeds_dir: Path, seeds, options: Options, words: int):
    # The padded article also changes a value, so a lost story would hide a contradiction.
    main_article = next(a for a in seeds if a.id == MAIN)
    changed = replace(main_article, text=main_article.text.replace("177th", "178th"))
    junk = padded(changed, words)
    assert len(junk.text.split()) >= len(main_article.text.split()) + words

    mixed = [junk if a.id == MAIN else a for a in seeds]
    analyses, _ = pipeline.analyse(mixed, options)
    from tuicompare.engine import compare

    comparison = compare(mixed, analyses)
    assert any(set(s.articles) == STORY for s in comparison.stories)

    result = triage_one(seeds_dir, junk, options, exclude=main_article.path)
    assert set(result.story) == STORY - {MAIN}
    assert any("178th" in d.value.text for d in result.contradictions)


def test_one_story_compares_everything_together(seeds_dir: Path, options: Options, tmp_path: Path) -> None:
    comparison = pipeline.run([str(seeds_dir)], replace(options, one_story=True))
    assert len(comparison.stories) == 1 and len(comparison.stories[0].articles) == 5

    unrelated = tmp_path / "bakers.txt"
    unrelated.write_text(
        "Dutch bakers win bread prize\n\nA bakery from Utrecht won the European bread prize in Lyon on Sunday.\n",
        encoding="utf-8",
    )
    article = pipeline.load([str(unrelated)], options).articles[0]
    assert triage_one(seeds_dir, article, options).new_story
    with TriageCorpus.open([str(seeds_dir)], replace(options, one_story=True), exclude=[str(unrelated)]) as corpus:
        forced = triage_article(corpus, article)
    assert len(forced.story) == 5


def test_one_story_option_on_report_and_triage(seeds_dir: Path, options: Options, capsys) -> None:
    cache = ["--cache-dir", str(options.cache_dir)]
    assert main(["report", str(seeds_dir), "--json", "--one-story", *cache]) == 0
    out = capsys.readouterr().out
    assert out.count('"id": "s') == 1
    assert main(["report", str(seeds_dir), "--json", *cache]) == 0
    assert capsys.readouterr().out.count('"id": "s') == 3
    seed = str(next(seeds_dir.glob("004_*")))
    status = main(["triage", seed, "--corpus", str(seeds_dir), "--json", "--one-story", *cache])
    assert status in (0, 1)
    assert '"status": "existing"' in capsys.readouterr().out
    # Without it, 004 (a story of its own in the seeds) is a new story.
    assert main(["triage", seed, "--corpus", str(seeds_dir), "--json", *cache]) == 0
    assert '"status": "new"' in capsys.readouterr().out
