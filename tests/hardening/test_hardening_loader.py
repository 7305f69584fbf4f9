"""Loader bugs found by the hostile corpus, pinned down one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuicompare.load.corpus import load_corpus

pytestmark = pytest.mark.slow


def _one(path: Path):
    result = load_corpus([str(path)])
    assert not result.warnings, result.warnings
    (article,) = result.articles
    return article


def test_html_references_128_to_159_are_windows_1252_characters(tmp_path: Path) -> None:
    """``&#146;`` is an apostrophe in HTML5 (and every browser), not a C1 control to delete.

    Old CMSes write curly quotes and dashes this way; ``&#152;`` (which would
    be the SOS string introducer) must not swallow the rest of a one-line page.
    """
    page = (
        "<html><body><article><p>The mayor&#146;s &#147;plan&#148; &#150; approved on Monday &#152;by the council.</p>"
        "<p>Second paragraph stays here.</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="ascii")
    article = _one(tmp_path / "a.html")
    assert article.text == "The mayor’s “plan” – approved on Monday ˜by the council.\n\nSecond paragraph stays here."
    (tmp_path / "b.md").write_text(
        "The mayor&#146;s &#147;plan&#148; &#150; approved &#158; today.\n", encoding="ascii"
    )
    assert _one(tmp_path / "b.md").text == "The mayor’s “plan” – approved ž today."


def test_unterminated_control_string_in_html_ends_at_the_next_tag(tmp_path: Path) -> None:
    """A C1 string introducer (raw or as ``&#144;``) in a one-line page costs one text run, not the page."""
    for name, intro in (("raw.html", "\x90"), ("ref.html", "&#144;"), ("osc.html", "&#27;]0;")):
        page = (
            f"<html><body><article><h1>Bridge {intro}opens</h1><p>The mayor opened the bridge on Monday.</p>"
            "<p>About 300 people came.</p></article></body></html>"
        )
        (tmp_path / name).write_text(page, encoding="utf-8")
        article = _one(tmp_path / name)
        assert article.text == "The mayor opened the bridge on Monday.\n\nAbout 300 people came.", name
        assert article.title == "Bridge", name


def test_unterminated_control_string_in_a_file_name_keeps_the_rest_of_the_name(tmp_path: Path) -> None:
    """Found by hypothesis: ``\\x90.txt`` and ``\\x98.txt`` were both reported as the directory itself."""
    for name in ("\x90a.txt", "\x98b.txt", "notes\x1b]c.txt", "x\x1bPd.txt"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "title\x1b]0;pwned\x07e.txt").write_text("Some text here.", encoding="utf-8")
    result = load_corpus([str(tmp_path)])
    shown = sorted(Path(w.path).name for w in result.warnings)
    assert shown == ["a.txt", "b.txt", "notesc.txt", "xd.txt"]
    assert [w.reason for w in result.warnings] == ["empty file"] * 4
    (article,) = result.articles
    assert article.id == "titlee" and article.path.endswith("/titlee.txt")


def test_deeply_nested_text_field_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    """A text field nested 900 deep passes json.loads but overflowed the stack turning it into text."""
    deep_list = "[" * 900 + '"Deep text."' + "]" * 900
    deep_object = '{"text": ' * 900 + '"Deep text."' + "}" * 900
    (tmp_path / "a.json").write_text('{"text": ' + deep_list + "}", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"title": "T", "text": ' + deep_object + "}", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "A good line."}\n{"text": ' + deep_list + "}\n", encoding="utf-8")
    (tmp_path / "d.json").write_text('{"text": [["The mayor spoke.", ["Two levels are fine."]]]}', encoding="utf-8")
    result = load_corpus([str(tmp_path)])
    assert [a.id for a in result.articles] == ["c#1", "d"]
    assert result.articles[1].text == "The mayor spoke.\n\nTwo levels are fine."
    reasons = {Path(w.path).name: w.reason for w in result.warnings}
    assert reasons["a.json"].startswith("no text") and reasons["b.json"].startswith("no text")
    assert reasons["c.jsonl"].startswith("line 2: no text")


def test_json_lines_mixing_good_and_hostile_records(tmp_path: Path) -> None:
    """Gaps left by test_corpus*.py: huge integers, lone surrogates, escapes and U+2028 inside JSON Lines records,
    CRLF line ends, a BOM and UTF-16: good records load, bad ones are named by line number."""
    lines = [
        '{"text": "Good one."}',
        '{"text": "x", "n": ' + "9" * 5000 + "}",
        '{"text": "Half a \\ud800 surrogate."}',
        '{"text": "Escape \\u001b[31mred\\u001b[0m and \\u009d0;title\\u009c gone."}',
        "[1, 2]",
        '{"text": "Para one.\u2028Para two."}',
        '{"text": ' + "[" * 40 + '"too deep"' + "]" * 40 + "}",
        "{nope",
    ]
    (tmp_path / "mixed.jsonl").write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    (tmp_path / "wide.jsonl").write_bytes(
        "\ufeff".encode("utf-16-le") + "\n".join(lines[:1] + lines[4:5]).encode("utf-16-le")
    )
    result = load_corpus([str(tmp_path)])
    texts = {a.id: a.text for a in result.articles}
    assert texts == {
        "mixed#1": "Good one.",
        "mixed#3": "Half a  surrogate.",
        "mixed#4": "Escape red and  gone.",
        "mixed#6": "Para one.\nPara two.",
        "wide#1": "Good one.",
    }
    reasons = [str(w) for w in result.warnings]
    assert [r.split(": ", 1)[1].split(" (")[0] for r in reasons] == [
        "line 2: malformed JSON",
        "line 5: not a JSON object",
        "line 7: no text",
        "line 8: malformed JSON",
        "line 2: not a JSON object",
        "mixed#1 and wide#1 have the same text",  # wide's first record is a copy of mixed's
    ]
