"""The reports on the real pipeline's output for ``seeds/`` (load, spaCy, engine).

The engine is still evolving, so the seeds output is validated, not golden-filed.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pytest
from rich.cells import cell_len
from rich.console import Console

from tuicompare import report
from tuicompare.analysis.nlp import analyze
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    loaded = load_corpus([str(seeds_dir)])
    return compare(loaded.articles, analyze(loaded.articles), warnings=loaded.warnings)


@pytest.fixture(scope="module")
def doc(seeds):
    return json.loads(report.json_text(report.to_json(seeds)))


def test_seeds_json_validates_with_three_stories(doc):
    assert report.validate(doc) == []
    stories = sorted(sorted(a[:3] for a in s["articles"]) for s in doc["stories"])
    assert stories == [["000", "001", "002"], ["003"], ["004"]]
    assert doc["summary"]["articles"] == 5 and doc["summary"]["stories"] == 3
    assert all(a["model"] and a["sentences"] for a in doc["articles"])


def test_seeds_round_trip_keeps_everything_but_tokens(seeds, doc):
    back = report.from_json(doc)
    no_tokens = tuple(replace(a, sentences=tuple(replace(s, tokens=()) for s in a.sentences)) for a in seeds.analyses)
    assert back == replace(seeds, analyses=no_tokens)


def test_seeds_reports_show_every_conflict_value(seeds):
    out = io.StringIO()
    report.render_report(seeds, Console(width=80, file=out, color_system=None))
    text = out.getvalue()
    flat = " ".join(text.split())
    markdown = report.to_markdown(seeds)
    assert seeds.conflicts, "the seeds disagree on names and places"
    for conflict in seeds.conflicts:
        for value in conflict.values:
            assert value.text in flat
            assert f"**{report.markdown.escape(value.text)}**" in markdown
    assert max(cell_len(row) for row in text.splitlines()) <= 80
    for n, article in enumerate(seeds.stories[0].articles, 1):
        assert re.search(rf"^{n} {re.escape(article)}", text, re.M)
    assert markdown.count("## Story ") == 3
