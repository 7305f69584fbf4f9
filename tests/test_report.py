"""The JSON interchange format, its schema, the Markdown export and the golden files.

The golden files are in ``tests/gold/test_report/``; ``pytest --snapshot-update``
rewrites them from the current output (check the diff is intended).
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from tests.support.markdown import render, row_widths
from tests.support.sample import ESCAPES, HOSTILE_MARKUP, HOSTILE_SENTENCE, sample_comparison
from tuicompare import report
from tuicompare.models import Token


@pytest.fixture(scope="module")
def comparison():
    return sample_comparison()


@pytest.fixture
def doc(comparison):
    return report.to_json(comparison)


def test_json_has_the_documented_fields(doc):
    assert doc["schema"] == "tuicompare/1"
    alpha = doc["articles"][0]
    assert alpha["id"] == "alpha" and alpha["outlet"] == "Daily Alpha" and alpha["model"] == "en_core_web_sm"
    assert [s["id"] for s in alpha["sentences"]] == ["alpha:0", "alpha:1", "alpha:2"]
    first = alpha["sentences"][1]
    assert alpha["text"][first["start"] : first["end"]] == first["text"] == "The bridge cost 5,936 dollars per metre."
    assert doc["stories"] == [
        {"id": "s1", "articles": ["alpha", "beta", "gamma"], "single_source": False},
        {"id": "s2", "articles": ["delta"], "single_source": True},
    ]
    assert doc["groups"][0] == {"id": "g1", "story": "s1", "sentences": ["alpha:0", "beta:0", "gamma:0"], "score": 0.82}
    variant = doc["conflicts"][1]
    assert variant["kind"] == "variant" and variant["type"] == "person" and variant["confidence"] == 1.0
    assert [v["text"] for v in variant["values"]] == ["Anna Kowalski", "Anna Kovalski"]
    assert variant["values"][1]["mentions"] == [{"sentence": "beta:0", "text": "Anna Kovalski", "start": 6, "end": 19}]
    k1 = doc["claims"][0]
    assert k1["stances"] == {"alpha": "supports", "beta": "variant", "gamma": "contradicts"}
    assert k1["contested"] and not k1["corroborated"] and k1["conflicts"] == ["c1", "c2"]
    assert doc["summary"] == {
        "articles": 4,
        "sentences": 9,
        "stories": 2,
        "single_source_stories": 1,
        "groups": 6,
        "aligned_groups": 2,
        "entities": 3,
        "conflicts": 2,
        "possible": 0,
        "variants": 1,
        "claims": 6,
        "contested_claims": 2,
        "corroborated_claims": 0,
        "single_source_claims": 4,
        "warnings": 2,
    }
    assert doc["warnings"][0] == {"path": "broken.bin", "reason": "not text: binary data"}


def test_json_validates_against_the_schema(doc):
    assert report.validate(doc) == []
    assert report.validate(json.loads(report.json_text(doc))) == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.pop("claims"), "missing 'claims'"),
        (lambda d: d.update(schema="tuicompare/2"), "expected 'tuicompare/1'"),
        (lambda d: d["claims"][0]["stances"].update(beta="maybe"), "'maybe' is not one of"),
        (lambda d: d["groups"][0].update(score=1.5), "1.5 > 1"),
        (lambda d: d["groups"][0].update(score=True), "expected number"),
        (lambda d: d["conflicts"][0].update(values=d["conflicts"][0]["values"][:1]), "fewer than 2 items"),
        (lambda d: d["articles"][0]["sentences"][0].update(id="alpha-0"), "does not match"),
        (lambda d: d["groups"][1]["sentences"].append("alpha:0"), "'alpha:0': in 2 groups"),
        (lambda d: d["groups"][2].update(sentences=["nobody:3"]), "unknown or outside story"),
        (lambda d: d["articles"][0]["sentences"][0].update(end=5), "offsets do not match"),
        (lambda d: d["entities"][0]["mentions"][0].update(start=1), "does not match the article text"),
        (lambda d: d["claims"][0]["stances"].pop("gamma"), "stances do not name exactly"),
        (lambda d: d["claims"][0].update(conflicts=["c9"]), "unknown conflicts ['c9']"),
        (lambda d: d["summary"].update(claims=99), "summary.claims: 99"),
        (lambda d: d["claims"].append(d["claims"][0]), "claims: duplicate id 'k1'"),
        (lambda d: d["articles"][0].update(model=None), "sentences without a model"),
        (lambda d: d["conflicts"][0].update(kind="maybe"), "'maybe' is not one of"),
        (lambda d: d["conflicts"][0].update(confidence=1.4), "1.4 > 1"),
        (lambda d: d["stories"][1].update(single_source=False), "single_source does not match its 1 articles"),
    ],
)
def test_validate_reports_what_is_wrong(doc, damage, message):
    broken = copy.deepcopy(doc)
    damage(broken)
    problems = report.validate(broken)
    assert any(message in p for p in problems), problems


def test_validate_cross_checks_with_jsonschema_when_installed(doc):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(report.load_schema())
    jsonschema.validate(doc, report.load_schema(), cls=jsonschema.Draft202012Validator)


def test_json_round_trip_restores_the_comparison(comparison, doc):
    assert report.from_json(json.loads(report.json_text(doc))) == comparison


def test_round_trip_drops_tokens_only(comparison):
    analysis = comparison.analyses[0]
    sentence = replace(analysis.sentences[0], tokens=(Token(0, 5, "mayor", "PROPN", "compound", 1),))
    tokenised = replace(
        comparison,
        analyses=(replace(analysis, sentences=(sentence, *analysis.sentences[1:])), *comparison.analyses[1:]),
    )
    back = report.from_json(report.to_json(tokenised))
    assert back.analyses[0].sentences[0].tokens == ()
    assert back.analyses[0].sentences[0].entities == sentence.entities
    assert back == comparison


def test_from_json_refuses_other_documents(doc):
    with pytest.raises(ValueError, match="not a tuicompare/1 document"):
        report.from_json({"schema": "tuicompare/2"})
    broken = copy.deepcopy(doc)
    del broken["articles"][0]["text"]
    with pytest.raises(ValueError, match=r"invalid tuicompare/1 document: \$\.articles\[0\]: missing 'text'"):
        report.from_json(broken)
    broken = copy.deepcopy(doc)
    broken["entities"][0]["mentions"][0]["end"] = 10**6  # would send the app's highlighter off the text
    with pytest.raises(ValueError, match="lies outside sentence"):
        report.from_json(broken)
    with pytest.raises(ValueError, match="not a tuicompare/1 document"):
        report.from_json(["tuicompare/1"])


def test_from_json_ignores_fields_added_later(comparison, doc):
    doc["generator"] = {"name": "tuicompare", "version": "9"}
    doc["claims"][0]["confidence"] = 0.5
    assert report.from_json(doc) == comparison


def test_json_text_escapes_invisible_and_c1_characters(comparison):
    text = report.json_text(report.to_json(comparison))
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text
    assert "\\u001b[31m" in text and "\\u009b2J" in text and "\\u202eevil" in text
    assert "Kowalski" in text and "·" not in text  # readable UTF-8, no stance marks in JSON
    assert json.loads(text)["articles"][2]["sentences"][1]["text"].endswith(ESCAPES)


def test_json_golden(doc, golden_json):
    assert report.json_text(doc) == golden_json


def test_markdown_golden(comparison, golden_markdown):
    assert report.to_markdown(comparison) == golden_markdown


def _claim_rows(markdown: str) -> dict[str, list[str]]:
    rows = {}
    for row in markdown.splitlines():
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        if row.startswith("| ") and len(cells) > 1 and all(c in "✓✗~·" for c in cells[1:]):
            rows[cells[0]] = cells[1:]
    return rows


def test_markdown_shows_stories_conflicts_and_stances(comparison):
    md = report.to_markdown(comparison)
    assert "## Story s1: Mayor opens bridge" in md and "## Story s2: Storm" in md
    assert "| ✗ conflict | date | **Monday** (alpha, beta); **Tuesday** (gamma) |" in md
    assert "| ~ variant | person | **Anna Kowalski** (alpha, gamma); **Anna Kovalski** (beta) |" in md
    assert "| Claim | alpha | beta | gamma |" in md
    rows = _claim_rows(md)
    assert rows["Mayor Anna Kowalski opened the Elm Street bridge on Monday."] == ["✓", "~", "✗"]
    assert rows["The bridge cost 5,936 dollars per metre."] == ["✓", "✗", "·"]
    assert rows["Crowds of 300 people watched. *(single source)*"] == ["✓", "·", "·"]
    # A one-article story compares nothing: no stance column, no agreement claimed.
    storm = md[md.index("## Story s2") :]
    assert "Single source: nothing compared." in storm and "| A storm hit the coast of Norway. |" in storm
    assert "✓" not in storm and "do not disagree" not in storm
    assert "- broken.bin: not text: binary data" in md


def test_markdown_hostile_text_stays_literal(comparison):
    markdown = report.to_markdown(comparison)
    tokens, html = render(markdown)
    inline = [child.type for t in tokens if t.children for child in t.children]
    for forbidden in ("link_open", "image", "html_inline", "code_inline", "s_open", "softbreak", "hardbreak"):
        assert forbidden not in inline
    assert not [t for t in tokens if t.type in ("html_block", "code_block", "fence", "blockquote_open", "hr")]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert all(h.startswith(("tuicompare report", "Story ", "Conflicts (", "Claims (", "Warnings")) for h in headings)
    hostile = [t for t in tokens if t.type == "inline" and t.content.startswith(("Hostile", "\\# Heading?"))]
    assert len(hostile) == 2
    for row in hostile:  # only the single-source marker is emphasis
        assert [c.type for c in row.children if c.type != "text"] == ["em_open", "em_close"]
    for text in HOSTILE_MARKUP:
        assert text in html
    assert "<b>html</b>" not in html and "&lt;b&gt;html&lt;/b&gt;" in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; `code` | pipe ![img](https://e.com/i.png) *em* _u_ ~~s~~." in html
    assert "<strong>[b]7,000[/b]</strong>" in html
    assert "\x1b" not in markdown and "\x9b" not in markdown and "\u202e" not in markdown


def test_markdown_hostile_text_cannot_break_tables(comparison):
    tokens, _ = render(report.to_markdown(comparison))
    widths = row_widths(tokens)
    # Articles tables have 4 columns, conflicts 3, claims 1 + one per article (1 for a single source).
    assert widths == [4] * 4 + [3] * 4 + [4] * 6 + [4] * 2 + [1] * 2


def test_markdown_escape_disarms_block_syntax():
    assert report.markdown.escape("# title") == "\\# title"
    assert report.markdown.escape("- item") == "\\- item"
    assert report.markdown.escape("12. item") == "12\\. item"
    assert report.markdown.escape("> quote") == "&gt; quote"
    assert report.markdown.escape("a\nb\tc") == "a b c"
    _, html = render("- " + report.markdown.escape("# not a heading [x](y) <i>"))
    assert "<h1>" not in html and "<a " not in html and "<i>" not in html
    assert "# not a heading [x](y) &lt;i&gt;" in html


def test_hostile_sentence_is_in_the_sample():
    # Guards the tests above: the sample must keep its hostile payloads.
    assert all(h in HOSTILE_SENTENCE for h in HOSTILE_MARKUP)
