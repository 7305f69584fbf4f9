"""What triage says of a new article's differences, and in which tier, as `report` would on the same articles.

Short texts written for these tests: a mill fire two corpus articles disagree on (12 homes or 15), and a new
article that gives 12 homes (a side in that dispute) and a hedged evacuation count ("more than 500" against
"about 300": below the confidence cut, a possible difference).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.triage import run_cli
from tuicompare.cli import main
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


PARADE = """Council aide apologizes for post about mayor's sons

A Brinley council aide apologized on Friday for a Facebook post about the mayor's two sons at the harvest parade.
Dana Pryce, 29, wrote that the boys should "show a little respect" for the town.
"""
PARADE_NEW = """Aide says sorry over parade post

A Brinley council aide had to apologize on Saturday for a Facebook post about the mayor's two sons.
The aide wrote the Facebook post about the mayor's two sons on Friday, during the harvest parade.
Dana Pryce, 29, wrote that the boys should "show a little respect" for the town.
"""


def test_an_article_giving_two_of_a_conflicts_values_is_read_by_the_one_it_adds(
    tmp_path: Path, options: Options, capsys: pytest.CaptureFixture[str]
) -> None:
    """`report` on the three articles shows a conflict, Friday (all three) against Saturday (the new one only);
    triage took the new article's first value, Friday, found no corpus article against it, and said nothing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text(PARADE, encoding="utf-8")
    (corpus / "second.txt").write_text(PARADE.replace("Council aide apologizes", "Aide sorry"), encoding="utf-8")
    (tmp_path / "new.txt").write_text(PARADE_NEW, encoding="utf-8")
    args = ["--cache-dir", str(options.cache_dir)]
    both = tmp_path / "both"
    both.mkdir()
    for path in [*corpus.iterdir(), tmp_path / "new.txt"]:
        (both / path.name).write_bytes(path.read_bytes())
    assert main(["report", str(both), "--json", *args]) == 0
    reported = json.loads(capsys.readouterr().out)["conflicts"]
    assert [sorted(v["text"] for v in c["values"]) for c in reported if c["kind"] == "conflict"] == [
        ["Friday", "Saturday"]
    ]
    status, out, _ = run_cli(["triage", str(tmp_path / "new.txt"), "--corpus", str(corpus)], capsys, options)
    flat = " ".join(out.split())
    assert status == 1
    assert (
        "Contradicts the corpus on 1 value: ✗ date: Saturday vs Friday (first, second) (it also gives Friday)" in flat
    )
