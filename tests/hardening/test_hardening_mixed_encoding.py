"""Issue 13 item 13 (first half): a file half cp1252 and half UTF-8 is decoded line by line, with a warning."""

from __future__ import annotations

from pathlib import Path

from tuicompare.load.corpus import load_corpus

LEGACY = "Der Bürgermeister sagte: \u2019Wir bauen die Brücke neu.\u2019\n"
MODERN = "The mayor\u2019s office said the bridge would reopen in May.\n"


def test_a_file_of_cp1252_and_utf8_lines_reads_right_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Bridge works\n\n" + (LEGACY * 7).encode("cp1252") + (MODERN * 7).encode("utf-8"))
    result = load_corpus([str(path)])
    (article,) = result.articles
    assert "\u00e2\u20ac\u2122" not in article.text  # no "â€™"
    assert article.text.count("Bürgermeister") == 7 and article.text.count("mayor\u2019s") == 7
    assert [w.reason for w in result.warnings] == ["mixed encodings: 7 lines read as cp1252, the rest as UTF-8"]


def test_utf8_with_a_stray_byte_in_a_line_is_not_taken_for_a_mix(tmp_path: Path) -> None:
    """A pasted Latin-1 byte inside a UTF-8 line keeps the UTF-8 reading (the byte shown as U+FFFD)."""
    path = tmp_path / "stray.txt"
    path.write_bytes("Caf\u00e9 owners in K\u00f6ln said \u2019no\u2019".encode() + b" to the caf\xe9 tax.\n")
    (article,) = load_corpus([str(path)]).articles
    assert "Köln" in article.text and "\ufffd" in article.text
