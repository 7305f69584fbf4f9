"""Real coverage: conflicts, false alarms, planted-in-real changes and alignment on real multi-outlet stories.

Reads the BASIL articles from ``../shared/dev/basil`` and their hand-made gold
from ``benchmarks/gold/basil``, analyses through the shared cache, and prints
the tuning part and the held-aside part of the gold separately (the split is in
``tuicompare.evaluation.realgold``). ``--split fresh`` prints the same figures
on the fresh ECB+ gold instead: 8 ECB+ events, three articles each
(``benchmarks/gold/ecbplus``, articles in ``../shared/dev/ecbplus``);
``--split fresh2`` on the second one (``benchmarks/gold/ecbplus2``, 8 more
events of other topics), annotated as a held-out test once the first was tuned
on and a tuning set since session 5 (its README); ``--split fresh3`` on the
third (``benchmarks/gold/ecbplus3``, events of topics in neither), annotated
unseen once the second was tuned on and a tuning set since late session 5;
``--split fresh4`` on the fourth (``benchmarks/gold/ecbplus4``, events of
topics in none of the others), annotated unseen once the third was tuned on; ``--split fresh5`` on
the fifth (``benchmarks/gold/ecbplus5``, events of topics in none of the others), annotated unseen
while the fourth stayed unseen (fourth and fifth: tuning sets from the README's eighth session on, their
first-run figures kept in the README); ``--split fresh6`` on the sixth (``benchmarks/gold/ecbplus6``, the
other event of topics the first three golds used), annotated unseen in session 7 and a tuning set from the
README's ninth session on, and ``--split fresh7``
on the seventh (``benchmarks/gold/ecbplus7``, the other event of the last twelve topics), annotated unseen
in session 8, and ``--split fresh8`` on the eighth (``benchmarks/gold/ecbplus8``, other articles of the
seventh's events), annotated unseen in session 9, ``--split fresh9`` on the ninth
(``benchmarks/gold/ecbplus9``, four events only the entity gold had used), annotated unseen in session 10,
and ``--split fresh10`` on the tenth (``benchmarks/gold/ecbplus10``, unused articles of five events the tuning
golds hold), annotated unseen in session 15, and ``--split fresh11`` on the eleventh (``benchmarks/gold/ecbplus11``,
unused articles of four events tuning golds hold and no other unseen gold), annotated unseen in the README's
twenty-fourth session, and ``--split fresh12`` on the twelfth (``benchmarks/gold/ecbplus12``, the last free
articles of four events only tuning golds hold), annotated unseen in the twenty-fifth (``realgold.UNSEEN_SPLITS``:
never tuned on; the seventh and eighth were unseen until the twenty-fourth session and are tuning golds since, the
ninth until the twenty-fifth). Run:
``PYTHONPATH=src .venv/bin/python benchmarks/bench_real.py
[--split tune|held|all|fresh|fresh2|...|fresh12] [--json] [--verbose]``;
``--why`` adds a table of causes of the planted changes missed (``evaluation.plantwhy``);
each part also prints the stance score of its claims, forced one story (``evaluation.stances``: support
precision over the ✓ the gold can judge, support recall; ``--verbose`` lists the wrong stances);
``--sweep conflicts.link_min=0.3,0.4`` reruns with a field of ``engine.tuning.TUNING`` replaced.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import compare  # noqa: E402
from tuicompare.evaluation.align_ceiling import ceiling  # noqa: E402
from tuicompare.evaluation.planted import plant_story, surname_pool  # noqa: E402
from tuicompare.evaluation.plantscore import PlantedScore, score_planted  # noqa: E402
from tuicompare.evaluation.plantwhy import CAUSES, StoryStages, why_disagreement  # noqa: E402
from tuicompare.evaluation.real import RealScore, matches, score_story  # noqa: E402
from tuicompare.evaluation.realgold import (  # noqa: E402
    FRESH_SPLITS,
    HELD,
    TUNE,
    UNSEEN_SPLITS,
    StoryGold,
    gold_paths,
    load_story_gold,
    raw_text,
)
from tuicompare.evaluation.stances import StanceScore, print_stances, score_stances, stance_summary  # noqa: E402
from tuicompare.evaluation.storypairs import PairScore, pair_score  # noqa: E402
from tuicompare.evaluation.sweep import sweep_values, swept  # noqa: E402
from tuicompare.models import Analysis, Article  # noqa: E402

BASIL = ROOT.parent / "shared" / "dev" / "basil"
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
GOLD = ROOT / "benchmarks" / "gold" / "basil"
#: The ECB+ gold folders by ``--split`` name (same format, articles in ``ECBPLUS``).
FRESH_GOLDS = {split: ROOT / "benchmarks" / "gold" / folder for split, folder in FRESH_SPLITS.items()}


class Corpus:
    """The dev stories loaded, analysed and mapped to the gold, plus their planted copies."""

    def __init__(
        self,
        keys: list[str],
        session: pipeline.AnalysisSession,
        workdir: Path,
        changes: int,
        *,
        data: Path = BASIL,
        gold_dir: Path = GOLD,
    ) -> None:
        paths = {k: gold_paths(data, gold_dir / f"{k}.json") for k in keys}
        loaded = pipeline.load([str(p) for k in keys for p in paths[k].values()], session.options)
        by_path = {Path(a.path).resolve(): a for a in loaded.articles}
        self.articles: dict[str, dict[str, Article]] = {}
        self.gold: dict[str, StoryGold] = {}
        for k in keys:
            arts = {o: by_path[p.resolve()] for o, p in paths[k].items() if p.resolve() in by_path}
            self.articles[k] = arts
            raws = {o: raw_text(p) for o, p in paths[k].items()}
            self.gold[k] = load_story_gold(gold_dir / f"{k}.json", arts, raws)
        pool = surname_pool(gold_dir)
        self.plants = {
            k: plant_story(self.gold[k], self.articles[k], workdir, pool=pool, changes=changes) for k in keys
        }
        copies = [str(c.path) for k in keys for c in self.plants[k]]
        planted = pipeline.load(copies, session.options).articles if copies else ()
        self.copies = {Path(a.path).resolve(): a for a in planted}
        everything = [a for arts in self.articles.values() for a in arts.values()] + list(planted)
        self.analyses: dict[str, Analysis] = {a.article: a for a in session.analyse(everything)}


def measure(corpus: Corpus, keys: list[str], why: bool = False) -> dict[str, object]:
    """All figures on ``keys``: real stories (forced and automatic grouping) and planted copies.

    With ``why``, each planted change missed gets its cause (``evaluation.plantwhy``).
    """
    forced, auto, plants, stance = RealScore(), RealScore(), PlantedScore(), StanceScore()
    held = [0, 0]  # same-fact pairs a gold-built grouping within the group limits holds, of all
    real_why: Counter[str] = Counter()  # causes of the real disagreements missed (``why``)
    for k in keys:
        arts = list(corpus.articles[k].values())
        analyses = [corpus.analyses[a.id] for a in arts]
        held = [x + y for x, y in zip(held, ceiling(corpus.gold[k], analyses), strict=True)]
        whole = compare(arts, analyses, stories=[[a.id for a in arts]])
        forced += score_story(corpus.gold[k], whole)
        stance += score_stances(corpus.gold[k], whole)
        auto += score_story(corpus.gold[k], compare(arts, analyses))
        unchanged = StoryStages(arts, analyses) if why else None
        if unchanged is not None:
            # Why each real disagreement not reported as a conflict was missed (as the planted ones below).
            for fact in corpus.gold[k].facts:
                if fact.status == "disagree" and not any(
                    c.kind == "conflict" and matches(c, fact.mentions) for c in whole.conflicts
                ):
                    real_why[why_disagreement(unchanged, whole, fact.mentions)] += 1
        for copy in corpus.plants[k]:
            planted = corpus.copies.get(copy.path.resolve())
            if planted is None:
                plants.unloaded.append(str(copy.path.name))
                continue
            others = [a for o, a in corpus.articles[k].items() if o != copy.outlet]
            group = [planted, *others]
            analyses = [corpus.analyses[a.id] for a in group]
            comparison = compare(group, analyses, stories=[[a.id for a in group]])
            stages = StoryStages(group, analyses) if why else None
            if stages is not None and unchanged is not None:
                stages.unplanted = (unchanged, planted.id, copy.original)
            plants += score_planted(copy, planted, corpus.gold[k], comparison, stages)
    folder = [a for k in keys for a in corpus.articles[k].values()]
    clusters = compare(folder, [corpus.analyses[a.id] for a in folder]).stories
    gold = [[a.id for a in corpus.articles[k].values()] for k in keys]
    stories = pair_score([s.articles for s in clusters], gold)
    return {
        "forced": forced,
        "auto": auto,
        "planted": plants,
        "folder": stories,
        "ceiling": tuple(held),
        "real_why": real_why,
        "stances": stance,
    }


class Ecbplus:
    """The ECB+ dev folder loaded and analysed once, for story pair scores (two same-kind events per topic)."""

    def __init__(self, session: pipeline.AnalysisSession) -> None:
        paths = sorted(ECBPLUS.glob("ecb_*.txt"))
        self.articles = pipeline.load([str(p) for p in paths], session.options).articles
        self.analyses = session.analyse(self.articles)
        self.gold = json.loads((ECBPLUS / "stories.json").read_text(encoding="utf-8"))

    def score(self) -> PairScore:
        """Pair scores of the engine's automatic stories."""
        stories = compare(self.articles, self.analyses).stories
        return pair_score([s.articles for s in stories], self.gold)


