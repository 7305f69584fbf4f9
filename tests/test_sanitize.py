"""Untrusted text is made safe for a terminal: tuicompare.sanitize."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuicompare.sanitize import clean_name, clean_text

# Anything a terminal would act on or hide, which must never survive.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a \x1b[31mred\x1b[0m b", "a red b"),
        ("cursor\x1b[2J\x1b[H home", "cursor home"),
        ("private \x1b[?1049h mode", "private  mode"),
        ("8-bit \x9b31mCSI", "8-bit CSI"),
        ("truncated CSI \x1b[12", "truncated CSI "),
        ("\x1b]0;evil title\x07after", "after"),
        ("\x1b]0;evil title\x1b\\after", "after"),
        ("\x9d0;8-bit OSC\x9cafter", "after"),
        ("\x1b]8;;https://evil.example\x1b\\click me\x1b]8;;\x1b\\ now", "click me now"),
        ("line one\x1b]52;c;c2VjcmV0\nline two", "line one\nline two"),
        ("dcs\x1bPq#0;2;0;0;0#0~~\x1b\\ end", "dcs end"),
        ("apc\x1b_Gf=100;AAAA\x1b\\ end", "apc end"),
        ("pm\x1b^private\x1b\\ end", "pm end"),
        ("sos\x1bXstring\x1b\\ end", "sos end"),
        ("charset\x1b(B save\x1b7 reset\x1bc", "charset save reset"),
        ("bare escape at end\x1b", "bare escape at end"),
        ("bell\x07 backspace\x08 nul\x00 del\x7f", "bell backspace nul del"),
        ("next line\x85 C1", "next line\n C1"),
        ("windows\r\nline\rends", "windows\nline\nends"),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("\u202eevil.exe\u202c", "evil.exe"),
        ("iso \u2066late\u2069 \u2067r\u2068x\u2069", "iso late rx"),
        ("marks\u200e\u200f\u061c here", "marks here"),
        ("zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"),
        ("lone \ud800surrogate", "lone surrogate"),
    ],
)
def test_clean_text_removes_unsafe_sequences(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "“Curly quotes” and ‘single’ ones, an apostrophe’s fine",
        "Café, naïve, Straße, Ærø, Łódź, 東京, Москва, القاهرة, 😀",
        "Em — dash, en – dash, ellipsis…, non-breaking\u00a0space",
        "[bold]x[/] [@click=app.quit] [link=https://x]y[/link]",
    ],
)
def test_clean_text_keeps_normal_unicode_and_markup_like_text(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize("code", range(128))
# A short text and one long enough for the quicker check of long ASCII texts (``sanitize._has_special``).
@pytest.mark.parametrize("before", ["Harbour news", "Harbour news from the quay, where the ferry sailed again at last"])
def test_ascii_text_is_left_alone_only_when_every_character_is_printable_a_tab_or_a_newline(
    code: int, before: str
) -> None:
    text = f"{before}{chr(code)}today"
    plain = chr(code).isprintable() or chr(code) in "\t\n"
    assert (clean_text(text) == text) is plain
    assert not UNSAFE.search(clean_text(text))


@pytest.mark.parametrize("code", range(128))
def test_a_name_keeps_an_ascii_character_only_when_it_is_printable(code: int) -> None:
    name = f"reports/harbour{chr(code)}news.txt"
    assert (clean_name(name) == name) is chr(code).isprintable()
    assert not UNSAFE.search(clean_name(name)) and "\n" not in clean_name(name) and "\t" not in clean_name(name)


def test_clean_name_is_one_line() -> None:
    assert clean_name(" evil\x1b[31m\nname\twith\u202e tabs.txt ") == "evil name with tabs.txt"


def test_clean_name_shows_undecodable_bytes() -> None:
    # os.fsdecode turns undecodable bytes into lone surrogates.
    assert clean_name("caf\udce9.txt") == "caf\ufffd.txt"


def test_clean_text_handles_large_dirty_input() -> None:
    text = "A line of “news” \x1b[1mwith\x1b[0m café\u200b.\r\n" * 120_000
    cleaned = clean_text(text)
    assert cleaned == "A line of “news” with café.\n" * 120_000


def test_unterminated_string_does_not_swallow_following_lines() -> None:
    text = "\x9d" * 1000 + "\nkept"
    assert clean_text(text) == "\nkept"


@given(st.text())
def test_clean_text_never_leaves_unsafe_characters(text: str) -> None:
    cleaned = clean_text(text)
    assert not UNSAFE.search(cleaned)
    assert "\r" not in cleaned
    assert clean_text(cleaned) == cleaned


@given(st.text())
def test_clean_name_never_leaves_line_breaks_or_controls(name: str) -> None:
    cleaned = clean_name(name)
    assert not UNSAFE.search(cleaned)
    assert "\n" not in cleaned and "\t" not in cleaned
