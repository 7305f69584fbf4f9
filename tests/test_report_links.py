"""Links between rows in the ``tuicompare/1`` JSON: written, checked and read back."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from tests.support.sample import sample_comparison
from tuicompare import report
from tuicompare.models import SentenceLink


@pytest.fixture(scope="module")
def linked():
    # alpha:2 and beta:2 sit in rows of their own (g3, g4) of story s1.
    return replace(sample_comparison(), links=(SentenceLink("s1", "alpha:2", "beta:2", 0.41),))


def test_links_are_written_checked_and_read_back(linked):
    doc = report.to_json(linked)
    assert doc["links"] == [{"story": "s1", "sentences": ["alpha:2", "beta:2"], "score": 0.41}]
    assert report.validate(doc) == []
    assert report.from_json(json.loads(report.json_text(doc))) == linked


def test_a_document_without_links_has_no_links_field():
    assert "links" not in report.to_json(sample_comparison())


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda k: k.update(sentences=["alpha:2"]), "fewer than 2 items"),
        (lambda k: k.update(sentences=["alpha:2", "beta:2", "gamma:1"]), "more than 2 items"),
        (lambda k: k.update(sentences=["alpha:2", "delta:0"]), "outside story 's1'"),
        (lambda k: k.update(sentences=["alpha:0", "beta:0"]), "one article or one group"),
        (lambda k: k.update(sentences=["alpha:1", "alpha:2"]), "one article or one group"),
        (lambda k: k.update(score=1.2), "1.2 > 1"),
    ],
)
def test_validate_refuses_a_broken_link(linked, damage, message):
    doc = copy.deepcopy(report.to_json(linked))
    damage(doc["links"][0])
    problems = report.validate(doc)
    assert any(message in p for p in problems), problems
    with pytest.raises(ValueError):
        report.from_json(doc)


def test_streamed_json_carries_the_links(linked):
    pieces: list[str] = []
    report.write_json_stream(report.ComparisonSource(linked), pieces.append)
    assert "".join(pieces) == report.json_text(report.to_json(linked))
