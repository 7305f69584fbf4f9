"""Fixtures of the triage tests: the new articles and a cache already holding them and the seeds.

Package-scoped, so that the analysis of the seeds and the new articles runs once for every module here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.triage import MAIN, OTHER, UNRELATED, seed_text
from tuicompare.pipeline import Options
from tuicompare.triage import triage_paths


@pytest.fixture(scope="package")
def new_dir(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """New articles: the rewrite, an unrelated story, two copies and a binary file."""
    folder = tmp_path_factory.mktemp("new")
    rewrite = seed_text(seeds_dir, MAIN).replace("Severodonnetsk", "Lysychansk").replace("177th", "178th")
    (folder / "rewrite.txt").write_text(rewrite, encoding="utf-8")
    (folder / "bakers.txt").write_text(UNRELATED, encoding="utf-8")
    (folder / "copy003.txt").write_text(seed_text(seeds_dir, OTHER), encoding="utf-8")
    (folder / "copy001.txt").write_text(seed_text(seeds_dir, MAIN), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    return folder


@pytest.fixture(scope="package")
def options(tmp_path_factory: pytest.TempPathFactory, model: object, seeds_dir: Path, new_dir: Path) -> Options:
    """Options with a cache already holding the seeds and the new articles."""
    opts = Options(cache_dir=tmp_path_factory.mktemp("cache"))
    triage_paths(
        [str(new_dir / n) for n in ("rewrite.txt", "bakers.txt", "copy003.txt", "copy001.txt")], [str(seeds_dir)], opts
    )
    return opts


@pytest.fixture(scope="package")
def results(options: Options, seeds_dir: Path, new_dir: Path) -> dict:
    """The triage of each new article against the seeds, by file stem."""
    names = ("rewrite.txt", "bakers.txt", "copy003.txt", "copy001.txt")
    report = triage_paths([str(new_dir / n) for n in names], [str(seeds_dir)], options)
    return {r.article.id: r for r in report.results} | {"_report": report}
