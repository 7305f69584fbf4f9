"""The gold's same-fact sentence pairs that alignment misses (neither in one row nor linked), and why.

For each pair of sentences that state one gold fact in two articles of a tuning
story but share no row and no link, prints the two sentences' similarity
(``align.similarity``), their link strength (``links.strength``: similarity plus
the shared, rare and swapped value, word family, figure read two ways and name written as words
bonuses, less the late penalty) and the rank each has among the
other's candidates, and how far apart they lie in their articles. A table then
sorts the misses: ``furniture`` (a line the engine leaves out or only one side
does, most often a timestamp in a form ``furniture`` does not know), ``crowded``
(strong enough to link, but neither side's ``LinkTuning.per_article`` strongest),
``near`` (strength within 0.08 of ``LinkTuning.min_strength``), ``weak`` (less:
a paraphrase with too few shared words, names and values to be told from the
other sentences), and across them ``far`` (relative positions more than 0.3
apart, where the similarity's position term weighs against them).

Tuning golds only: the held-aside BASIL part is for reported figures, never read
to shape a rule, and the unseen golds are never run. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/align_misses.py --split tune [--list]
--cache-dir /tmp/tuicompare-dev-cache``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_real import BASIL, ECBPLUS, FRESH_GOLDS, GOLD, Corpus  # noqa: E402
from tuicompare import pipeline  # noqa: E402
from tuicompare.engine.align import align  # noqa: E402
from tuicompare.engine.blocksim import PairSimilarity  # noqa: E402
from tuicompare.engine.links import SentenceKeys, lateness, strength  # noqa: E402
from tuicompare.engine.tuning import TUNING  # noqa: E402
from tuicompare.evaluation.plantwhy import StoryStages  # noqa: E402
from tuicompare.evaluation.realgold import TUNE, UNSEEN_SPLITS, SentenceIndex, gold_pairs  # noqa: E402

#: The classes of the table, in the order printed (``far`` counts across the others).
CLASSES = ("furniture", "crowded", "near", "weak", "far")
#: ``near``: a link strength at most this far below ``LinkTuning.min_strength``.
NEAR = 0.08
#: ``far``: relative positions more than this apart.
FAR = 0.3


def _strengths(stages: StoryStages) -> dict[tuple[str, str], tuple[float, int, int]]:
    """Each pair of sentences of two aligned articles: link strength, and its rank in each sentence's candidates."""
    keys = SentenceKeys({a: [f for f in fs if f.active] for a, fs in stages.features.items()}, stages.entity_of)
    out: dict[tuple[str, str], tuple[float, int, int]] = {}
    for xs, ys, sim in align(stages.features, stages.entity_of).pairs:
        if isinstance(sim, PairSimilarity):  # long articles: the blocks make the whole matrix
            matrix = np.vstack([block for _start, block in sim.row_blocks(TUNING.scale.block_rows)])
        else:
            matrix = sim
        if matrix.size == 0:
            continue
        shared, rare = keys.shared(xs[0].article, ys[0].article)
        art_x, art_y = xs[0].article, ys[0].article
        swapped, derived = keys.typed.swapped(art_x, art_y), keys.derived(art_x, art_y)
        read, named = keys.respelled(art_x, art_y), keys.named(art_x, art_y)
        score = strength(matrix, shared, rare, swapped, lateness(xs, ys), derived, read, named)
        row_rank = np.argsort(np.argsort(-score, axis=1, kind="stable"), axis=1)
        col_rank = np.argsort(np.argsort(-score, axis=0, kind="stable"), axis=0)
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                found = (float(score[i, j]), int(row_rank[i, j]), int(col_rank[i, j]))
                out[(x.id, y.id)] = out[(y.id, x.id)] = found
    return out


def misses(corpus: Corpus, key: str) -> list[tuple[str, str, str, list[str]]]:
    """The story's same-fact pairs neither grouped nor linked: both ids, a description, and their classes."""
    arts = list(corpus.articles[key].values())
    analyses = [corpus.analyses[a.id] for a in arts]
    stages = StoryStages(arts, analyses)
    text = {s.id: s.text for a in analyses for s in a.sentences}
    linked = {frozenset((k.a, k.b)) for k, _rank in stages.links}
    found = _strengths(stages)
    out = []
    for a, b in sorted(gold_pairs(corpus.gold[key], SentenceIndex(analyses))):
        if stages.row_of[a] == stages.row_of[b] or frozenset((a, b)) in linked:
            continue
        gap = abs(stages.flat[a].position - stages.flat[b].position)
        if (a, b) not in found:
            classes, about = ["furniture"], "a line left out of alignment"
        else:
            score, rank_a, rank_b = found[(a, b)]
            bar = TUNING.links.min_strength
            kind = "crowded" if score >= bar else "near" if score >= bar - NEAR else "weak"
            classes = [kind, "far"] if gap > FAR else [kind]
            about = f"strength {score:.3f}, rank {rank_a}/{rank_b}"
        out.append((a, b, f"{about}, {gap:.2f} apart\n    {text[a][:160]}\n    {text[b][:160]}", classes))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    allowed = ["tune", *(s for s in FRESH_GOLDS if s not in UNSEEN_SPLITS)]
    parser.add_argument("--split", choices=allowed, default="tune")
    parser.add_argument("--list", action="store_true", help="print every missed pair")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args()
    fresh = args.split in FRESH_GOLDS
    data, gold_dir = (ECBPLUS, FRESH_GOLDS[args.split]) if fresh else (BASIL, GOLD)
    keys = sorted(p.stem for p in gold_dir.glob("*.json")) if fresh else list(TUNE)
    options = pipeline.Options(cache_dir=args.cache_dir)
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(keys, session, Path(tmp), 0, data=data, gold_dir=gold_dir)
    table: Counter[str] = Counter()
    total = 0
    for key in keys:
        for a, b, about, classes in misses(corpus, key):
            total += 1
            table.update(classes)
            if args.list:
                print(f"{key} {a} / {b}: {', '.join(classes)}; {about}")
    print(f"{args.split}: {total} same-fact pairs neither grouped nor linked")
    for name in CLASSES:
        print(f"  {name:<10} {table[name]:>4}")


if __name__ == "__main__":
    main()
