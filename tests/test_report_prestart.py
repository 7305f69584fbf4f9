"""A changed big corpus: ``report`` starts spaCy in another process before it reads the files.

A corpus listed before and seen changed has its newcomer parsed in the process started first
(``analysis.prestart``); one listed as last time starts nothing.
"""

from __future__ import annotations

import dataclasses
import shutil

from tests.support import SEEDS
from tuicompare import ondemand, pipeline, report
from tuicompare.analysis import nlp, prestart
from tuicompare.engine import story_terms
from tuicompare.load.sources import expand
from tuicompare.pipeline import Options


def test_a_report_of_a_changed_big_corpus_parses_its_newcomer_in_the_process_started_first(tmp_path, monkeypatch):
    """``report`` lists a big corpus, sees it changed since last time and starts spaCy before reading the files."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds[:-1]:
        shutil.copy(seed, folder)
    options = Options(cache_dir=tmp_path / "cache", jobs=2)
    started: list[prestart.Prestarted] = []

    class Counted(prestart.Prestarted):
        def __init__(self, model: str) -> None:
            super().__init__(model)
            started.append(self)

    monkeypatch.setattr(prestart, "MIN_FILES", 1)
    monkeypatch.setattr(prestart, "Prestarted", Counted)
    monkeypatch.setattr(ondemand, "ASIDE_CORPUS", 1)

    def report_once() -> str:
        pieces: list[str] = []
        sources = expand([str(folder)], options.max_bytes)
        with pipeline.open_stories([str(folder)], options, sources=sources) as stories:
            report.write_json_stream(stories, pieces.append)
        return "".join(pieces)

    report_once()
    assert len(started) == 1, "a corpus never listed before"
    report_once()
    assert len(started) == 1, "listed as last time: nothing started"
    shutil.copy(seeds[-1], folder)
    nlp.load_model.cache_clear()
    # What placing the newcomer needs (word frequencies) is loaded here while the other process parses it,
    # though the JSON writer waits for the newcomer's outline before its stories are placed.
    ready_before_the_wait: list[bool] = []
    monkeypatch.setattr(story_terms, "_WEIGHTS", story_terms._WeightTable())
    aside = pipeline.AnalysisSession.analyse_aside

    def watched(self: pipeline.AnalysisSession, articles: list) -> object:
        settle = aside(self, articles)
        if settle is None:
            return None

        def wait() -> None:
            ready_before_the_wait.append("news" in story_terms._WEIGHTS.table)
            settle()

        return wait

    monkeypatch.setattr(pipeline.AnalysisSession, "analyse_aside", watched)
    added = report_once()
    assert ready_before_the_wait == [True]
    assert len(started) == 2 and not started[1].running
    assert nlp.load_model.cache_info().currsize == 0, "the newcomer was parsed in the process started first"
    fresh = pipeline.run([str(folder)], dataclasses.replace(options, use_cache=False))
    assert added == report.json_text(report.to_json(fresh))
