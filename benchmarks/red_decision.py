"""When is a difference red? Rules that demote red conflicts, chosen on all groups but one, scored on it.

Research benchmark (no engine change). The engine runs as it is over the tuning golds
(``realgold.TUNING_SPLITS``: BASIL tune and held, the ECB+ golds tuned on; real stories and their
planted-in-real copies; never ``realgold.UNSEEN_SPLITS``) and over every audit triple not held aside
(``benchmarks/gold/audit``, compared as one story as ``bench_audit.py`` does). Each reported difference is
labelled: on the golds by ``bench_real.py``'s scoring (``calibration.items``), on the audits by the audit's
verdict (matched on type and values as ``bench_audit.key``; a report with no verdict is counted apart as
unjudged). Its tier now is the engine's. The rules only demote, so the engine's own run is all they
need; ``--zero-cuts`` runs it with every tier cut at 0 as ``calibrate.py`` does and re-tiers at the
current cuts (``calibration.cut_kind``), which does *not* reproduce the engine (``is_red``): on
2026-12-06 the tuning golds' planted changes found red fell from ``bench_real.py``'s 806 of 1654 to
596, BASIL tune 156 -> 105 of 270, so the default is the engine as it is.

A rule (``evaluation.reddecision.FAMILIES``) only demotes: a red conflict of the engine stays red when
its measure reaches the rule's parameter, else it becomes a possible difference (still shown). Groups
are the golds and the audit batches (files 01-15, 16-30, 31-45). For each group left out, the parameter
is chosen on the other groups: the most real false reds removed, less ``--true-weight`` per real true
red removed, with planted red recall falling at most ``--max-recall-loss`` (absolute) below the engine's
on those groups; of equal choices the one demoting least. The group left out is then scored with it.
Printed: per family, the held-out sums over every group (real red: true / reported and unjudged; planted
red precision / recall; real possible) against the engine, and the parameter each fold chose.

``--dump FILE`` saves the collected items (pickle) and ``--load FILE`` reuses them (the engine is not
rerun: for trying rules). Run (several minutes, analyses from the shared cache):
``PYTHONPATH=src .venv/bin/python benchmarks/red_decision.py [--json] [--cache-dir DIR] [--items]``
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_audit import AUDIT, HELD_ASIDE, audit_set, key  # noqa: E402
from bench_real import BASIL, ECBPLUS, FRESH_GOLDS, GOLD, Corpus  # noqa: E402
from calibrate import current_cuts, story_runs, zero_cuts  # noqa: E402
from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import compare  # noqa: E402
from tuicompare.evaluation.calibration import Run, closeness, cut_kind, items, score, source  # noqa: E402
from tuicompare.evaluation.plantscore import PlantedScore  # noqa: E402
from tuicompare.evaluation.realgold import HELD, TUNE, TUNING_SPLITS  # noqa: E402
from tuicompare.evaluation.reddecision import FAMILIES, Family, Measures, measures, sentences_of  # noqa: E402
from tuicompare.models import Comparison, Conflict  # noqa: E402

AUDIT_BATCHES = (("audit01-15", 1, 15), ("audit16-30", 16, 30), ("audit31-45", 31, 45))


@dataclasses.dataclass
class Item:
    """One reported difference: where it is, its label, its tier now and its measures."""

    group: str
    run: int  # index of its planted run in ``Data.planted``, -1 on a real story
    index: int  # index in the run's conflicts
    planted: bool
    touches: bool  # on a planted copy: a value sits on a planted change
    label: bool | None  # None: an audit report with no verdict
    red: bool  # red with the engine's rules and current cuts
    type: str
    story: str
    values: tuple[str, ...]
    m: Measures


@dataclasses.dataclass
class Data:
    """Every item, and the planted runs (to score recall as ``bench_real.py`` does)."""

    items: list[Item]
    planted: list[Run]
    zero: bool = False  # run with the cuts at 0 and re-tiered (``--zero-cuts``)


def is_red(x: Conflict, c: Comparison, cuts: dict[str, float], zero: bool) -> bool:
    """Red with the engine as it is: its own kind, or re-tiered at ``cuts`` after a run with cuts at 0.

    Re-tiering is not the engine: some differences are red by rule below their source's cut (two
    names that surely fill one post are judged by the row's cut across a link), and
    ``calibration.cut_kind`` demotes them.
    """
    if not zero:
        return x.kind == "conflict"
    return x.kind in ("conflict", "possible") and cut_kind(x, source(x, c), cuts) == "conflict"


def batch_of(stem: str) -> str:
    """The audit batch of a file (by its topic number)."""
    n = int(stem.split("-", 1)[0])
    return next(name for name, lo, hi in AUDIT_BATCHES if lo <= n <= hi)


def _described(c: Comparison, n: int, cuts: dict[str, float], zero: bool) -> tuple[bool, Measures]:
    x = c.conflicts[n]
    where = source(x, c)
    red = is_red(x, c, cuts, zero)
    return red, measures(x, c, where, closeness(x, c, where), sentences_of(c))


def gold_runs(cache: Path, changes: int, zero: bool, held: bool = True) -> Iterator[Run]:
    """The tuning golds' real stories and planted copies (cuts at 0 with ``zero``; BASIL held unless not ``held``)."""
    options = pipeline.Options(cache_dir=cache)
    sets = [(BASIL, GOLD, "tune", TUNE), *([(BASIL, GOLD, "held", HELD)] if held else [])]
    for split in TUNING_SPLITS:
        if split in FRESH_GOLDS:
            sets.append((ECBPLUS, FRESH_GOLDS[split], split, sorted(p.stem for p in FRESH_GOLDS[split].glob("*.json"))))
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory(prefix="reddecision-") as tmp:
        for data, gold_dir, part, keys in sets:
            corpus = Corpus(list(keys), session, Path(tmp), changes, data=data, gold_dir=gold_dir)
            with zero_cuts() if zero else contextlib.nullcontext():
                yield from story_runs(corpus, part, keys)


