"""Triage honours the stories reviewers corrected by hand (m, M in the app; kept in the review store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import SEEDS
from tuicompare import pipeline
from tuicompare.cli import main
from tuicompare.pipeline import Options
from tuicompare.review import ReviewStore, article_hash
from tuicompare.triage import triage_paths

MAIN = ("000_ba5c7385b1f8dd65", "001_f26ec24a58b350c0", "002_f1e299b74bfee8ae")
OTHER = "003_f609cba098b55e28"


@pytest.fixture
def rewrite(tmp_path: Path) -> Path:
    """A new article: a rewrite of the main story's second article with another city."""
    text = (SEEDS / f"{MAIN[1]}.txt").read_text(encoding="utf-8").replace("Severodonnetsk", "Lysychansk")
    path = tmp_path / "inbox" / "rewrite.txt"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def hashes(options: Options, *paths: Path) -> dict[str, str]:
    """Content hashes by article id of the files the loader reads at ``paths``."""
    loaded = pipeline.load([str(p) for p in paths], options)
    return {a.id: article_hash(a) for a in loaded.articles}


def triaged_story(rewrite: Path, options: Options, store: ReviewStore | None = None) -> tuple[str, ...]:
    return triage_paths([str(rewrite)], [str(SEEDS)], options, reviews=store).results[0].story


def test_corpus_articles_moved_by_hand_leave_or_join_the_story(
    seed_options: Options, rewrite: Path, tmp_path: Path
) -> None:
    """An article moved out of the story is not compared with the new one; one merged in is."""
    assert set(triaged_story(rewrite, seed_options)) == set(MAIN)
    corpus = hashes(seed_options, SEEDS)
    store = ReviewStore.open(tmp_path / "r.sqlite3")
    # A reviewer gave 002 a story of its own and put 003 in the main story (m twice in the app).
    store.place([(corpus[MAIN[2]], ""), (corpus[OTHER], corpus[MAIN[0]])])
    story = triaged_story(rewrite, seed_options, store)
    assert set(story) == {MAIN[0], MAIN[1], OTHER}
    result = triage_paths([str(rewrite)], [str(SEEDS)], seed_options, reviews=store).results[0]
    assert {a.id for a in result.comparison.articles} == {MAIN[0], MAIN[1], OTHER, result.article.id}
    # --one-story compares everything together, corrections or not.
    together = Options(cache_dir=seed_options.cache_dir, one_story=True)
    assert set(triaged_story(rewrite, together, store)) == {*MAIN, OTHER, "004_3800fd556f55c46a"}


def test_the_new_article_moved_by_hand_is_triaged_in_the_reviewers_story(
    seed_options: Options, rewrite: Path, tmp_path: Path
) -> None:
    """The new article was in the corpus once and a reviewer moved it: its story is the one they chose."""
    corpus = hashes(seed_options, SEEDS)
    (new,) = hashes(seed_options, rewrite).values()
    store = ReviewStore.open(tmp_path / "r.sqlite3")
    store.place([(new, corpus[OTHER])])
    assert triaged_story(rewrite, seed_options, store) == (OTHER,)
    # A later correction wins: a story of its own, so nothing in the corpus reports its story.
    store.place([(new, "")])
    result = triage_paths([str(rewrite)], [str(SEEDS)], seed_options, reviews=store).results[0]
    assert result.new_story and not result.contradictions
    # A corpus article put beside the new article (when it was in the corpus) follows it.
    store.place([(corpus[MAIN[2]], new)])
    assert triaged_story(rewrite, seed_options, store) == (MAIN[2],)


def test_the_triage_command_reads_the_corrections_from_review_db(
    seed_options: Options, rewrite: Path, tmp_path: Path
) -> None:
    """tuicompare triage --review-db: the JSON's story lists the articles of the reviewer's story."""
    corpus = hashes(seed_options, SEEDS)
    store = ReviewStore.open(tmp_path / "r.sqlite3")
    store.place([(corpus[MAIN[0]], "")])
    store.close()
    out = tmp_path / "t.json"
    args = ["triage", str(rewrite), "--corpus", str(SEEDS), "--cache-dir", str(seed_options.cache_dir), "--json"]
    main([*args, "--review-db", str(store.path), "-o", str(out)])
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert article["story"]["articles"] == [MAIN[1], MAIN[2]]
    # Without the store, the clustering's story.
    main([*args, "--review-db", str(tmp_path / "empty.sqlite3"), "-o", str(tmp_path / "plain.json")])
    (plain,) = json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))["articles"]
    assert plain["story"]["articles"] == list(MAIN)
