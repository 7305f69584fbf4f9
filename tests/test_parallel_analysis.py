"""Analysis on several processes gives the same analyses as one, and stops cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuicompare.analysis import nlp
from tuicompare.analysis.cache import open_cache
from tuicompare.errors import Cancelled
from tuicompare.models import Article

pytestmark = pytest.mark.slow


@pytest.fixture
def many_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small batches, so the five seeds make enough batches to use the worker processes."""
    monkeypatch.setattr(nlp, "BATCH_SIZE", 4)
    monkeypatch.setattr(nlp, "MIN_PARALLEL_BATCHES", 2)


def test_two_processes_give_the_same_analyses_as_one(many_batches, seed_articles: list[Article]) -> None:
    one = nlp.analyze(seed_articles, jobs=1)
    two = nlp.analyze(seed_articles, jobs=2)
    assert two == one
    assert sum(len(a.sentences) for a in two) > 100


def test_cancelling_parallel_analysis_keeps_a_consistent_cache(
    many_batches, seed_articles: list[Article], tmp_path: Path
) -> None:
    polls = 0

    def cancel_after_a_few() -> bool:
        nonlocal polls
        polls += 1
        return polls > 6

    cache = open_cache(tmp_path)
    with pytest.raises(Cancelled):
        nlp.analyze(seed_articles, cache=cache, jobs=2, cancelled=cancel_after_a_few)
    cache.close()
    # What was stored is whole: a second run serves it and analyses the rest, equal to a fresh analysis.
    cache = open_cache(tmp_path)
    resumed = nlp.analyze(seed_articles, cache=cache, jobs=2)
    cache.close()
    assert resumed == nlp.analyze(seed_articles, jobs=1)


def test_articles_analysed_aside_are_cached_as_analysed_here(seed_articles: list[Article], tmp_path: Path) -> None:
    from tuicompare.analysis.parallel import analyse_aside

    few = seed_articles[:2]
    cache = open_cache(tmp_path)
    nlp.load_model(nlp.resolve_model(None))
    assert analyse_aside(few, None, cache, jobs=2) is None, "the model is loaded here: parsing here is quicker"
    nlp.load_model.cache_clear()
    assert analyse_aside(few, None, cache, jobs=1) is None, "one core: nothing to gain"
    settle = analyse_aside(few, None, cache, jobs=2)
    assert settle is not None
    settle()
    keys = [nlp.cache_key(a.text, nlp.resolve_model(None), nlp.model_version(nlp.resolve_model(None))) for a in few]
    assert set(cache.get_many(keys)) == set(keys), "stored by the time the wait is over"
    assert nlp.load_model.cache_info().currsize == 0, "parsed in the other process"
    # Read back from the cache (no spaCy here), they equal the analyses made in this process.
    assert nlp.analyze(few, cache=cache) == nlp.analyze(few, jobs=1)
    cache.close()


def test_spacy_prestarted_for_a_changed_big_corpus_parses_as_this_process(
    seed_articles: list[Article], tmp_path: Path
) -> None:
    """``report`` starts spaCy before reading a big corpus whose listing changed; listed as before, it does not."""
    from tuicompare.analysis.prestart import MIN_FILES, Prestarted, prestart

    name = nlp.resolve_model(None)
    model = (name, nlp.model_version(name))
    cache = open_cache(tmp_path)
    nlp.load_model.cache_clear()
    assert prestart(cache, 2, ["corpus/"], (MIN_FILES - 1, "listed"), model) == ({}, None), "a small corpus"
    assert prestart(cache, 1, ["corpus/"], (MIN_FILES, "listed"), model) == ({}, None), "one core"
    record, started = prestart(cache, 2, ["corpus/"], (MIN_FILES, "listed"), model)
    assert started is not None and started.running
    cache.put_many(record)
    assert prestart(cache, 2, ["corpus/"], (MIN_FILES, "listed"), model) == ({}, None), "listed as last time"
    again, other = prestart(cache, 2, ["corpus/"], (MIN_FILES, "one file more"), model)
    assert again.keys() == record.keys() and other is not None
    other.stop()
    assert not other.running, "stopped unused at once"

    few = seed_articles[:2]
    texts = {nlp.cache_key(a.text, *model): a.text for a in few}
    records = started.parse(texts)()
    assert records is not None and set(records) == set(texts)
    assert not started.running, "it parses once, then ends"
    assert nlp.load_model.cache_info().currsize == 0, "parsed in the other process"
    cache.put_many(records)
    assert nlp.analyze(few, cache=cache) == nlp.analyze(few, jobs=1)
    cache.close()
    unused = Prestarted(name)
    unused.stop()
    assert not unused.running