def _pairs(score: PairScore) -> dict[str, float]:
    return {
        "f1": round(score.f1, 4),
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "pairs": score.gold,
    }


def _pct(x: float) -> str:
    return f"{x:.3f}"


def summary(figures: dict[str, object]) -> dict[str, object]:
    """The machine-readable figures (``--json``)."""
    forced: RealScore = figures["forced"]  # type: ignore[assignment]
    auto: RealScore = figures["auto"]  # type: ignore[assignment]
    plants: PlantedScore = figures["planted"]  # type: ignore[assignment]

    def real(s: RealScore) -> dict[str, object]:
        return {
            "stories": s.stories,
            "one_story": s.one_story,
            "disagree": s.disagree,
            "disagree_found": s.disagree_found,
            "reported": s.reported,
            "correct": s.correct,
            "precision": {t: round(s.precision(t), 4) for t in ("conflict", "possible")},
            "false_alarms": {t: s.reported.get(t, 0) - s.correct.get(t, 0) for t in ("conflict", "possible")},
            "same_referent": s.same_referent,
            "fact_pairs": s.fact_pairs,
            "fact_pair_recall": round(s.pair_recall, 4),
            "different_pairs": s.different_pairs,
            "different_apart": round(s.apart_share, 4),
            "fact_pair_recall_linked": round(s.pair_recall_linked, 4),
            "different_linked": round(s.linked_share, 4),
            "links": s.links,
            "links_confirmed": round(s.confirmed_share, 4),
            "unmapped": len(s.unmapped),
        }

    folder: PairScore = figures["folder"]  # type: ignore[assignment]
    got, total = figures["ceiling"]  # type: ignore[misc]
    return {
        "fact_pair_ceiling": round(got / total, 4) if total else 1.0,
        "forced": real(forced),
        "auto": real(auto),
        "planted": plants.summary(),
        "folder_story_pairs": _pairs(folder),
        "stances": stance_summary(figures["stances"]),  # type: ignore[arg-type]
    }