def collect(cache: Path, changes: int, zero: bool = False, held: bool = True) -> Data:
    """Run the engine (cuts at 0 with ``zero``) on the golds and the audits, and describe every reported difference.

    ``held`` False leaves BASIL held out (``red_promote.py``: it is run, never read, by the sessions).
    """
    cuts = current_cuts()
    out: list[Item] = []
    planted: list[Run] = []
    for run in gold_runs(cache, changes, zero, held):
        c = run.comparison
        reported = [n for n, x in enumerate(c.conflicts) if x.kind in ("conflict", "possible")]
        if run.copy is not None:
            planted.append(dataclasses.replace(run, comparison=c))
        for n, item in zip(reported, items([run]), strict=True):
            red, m = _described(c, n, cuts, zero)
            at = len(planted) - 1 if run.copy is not None else -1
            out.append(
                Item(run.part, at, n, item.planted, item.touches, item.true, red, item.type, item.story, item.values, m)
            )
    # The held-aside set is the session's honest figure: a study that fits on it would spend it.
    files = [f for f in sorted(AUDIT.glob("*.json")) if audit_set(json.loads(f.read_text())) not in HELD_ASIDE]
    options = pipeline.Options(cache_dir=cache)
    from tuicompare.evaluation.realgold import gold_paths

    paths = {f.stem: gold_paths(ECBPLUS, f) for f in files}
    with pipeline.AnalysisSession(options) as session:
        loaded = pipeline.load([str(p) for f in files for p in paths[f.stem].values()], options)
        analyses = {a.article: a for a in session.analyse(loaded.articles)}
    by_path = {Path(a.path).resolve(): a for a in loaded.articles}
    for f in files:
        judged = {key(r["type"], r["values"]): r["verdict"] for r in json.loads(f.read_text("utf-8"))["reports"]}
        arts = [by_path[p.resolve()] for p in paths[f.stem].values() if p.resolve() in by_path]
        with zero_cuts() if zero else contextlib.nullcontext():
            c = compare(arts, [analyses[a.id] for a in arts], stories=[[a.id for a in arts]])
        for n, x in enumerate(c.conflicts):
            if x.kind not in ("conflict", "possible"):
                continue
            values = tuple(v.text for v in x.values)
            verdict = judged.get(key(x.type, values))
            red, m = _described(c, n, cuts, zero)
            label = None if verdict is None else verdict == "true"
            out.append(Item(batch_of(f.stem), -1, n, False, False, label, red, x.type, f.stem, values, m))
    return Data(out, planted, zero)


def groups_of(data: Data) -> list[str]:
    """The groups, golds first."""
    return list(dict.fromkeys(i.group for i in data.items))


