"""Conflict tiers and single-source stories in every report, on the seeds through the real pipeline.

So that the test does not depend on which of the seeds' differences the
engine happens to score below its confidence cut, the comparison here is the
engine's own output on the seeds with one conflict turned into a possible
difference (``kind="possible"``, confidence 0.4; ``tests.support.comparisons.with_possible``).
"""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console

from tests.support.comparisons import with_possible
from tuicompare import report
from tuicompare.analysis.nlp import analyze
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus
from tuicompare.models import Claim, Comparison


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> Comparison:
    loaded = load_corpus([str(seeds_dir)])
    return compare(loaded.articles, analyze(loaded.articles), warnings=loaded.warnings)


@pytest.fixture(scope="module")
def tiered(seeds):
    return with_possible(seeds)


def _terminal(comparison: Comparison) -> str:
    out = io.StringIO()
    report.render_report(comparison, Console(width=100, file=out, color_system=None))
    return out.getvalue()


def test_json_carries_kind_and_confidence_and_validates(tiered) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    comparison, possible, _, _ = tiered
    doc = json.loads(report.json_text(report.to_json(comparison)))
    assert report.validate(doc) == []
    jsonschema.validate(doc, report.load_schema(), cls=jsonschema.Draft202012Validator)
    written = next(c for c in doc["conflicts"] if c["id"] == possible.id)
    assert written["kind"] == "possible" and written["confidence"] == 0.4
    confidence = {c.id: c.confidence for c in comparison.conflicts}
    assert all(c["confidence"] == confidence[c["id"]] for c in doc["conflicts"])
    back = report.from_json(doc).conflicts
    assert next(c for c in back if c.id == possible.id) == possible


def test_possible_difference_is_never_counted_as_a_contradiction(seeds, tiered) -> None:
    comparison, possible, claim, article = tiered
    before, after = report.summary(seeds), report.summary(comparison)
    assert after["conflicts"] == before["conflicts"] - 1 and after["possible"] == 1
    assert after["variants"] == before["variants"]
    doc = report.to_json(comparison)
    written = next(c for c in doc["claims"] if c["id"] == claim.id)
    # The engine's claim said this article contradicts; a possible difference alone does not.
    assert claim.stances[article] == "contradicts" and written["stances"][article] == "supports"
    if not any(s == "contradicts" for a, s in written["stances"].items() if a != article):
        assert not written["contested"] and after["contested_claims"] == before["contested_claims"] - 1


def test_terminal_report_lists_possible_differences_apart(seeds, tiered) -> None:
    comparison, possible, claim, article = tiered
    text = _terminal(comparison)
    n = report.summary(comparison)
    assert f"{n['conflicts']} conflicts · 1 possible difference · " in text.splitlines()[0]
    section = text[text.index("Possible differences: 1") :]
    assert re.search(rf"\? possible\s+{possible.type}\s+{re.escape(possible.values[0].text)}.*0\.40", section)
    conflicts_table = text[text.index("Conflicts: ") : text.index("Possible differences: 1")]
    assert possible.values[0].text not in conflicts_table
    # The claim's row showed ✗ for the article that now only possibly differs; it shows ✓.
    assert _stance_mark(_terminal(seeds), comparison, claim, article) == "✗"
    assert _stance_mark(text, comparison, claim, article) == "✓"


def _stance_mark(text: str, comparison: Comparison, claim: Claim, article: str) -> str:
    story = next(s for s in comparison.stories if s.id == claim.story)
    row = next(line for line in text.splitlines() if line.strip().startswith(claim.text[:40]))
    return row.split()[-len(story.articles) :][story.articles.index(article)]


def _story_part(text: str, story_id: str) -> str:
    """The part of a report about one story: from its heading to the next story's."""
    parts = re.split(r"^(?=(?:## )?Story s\d+: )", text, flags=re.M)
    return next(p for p in parts if re.match(rf"(?:## )?Story {story_id}: ", p))


def test_markdown_lists_possible_differences_apart(tiered) -> None:
    comparison, possible, _, _ = tiered
    markdown = report.to_markdown(comparison)
    section = markdown[markdown.index("### Possible differences (1)") :]
    section = section[: section.index("### Claims")]
    assert "not counted as conflicts" in section
    row = next(line for line in section.splitlines() if line.startswith("| ? *possible*"))
    assert f"**{report.markdown.escape(possible.values[0].text)}**" in row and row.endswith("| 0.40 |")
    conflicts = markdown[: markdown.index("### Possible differences (1)")]
    assert f"**{report.markdown.escape(possible.values[0].text)}**" not in conflicts


def test_single_article_stories_say_nothing_was_compared(seeds) -> None:
    singles = [s for s in seeds.stories if len(s.articles) == 1]
    assert singles, "the seeds hold one-article stories"
    text, markdown = _terminal(seeds), report.to_markdown(seeds)
    doc = report.to_json(seeds)
    assert [s["single_source"] for s in doc["stories"]] == [len(s.articles) == 1 for s in seeds.stories]
    assert doc["summary"]["single_source_stories"] == len(singles)
    for story in singles:
        for out in (text, markdown):
            part = _story_part(out, story.id)
            assert "Single source: nothing compared." in part
            assert "sources agree" not in part and "do not disagree" not in part and "✓" not in part
