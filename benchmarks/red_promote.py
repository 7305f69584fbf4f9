"""When is a possible difference red? Rules that promote possible differences, scored on the tuning material.

Research benchmark (no engine change): the mirror of ``red_decision.py``, which only demotes. The engine
runs as it is over the tuning golds (BASIL tune, the ECB+ golds tuned on: real stories and planted-in-real
copies; never BASIL held, which sessions run but do not read, nor the unseen golds) and the audit triples not
held aside; each reported difference is labelled as ``red_decision.py`` labels it. A rule promotes a possible
difference to red when its measures (``evaluation.reddecision.Measures``) pass and its confidence reaches the
rule's cut. Possible differences a rule of the engine held at most possible (confidence just under the
row's cut, ``observations.just_under``) are never promoted. Printed per rule and cut: planted red precision
and recall per split and pooled (as ``bench_real.py`` scores them, the copies re-tiered), the real stories'
and the audits' red and possible differences, true of reported. A rule is worth trying in the engine only
where no real false possible difference turns red; the held-aside audit and BASIL held then say whether it
carries (twenty-first session: ``corroborated``, two articles against a third, did not: docs/measurements.md).

Run (about 6 min warm, load permitting): ``PYTHONPATH=src .venv/bin/python benchmarks/red_promote.py
[--cache-dir DIR] [--dump FILE | --load FILE] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate import current_cuts  # noqa: E402
from red_decision import Data, Item, Scorer, collect  # noqa: E402
from tuicompare.engine.observations import just_under  # noqa: E402
from tuicompare.engine.tuning import TUNING  # noqa: E402
from tuicompare.evaluation.reddecision import Measures  # noqa: E402

CUTS = (0.2, 0.25, 0.3, 0.35, 0.38, 0.4, 0.42)


def _free(m: Measures) -> bool:
    """A row's possible difference no rule held at most possible."""
    return m.source == "row" and m.confidence < just_under(TUNING.conflicts.possible_below)


def _corroborated(m: Measures) -> bool:
    return m.agree >= 2 and m.articles >= 3


#: Promotion rules: a possible difference becomes red when ``rule(measures)`` and its confidence reaches the cut.
RULES: dict[str, Callable[[Measures], bool]] = {
    "row confidence": _free,
    "row, one role and one verb": lambda m: _free(m) and m.same_role and m.same_verb,
    "row, wording shared >= 0.3": lambda m: _free(m) and m.shared >= 0.3,
    "corroborated (2 against 1)": lambda m: _free(m) and _corroborated(m),
    "corroborated, one role or verb": lambda m: _free(m) and _corroborated(m) and (m.same_role or m.same_verb),
}


def figures(data: Data, scorer: Scorer, promote: Callable[[Item], bool]) -> dict[str, dict[str, int]]:
    """Per group: real red / possible by label, planted red counts, with ``promote``'s possibles made red."""
    out: dict[str, dict[str, int]] = {}
    fields = ("red_true", "red_false", "pos_true", "pos_false", "changes", "found", "reported", "correct")
    for i in data.items:
        if i.planted or i.label is None:
            continue
        g = out.setdefault(i.group, dict.fromkeys(fields, 0))
        g[f"{'red' if i.red or promote(i) else 'pos'}_{'true' if i.label else 'false'}"] += 1
    for r, run in enumerate(data.planted):
        g = out.setdefault(run.part, dict.fromkeys(fields, 0))
        up = frozenset(i.index for i in scorer.by_run.get(r, []) if not i.red and promote(i))
        changes, found, reported, correct = scorer._planted(r, scorer.base[r] | up)
        for k, v in zip(fields[4:], (changes, found, reported, correct), strict=True):
            g[k] += v
    return out


def _line(name: str, figs: dict[str, dict[str, int]]) -> str:
    golds = [g for g in figs if not g.startswith("audit")]
    s = {k: sum(figs[g][k] for g in figs) for k in next(iter(figs.values()))}
    a = {k: sum(figs[g][k] for g in figs if g.startswith("audit")) for k in s}
    per = " ".join(f"{g} {figs[g]['found'] / max(1, figs[g]['changes']):.3f}" for g in golds)
    return (
        f"  {name:<40} planted red P {s['correct'] / max(1, s['reported']):.3f}"
        f" R {s['found'] / max(1, s['changes']):.3f} ({s['found']}) | real red {s['red_true']}/"
        f"{s['red_true'] + s['red_false']} (audits {a['red_true']}/{a['red_true'] + a['red_false']})"
        f" possible {s['pos_true']}/{s['pos_true'] + s['pos_false']}\n      {per}"
    )


def main() -> None:
    """Collect (or load) the tuning material's reports, and print each rule's figures per cut."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument("--changes", type=int, default=4, help="planted changes per copy (as bench_real)")
    parser.add_argument("--dump", type=Path, help="save the collected items here (pickle)")
    parser.add_argument("--load", type=Path, help="reuse items saved with --dump (the engine is not run)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.load:
        data = pickle.loads(args.load.read_bytes())
    else:
        data = collect(args.cache_dir, args.changes, held=False)
        if args.dump:
            args.dump.write_bytes(pickle.dumps(data))
    scorer = Scorer(data, current_cuts())
    out: dict[str, Any] = {"engine": figures(data, scorer, lambda i: False)}
    for name, rule in RULES.items():
        for cut in CUTS:
            out[f"{name} @ {cut}"] = figures(data, scorer, lambda i, r=rule, c=cut: r(i.m) and i.m.confidence >= c)
    if args.json:
        print(json.dumps(out, indent=1))
        return
    for name, figs in out.items():
        print(_line(name, figs))


if __name__ == "__main__":
    main()
