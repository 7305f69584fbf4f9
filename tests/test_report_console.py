"""The rich terminal report, rendered into a recording console."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from tests.support.cli_runner import tuicompare
from tests.support.sample import HOSTILE_MARKUP, sample_comparison
from tuicompare.report import render_report

# Select Graphic Rendition: the only escape sequences Rich itself writes here.
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _render(width: int = 80, color_system: str | None = "truecolor") -> tuple[str, str]:
    out = io.StringIO()
    console = Console(
        record=True, width=width, file=out, color_system=color_system, force_terminal=color_system is not None
    )
    render_report(sample_comparison(), console)
    return console.export_text(), out.getvalue()


@pytest.fixture(scope="module")
def text() -> str:
    return _render()[0]


def _row(text: str, start: str) -> str:
    return next(row for row in text.splitlines() if row.strip().startswith(start))


def test_summary_and_stories(text):
    lines = text.splitlines()
    assert lines[0].startswith("4 articles · 2 stories · 2 conflicts · 1 variant · 6 claims (2 contested, 4")
    assert "Stances: ✓ supports · ✗ contradicts · ~ variant · · absent" in text
    assert "Story s1: Mayor opens bridge" in text and "Story s2: Storm" in text
    # The source key under each story: number, id, title.
    assert re.search(r"^1 alpha\s+Mayor opens bridge", text, re.M)
    assert re.search(r"^3 gamma\s+\[red\]Gamma\[/red\] <script>alert\(1\)</script> report", text, re.M)


def test_conflicts_show_kind_type_and_values_per_source(text):
    assert re.search(r"✗ conflict\s+date\s+Monday\s+1,2\s*$", text, re.M)
    assert re.search(r"^\s+Tuesday\s+3\s*$", text, re.M)
    assert re.search(r"~ variant\s+person\s+Anna Kowalski\s+1,3\s*$", text, re.M)
    assert re.search(r"^\s+Anna Kovalski\s+2\s*$", text, re.M)
    assert re.search(r"^\s+\[b\]7,000\[/b\]\s+2\s*$", text, re.M)
    # Story s2 has one article: nothing was compared, so no agreement is claimed.
    storm = text[text.index("Story s2") :]
    assert "Single source: nothing compared." in storm and "agree" not in storm


def test_claims_have_a_stance_mark_per_source(text):
    assert re.search(r"Claim\s+1\s+2\s+3\s*$", text, re.M)
    assert _row(text, "Mayor Anna Kowalski opened").split()[-3:] == ["✓", "~", "✗"]
    assert _row(text, "The bridge cost 5,936").split()[-3:] == ["✓", "✗", "·"]
    assert _row(text, "Crowds of 300 people watched. (single source)").split()[-3:] == ["✓", "·", "·"]
    # A one-article story shows its claims without a column of lone ✓.
    assert _row(text, "A storm hit the coast of Norway.").split()[-1] == "Norway."


def test_warnings_come_last(text):
    tail = text.rstrip().splitlines()[-3:]
    assert tail == ["2 Warnings", "! broken.bin: not text: binary data", "! [bold]evil[/].txt: empty file"]


def test_fits_80_columns(text):
    assert max(cell_len(row) for row in text.splitlines()) <= 80


def test_hostile_markup_prints_literally():
    text, raw = _render()
    flat = " ".join(text.split())
    for markup in HOSTILE_MARKUP:
        assert markup in flat
    assert "<b>html</b> & `code` | pipe" in flat
    # No hyperlink, clipboard, title or cursor sequence: every escape left is Rich's own colour.
    assert "\x1b" not in _SGR.sub("", raw)
    assert "\x9b" not in raw and "\u202e" not in raw and "\x07" not in raw
    assert "# Heading? 1. list red link evil (single source)" in flat


def test_no_color_still_tells_conflicts_from_variants(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    render_report(sample_comparison(), Console(width=80, file=out, force_terminal=True))
    raw = out.getvalue()
    assert re.search(r"\x1b\[[0-9;]*3[0-9]m", raw) is None  # no foreground colour at all
    plain = _SGR.sub("", raw)
    assert "✗ conflict" in plain and "~ variant" in plain


def test_plain_output_has_no_escapes_at_all():
    text, raw = _render(color_system=None)
    assert "\x1b" not in raw and raw == text


def test_narrow_terminal_still_shows_every_mark():
    text, _ = _render(width=40)
    assert max(cell_len(row) for row in text.splitlines()) <= 40
    assert re.search(r"^3 gamma \[red\]Gam", text, re.M)  # the title gives way, not the key
    assert text.count("✗ conflict") == 2 and text.count("~ variant") == 1


def test_a_story_without_conflicts_is_worded_alike_in_the_terminal_and_in_markdown(tmp_path):
    """Two real reports that state the same facts: neither report claims the sources agree, or do not disagree.

    On real coverage most disagreements go unreported: a report says what was found, never what is so.
    """
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(
            "Heavy rain flooded the old mill in Dorset on Monday.\nAbout 300 homes were damaged.\n"
        )
    terminal = tuicompare("report", str(tmp_path), cache=tmp_path / "cache", COLUMNS="80")
    markdown = tuicompare("report", str(tmp_path), "--markdown", cache=tmp_path / "cache")
    assert terminal.status == markdown.status == 0, terminal.err + markdown.err
    said = "No conflicts found on the facts the sources share."
    assert said in " ".join(terminal.out.split()) and said in markdown.out
    for out in (terminal.out, markdown.out):
        assert "agree on every" not in out and "disagree" not in out
