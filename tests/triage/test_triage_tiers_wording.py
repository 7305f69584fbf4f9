"""What triage says first when a new article has no contradiction of its own but holds other differences.

Short texts written for these tests: a mill fire two corpus articles disagree on (12 homes or 15), and a new
article that gives 12 homes (a side in that dispute) and a hedged evacuation count ("more than 500" against
"about 300": below the confidence cut, a possible difference).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.triage import run_cli
from tuicompare.pipeline import Options

FIRST = """Mill fire destroys homes in Dunmore

A fire that started at the old Kestrel textile mill in Dunmore destroyed 12 homes on Tuesday night, the county fire \
service said.
About 300 residents were evacuated from the streets around the mill, officials said.
Fire chief Alan Rourke said the blaze was under control by Wednesday morning.
"""
SECOND = """Dunmore mill blaze burns homes

A fire at the old Kestrel textile mill in Dunmore destroyed 15 homes on Tuesday night, according to the county fire \
service.
About 300 residents were evacuated from the streets around the mill, officials said.
The blaze was under control by Wednesday morning, fire chief Alan Rourke said.
"""
NEW = """Homes lost as Dunmore mill burns

A fire that began at the old Kestrel textile mill in Dunmore destroyed 12 homes on Tuesday night, the county fire \
service said.
More than 500 residents were evacuated from the streets around the mill, officials said.
Fire chief Alan Rourke said the fire was under control by Wednesday morning.
"""


def test_sides_and_possible_differences_are_not_called_only_possible_differences(
    tmp_path: Path, options: Options, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first line said "only possible differences" above a list of the disputes the article sides in."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "second.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    status, out, _ = run_cli(["triage", str(tmp_path / "new.txt"), "--corpus", str(corpus)], capsys, options)
    flat = " ".join(out.split())
    assert status == 0
    assert "Sides with corpus articles in 1 existing dispute" in flat and "Possibly differs from the corpus" in flat
    assert "only possible differences" not in flat
    assert "No contradictions of its own; it sides in existing disputes and possibly differs (below)." in flat
