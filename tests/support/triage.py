"""What the triage tests share: the seeds' story they rewrite, an unrelated story, and the CLI run in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuicompare.cli import main
from tuicompare.pipeline import Options

#: The seed the rewrite and one copy are made from; STORY is its story in the seeds, OTHER a seed of another.
MAIN = "001_f26ec24a58b350c0"
STORY = {"000_ba5c7385b1f8dd65", MAIN, "002_f1e299b74bfee8ae"}
OTHER = "003_f609cba098b55e28"
UNRELATED = """Dutch bakers win the European bread championship

A bakery from Utrecht won the European Bread Championship in Lyon on Sunday, beating 42 teams from 19 countries.
The winning sourdough loaf, made by head baker Anneke de Vries, was praised by the jury for its crust and aroma.
De Vries said the recipe had been in her family for three generations.
The championship, held every two years, drew about 12,000 visitors to the exhibition centre.
Next year's edition will take place in Vienna.
"""


def seed_text(seeds: Path, article_id: str) -> str:
    """The text of the seed ``article_id`` in the folder ``seeds``."""
    return (seeds / f"{article_id}.txt").read_text(encoding="utf-8")


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], options: Options) -> tuple[int, str, str]:
    """Run ``tuicompare ARGS`` in-process on the fixtures' cache: its exit status, stdout and stderr without breaks."""
    status = main([*args, "--cache-dir", str(options.cache_dir)])
    out = capsys.readouterr()
    # Rich wraps long messages (paths) at the console width: join the lines back.
    return status, out.out, "".join(out.err.split())
