"""Output encodings that cannot carry ✓ ✗ · or box drawing get ASCII stand-ins, never a crash.

Issue 13, item 6: ``info``, ``report`` and ``triage`` ended in "internal error
(UnicodeEncodeError)" under ``PYTHONIOENCODING=ascii`` or ``latin-1``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import ROOT, tuicompare
from tuicompare.cli.console import ascii_glyphs

pytestmark = pytest.mark.xdist_group("hardening-encodings")

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_the_report_marks_have_distinct_ascii_stand_ins() -> None:
    assert ascii_glyphs("✓ supports · ✗ contradicts · ~ variant") == "v supports . x contradicts . ~ variant"
    assert ascii_glyphs("╭─┃━╮ Kraków…") == "+-|-+ Krakow..."
    assert ascii_glyphs("plain") == "plain"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("encodings")
    assert tuicompare("info", "seeds/", cache=folder).status == 0
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_every_command_prints_in_an_encoding_without_the_glyphs(cache: Path, encoding: str) -> None:
    runs = {
        "info": tuicompare("info", "seeds/", cache=cache, PYTHONIOENCODING=encoding),
        "report": tuicompare("report", "seeds/", cache=cache, PYTHONIOENCODING=encoding),
        "markdown": tuicompare("report", "seeds/", "--markdown", cache=cache, PYTHONIOENCODING=encoding),
        "triage": tuicompare(
            "triage", str(SEEDS[0]), "--corpus", *map(str, SEEDS[1:]), cache=cache, PYTHONIOENCODING=encoding
        ),
    }
    for name, done in runs.items():
        assert done.status in ((0, 1) if name == "triage" else (0,)), (name, done.err)
        assert "internal error" not in done.err and "Traceback" not in done.err, (name, done.err)
        done.stdout.decode(encoding)  # every byte is in the output encoding
        assert done.stdout.count(b"?") <= runs["info"].stdout.count(b"?") + 5, name
    legend = "v supports . x contradicts" if encoding == "ascii" else "v supports · x contradicts"  # latin-1 has ·
    assert legend in runs["report"].stdout.decode(encoding)
    assert b"+--" in runs["info"].stdout or b"+==" in runs["info"].stdout or b"|" in runs["info"].stdout
