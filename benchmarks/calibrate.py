"""Calibrate the confidence cut between a conflict and a possible difference on real coverage.

Pools the tuning golds: the BASIL tuning and held-aside stories (``benchmarks/gold/basil``,
articles in ``../shared/dev/basil``) and the fresh ECB+ golds tuned on (``realgold.TUNING_SPLITS``: ``fresh``
to ``fresh9``; articles in ``../shared/dev/ecbplus``). Never ``realgold.UNSEEN_SPLITS`` (``fresh10``,
``fresh11`` and ``fresh12``): they are the unseen tests.
Each story is compared as one story (forced, as ``bench_real.py`` does), and so is each planted-in-real
copy with the other two real articles (``evaluation.planted``).

The engine runs once with every cut between the tiers set to 0
(``conflicts.possible_below``, ``links.conflict_min``, ``entities.possible_below``), so every
difference the engine reports comes out with its kind before the cut and its confidence;
``values.conflict_min`` and the report floors (``conflicts.report_min``, ``links.report_min``)
are left as they are (a difference they make possible stays possible at any cut). Each reported
difference is then labelled with ``bench_real.py``'s own scoring (``evaluation.real.score_conflicts``
on the real stories: true when it matches a gold disagreement; ``evaluation.plantscore.score_planted``
on the copies: true when it finds a planted change or a gold disagreement), and re-tiered at each
cut: a conflict when its kind before the cut is ``conflict`` and its confidence reaches the cut
of its source. Sources: ``row`` (values in one aligned group, cut ``conflicts.possible_below``),
``link`` (values in two rows joined by a link, cut ``links.conflict_min``) and ``attribute`` (the
entity sheet, cut ``entities.possible_below``).

What each printed number is (and what set it):

- ``real``: differences reported on the unmodified stories (every tuning gold). True ones are
  rare (a handful of real disagreements in 28 stories), so counts are printed beside precision.
- ``planted``: the copies, scored exactly as ``bench_real.py`` scores them (a real false alarm
  recurs in every copy of its story, so it counts many times there).
- ``pooled``: the real differences once each, plus the copies' differences that touch a planted
  change (true: the change found; false: the change paired with the wrong value). This is the set
  the cuts are chosen on: the cut with the most true conflicts (the highest of equals) whose precision is
  at least ``--min-precision`` (0.8) on the pool *and* on the real stories alone (the planted changes sit,
  by construction, in sentences that state one fact, so they say little about the real false
  alarms, which sit in sentences that state two), and no higher than the weakest conflict the
  engine reports on the seeds (``seeds/``: the seeds' gold test passes only when every one of
  them is a true conflict). ``without the seeds' limit`` prints the cut and its figures when that
  last condition is dropped, to show what the seeds cost.
- ``close`` (``--items``): the group's alignment score for a row, the link's similarity for a link;
  ``crowd``: other differences reported between the same sentences. Neither separated true from
  false in session 4 (printed so a re-run can check).

A cut is proposed per source, not per kind: per-kind figures are printed with their counts to
show where the cut fails, but a handful of items per kind does not justify a cut of its own.
A source with no cut meeting the conditions is printed ``None`` and keeps its current cut.
Run (one to two minutes, analyses from the shared cache):
``PYTHONPATH=src .venv/bin/python benchmarks/calibrate.py [--json] [--items] [--cache-dir DIR]
[--set conflicts.frame_evidence=0.6 ...]`` (``--set`` replaces a ``TUNING`` field for the whole run,
to compare evidence features; the cuts are then read off the printed tables).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_real import BASIL, ECBPLUS, FRESH_GOLDS, GOLD, Corpus  # noqa: E402
from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import compare, tuning  # noqa: E402
from tuicompare.evaluation.calibration import Run, best_cut, curve, figures, items, pooled, source  # noqa: E402
from tuicompare.evaluation.realgold import HELD, TUNE, TUNING_SPLITS, UNSEEN_SPLITS  # noqa: E402
from tuicompare.evaluation.sweep import swept  # noqa: E402

#: The cuts between the tiers, by source: the tuning field that holds each.
CUTS = {"row": "conflicts.possible_below", "link": "links.conflict_min", "attribute": "entities.possible_below"}


@contextlib.contextmanager
def zero_cuts(settings: Sequence[str] = ()) -> Iterator[None]:
    """Run the engine with every cut between the tiers at 0 (see the module docstring).

    ``settings`` (``--set conflicts.link_weight=0.5``) replace other fields of ``TUNING`` too.
    """
    with contextlib.ExitStack() as stack:
        for spec in (*settings, *(f"{c}=0" for c in CUTS.values())):
            stack.enter_context(swept(spec, spec.partition("=")[2]))
        yield


SEEDS = ROOT / "seeds"


def seed_floors(
    cache: Path, settings: Sequence[str] = ()
) -> tuple[dict[str, float], list[tuple[str, str, float, tuple[str, ...]]]]:
    """The seeds' weakest conflict per source (cuts at 0), and every seed difference.

    The seeds' gold test passes only when every annotated conflict is a conflict and
    nothing else is reported, so every difference reported on the seeds is a true one
    and no cut may pass the weakest of them.
    """
    options = pipeline.Options(cache_dir=cache)
    articles = pipeline.load([str(SEEDS)], options).articles
    analyses, _warnings = pipeline.analyse(articles, options)
    with zero_cuts(settings):
        comparison = compare(articles, analyses)
    floors: dict[str, float] = {}
    listed = []
    for x in comparison.conflicts:
        if x.kind != "conflict":
            continue
        where = source(x, comparison)
        floors[where] = min(floors.get(where, 1.0), x.confidence)
        listed.append((where, x.type, x.confidence, tuple(v.text for v in x.values)))
    return floors, listed


def collect(cache: Path, parts: Sequence[str], changes: int, settings: Sequence[str] = ()) -> list[Run]:
    """Analyse the tuning golds and compare every story and planted copy (cuts at 0)."""
    runs: list[Run] = []
    options = pipeline.Options(cache_dir=cache)
    sets = []
    if "tune" in parts or "held" in parts:
        keys = {p: k for p, k in (("tune", TUNE), ("held", HELD)) if p in parts}
        sets.append((BASIL, GOLD, keys))
    for fresh in FRESH_GOLDS:
        if fresh in parts and fresh not in UNSEEN_SPLITS:
            gold_dir = FRESH_GOLDS[fresh]
            sets.append((ECBPLUS, gold_dir, {fresh: sorted(p.stem for p in gold_dir.glob("*.json"))}))
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory(prefix="calibrate-") as tmp:
        for data, gold_dir, keys in sets:
            every = [k for ks in keys.values() for k in ks]
            corpus = Corpus(every, session, Path(tmp), changes, data=data, gold_dir=gold_dir)
            with zero_cuts(settings):
                for part, ks in keys.items():
                    runs.extend(story_runs(corpus, part, ks))
    return runs


def story_runs(corpus: Corpus, part: str, keys: Sequence[str]) -> Iterator[Run]:
    """The forced real comparison and the planted copies' comparisons of each story."""
    for k in keys:
        arts = list(corpus.articles[k].values())
        analyses = [corpus.analyses[a.id] for a in arts]
        yield Run(part, corpus.gold[k], compare(arts, analyses, stories=[[a.id for a in arts]]))
        for copy in corpus.plants[k]:
            planted = corpus.copies.get(copy.path.resolve())
            if planted is None:
                continue
            group = [planted, *(a for o, a in corpus.articles[k].items() if o != copy.outlet)]
            comparison = compare(group, [corpus.analyses[a.id] for a in group], stories=[[a.id for a in group]])
            yield Run(part, corpus.gold[k], comparison, copy, planted)


