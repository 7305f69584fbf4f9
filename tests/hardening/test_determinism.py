"""Same input, same bytes out: reports do not depend on Python's hash seed.

String hashing is randomised per process, so any order or tie decided by
iterating a set (or a float summed over one) shows up as a different report
under another ``PYTHONHASHSEED``. The corpus is large enough (165 generated
articles, and the vendored ECB+ news articles for real parses) that such ties
occur: hash seeds 9 and 11 changed a claim's text before sums over sets became
`math.fsum`.

Each run gets its own copy of a cache that holds the articles' analyses only:
the cache also stores each story's comparison (``ondemand``), so runs sharing
one cache would read the first run's stories instead of comparing them again,
and a seed-dependent engine would pass unseen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.evaluation.generate import generate_corpus

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("determinism")]

HASH_SEEDS = ("1", "9", "11", "42")
#: Real news articles (two ECB+ events), compared with the generated ones.
ECB = Path(__file__).resolve().parents[1] / "data" / "ecbplus"


def _report(corpus: Path, analysed: Path, fmt: str, hash_seed: str) -> bytes:
    """The report of ``corpus`` under ``hash_seed``, compared afresh from the analyses in ``analysed``."""
    cache = analysed.with_name(f"{analysed.name}-{fmt.strip('-')}-{hash_seed}")
    shutil.copytree(analysed, cache)
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_COLOR": "1", "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-m", "tuicompare", "report", str(corpus), fmt, "--cache-dir", str(cache)],
        capture_output=True,
        env=env,
        timeout=600,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def warm_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """165 generated articles and the ECB+ ones, analysed once into a private cache (no story compared yet)."""
    base = tmp_path_factory.mktemp("determinism")
    corpus = base / "corpus"
    generate_corpus(33, 5, seed=3, folder=corpus)
    (corpus / "ground_truth.json").unlink()
    for article in ECB.glob("*.txt"):
        shutil.copy(article, corpus / article.name)
    options = pipeline.Options(cache_dir=base / "cache")
    with pipeline.AnalysisSession(options) as session:
        session.analyse(pipeline.load([str(corpus)], options).articles)
    return corpus, base / "cache"


@pytest.mark.parametrize("fmt", ["--json", "--markdown"])
def test_report_bytes_do_not_depend_on_the_hash_seed(warm_corpus: tuple[Path, Path], fmt: str) -> None:
    corpus, cache = warm_corpus
    outputs = {seed: _report(corpus, cache, fmt, seed) for seed in HASH_SEEDS}
    assert len(outputs["1"]) > 10_000
    differing = [seed for seed, out in outputs.items() if out != outputs["1"]]
    assert differing == [], f"hash seeds {differing} give a different {fmt} report than seed 1"