def report(name: str, figures: dict[str, object], verbose: bool) -> None:
    """Print one part's figures."""
    forced: RealScore = figures["forced"]  # type: ignore[assignment]
    auto: RealScore = figures["auto"]  # type: ignore[assignment]
    plants: PlantedScore = figures["planted"]  # type: ignore[assignment]
    print(f"== {name}: {forced.stories} stories")
    folder: PairScore = figures["folder"]  # type: ignore[assignment]
    print(f"  stories: three articles opened alone come out as one story in {auto.one_story}/{auto.stories}")
    print(
        f"  stories: the part's {forced.stories * 3} articles as one folder: pair-F1 {_pct(folder.f1)}"
        f" (precision {_pct(folder.precision)}, recall {_pct(folder.recall)})"
    )
    for label, s in (("forced one story", forced), ("automatic grouping", auto)):
        found = s.disagree_found
        print(f"  real stories, {label}:")
        print(
            f"    gold disagreements {s.disagree}: as conflict {found.get('conflict', 0)},"
            f" as possible {found.get('possible', 0)}, as variant {found.get('variant', 0)}"
        )
        for tier in ("conflict", "possible"):
            n, ok = s.reported.get(tier, 0), s.correct.get(tier, 0)
            print(
                f"    {tier:<8} reported {n:>3}  true {ok:>2}  false alarms {n - ok:>3}"
                f"  precision {_pct(s.precision(tier))}"
                f"  same-referent {s.same_referent.get(tier, 0)}"
            )
        print(
            f"    alignment: same-fact pairs grouped {_pct(s.pair_recall)} ({s.fact_pairs_grouped}/{s.fact_pairs}),"
            f" different-fact pairs apart {_pct(s.apart_share)} ({s.different_apart}/{s.different_pairs})"
        )
        print(
            f"    links: same-fact pairs grouped or linked {_pct(s.pair_recall_linked)}"
            f" ({s.fact_pairs_linked}/{s.fact_pairs}), different-fact pairs linked {_pct(s.linked_share)}"
            f" ({s.different_linked}/{s.different_pairs}); links {s.links}, of which on a same-fact pair"
            f" {_pct(s.confirmed_share)} ({s.links_on_fact_pairs})"
        )
    got, total = figures["ceiling"]  # type: ignore[misc]
    print(
        f"  alignment ceiling: a gold-built grouping within the group limits holds {_pct(got / max(total, 1))}"
        f" ({got}/{total}) of the same-fact pairs"
    )
    print_stances(figures["stances"], verbose)  # type: ignore[arg-type]
    plants.print(verbose)
    real_why: Counter[str] = figures["real_why"]  # type: ignore[assignment]
    if real_why:
        print("    why the real disagreements not found as conflicts were missed (forced one story, --why):")
        for cause in CAUSES:
            if real_why[cause]:
                print(f"    {cause:<38}{real_why[cause]:>7}")
    lists = [("false alarm", forced.false_alarms)]
    if verbose:
        lists += [("missed disagreement", forced.missed), ("unaligned pair", forced.missed_pairs)]
    for title, items in lists:
        shown = items if verbose else [r for r in items if r.kind == "conflict"]
        for item in shown:
            print(f"    {title}: {item.line() if hasattr(item, 'line') else item}")
    for line in forced.unmapped:
        print(f"    unmapped gold: {line}")


