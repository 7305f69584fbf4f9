"""Issue 13 item 14: deeply nested HTML keeps its article (lxml stops at 255 levels)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuicompare.load.corpus import load_corpus

BODY = (
    "<p>The harbour bridge in Tallinn reopened on Monday after eight months of repairs. Mayor Jaan Kask "
    "said the repairs cost 12 million euros and that traffic would return to normal by Friday.</p>"
    "<p>Engineers replaced the deck and two of the piers, the city said in a statement.</p>"
)


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("closed.html", "<div>" * 300 + BODY + "</div>" * 300),
        ("unclosed.html", "<div>" * 300 + BODY),
        ("spans.html", "<span>" * 260 + BODY + "</span>" * 260),
    ],
)
def test_the_article_survives_deep_nesting(tmp_path: Path, name: str, page: str) -> None:
    path = tmp_path / name
    path.write_text(f"<html><head><title>Bridge reopens</title></head><body>{page}</body></html>", encoding="utf-8")
    result = load_corpus([str(path)])
    assert result.warnings == ()
    (article,) = result.articles
    assert "reopened on Monday" in article.text and "replaced the deck" in article.text
    assert "<div>" not in article.text and "<span>" not in article.text
