"""Cold analysis on one process against every core (``--jobs``), on real ECB+ articles.

Each run analyses the same articles into a fresh, empty cache, so every
article is parsed: once with ``jobs=1`` and once with ``jobs=N`` (default:
every core). Prints wall time, the speed-up and whether both runs gave equal
analyses. Run: ``.venv/bin/python benchmarks/bench_analysis.py [--articles 300]``.
Needs ``../shared/dev/ecbplus`` (see its README); skips without it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"

from tuicompare.analysis.parallel import default_jobs  # noqa: E402
from tuicompare.pipeline import Options, analyse, load  # noqa: E402


def _cold(articles: list, jobs: int) -> tuple[float, list]:
    with tempfile.TemporaryDirectory(prefix="bench-analysis-") as cache:
        start = time.perf_counter()
        analyses, _ = analyse(articles, Options(cache_dir=Path(cache), jobs=jobs))
        return time.perf_counter() - start, analyses


def main() -> None:
    """Time one process and N processes over the same articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="how many ECB+ articles (default 300)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="processes of the parallel run")
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print(f"bench_analysis: skipped, no dev data at {ECBPLUS}", file=sys.stderr)
        return
    files = sorted(str(p) for p in ECBPLUS.glob("*.txt"))[: args.articles]
    articles = list(load(files, Options()).articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters; load average {os.getloadavg()[0]:.2f}")
    one, first = _cold(articles, 1)
    many, second = _cold(articles, args.jobs)
    print(f"jobs=1: {one:.1f} s   jobs={args.jobs}: {many:.1f} s   speed-up {one / many:.2f}x")
    print(f"same analyses: {first == second}")


if __name__ == "__main__":
    main()
