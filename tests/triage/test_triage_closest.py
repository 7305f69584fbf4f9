"""Triage's closest articles list only corpus articles that come close, and say so when none does.

A candidate retrieved for a few shared words ("bakers", "flour") whose story similarity is nil showed as a row at
0.00: a row that says nothing, or, under "New story", a list that seemed to offer a lead. Short texts written for
the test: a strike of Porto bakers, another report of it, and an unrelated bread championship.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from tests.support.triage import UNRELATED
from tuicompare.pipeline import Options
from tuicompare.triage import triage_paths
from tuicompare.triage.jsonout import to_json
from tuicompare.triage.render import render_triage, summary_line

NEW = """Portuguese bakers strike over the price of flour

Bakers in Porto closed their shops on Tuesday to protest against the rising price of flour and electricity.
The bakers' union said the price of a sack of flour had doubled in a year, and that a sourdough loaf now cost more \
to bake than to sell.
Many bakeries that once won prizes for their bread may close before the winter, a union leader, Rui Matos, said.
The government promised to meet the union next week.
"""

SAME_STORY = """Porto bakers shut their doors in protest at flour costs

Hundreds of bakeries in Porto stayed shut on Tuesday as bakers protested against the soaring cost of flour and power.
Rui Matos, a leader of the bakers' union, said a sack of flour cost twice what it did a year ago.
Ministers agreed to meet the union next week.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("closest")
    for name, text in (("new", NEW), ("porto", SAME_STORY), ("championship", UNRELATED)):
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return Options(cache_dir=tmp_path_factory.mktemp("cache"))


def _terminal(report) -> str:  # noqa: ANN001 - a TriageReport
    console = Console(record=True, width=120, file=io.StringIO(), color_system=None)
    render_triage(report, console)
    return console.export_text()


def test_a_candidate_of_nil_similarity_is_not_listed(folder: Path, options: Options) -> None:
    corpus = [str(folder / "porto.txt"), str(folder / "championship.txt")]
    report = triage_paths([str(folder / "new.txt")], corpus, options)
    (result,) = report.results
    assert result.story == ("porto",)
    assert [n.article for n in result.closest] == ["porto"]  # the championship shared words, nothing more
    text = _terminal(report)
    assert "0.00" not in text and "Dutch bakers" not in text
    assert [n["article"] for n in to_json(report)["articles"][0]["closest"]] == ["porto"]


def test_with_no_corpus_article_close_every_output_says_so(folder: Path, options: Options) -> None:
    report = triage_paths([str(folder / "new.txt")], [str(folder / "championship.txt")], options)
    (result,) = report.results
    assert result.new_story and result.closest == ()
    text = _terminal(report)
    assert "New story" in text and "No corpus article is close to it" in text
    assert "Closest articles" not in text and "0.00" not in text
    assert to_json(report)["articles"][0]["closest"] == []
    assert "closest" not in summary_line(result).plain  # the watch's line names no closest article either
