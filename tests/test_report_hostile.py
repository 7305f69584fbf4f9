"""Hostile articles through the real loader, spaCy and engine into every report.

Each payload arrives raw (text file), as HTML entities (HTML file), as JSON
``\\u001b`` escapes (JSON file) and in a file name. Whatever survives must
come out of the terminal report, the Markdown and the JSON as plain
characters: no escape sequence from an article, markup printed literally.
"""

from __future__ import annotations

import html
import io
import json
import re

import pytest
from rich.console import Console

from tuicompare import report
from tuicompare.analysis.nlp import analyze
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus

PAYLOADS = [
    "\x1b[31mRED\x1b[0m",
    "\x1b[2J\x1b[H",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07",
    "\x1b]0;pwned\x07",
    "\x1bP+q544e\x1b\\",
    "\x1b_apc\x1b\\",
    "\x9b31m",
    "\x1b",
    "\u202e",
    "\u200b",
]
MARKUP = ["[bold]x[/]", "[link=https://e.com]y[/link]", "[@click=app.quit]"]
# Characters that must never reach the output bytes from an article.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]")
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _body(wrap) -> str:
    # Short sentences with names and numbers, so the engine makes claims of them.
    lines = [
        f"Mayor Anna Kowalski said {300 + i} people came to Gdansk {wrap(p)} on Monday." for i, p in enumerate(PAYLOADS)
    ]
    lines += [f"Mayor Anna Kowalski said {m} 5 buses left Gdansk on Monday." for m in MARKUP]
    return "\n\n".join(lines)


def _entities(text: str) -> str:
    """HTML with every control, bidi and zero-width character as a numeric reference."""
    return "".join(
        f"&#{ord(c)};" if ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or ord(c) > 0x2000 else html.escape(c) for c in text
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    title = "[bold]Gdansk[/] [@click=app.quit] bridge \x1b]0;pwned\x07opens"
    (folder / "raw.txt").write_text(title + "\n\n" + _body(lambda p: p), encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in _body(_entities).split("\n\n"))
    head = f"<head><title>{_entities(title)}</title></head>"
    page = f"<html>{head}<body><h1>{_entities(title)}</h1>{paragraphs}</body></html>"
    (folder / "entities.html").write_text(page, encoding="utf-8")
    (folder / "escaped.json").write_text(json.dumps({"title": title, "text": _body(lambda p: p)}), encoding="ascii")
    (folder / "[bold]name[@click=app.quit]\x1b[31m\u202e.txt").write_text(
        title + "\n\n" + _body(lambda p: p), encoding="utf-8"
    )
    loaded = load_corpus([str(folder)])
    assert len(loaded.articles) == 4, loaded.warnings
    return compare(loaded.articles, analyze(loaded.articles), warnings=loaded.warnings)


def test_payloads_reached_the_reports(hostile):
    # Guard: the engine turned the hostile sentences into claims the reports show.
    assert any("[link=https://e.com]y[/link]" in c.text for c in hostile.claims)


def test_terminal_report_is_inert(hostile):
    out = io.StringIO()
    console = Console(width=80, file=out, force_terminal=True, color_system="truecolor", record=True)
    report.render_report(hostile, console)
    assert not _FORBIDDEN.search(_SGR.sub("", out.getvalue()))
    flat = " ".join(console.export_text().split())
    for markup in MARKUP + ["[bold]Gdansk[/] [@click=app.quit] bridge", "[bold]name[@click=app.quit]"]:
        assert markup in flat


def test_markdown_is_inert(hostile):
    markdown = report.to_markdown(hostile)
    assert not _FORBIDDEN.search(markdown)
    assert "\\[link=https://e.com\\]y\\[/link\\]" in markdown and "\\[@click=app.quit\\]" in markdown
    assert "<p>" not in markdown and "&#27;" not in markdown


def test_json_is_inert_and_valid(hostile):
    text = report.json_text(report.to_json(hostile))
    assert not _FORBIDDEN.search(text.replace("\n", ""))
    assert report.validate(json.loads(text)) == []
