"""Triage raises entity-sheet differences as ``report`` does: an age stated in a sentence that lines up with nothing.

Real files, the real model and engine; the articles are written for the test.
"""

from __future__ import annotations

import io
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from tuicompare.pipeline import Options
from tuicompare.report import load_schema
from tuicompare.triage import triage_paths
from tuicompare.triage.jsonout import SCHEMA_FILE, to_json
from tuicompare.triage.render import render_triage

LEAD = "Harriet Okafor, 52, cut a red ribbon as a brass band played sea shanties on the pier."
BODY = (
    "The terminal cost eleven million pounds and took three years to build.\n\n"
    "Ferries to the islands will leave from the new quay every two hours from June.\n\n"
    "Local traders said the opening brought hundreds of visitors to the waterfront."
)
NEW = (
    "The terminal cost eleven million pounds and took three years to build.\n\n"
    "Ferries to the islands will leave from the new quay every two hours from June.\n\n"
    "Harriet Okafor, who is 58, has lived beside the old slipway all her life."
)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "a.txt").write_text(f"Ferry terminal opens\n\n{LEAD}\n\n{BODY}\n", encoding="utf-8")
    (corpus / "b.txt").write_text(f"Harbour gets its terminal\n\n{LEAD}\n\n{BODY}\n", encoding="utf-8")
    new = tmp_path_factory.mktemp("new") / "new.txt"
    new.write_text(f"Terminal opens in the harbour\n\n{NEW}\n", encoding="utf-8")
    return corpus, new


def test_an_age_no_corpus_article_gives_is_a_contradiction_even_in_an_unaligned_sentence(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, new = folders
    options = Options(cache_dir=tmp_path / "cache", one_story=True)
    report = triage_paths([str(new)], [str(corpus)], options)
    (result,) = report.results
    # the sheet itself sees the difference, as report shows it
    assert any(c.type == "attribute:age" and c.kind == "conflict" for c in result.comparison.conflicts), (
        result.comparison.attributes
    )
    ages = [d for d in result.contradictions if d.type == "attribute:age"]
    assert len(ages) == 1, result.contradictions
    (age,) = ages
    assert age.value.text == "58" and age.introduced and age.claim is None
    assert [v.text for v in age.others] == ["52"] and set(age.others[0].articles) == {"a", "b"}
    # the new article's evidence is its own sentence, which no corpus sentence lines up with
    (sentence,) = age.value.sentences
    assert "who is 58" in next(s.text for s in result.analysis.sentences if s.id == sentence)
    assert not [d for d in result.possible if d.type == "attribute:age"]
    group = next(
        g
        for g in result.comparison.groups
        if g.id == next(c.group for c in result.comparison.conflicts if c.id == age.conflict)
    )
    assert result.article.id not in group.articles  # the difference hangs on a corpus sentence's group
    # the terminal and the JSON say it too, in the documented shape
    out = io.StringIO()
    render_triage(report, Console(file=out, width=120, no_color=True))
    assert "attribute:age" in out.getvalue() and "58" in out.getvalue()
    doc = to_json(report)
    jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE)).validate(doc)
    assert [d["type"] for d in doc["articles"][0]["contradictions"]] == ["attribute:age"]
