"""Would a learned conflict-vs-false-alarm decision generalise across golds better than the rules and cut?

Research benchmark (no engine change). Runs the engine as ``calibrate.py`` does (every tier cut at 0)
over the tuning golds: BASIL tune and held, the fresh ECB+ golds tuned on (``realgold.TUNING_SPLITS``;
never ``realgold.UNSEEN_SPLITS``, the unseen tests), real stories and planted-in-real copies, and labels each
reported difference with
``bench_real.py``'s scoring (``evaluation.calibration.items``). Each difference gets the feature vector of
``evaluation.conflict_model.FEATURES``.

Leave one gold out: the groups are ``TUNING_SPLITS`` (a story's planted copies stay in
its gold's group). A logistic regression (numpy, IRLS) is fitted on the pooled items of four groups
(``calibration.pooled``: the real differences once each, plus the copies' differences on a planted
change), its threshold chosen there (the most true items at precision >= ``--min-precision`` on
the training pool), and the fifth group is scored: every difference the engine reports is a conflict
when the model's probability reaches the threshold, else a possible difference. The baseline is
the engine as it is (kind before the cut, then the current cuts by source). Figures are
``bench_real.py``'s: on the real stories, conflicts reported and how many are true; on the planted
copies, precision and recall of the conflict tier. Four ways of training the model are printed
(``VARIANTS``: plain; the scarce real items weighted as much as all planted ones with the threshold's
floor on the real items too; the model deciding only among the rules' conflicts, in place of the cut;
both), each against the same baseline.

Run (a few minutes, analyses from the shared cache):
``PYTHONPATH=src .venv/bin/python benchmarks/conflict_model.py [--json] [--cache-dir DIR]``
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate import collect, current_cuts  # noqa: E402
from tuicompare.evaluation.calibration import Run, closeness, crowd, items, retier, score, source  # noqa: E402
from tuicompare.evaluation.conflict_model import FEATURES, features, fit_logistic, threshold  # noqa: E402
from tuicompare.evaluation.plantscore import PlantedScore  # noqa: E402
from tuicompare.evaluation.real import RealScore  # noqa: E402
from tuicompare.evaluation.realgold import TUNING_SPLITS  # noqa: E402
from tuicompare.models import Comparison  # noqa: E402

GROUPS = TUNING_SPLITS


@dataclasses.dataclass
class Row:
    """One reported difference: its run, its index in the run's conflicts, features and label."""

    run: int
    index: int
    group: str
    x: list[float]
    true: bool
    pooled: bool  # a real difference, or a copy's difference on a planted change
    planted: bool


def rows_of(runs: list[Run]) -> list[Row]:
    """Label and describe every reported difference of ``runs``."""
    out = []
    for r, run in enumerate(runs):
        c = run.comparison
        reported = [(n, x) for n, x in enumerate(c.conflicts) if x.kind in ("conflict", "possible")]
        labelled = items([run])
        for (n, x), item in zip(reported, labelled, strict=True):
            where = source(x, c)
            vec = features(x, c, where, closeness(x, c, where), crowd(x, c))
            out.append(Row(r, n, run.part, vec, item.true, not item.planted or item.touches, item.planted))
    return out


def tally(runs: list[Run], comparisons: dict[int, Comparison]) -> dict[str, Any]:
    """``bench_real.py``'s figures of the conflict tier over ``comparisons`` (by run index)."""
    real, plants = RealScore(), PlantedScore()
    for r, comparison in comparisons.items():
        s = score(runs[r], comparison)
        if isinstance(s, PlantedScore):
            plants += s
        else:
            real += s
    return {
        "real_reported": real.reported.get("conflict", 0),
        "real_true": real.correct.get("conflict", 0),
        "real_disagreements": real.disagree,
        "planted_reported": plants.reported.get("conflict", 0),
        "planted_true": plants.correct.get("conflict", 0),
        "planted_changes": plants.planted,
        "planted_precision": round(plants.precision(), 4),
        "planted_recall": round(plants.recall(), 4),
    }


def decided(run: Run, keep: set[int]) -> Comparison:
    """The run's comparison with the reported differences at indices ``keep`` conflicts, the others possible."""
    c = run.comparison
    out = []
    for n, x in enumerate(c.conflicts):
        if x.kind in ("conflict", "possible"):
            x = dataclasses.replace(x, kind="conflict" if n in keep else "possible")
        out.append(x)
    return dataclasses.replace(c, conflicts=tuple(out))


@dataclasses.dataclass(frozen=True)
class Variant:
    """How the model is trained and where it decides.

    ``balance``: the real differences weigh as much in all as the planted ones (they are few, and
    hold the real false alarms). ``real_floor``: the threshold must reach the precision floor on the
    real training differences alone too (as ``calibrate.py`` asks of its cuts). ``after_rules``: the
    model only replaces the confidence cut: it decides among the differences the rules leave as
    conflicts before the cut, the others stay possible.
    """

    name: str
    balance: bool = False
    real_floor: bool = False
    after_rules: bool = False


