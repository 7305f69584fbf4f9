"""The gold's same-fact sentence pairs that alignment misses (neither in one row nor linked), and why.

For each pair of sentences that state one gold fact in two articles of a tuning
story but share no row and no link, prints the two sentences' similarity
(``align.similarity``), their link strength (``linkstrength.strength``: similarity plus
the shared, rare and swapped value, word family, figure read two ways, name written as words and person
referred to by a pronoun bonuses, less the late penalty) and the rank each has among the
other's candidates, and how far apart they lie in their articles. A table then
sorts the misses: ``furniture`` (a line the engine leaves out or only one side
does, most often a timestamp in a form ``furniture`` does not know), ``crowded``
(strong enough to link, but neither side's ``LinkTuning.per_article`` strongest),
``near`` (strength within 0.08 of ``LinkTuning.min_strength``), ``weak`` (less:
a paraphrase with too few shared words, names and values to be told from the
other sentences), and across them ``far`` (relative positions more than 0.3
apart, where the similarity's position term weighs against them).

``--causes`` adds a second table, by what the two sentences hold (the first cause
that fits, read from the features, never from the gold's wording): ``neighbour``
(one sentence is already in a row or linked with the other's neighbour: the gold
chains one sentence's several facts, or one fact told over two sentences), ``quote``
(one told as a quote, the other reported), ``figures`` (both hold figures or dates,
none shared), ``names`` (a surname both write, resolved to two entities), ``nothing``
(no term shared), ``common`` (only terms a tenth of the story's sentences use),
``rare far`` (a rarer term shared, positions far apart) and ``rare`` (the rest).

Tuning golds only: the held-aside BASIL part is for reported figures, never read
to shape a rule, and the unseen golds are never run. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/align_misses.py --split tune [--list]
--cache-dir /tmp/tuicompare-dev-cache``.
"""

from __future__ import annotations

import argparse
import re
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
from tuicompare.engine.align_terms import StoryTerms  # noqa: E402
from tuicompare.engine.blocksim import PairSimilarity  # noqa: E402
from tuicompare.engine.links import SentenceKeys  # noqa: E402
from tuicompare.engine.linkstrength import lateness, strength  # noqa: E402
from tuicompare.engine.tuning import TUNING  # noqa: E402
from tuicompare.evaluation.plantwhy import StoryStages  # noqa: E402
from tuicompare.evaluation.realgold import TUNE, UNSEEN_SPLITS, SentenceIndex, gold_pairs  # noqa: E402

#: The classes of the table, in the order printed (``far`` counts across the others).
CLASSES = ("furniture", "crowded", "near", "weak", "far")
#: ``near``: a link strength at most this far below ``LinkTuning.min_strength``.
NEAR = 0.08
#: ``far``: relative positions more than this apart.
FAR = 0.3
#: The causes of ``--causes``, in the order tried.
CAUSES = ("furniture", "neighbour", "quote", "figures", "names", "nothing", "common", "rare far", "rare")
#: ``quote``: one sentence has at least this share of its characters inside quotation marks, the other less.
QUOTED = 0.4
#: ``common``: a term used by more than this share of the story's active sentences.
COMMON = 0.1
#: A quoted passage: typographic, typewriter or doubled-backtick marks.
_QUOTED = re.compile(r"[\u201c\"](.+?)[\u201d\"]|``(.+?)''")


def _quoted_share(text: str) -> float:
    """The share of a sentence's characters inside quotation marks."""
    return sum(len(a or b) for a, b in _QUOTED.findall(text)) / max(len(text), 1)


