"""A claim one article alone states is single-source in every report, whoever else has a sentence on its row.

The second article's sentence names the same two people in another fact, so the engine lines it up with the
first article's accusation yet reads it as ``absent`` from the claim: the accusation has one article's word
only. The reports used to leave such a claim out of "single source" (another article had a sentence in its
row) and out of "corroborated" (one supporting article), so a fact-checker filtering for what needs a second
source never saw it.
"""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare import report
from tuicompare.models import Claim, Comparison

ACCUSED = "Mayor Ana Costa accused councillor Piet Vos of hiding the harbour accounts from the auditors."
BEES = "Piet Vos, who has sat on the council since the floods, keeps bees behind the town hall, Ana Costa once joked."


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_texts(ACCUSED, BEES, tail=NEUTRAL_TAIL)


def _accusation(comparison: Comparison) -> Claim:
    (claim,) = [k for k in comparison.claims if "accused" in k.text]
    return claim


def test_a_fact_one_article_states_beside_anothers_loose_sentence_is_single_source(comparison):
    claim = _accusation(comparison)
    (group,) = [g for g in comparison.groups if g.id == claim.group]
    assert group.articles == ("a0", "a1")  # the other article's sentence shares the row...
    assert claim.stances == {"a0": "supports", "a1": "absent"}  # ...but does not state the accusation
    assert claim.single_source and not claim.corroborated and not claim.contested


def test_the_json_report_marks_and_counts_it_and_reads_it_back(comparison):
    doc = report.to_json(comparison)
    (item,) = [k for k in doc["claims"] if "accused" in k["text"]]
    assert item["single_source"] is True
    assert doc["summary"]["single_source_claims"] == sum(k["single_source"] for k in doc["claims"]) >= 1
    assert report.validate(doc) == []
    assert _accusation(report.from_json(json.loads(json.dumps(doc)))).single_source


def test_the_terminal_and_markdown_reports_say_single_source(comparison):
    out = io.StringIO()
    console = Console(record=True, width=200, file=out, color_system=None)
    report.render_report(comparison, console)
    text = console.export_text()
    (row,) = [line for line in text.splitlines() if "accused" in line]
    assert "(single source)" in row and row.split()[-2:] == ["✓", "·"]
    single = report.to_json(comparison)["summary"]["single_source_claims"]
    assert f"{single} single-source" in text.splitlines()[0]
    (md_row,) = [line for line in report.to_markdown(comparison).splitlines() if "accused" in line]
    assert "*(single source)*" in md_row


@pytest.mark.parametrize(
    ("stances", "single"),
    [
        ({"a": "supports", "b": "absent", "c": "absent"}, True),
        ({"a": "supports"}, True),  # a story of one article: its claims have one source
        ({"a": "supports", "b": "variant", "c": "absent"}, False),  # b states it too, a name spelled otherwise
        ({"a": "supports", "b": "contradicts", "c": "absent"}, False),  # contested, not single
        ({"a": "supports", "b": "supports", "c": "absent"}, False),  # corroborated
        ({"a": "contradicts", "b": "absent"}, False),  # nobody supports it
    ],
)
def test_single_source_is_one_supporting_article_and_every_other_absent(stances, single):
    assert Claim("k1", "A fact.", "g1", "s1", stances).single_source is single
