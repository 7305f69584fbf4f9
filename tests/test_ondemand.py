"""Stories compared on demand and cached: the same comparison as computing everything afresh.

A pool of articles (the seeds and generated rewrites of a few stories) is
analysed once; each test opens corpora made of some of them through
``pipeline``'s cached, story-by-story path and checks the result against the
engine's ``compare`` over the same articles, and that the cache is used:
a warm run computes no story, a changed or added article recomputes exactly
the stories it is in.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import SEEDS
from tests.support.invariants import check_comparison, without_tokens
from tests.support.pools import Pool, analysed_pool, fresh_cache
from tuicompare import ondemand, pipeline, report
from tuicompare.analysis import nlp, stored
from tuicompare.engine import compare
from tuicompare.evaluation.generate import generate_corpus, write_corpus
from tuicompare.models import Article
from tuicompare.ondemand import StoryComparisons
from tuicompare.pipeline import AnalysisSession, Options


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 generated rewrites of 3 stories, as text files."""
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(generate_corpus(3, 4, seed=11), folder)
    return folder


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory, generated: Path) -> Pool:
    """Options whose cache holds the analyses of the seeds and of the generated rewrites, and those articles."""
    return analysed_pool(tmp_path_factory.mktemp("pool-cache"), [str(SEEDS), str(generated / "*.txt")])


def _reference(articles, options: Options, one_story: bool = False):
    analyses, _ = pipeline.analyse(articles, options)
    return compare(articles, analyses, stories=[[a.id for a in articles]] if one_story else None)


def _open(articles, options: Options, one_story: bool = False) -> tuple[StoryComparisons, AnalysisSession]:
    session = AnalysisSession(options)
    grouping = [[a.id for a in articles]] if one_story else None
    return StoryComparisons(articles, session, stories=grouping), session


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_on_demand_and_cached_equal_a_full_recomputation(pool, tmp_path_factory, data):
    options, articles = pool
    chosen = data.draw(st.lists(st.sampled_from(articles), min_size=1, max_size=10, unique_by=lambda a: a.id))
    one_story = data.draw(st.booleans())
    expected = _reference(chosen, options, one_story)
    # A shared cache across examples: a story met in another corpus is read back, not recomputed.
    stories, session = _open(chosen, options, one_story)
    with session:
        result = stories.comparison()
        assert result == expected
        check_comparison(result)
        # Ids run in story order without gaps, as when the whole corpus is compared at once.
        for prefix, items in (("s", result.stories), ("g", result.groups), ("e", result.entities)):
            assert [x.id for x in items] == [f"{prefix}{n}" for n in range(1, len(items) + 1)]
        for prefix, items in (("c", result.conflicts), ("k", result.claims), ("a", result.attributes)):
            assert [x.id for x in items] == [f"{prefix}{n}" for n in range(1, len(items) + 1)]
        story_of = {a: s.id for s in result.stories for a in s.articles}
        assert all(story_of[m.article] == story_of[e.mentions[0].article] for e in result.entities for m in e.mentions)
        text = []
        report.write_json_stream(stories, text.append)
        assert "".join(text) == report.json_text(report.to_json(expected))
    warm, session = _open(chosen, options, one_story)
    with session:
        assert warm.comparison() == expected
        # What the app loads: the same without tokens, read from the outlines.
        assert warm.comparison(tokens=False) == without_tokens(expected)
        assert warm.computed == 0
        for n, story in enumerate(expected.stories):
            view = warm.story_view(n)
            assert view.stories == expected.stories
            assert {g.sentences for g in view.groups} == {g.sentences for g in expected.groups if g.story == story.id}
            sheet = [(a.name, a.status, a.values) for a in expected.attributes if a.story == story.id]
            assert [(a.name, a.status, a.values) for a in view.attributes] == sheet


def test_a_changed_article_recomputes_exactly_its_story(pool, tmp_path):
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    corpus = list(articles)
    cold, session = _open(corpus, options)
    with session:
        assert cold.comparison() == _reference(corpus, options)
        assert cold.computed == len(cold.stories) > 3
    # One generated article loses its last sentence: its story, and only its story, is compared again.
    target = next(a for a in corpus if a.id.startswith("t001"))
    changed = Article(target.id, target.path, target.title, target.text.rsplit(".", 2)[0] + ".")
    corpus = [changed if a.id == target.id else a for a in corpus]
    warm, session = _open(corpus, options)
    with session:
        assert warm.comparison() == _reference(corpus, options)
        (touched,) = [s for s in warm.stories if target.id in s.articles]
        assert len(touched.articles) > 1
        # The story holding the changed article, and any story whose articles changed with it.
        regrouped = {s.articles for s in warm.stories} - {s.articles for s in cold.stories}
        assert warm.computed == len(regrouped | {touched.articles}) == 1


