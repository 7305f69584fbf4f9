"""Property tests: arbitrary article text never breaks the reports or the JSON format."""

from __future__ import annotations

import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from tests.support.markdown import render, row_widths
from tuicompare import report
from tuicompare.models import Analysis, Article, Claim, Comparison, Group, Sentence, Story

# Tags the Markdown report itself produces; anything else came from article text.
_OUR_TAGS = {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "ul", "li"}
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_STANCES = ("supports", "contradicts", "variant", "absent")

texts = st.text(st.characters(codec="utf-8"), max_size=60)
ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)


@st.composite
def comparisons(draw) -> Comparison:
    """One story of 1-3 articles with arbitrary ids, titles and sentences."""
    article_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    articles, analyses, groups, claims = [], [], [], []
    for aid in article_ids:
        parts = draw(st.lists(texts, min_size=1, max_size=3))
        text, sentences, offset = " ".join(parts), [], 0
        for index, part in enumerate(parts):
            sentences.append(Sentence(aid, index, offset, offset + len(part), part))
            groups.append(Group(f"g{len(groups)}", "s", (f"{aid}:{index}",), 0.0))
            claims.append(
                Claim(
                    f"k{len(claims)}",
                    part,
                    groups[-1].id,
                    "s",
                    {a: draw(st.sampled_from(_STANCES)) for a in article_ids},
                )
            )
            offset += len(part) + 1
        articles.append(Article(aid, draw(texts), draw(texts), text, outlet=draw(st.none() | texts)))
        analyses.append(Analysis(aid, tuple(sentences), "m", "1"))
    return Comparison(
        tuple(articles), tuple(analyses), (Story("s", tuple(article_ids)),), tuple(groups), (), (), tuple(claims)
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comparisons())
def test_json_validates_and_round_trips(comparison):
    text = report.json_text(report.to_json(comparison))
    document = json.loads(text)
    assert report.validate(document) == []
    assert report.from_json(document) == comparison


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comparisons())
def test_markdown_never_yields_foreign_html_links_or_broken_tables(comparison):
    markdown = report.to_markdown(comparison)
    tokens, html = render(markdown)
    assert set(re.findall(r"<([a-z][a-z0-9]*)", html)) <= _OUR_TAGS
    rows = row_widths(tokens)
    n = len(comparison.articles)
    claims = len(comparison.claims)
    # One column per article beside the claim, none when a single article compares nothing.
    assert rows == [4] * (1 + n) + [1 + n if n > 1 else 1] * (1 + claims)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comparisons())
def test_terminal_report_emits_only_its_own_colours(comparison):
    out = io.StringIO()
    render_to = Console(width=80, file=out, force_terminal=True, color_system="truecolor")
    report.render_report(comparison, render_to)
    raw = _SGR.sub("", out.getvalue())
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", raw)
