"""Precision and recall of conflicts and variants on generated corpora.

Stories are generated with planted changes (``tuicompare.evaluation.generate``),
analysed by spaCy, compared by the engine, and scored against what was planted
(``tuicompare.evaluation.quality``). Also rewrites each seed article with planted
changes (``rewrite_text``). Run: ``.venv/bin/python benchmarks/bench_quality.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tuicompare.analysis import nlp  # noqa: E402
from tuicompare.engine import compare  # noqa: E402
from tuicompare.evaluation.generate import generate_corpus, rewrite_text  # noqa: E402
from tuicompare.evaluation.quality import QualityReport, Score, evaluate  # noqa: E402
from tuicompare.load.corpus import load_corpus  # noqa: E402
from tuicompare.models import Article  # noqa: E402


def _articles(stories) -> list[Article]:
    return [Article(a.id, f"{a.id}.txt", a.title, a.text) for s in stories for a in s.articles]


def _line(name: str, score: Score) -> str:
    return (
        f"{name:<10} precision {score.precision:.3f} ({score.correct}/{score.reported})"
        f"  recall {score.recall:.3f} ({score.found}/{score.expected})"
    )


def _print(title: str, report: QualityReport, verbose: bool) -> None:
    print(title)
    print("  " + _line("conflicts", report.conflicts))
    print("  " + _line("variants", report.variants))
    print("  " + _line("stories", report.story_pairs) + "  (article pairs)")
    if verbose:
        for planted in report.missed:
            print(
                f"    missed: {planted.article} {planted.kind} {planted.type} {planted.old[0]!r} -> {planted.new[0]!r}"
            )
        for conflict in report.false_alarms:
            print(f"    false alarm: {conflict.kind} {conflict.type} {[v.text for v in conflict.values]}")


def _total(reports: list[QualityReport], attr: str) -> Score:
    scores = [getattr(r, attr) for r in reports]
    return Score(*(sum(getattr(s, f) for s in scores) for f in ("expected", "found", "reported", "correct")))


def main() -> None:
    """Print precision and recall per generated corpus and in total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--rewrites", type=int, default=8)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    reports = []
    for seed in args.seeds:
        stories = generate_corpus(args.stories, args.rewrites, seed)
        articles = _articles(stories)
        report = evaluate(stories, compare(articles, nlp.analyze(articles)))
        reports.append(report)
        _print(f"generated corpus seed={seed}: {args.stories} stories x {args.rewrites} articles", report, args.verbose)
    seeds = load_corpus([str(ROOT / "seeds")]).articles
    for n, analysis in enumerate(nlp.analyze(seeds)):
        story = rewrite_text(analysis, 6, seed=n, story_id=f"seed{n}")
        articles = _articles([story])
        report = evaluate([story], compare(articles, nlp.analyze(articles)))
        reports.append(report)
        _print(f"seed article {analysis.article} rewritten 6 times", report, args.verbose)
    print("total")
    for attr in ("conflicts", "variants", "story_pairs"):
        print("  " + _line(attr.replace("story_pairs", "stories"), _total(reports, attr)))


if __name__ == "__main__":
    main()