def main() -> None:
    """Parse the options, load the dev data once, and print the figures (per sweep value)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("tune", "held", "all", *FRESH_GOLDS),
        default="all",
        help="BASIL tune/held part (all: both), or an ECB+ gold in the order annotated:"
        f" {', '.join(s for s in FRESH_GOLDS if s not in UNSEEN_SPLITS)} (tuned on),"
        f" {', '.join(UNSEEN_SPLITS)} (unseen: scored once, at the end of a session)",
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every false alarm and miss")
    parser.add_argument("--why", action="store_true", help="a table of causes of the planted changes missed")
    parser.add_argument("--sweep", metavar="FIELD=v1,v2", help="e.g. conflicts.link_min=0.3,0.4")
    parser.add_argument("--changes", type=int, default=4, help="planted changes per copy (default 4)")
    parser.add_argument("--ecb", action="store_true", help="also score stories on the ECB+ folder (~30 s more)")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    args = parser.parse_args()
    data, gold_dir = (ECBPLUS, FRESH_GOLDS[args.split]) if args.split in FRESH_GOLDS else (BASIL, GOLD)
    if not data.is_dir():
        print(f"bench_real: skipped, no dev data at {data} (see its README)", file=sys.stderr)
        return
    if args.split == "all":
        parts = {"tune": TUNE, "held": HELD}
    elif args.split in FRESH_GOLDS:
        parts = {args.split: sorted(p.stem for p in gold_dir.glob("*.json"))}
    else:
        parts = {args.split: {"tune": TUNE, "held": HELD}[args.split]}
    keys = [k for part in parts.values() for k in part]
    started = time.perf_counter()
    options = pipeline.Options(cache_dir=args.cache_dir)
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory(prefix="bench-real-") as tmp:
        corpus = Corpus(keys, session, Path(tmp), args.changes, data=data, gold_dir=gold_dir)
        ecb = Ecbplus(session) if args.ecb else None
    loaded = time.perf_counter() - started
    out: dict[str, dict[str, object]] = {}
    for label, value in sweep_values(args.sweep):
        figures_of = out.setdefault(label or "figures", {})
        with swept(args.sweep, value):
            for name, part in parts.items():
                figures = measure(corpus, part, args.why)
                figures_of[name] = summary(figures)
                if not args.json:
                    report(f"{name}{' ' + label if label else ''}", figures, args.verbose)
            if ecb is not None:
                pairs = ecb.score()
                figures_of["ecbplus_story_pairs"] = _pairs(pairs)
                if not args.json:
                    print(
                        f"== ECB+ folder{' ' + label if label else ''}: story pair-F1 {_pct(pairs.f1)}"
                        f" (precision {_pct(pairs.precision)}, recall {_pct(pairs.recall)})"
                    )
    if args.json:
        print(json.dumps(out if args.sweep else out["figures"], indent=1))
    else:
        print(f"load+analyse {loaded:.1f}s, total {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