def current_cuts() -> dict[str, float]:
    """The cuts the engine runs with now."""
    out = {}
    for where, spec in CUTS.items():
        stage, _, attr = spec.partition(".")
        out[where] = float(getattr(getattr(tuning.TUNING, stage), attr))
    return out


def _table(title: str, rows: Sequence[dict[str, Any]]) -> None:
    print(f"  {title}")
    print("    cut   " + "  ".join(f"{r['cut']:>5}" for r in rows))
    print("    n     " + "  ".join(f"{r['conflicts']:>5}" for r in rows))
    print("    true  " + "  ".join(f"{r['true']:>5}" for r in rows))
    print("    P     " + "  ".join(f"{r['precision']:5.2f}" for r in rows))
    print("    real  " + "  ".join(f"{r['real']:>5}" for r in rows))
    print("    rtrue " + "  ".join(f"{r['real_true']:>5}" for r in rows))


def main() -> None:
    """Collect, label, and print the calibration (or ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--parts",
        default="tune,held,fresh",
        help=f"tuning golds pooled, of {', '.join(TUNING_SPLITS)} (never {' or '.join(UNSEEN_SPLITS)})",
    )
    parser.add_argument("--min-precision", type=float, default=0.8)
    parser.add_argument("--changes", type=int, default=4, help="planted changes per copy (as bench_real)")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--set", action="append", default=[], metavar="STAGE.FIELD=VALUE", help="run with a TUNING field replaced"
    )
    parser.add_argument("--items", action="store_true", help="list every pooled item with its evidence")
    args = parser.parse_args()
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    if not set(parts) <= set(TUNING_SPLITS):
        raise SystemExit(
            f"calibrate: --parts takes {', '.join(TUNING_SPLITS)} ({' and '.join(UNSEEN_SPLITS)} are the unseen tests)"
        )
    if not BASIL.is_dir():
        print(f"calibrate: skipped, no dev data at {BASIL}", file=sys.stderr)
        return
    started = time.perf_counter()
    runs = collect(args.cache_dir, parts, args.changes, args.set)
    every = items(runs)
    pool = pooled(every)
    sources = sorted({i.source for i in pool})
    curves = {w: curve(pool, w) for w in sources}
    floors, seeds = seed_floors(args.cache_dir, args.set)
    proposed = {w: best_cut(curves[w], args.min_precision, floors.get(w, 1.0)) for w in sources}
    # Without the seeds' limit: what the tuning golds alone would ask for, and what it costs.
    free = {w: best_cut(curves[w], args.min_precision) for w in sources}
    now = current_cuts()
    chosen = {w: proposed.get(w) if proposed.get(w) is not None else now[w] for w in CUTS}
    unlimited = {w: free.get(w) if free.get(w) is not None else now[w] for w in CUTS}
    kinds = sorted({i.type for i in pool})
    out: dict[str, object] = {
        "parts": parts,
        "items": {"all": len(every), "pooled": len(pool), "pooled_true": sum(i.true for i in pool)},
        "current_cuts": now,
        "seed_floors": floors,
        "seed_conflicts": seeds,
        "proposed_cuts": proposed,
        "overall": curve(pool, None),
        "by_source": curves,
        "by_kind": {k: curve(pool, None, k) for k in kinds},
        "at_current": figures(runs, now),
        "at_proposed": figures(runs, {w: float(v) for w, v in chosen.items()}),  # type: ignore[arg-type]
        "without_seed_limit_cuts": free,
        "at_without_seed_limit": figures(runs, {w: float(v) for w, v in unlimited.items()}),  # type: ignore[arg-type]
        "pooled_items": [dataclasses.asdict(i) for i in pool],
    }
    if args.json:
        print(json.dumps(out, indent=1))
        return
    info = {"all": len(every), "pooled": len(pool), "true": sum(i.true for i in pool)}
    print(
        f"== calibration on {', '.join(parts)}: {info['all']} differences reported,"
        f" {info['pooled']} pooled ({info['true']} true)"
    )
    _table("overall (every source, one cut)", curve(pool, None))
    print(f"  seeds (every one true): weakest conflict by source {floors}")
    for where, kind, conf, values in seeds:
        print(f"    seed {where:<9} {conf:.3f} {kind:<16} {' | '.join(values)}")
    for w in sources:
        title = f"source {w}: proposed cut {proposed[w]} (now {now[w]}, seeds' weakest {floors.get(w)}"
        _table(f"{title}, without the seeds' limit {free[w]})", curves[w])
    for k in kinds:
        _table(f"kind {k}", curve(pool, None, k))
    cuts_of = {"at_current": now, "at_proposed": chosen, "at_without_seed_limit": unlimited}
    for name, cuts in cuts_of.items():
        print(f"  {name} {cuts}:")
        for label, d in out[name].items():  # type: ignore[attr-defined]
            print(f"    {label:<8} " + ", ".join(f"{k} {v}" for k, v in d.items()))
    if args.items:
        for i in sorted(pool, key=lambda i: (i.source, -i.confidence)):
            tag = "TRUE " if i.true else "false"
            where = "planted" if i.planted else "real"
            print(
                f"    {tag} {i.source:<9} {i.kind:<8} {i.confidence:.3f} close {i.closeness:.3f} crowd {i.crowd}"
                f" {i.type:<16} {where:<7} {i.part:<5} {i.story[:24]:<24} {' | '.join(i.values)}"
            )
    print(f"total {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