VARIANTS = (
    Variant("plain"),
    Variant("balanced", balance=True, real_floor=True),
    Variant("after-rules", after_rules=True),
    Variant("after-rules-balanced", balance=True, real_floor=True, after_rules=True),
)


def leave_one_out(runs: list[Run], rows: list[Row], floor: float, ridge: float, v: Variant) -> list[dict[str, Any]]:
    """Fit on four groups, score the fifth, for each group (see ``Variant``)."""
    cuts = current_cuts()
    kind_at = [f for f, _ in FEATURES].index("kind_conflict")
    candidates = [w for w in rows if not v.after_rules or w.x[kind_at] == 1.0]
    results = []
    for held in GROUPS:
        train = [w for w in candidates if w.group != held and w.pooled]
        x = np.array([w.x for w in train])
        y = np.array([float(w.true) for w in train])
        is_real = np.array([not w.planted for w in train])
        weight = np.ones(len(train))
        if v.balance and is_real.any() and (~is_real).any():
            weight[is_real] = (~is_real).sum() / is_real.sum()
        model = fit_logistic(x, y, ridge, weight=weight)
        flags = is_real.tolist() if v.real_floor else None
        cut = threshold(model.probability(x).tolist(), [w.true for w in train], floor, flags)
        test = [w for w in candidates if w.group == held]
        p = model.probability(np.array([w.x for w in test])) if test else np.array([])
        keep: dict[int, set[int]] = {r: set() for r, run in enumerate(runs) if run.part == held}
        for w, prob in zip(test, p, strict=True):
            if prob >= cut:
                keep[w.run].add(w.index)
        mine = list(keep)
        results.append(
            {
                "held_out": held,
                "train_items": len(train),
                "train_true": int(y.sum()),
                "train_real": int(is_real.sum()),
                "train_real_true": int(y[is_real].sum()),
                "threshold": round(float(cut), 4),
                "weights": dict(
                    zip(["intercept", *(f for f, _ in FEATURES)], np.round(model.weights, 3).tolist(), strict=True)
                ),
                "model": tally(runs, {r: decided(runs[r], keep[r]) for r in mine}),
                "baseline": tally(runs, {r: retier(runs[r], cuts) for r in mine}),
            }
        )
    return results


def _summed(results: list[dict[str, Any]], which: str) -> dict[str, Any]:
    keys = ("real_reported", "real_true", "real_disagreements", "planted_reported", "planted_true", "planted_changes")
    out: dict[str, Any] = {k: sum(r[which][k] for r in results) for k in keys}
    out["planted_precision"] = (
        round(out["planted_true"] / out["planted_reported"], 4) if out["planted_reported"] else 1.0
    )
    out["planted_recall"] = round(out["planted_true"] / out["planted_changes"], 4) if out["planted_changes"] else 0.0
    return out


def _line(name: str, d: dict[str, Any]) -> str:
    return (
        f"    {name:<9} real {d['real_true']:>3} of {d['real_reported']:>3}"
        f" (of {d['real_disagreements']:>2} disagreements)"
        f"   planted P {d['planted_precision']:.3f} R {d['planted_recall']:.3f}"
        f" ({d['planted_true']} of {d['planted_reported']}, {d['planted_changes']} changes)"
    )


def main() -> None:
    """Collect, fit leave-one-gold-out, and print the table (or ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-precision", type=float, default=0.8, help="precision the threshold keeps on training")
    parser.add_argument("--ridge", type=float, default=1.0, help="L2 penalty on the standardised weights")
    parser.add_argument("--changes", type=int, default=4, help="planted changes per copy (as bench_real)")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    runs = collect(args.cache_dir, GROUPS, args.changes)
    rows = rows_of(runs)
    out: dict[str, Any] = {"features": dict(FEATURES), "items": len(rows), "variants": {}}
    for v in VARIANTS:
        results = leave_one_out(runs, rows, args.min_precision, args.ridge, v)
        total = {"model": _summed(results, "model"), "baseline": _summed(results, "baseline")}
        out["variants"][v.name] = {"by_held_out": results, "summed": total}
    if args.json:
        print(json.dumps(out, indent=1))
        return
    print(f"== leave one gold out over {', '.join(GROUPS)}: {len(rows)} reported differences")
    for name, found in out["variants"].items():
        print(f"== model {name} against the engine's rules and cuts (baseline)")
        for r in found["by_held_out"]:
            print(
                f"  held out {r['held_out']} (train {r['train_items']} pooled, {r['train_true']} true,"
                f" real {r['train_real_true']} true of {r['train_real']}; threshold {r['threshold']})"
            )
            print(_line("model", r["model"]))
            print(_line("baseline", r["baseline"]))
        print("  summed over the five held-out groups")
        print(_line("model", found["summed"]["model"]))
        print(_line("baseline", found["summed"]["baseline"]))
    print(f"total {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