class _Causes:
    """Reads the ``--causes`` class of a story's missed pairs (module docstring)."""

    def __init__(self, stages: StoryStages, linked: set[frozenset[str]], text: dict[str, str]) -> None:
        self.stages, self.linked, self.text = stages, linked, text
        active = [f for f in stages.flat.values() if f.active]
        self.terms = StoryTerms(active, stages.entity_of).terms
        counts = Counter(t for ts in self.terms.values() for t in ts)
        self.common = {t for t, n in counts.items() if n > max(2.0, COMMON * len(active))}

    def _paired(self, a: str, b: str) -> bool:
        return self.stages.row_of.get(a) == self.stages.row_of.get(b) or frozenset((a, b)) in self.linked

    def _with_neighbour(self, a: str, b: str) -> bool:
        """Whether ``a`` is paired with a neighbour of ``b`` in ``b``'s article."""
        article, index = b.rsplit(":", 1)
        near = (f"{article}:{int(index) + d}" for d in (-1, 1))
        return any(n in self.stages.flat and self._paired(a, n) for n in near)

    def of(self, a: str, b: str, classes: list[str]) -> str:
        """The first cause that fits the missed pair ``a``, ``b``."""
        if "furniture" in classes:
            return "furniture"
        x, y = self.stages.flat[a], self.stages.flat[b]
        shared = self.terms.get(a, set()) & self.terms.get(b, set())
        figures = [{s.key for s in f.spans if s.kind in ("number", "date") and s.key} for f in (x, y)]
        names = [{s.text.split()[-1].lower() for s in f.spans if s.kind == "name"} for f in (x, y)]
        entities = [{self.stages.entity_of.get(s) for s in f.spans if s.kind == "name"} for f in (x, y)]
        if self._with_neighbour(a, b) or self._with_neighbour(b, a):
            return "neighbour"
        if (_quoted_share(self.text[a]) >= QUOTED) != (_quoted_share(self.text[b]) >= QUOTED):
            return "quote"
        if all(figures) and not figures[0] & figures[1]:
            return "figures"
        if names[0] & names[1] and not entities[0] & entities[1]:
            return "names"
        if not shared:
            return "nothing"
        if shared <= self.common:
            return "common"
        return "rare far" if "far" in classes else "rare"


def _strengths(stages: StoryStages) -> dict[tuple[str, str], tuple[float, int, int]]:
    """Each pair of sentences of two aligned articles: link strength, and its rank in each sentence's candidates."""
    active = {a: [f for f in fs if f.active] for a, fs in stages.features.items()}
    keys = SentenceKeys(active, stages.entity_of, {k for k, label in enumerate(stages.labels) if label == "person"})
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
        referred = keys.pronouned(art_x, art_y)
        score = strength(matrix, shared, rare, swapped, lateness(xs, ys), derived, read, named, referred)
        row_rank = np.argsort(np.argsort(-score, axis=1, kind="stable"), axis=1)
        col_rank = np.argsort(np.argsort(-score, axis=0, kind="stable"), axis=0)
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                found = (float(score[i, j]), int(row_rank[i, j]), int(col_rank[i, j]))
                out[(x.id, y.id)] = out[(y.id, x.id)] = found
    return out


def misses(corpus: Corpus, key: str) -> list[tuple[str, str, str, list[str]]]:
    """The story's same-fact pairs neither grouped nor linked: both ids, a description, their classes, then cause."""
    arts = list(corpus.articles[key].values())
    analyses = [corpus.analyses[a.id] for a in arts]
    stages = StoryStages(arts, analyses)
    text = {s.id: s.text for a in analyses for s in a.sentences}
    linked = {frozenset((k.a, k.b)) for k, _rank in stages.links}
    found = _strengths(stages)
    causes = _Causes(stages, linked, text)
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
        classes.append(causes.of(a, b, classes))
        out.append((a, b, f"{about}, {gap:.2f} apart\n    {text[a][:160]}\n    {text[b][:160]}", classes))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    allowed = ["tune", *(s for s in FRESH_GOLDS if s not in UNSEEN_SPLITS)]
    parser.add_argument("--split", choices=allowed, default="tune")
    parser.add_argument("--list", action="store_true", help="print every missed pair")
    parser.add_argument("--causes", action="store_true", help="also a table of causes (module docstring)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args()
    fresh = args.split in FRESH_GOLDS
    data, gold_dir = (ECBPLUS, FRESH_GOLDS[args.split]) if fresh else (BASIL, GOLD)
    keys = sorted(p.stem for p in gold_dir.glob("*.json")) if fresh else list(TUNE)
    options = pipeline.Options(cache_dir=args.cache_dir)
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(keys, session, Path(tmp), 0, data=data, gold_dir=gold_dir)
    table: Counter[str] = Counter()
    by_cause: Counter[str] = Counter()
    total = 0
    for key in keys:
        for a, b, about, classes in misses(corpus, key):
            total += 1
            *kinds, cause = classes
            table.update(kinds)
            by_cause[cause] += 1
            if args.list:
                print(f"{key} {a} / {b}: {', '.join(classes if args.causes else kinds)}; {about}")
    print(f"{args.split}: {total} same-fact pairs neither grouped nor linked")
    for name in CLASSES:
        print(f"  {name:<10} {table[name]:>4}")
    if args.causes:
        print("by cause:")
        for name in CAUSES:
            print(f"  {name:<10} {by_cause[name]:>4}")


if __name__ == "__main__":
    main()
