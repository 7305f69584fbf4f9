"""Option values are checked up front: a clear usage error, never "internal error ... This is a bug".

Issue 13, item 7: ``--encoding base64|zlib|hex|rot13|uu|bz2|punycode`` and ``--max-size
99999999999999g`` ended in an internal error; ``5MiB`` meant 5,000,000 bytes; sizes printed as
"1e+03 MB".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import tuicompare
from tuicompare.cli.main import MAX_SIZE_CEILING, main, parse_size
from tuicompare.load.corpus import load_corpus
from tuicompare.load.decoding import NotText, decode
from tuicompare.load.sources import human_size

pytestmark = pytest.mark.xdist_group("hardening-options")

NOT_TEXT_CODECS = ["base64", "zlib", "hex", "rot13", "uu", "bz2", "punycode", "idna", "undefined", "unicode_escape"]


@pytest.mark.parametrize("codec", NOT_TEXT_CODECS)
def test_an_encoding_that_is_no_text_encoding_is_a_usage_error(
    codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor opened the bridge.\n")
    with pytest.raises(SystemExit) as exited:
        main(["info", str(article), "--encoding", codec])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert "argument --encoding" in err and "not an encoding of text files" in err and "internal error" not in err


@pytest.mark.parametrize("codec", NOT_TEXT_CODECS)
def test_the_loader_refuses_them_too_without_crashing(codec: str, tmp_path: Path) -> None:
    """The app and triage reach the loader without argparse: one warning, nothing loaded."""
    article = tmp_path / "a.txt"
    article.write_text("The mayor opened the bridge.\n")
    result = load_corpus([str(article)], encoding=codec)
    assert not result.articles and len(result.warnings) == 1
    assert "not an encoding of text files" in result.warnings[0].reason
    with pytest.raises(NotText):
        decode(b"caf\xc3\xa9", codec)


def test_a_text_codec_that_fails_its_own_way_is_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b"The mayor opened the bridge.\n\xff\xfe")
    result = load_corpus([str(article)], encoding="utf-16")
    assert not result.articles and "cannot be decoded as utf-16" in result.warnings[0].reason


def test_binary_units_are_binary_and_decimal_units_decimal() -> None:
    assert parse_size("5MiB") == 5 * 1024**2 and parse_size("5 mib") == 5 * 1024**2
    assert parse_size("5MB") == parse_size("5m") == 5_000_000
    assert parse_size("2KiB") == 2048 and parse_size("500k") == parse_size("500kB") == 500_000
    assert parse_size("0.5GiB") == 512 * 1024**2
    assert parse_size("1200000") == parse_size("1200000 bytes") == 1_200_000
    assert parse_size("1GiB") == MAX_SIZE_CEILING


@pytest.mark.parametrize("value", ["99999999999999g", "2GB", "1.1GiB", "3t", "0", "0.0001k"])
def test_an_absurd_size_is_refused_before_reading_standard_input(tmp_path: Path, value: str) -> None:
    done = tuicompare("report", "-", "--json", "--max-size", value, cache=tmp_path, stdin=b"x" * 1000, timeout=60)
    assert done.status == 2 and "argument --max-size" in done.err, done.err
    assert ("too large" in done.err and "at most 1 GiB" in done.err) or "too small" in done.err
    assert "internal error" not in done.err and "Traceback" not in done.err


def test_a_mib_limit_lets_through_what_an_mb_limit_skips(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(("The mayor opened the bridge on Tuesday. " * 40 + "\n") * 3200)  # about 5.1 MB
    size = article.stat().st_size
    assert 5_000_000 < size < 5 * 1024**2
    skipped = load_corpus([str(article)], max_bytes=parse_size("5MB"))
    assert not skipped.articles
    assert skipped.warnings[0].reason == f"skipped: larger than the 5 MB limit ({human_size(size)}); see --max-size"
    assert len(load_corpus([str(article)], max_bytes=parse_size("5MiB")).articles) == 1
    small = load_corpus([str(article)], max_bytes=parse_size("1KiB"))
    assert "larger than the 1 KiB limit (5.1" in small.warnings[0].reason


def test_sizes_are_printed_for_people() -> None:
    assert human_size(1) == "1 byte" and human_size(300) == "300 bytes"
    assert human_size(5_000_000) == "5 MB" and human_size(5 * 1024**2) == "5 MiB"
    assert human_size(1_000_000_000) == "1 GB" and human_size(12_500) == "12.5 kB"
    assert human_size(999_999) == "999 kB" and human_size(123_456_789) == "123 MB"
    for exponent in range(0, 16):
        for mantissa in (1, 7, 9.99, 999.9):
            shown = human_size(int(mantissa * 10**exponent))
            assert "e+" not in shown and "e-" not in shown, shown