class Scorer:
    """Figures of a rule's red tier, per group, with each planted run's score cached by its red set."""

    def __init__(self, data: Data, cuts: dict[str, float]) -> None:
        self.data = data
        self.base: list[frozenset[int]] = []
        for run in data.planted:
            c = run.comparison
            self.base.append(frozenset(n for n, x in enumerate(c.conflicts) if is_red(x, c, cuts, data.zero)))
        self.cache: dict[tuple[int, frozenset[int]], tuple[int, int, int, int]] = {}
        self.by_run: dict[int, list[Item]] = {}
        for i in data.items:
            if i.planted:
                self.by_run.setdefault(i.run, []).append(i)

    def _planted(self, r: int, reds: frozenset[int]) -> tuple[int, int, int, int]:
        got = self.cache.get((r, reds))
        if got is None:
            run = self.data.planted[r]
            c = run.comparison
            kinds = [
                dataclasses.replace(x, kind="conflict" if n in reds else "possible")
                if x.kind in ("conflict", "possible")
                else x
                for n, x in enumerate(c.conflicts)
            ]
            s = score(run, dataclasses.replace(c, conflicts=tuple(kinds)))
            assert isinstance(s, PlantedScore)
            got = (s.planted, s.found.get("conflict", 0), s.reported.get("conflict", 0), s.correct.get("conflict", 0))
            self.cache[(r, reds)] = got
        return got

    def figures(self, family: Family | None, p: float) -> dict[str, dict[str, int]]:
        """Per group: real red / possible counts by label and planted red counts, under the rule."""
        out: dict[str, dict[str, int]] = {}

        def keep(i: Item) -> bool:
            return i.red and (family is None or family.keep(i.m, i.type, p))

        for i in self.data.items:
            if i.planted:
                continue
            g = out.setdefault(i.group, dict.fromkeys(FIELDS, 0))
            tier = "red" if keep(i) else "pos"
            lab = "unj" if i.label is None else ("true" if i.label else "false")
            g[f"{tier}_{lab}"] += 1
        for r, run in enumerate(self.data.planted):
            g = out.setdefault(run.part, dict.fromkeys(FIELDS, 0))
            demoted = {i.index for i in self.by_run.get(r, []) if i.red and not keep(i)}
            changes, found, reported, correct = self._planted(r, self.base[r] - demoted)
            g["pl_changes"] += changes
            g["pl_found"] += found
            g["pl_reported"] += reported
            g["pl_correct"] += correct
        return out


FIELDS = (
    *(f"{t}_{lab}" for t in ("red", "pos") for lab in ("true", "false", "unj")),
    "pl_changes",
    "pl_found",
    "pl_reported",
    "pl_correct",
)


def summed(figs: dict[str, dict[str, int]], groups: list[str]) -> dict[str, int]:
    """The figures of ``groups`` added up."""
    return {f: sum(figs[g][f] for g in groups if g in figs) for f in FIELDS}


def recall(d: dict[str, int]) -> float:
    """Planted red recall."""
    return d["pl_found"] / d["pl_changes"] if d["pl_changes"] else 1.0


def choose(
    table: dict[float, dict[str, dict[str, int]]],
    base: dict[str, dict[str, int]],
    train: list[str],
    loss: float,
    args: Any,
) -> float | None:
    """The parameter best on ``train`` (see the module docstring); None: no parameter keeps the recall."""
    b = summed(base, train)
    best: tuple[float, float] | None = None
    for p, figs in table.items():  # grid order: demoting least first
        s = summed(figs, train)
        if recall(s) < recall(b) - loss:
            continue
        gain = (b["red_false"] - s["red_false"]) - args.true_weight * (b["red_true"] - s["red_true"])
        if best is None or gain > best[1] + 1e-9:
            best = (p, gain)
    return best[0] if best else None


def per_type(data: Data, train: list[str], loss: float, args: Any) -> dict[str, float]:
    """A confidence cut per value type, each chosen on ``train``'s items alone.

    Planted recall is read per item here (true reds on planted changes kept), so the cost of a
    type's cut is bounded per type: at most ``loss`` (relative) of that type's planted true reds.
    """
    cuts: dict[str, float] = {}
    mine = [i for i in data.items if i.group in train and i.red and (not i.planted or i.touches)]
    for t in sorted({i.type for i in mine}):
        of_t = [i for i in mine if i.type == t]
        planted_true = sum(1 for i in of_t if i.planted and i.label)
        best = (0.0, 0.0)
        for p in FAMILIES[0].grid:
            gone = [i for i in of_t if i.m.confidence < p]
            lost = sum(1 for i in gone if i.planted and i.label)
            if planted_true and lost / planted_true > loss:
                continue
            real = [i for i in gone if not i.planted]
            gain = sum(i.label is False for i in real) - args.true_weight * sum(bool(i.label) for i in real)
            if gain > best[1] + 1e-9:
                best = (p, gain)
        cuts[t] = best[0]
    return cuts


def typed_rule(cuts: dict[str, float]) -> Callable[[Measures, str, float], bool]:
    """Keep a red whose confidence reaches its type's cut (types without one: every red)."""
    return lambda m, t, p: m.confidence >= cuts.get(t, 0.0)


