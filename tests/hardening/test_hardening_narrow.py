"""A width of 0, 1 or 20 columns still prints every value: output is drawn at a usable minimum width.

Issue 13, item 9: ``COLUMNS=0`` (or 1) made ``info``, ``report`` and ``triage`` print nothing and
exit 0; ``COLUMNS=20`` printed empty table cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import ROOT, tuicompare
from tuicompare.cli.console import MIN_WIDTH

pytestmark = [pytest.mark.xdist_group("hardening-narrow"), pytest.mark.slow]

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding the seeds' analyses, so each narrow run is quick."""
    folder = tmp_path_factory.mktemp("narrow")
    assert tuicompare("info", "seeds/", cache=folder).status == 0
    return folder


def words(text: str) -> str:
    """The output with table borders, spaces and line breaks removed: folded cells read whole again."""
    return "".join(ch for ch in text if ch.isalnum())


@pytest.mark.parametrize("columns", ["0", "1", "20"])
def test_info_prints_every_article_however_narrow(cache: Path, columns: str) -> None:
    done = tuicompare("info", "seeds/", cache=cache, COLUMNS=columns)
    assert done.status == 0, done.err
    lines = done.out.splitlines()
    assert lines and max(len(line) for line in lines) >= MIN_WIDTH - 1
    # Too narrow for the table, each article gets a block that starts with its id and counts.
    heads = [line for line in lines if " · " in line and "sentence" in line]
    assert [head.split(" · ")[0] for head in heads] == [seed.stem for seed in sorted(SEEDS.glob("*.txt"))]
    assert heads[0].split(" · ")[1].split()[0].isdigit(), "the sentence count of the first article is shown"
    assert lines[-1].startswith("model: ")


@pytest.mark.parametrize("columns", ["0", "1", "20"])
def test_report_and_triage_print_their_findings_however_narrow(cache: Path, columns: str) -> None:
    wide = tuicompare("report", "seeds/", cache=cache, COLUMNS="120")
    narrow = tuicompare("report", "seeds/", cache=cache, COLUMNS=columns)
    assert narrow.status == wide.status == 0, narrow.err
    assert len(words(narrow.out)) > 0.9 * len(words(wide.out)), "the narrow report lost content"
    new = sorted(SEEDS.glob("*.txt"))[0]
    rest = [str(p) for p in sorted(SEEDS.glob("*.txt"))[1:]]
    triage = tuicompare("triage", str(new), "--corpus", *rest, cache=cache, COLUMNS=columns)
    assert triage.status in (0, 1), triage.err
    assert words(new.stem) in words(triage.out) and len(triage.out.splitlines()) > 3