def test_an_added_article_recomputes_only_the_story_it_joins(pool, tmp_path):
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    newcomer = next(a for a in articles if a.id.startswith("t002"))
    before = [a for a in articles if a.id != newcomer.id]
    cold, session = _open(before, options)
    with session:
        cold.comparison()
    after = [*before, newcomer]
    warm, session = _open(after, options)
    with session:
        assert warm.comparison() == _reference(after, options)
        (joined,) = [s for s in warm.stories if newcomer.id in s.articles]
        assert len(joined.articles) > 1
        regrouped = {s.articles for s in warm.stories} - {s.articles for s in cold.stories}
        assert regrouped == {joined.articles}
        assert warm.computed == 1


def test_an_added_article_parsed_in_another_process_gives_the_same_comparison(pool, tmp_path, monkeypatch):
    """On a big corpus a new article is parsed aside while the cache is read (``ondemand.ASIDE_CORPUS``)."""
    articles = pool[1]
    newcomer = next(a for a in articles if a.id.startswith("t002"))
    expected = _reference(articles, pool[0])
    options = fresh_cache(pool, tmp_path / "cache")
    with AnalysisSession(options) as session:
        before = [a for a in articles if a.id != newcomer.id]
        StoryComparisons(before, session).comparison()
    # A cache without the newcomer's analysis, this process without spaCy's model: as in a fresh run.
    with AnalysisSession(options) as session:
        key = session.key(newcomer)
    db = sqlite3.connect(next((tmp_path / "cache").glob("*.sqlite3")))
    with db:
        assert db.execute("DELETE FROM analyses WHERE key = ?", (key,)).rowcount == 1
    db.close()
    nlp.load_model.cache_clear()
    monkeypatch.setattr(ondemand, "ASIDE_CORPUS", 1)
    with AnalysisSession(dataclasses.replace(options, jobs=2)) as session:
        warm = StoryComparisons(articles, session)
        assert warm.comparison() == expected
        assert warm.computed == 1
        assert nlp.load_model.cache_info().currsize == 0, "parsed in the other process, not here"
        assert session.present([key]) == {key}


def test_a_forged_story_record_is_recomputed_with_a_warning(pool, tmp_path):
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    expected = _reference(articles, options)
    first, session = _open(articles, options)
    with session:
        first.comparison()
        key = first._story_key(first.stories[0])
    # The record now claims a sentence of an article outside the story.
    with sqlite3.connect(options.cache_dir / "analysis.sqlite3") as db:
        (data,) = db.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()
        record = json.loads(data)
        record["g"][0][0] = ["somewhere-else:0"]
        db.execute("UPDATE analyses SET data = ? WHERE key = ?", (json.dumps(record), key))
    again, session = _open(articles, options)
    with session:
        result = again.comparison()
        assert again.computed == 1
        assert [w.reason for w in result.warnings] == [
            "1 stored story comparison(s) was invalid (first: a group's sentence is not a sentence of the story); "
            "computed again"
        ]
        assert dataclasses.replace(result, warnings=()) == expected


def test_no_cache_stores_nothing_and_still_equals_the_engine(pool, tmp_path):
    options, articles = pool
    expected = _reference(articles, options)
    off = Options(cache_dir=tmp_path / "unused", use_cache=False)
    stories, session = _open(articles, off)
    with session:
        assert stories.comparison() == expected
    assert not (tmp_path / "unused").exists()


def test_report_json_and_markdown_stream_the_same_bytes(pool, generated, tmp_path):
    from tuicompare.cli.main import main

    options, articles = pool
    expected = _reference(articles, options)
    folder_args = [str(SEEDS), str(generated / "*.txt")]
    for flag, text in (("--json", report.json_text(report.to_json(expected))), ("--markdown", None)):
        out = tmp_path / f"out{flag}"
        status = main(["report", *folder_args, flag, "-o", str(out), "--cache-dir", str(options.cache_dir)])
        assert status == 0
        assert out.read_text(encoding="utf-8") == (text or report.to_markdown(expected))


def test_a_report_run_in_process_leaves_the_collectors_thresholds_as_it_found_them(pool, tmp_path):
    """`report` collects garbage less often while it runs (``cli.commands``), then gives its embedder theirs back."""
    import gc

    from tuicompare.cli.main import main

    options = pool[0]
    before = gc.get_threshold()
    gc.set_threshold(1234, 5, 6)
    try:
        out = tmp_path / "out.json"
        assert main(["report", str(SEEDS), "--json", "-o", str(out), "--cache-dir", str(options.cache_dir)]) == 0
        assert gc.get_threshold() == (1234, 5, 6)
        assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "tuicompare/1"
    finally:
        gc.set_threshold(*before)