def _line(name: str, d: dict[str, int]) -> str:
    red = d["red_true"] + d["red_false"] + d["red_unj"]
    pos = d["pos_true"] + d["pos_false"] + d["pos_unj"]
    prec = d["pl_correct"] / d["pl_reported"] if d["pl_reported"] else 1.0
    return (
        f"  {name:<22} real red {d['red_true']:>2} true of {red:>3} ({d['red_unj']} unjudged)"
        f"  possible {d['pos_true']:>2} of {pos:>3}  planted red P {prec:.3f} R {recall(d):.3f}"
        f" ({d['pl_found']} of {d['pl_changes']})"
    )


def main() -> None:
    """Collect (or load), choose each rule's parameter leave one group out, and print the held-out sums."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=4, help="planted changes per copy (as bench_real)")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument(
        "--max-recall-loss",
        default="0.01,0.02,0.05,0.1",
        help="planted red recall a rule may lose (each value in turn)",
    )
    parser.add_argument("--true-weight", type=float, default=2.0, help="cost of a real true red demoted")
    parser.add_argument("--dump", type=Path, help="save the collected items here (pickle)")
    parser.add_argument("--load", type=Path, help="reuse items saved with --dump (the engine is not run)")
    parser.add_argument("--items", action="store_true", help="list every real red of the engine with its measures")
    parser.add_argument("--zero-cuts", action="store_true", help="run with the tier cuts at 0 (see above)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.load:
        data = pickle.loads(args.load.read_bytes())
    else:
        data = collect(args.cache_dir, args.changes, args.zero_cuts)
        if args.dump:
            args.dump.write_bytes(pickle.dumps(data))
    scorer = Scorer(data, current_cuts())
    groups = groups_of(data)
    base = scorer.figures(None, 0.0)
    out: dict[str, Any] = {"groups": groups, "engine": summed(base, groups), "engine_by_group": base, "budgets": {}}
    empty = dict.fromkeys(FIELDS, 0)
    tables = {fam.name: {p: scorer.figures(fam, p) for p in fam.grid} for fam in FAMILIES}
    for loss in (float(v) for v in args.max_recall_loss.split(",")):
        rules: dict[str, Any] = {}
        for fam in FAMILIES:
            table = tables[fam.name]
            chosen = {g: choose(table, base, [h for h in groups if h != g], loss, args) for g in groups}
            held = {g: table.get(chosen[g], base).get(g, empty) for g in groups}  # type: ignore[arg-type]
            mine = choose(table, base, groups, loss, args)
            rules[fam.name] = {
                "chosen": chosen,
                "held_out": summed(held, groups),
                "by_group": held,
                "in_sample": {"parameter": mine, **summed(base if mine is None else table[mine], groups)},
            }
        typed: dict[str, dict[str, int]] = {}
        typed_cuts = {}
        for g in groups:
            cuts = per_type(data, [h for h in groups if h != g], loss, args)
            typed_cuts[g] = {t: c for t, c in cuts.items() if c}
            typed[g] = scorer.figures(Family("per-type", (0.0,), typed_rule(cuts)), 0.0).get(g, empty)
        rules["per-type-confidence"] = {"chosen": typed_cuts, "held_out": summed(typed, groups), "by_group": typed}
        out["budgets"][str(loss)] = rules
    if args.json:
        print(json.dumps(out, indent=1))
        return
    n_real = sum(1 for i in data.items if not i.planted)
    print(f"== red decision, leave one group out over {len(groups)} groups: {', '.join(groups)}")
    print(f"   {n_real} real differences, {len(data.planted)} planted copies")
    print(_line("engine", out["engine"]))
    for loss, rules in out["budgets"].items():
        print(f"== held-out sums; each fold's parameter may lose {loss} of planted red recall on its training groups")
        for name, r in rules.items():
            print(_line(name, r["held_out"]))
            if r["held_out"] != out["engine"]:
                print(f"      chosen: {r['chosen']}")
            if "in_sample" in r and r["in_sample"]["parameter"] is not None:
                print(_line(f"  in-sample {r['in_sample']['parameter']}", r["in_sample"]))
    if args.items:
        for i in sorted(
            (i for i in data.items if not i.planted and i.red), key=lambda i: (i.label is not True, i.group)
        ):
            lab = {True: "TRUE ", False: "false", None: "unj  "}[i.label]
            m = i.m
            print(
                f"  {lab} {i.group:<10} {i.type:<18} conf {m.confidence:.2f} close {m.closeness:.2f} agree {m.agree}"
                f" arts {m.articles} shared {m.shared:.2f} role {int(m.same_role)} head {int(m.same_head)}"
                f" verb {int(m.same_verb)}"
                f" {m.source} n{m.values}{' nested' if m.nested else ''}"
                f"  {' | '.join(i.values)[:60]}"
            )
    print(f"total {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
