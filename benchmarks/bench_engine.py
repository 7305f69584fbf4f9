"""Time the comparison engine separately from spaCy.

spaCy analyses every article first (once); then ``tuicompare.engine.compare``
alone is timed: on the seeds, and on generated corpora of 10, 25 and 50
stories of 10 articles each (the 50-story corpus is the 500-article target),
pinned to one core. Python's garbage collector runs at its default thresholds, except on the one line that
says it runs as ``tuicompare report`` sets them (``cli.commands.fewer_collections``; the app pauses the
collector until its first story is painted, ``app.worker.pause_collector``). Run:
``.venv/bin/python benchmarks/bench_engine.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tuicompare.analysis import nlp  # noqa: E402
from tuicompare.cli.commands import fewer_collections  # noqa: E402
from tuicompare.engine import compare, containment, wording  # noqa: E402
from tuicompare.evaluation.generate import generate_corpus  # noqa: E402
from tuicompare.evaluation.keptmemory import records_in_memory  # noqa: E402
from tuicompare.load.corpus import load_corpus  # noqa: E402


def _time(articles, analyses, repeat: int) -> tuple[float, float, object]:
    runs, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = compare(articles, analyses)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs), result


def _fresh(articles, analyses, repeat: int) -> tuple[float, float]:
    """Best and median of comparisons of new ``Analysis`` copies with no wording score kept.

    The engine keeps what it reads of an analysis (``engine.kept``) and two articles' wording scores
    (``engine.wording``) and what a text says holds what (``engine.containment``) for the next comparison:
    ``_time`` counts comparisons made again, this one a first.

    This line holds every article's sentence features (``features.article_features``, about 47 M of the
    seeds' 385 M instructions): they are the comparison's own cost and stay counted here. Computing them
    when an article is analysed would only move them: the seeds (and any batch of new text under
    ``nlp.MIN_PARALLEL_BATCHES``) are parsed in this same process, so a first report would do the same work
    plus a record's encoding and decoding (fast10, measured: +22 M in all). Should they ever be made in
    the analysis workers, count them there too, on a line of their own, never leave them out of both.
    """
    runs = []
    for _ in range(repeat):
        copies = [dataclasses.replace(a) for a in analyses]
        wording.forget()
        containment.forget()
        start = time.perf_counter()
        compare(articles, copies)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def _stored(articles, analyses, stories, repeat: int) -> tuple[float, float]:
    """``_fresh``, each article's features and each pair's wording scores decoded from cache records in the time.

    What a new process meets comparing articles an earlier one compared (a story regrouped, an article
    added to it): ``ondemand.features.read_kept`` reads their records (``engine.keptrecord``) instead of
    reading the sentences and scoring the wording again. The records are made by a first comparison and
    kept in a dict (``evaluation.keptmemory``); the cache's own look-up (SQLite) is not timed.
    """
    read = records_in_memory(articles, analyses, [[a for a in articles if a.id in set(s.articles)] for s in stories])
    runs = []
    for _ in range(repeat):
        copies = [dataclasses.replace(a) for a in analyses]
        wording.forget()
        containment.forget()
        start = time.perf_counter()
        read(copies)
        compare(articles, copies)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def main() -> None:
    """Print the seed timing and the table for growing generated corpora."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--rewrites", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    seeds = load_corpus([str(ROOT / "seeds")]).articles
    seed_analyses = nlp.analyze(seeds)
    best, median, result = _time(seeds, seed_analyses, 20)
    fresh_best, fresh_median = _fresh(seeds, seed_analyses, 20)
    stored_best, stored_median = _stored(seeds, seed_analyses, result.stories, 20)
    with fewer_collections():
        report_best, report_median = _fresh(seeds, seed_analyses, 20)
    print(f"seeds: {len(seeds)} articles, {sum(len(a.sentences) for a in seed_analyses)} sentences")
    print(f"  engine: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms (target < 50 ms)")
    print(f"  first comparison of its analyses: best {fresh_best * 1000:.1f} ms, median {fresh_median * 1000:.1f} ms")
    print(
        "  first comparison, the collector as `tuicompare report` sets it:"
        f" best {report_best * 1000:.1f} ms, median {report_median * 1000:.1f} ms"
    )
    print(
        "  first comparison of analyses compared before (features, wording scores from the cache):"
        f" best {stored_best * 1000:.1f} ms, median {stored_median * 1000:.1f} ms"
    )
    print(f"  {len(result.stories)} stories, {len(result.groups)} groups, {len(result.conflicts)} conflicts/variants")

    biggest = max(args.stories)
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(biggest, args.rewrites, args.seed, tmp)
        articles = load_corpus([tmp]).articles
    start = time.perf_counter()
    analyses = nlp.analyze(articles)
    elapsed = time.perf_counter() - start
    print(f"\ngenerated: {len(articles)} articles analysed by spaCy in {elapsed:.1f} s (not timed below)")
    by_story: dict[str, list[int]] = {}
    for n, article in enumerate(articles):
        by_story.setdefault(article.id.split("-")[0], []).append(n)
    story_ids = sorted(by_story)
    header = ("stories", 8), ("articles", 9), ("sentences", 10), ("best s", 8), ("median s", 9), ("ms/article", 11)
    print("\n" + " ".join(f"{name:>{width}}" for name, width in header) + f" {'found':>6}")
    for count in sorted(args.stories):
        keep = sorted(i for sid in story_ids[:count] for i in by_story[sid])
        subset = [articles[i] for i in keep]
        sub_analyses = [analyses[i] for i in keep]
        best, median, result = _time(subset, sub_analyses, args.repeat)
        sentences = sum(len(a.sentences) for a in sub_analyses)
        print(
            f"{count:>8} {len(subset):>9} {sentences:>10} {best:>8.2f} {median:>9.2f}"
            f" {best * 1000 / len(subset):>11.2f} {len(result.stories):>6}"
        )
    print("\nfound: stories the engine made (should equal the generated stories)")
    print("target: 500 articles (50 stories x 10) under 10 s on one core, near-linear growth")


if __name__ == "__main__":
    main()