def test_an_added_article_is_placed_into_the_stored_stories_not_clustered_again(pool, tmp_path, monkeypatch):
    from tuicompare.analysis import lineage
    from tuicompare.engine import clustering as engine_clustering

    monkeypatch.setattr(lineage, "MIN_CORPUS", 0)  # the pool is small; placing is for big corpora
    monkeypatch.setattr(lineage, "MAX_PLACED_SHARE", 0.2)
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    newcomers = [a for a in articles if a.id.startswith("t002")][:2]
    before = [a for a in articles if a not in newcomers]
    cold, session = _open(before, options)
    with session:
        cold.comparison()

    # ondemand imports the clustering when it needs it (not at start-up), so it is patched at its home.
    clustering = engine_clustering.cluster_bags

    def no_clustering(*_args, **_kwargs):
        raise AssertionError("the corpus was clustered whole")

    after = [*before, newcomers[0]]
    with monkeypatch.context() as patch:
        patch.setattr(engine_clustering, "cluster_bags", no_clustering)
        warm, session = _open(after, options)
        with session:
            placed = warm.comparison()
            assert warm.computed == 1
    assert placed == _reference(after, options)
    (joined,) = [s for s in warm.stories if newcomers[0].id in s.articles]
    assert len(joined.articles) > 1
    # A second newcomer starts from the placed index (its lineage); past the share, the corpus is clustered whole.
    with monkeypatch.context() as patch:
        patch.setattr(engine_clustering, "cluster_bags", no_clustering)
        again, session = _open([*after, newcomers[1]], options)
        with session:
            assert again.comparison() == _reference([*after, newcomers[1]], options)
    monkeypatch.setattr(lineage, "MAX_PLACED_SHARE", 0.0)
    calls = []

    def counted(*args, **kwargs):
        calls.append(1)
        return clustering(*args, **kwargs)

    monkeypatch.setattr(engine_clustering, "cluster_bags", counted)
    whole, session = _open([*before, newcomers[1]], options)
    with session:
        assert whole.comparison() == _reference([*before, newcomers[1]], options)
    assert calls == [1]


def test_placing_from_the_stored_terms_places_as_the_full_index_and_never_reads_every_bag(pool, tmp_path, monkeypatch):
    from tuicompare.analysis import lineage
    from tuicompare.ondemand import termindex

    monkeypatch.setattr(lineage, "MIN_CORPUS", 0)  # the pool is small; placing is for big corpora
    monkeypatch.setattr(lineage, "MAX_PLACED_SHARE", 0.5)
    articles = pool[1]
    newcomer = next(a for a in articles if a.id.startswith("t002"))
    before = [a for a in articles if a is not newcomer]
    # Since: one article rewritten under its id (its stored terms are stale), one gone, the newcomer in, order reversed.
    changed = dataclasses.replace(before[3], text=before[3].text + "\n\nThe council will meet again on Friday.\n")
    after = [newcomer, *reversed([changed if a is before[3] else a for a in before[1:]])]
    found = {}
    for way in ("terms", "every bag"):
        options = fresh_cache(pool, tmp_path / way.replace(" ", "-"))
        cold, session = _open(before, options)
        with session:
            cold.comparison()
        read: list[int] = []
        bags = StoryComparisons._bags

        def counting(self, progress, chosen=None, bags=bags, read=read):
            read.append(len(self.articles if chosen is None else chosen))
            return bags(self, progress, chosen)

        with monkeypatch.context() as patch:
            patch.setattr(StoryComparisons, "_bags", counting)
            if way == "every bag":  # as before the terms were kept: the index built from every article's bag
                patch.setattr(termindex, "stored_index", lambda *_args: None)
            warm, session = _open(after, options)
            with session:
                found[way] = (warm.stories, warm.comparison())
        assert max(read) < len(after) if way == "terms" else read == [len(after)]
    assert found["terms"] == found["every bag"]
    assert found["terms"][1] == _reference(after, options)
    assert any(newcomer.id in s.articles and len(s.articles) > 1 for s in found["terms"][0])


def test_a_damaged_stored_terms_record_is_said_and_the_stories_placed_from_every_bag(pool, tmp_path, monkeypatch):
    from tuicompare.analysis import lineage
    from tuicompare.ondemand import termindex

    monkeypatch.setattr(lineage, "MIN_CORPUS", 0)
    monkeypatch.setattr(lineage, "MAX_PLACED_SHARE", 0.5)
    articles = pool[1]
    newcomer = next(a for a in articles if a.id.startswith("t002"))
    before = [a for a in articles if a is not newcomer]
    options = fresh_cache(pool, tmp_path / "cache")
    cold, session = _open(before, options)
    with session:
        cold.comparison()
        members = [(a.id, session.key(a), a.title, a.date) for a in before]
        key = termindex.terms_key(stored.index_key(members, ondemand.tuning_digest()))
        record = json.loads(session.get_many([key])[key])
        record["postings"] = dict.fromkeys(record["postings"], "0 99999")  # positions past the articles
        session.put_many({key: json.dumps(record)})
    after = [*before, newcomer]
    warm, session = _open(after, options)
    with session:
        placed = warm.comparison()
    expected = _reference(after, options)
    assert placed.stories == expected.stories
    assert any("stored story terms was invalid" in w.reason for w in placed.warnings)
