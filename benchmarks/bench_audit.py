"""Audit precision: the engine's reports on unannotated ECB+ triples, each judged true or false by hand.

An audit file (``benchmarks/gold/audit/*.json``, format in that folder's README) lists three ECB+
articles of one event and a verdict on every red conflict and possible difference the engine
reported when the file was judged. This benchmark reruns the engine on every triple, compared as one
story (as ``report --one-story`` and ``bench_real.py`` do), and prints per kind (``conflict``,
``possible``): reported, judged true, judged false and unjudged (a report the file has no verdict
for: the engine changed; judge it and add it to the file). An audit measures precision only: it is
not exhaustive, so a disagreement the engine misses is never counted.

Articles are read from ``../shared/dev/ecbplus`` through ``realgold.gold_paths`` and analysed through
the shared cache as ``bench_real.py`` does. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/bench_audit.py [--json] [--verbose] [--cache-dir DIR] [--only STEM ...]``
(``--verbose`` lists every report judged false or not judged, with its class; ``--only`` reruns the
named audit files alone, e.g. one helper's first-run triples).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_real import ECBPLUS  # noqa: E402
from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import compare  # noqa: E402
from tuicompare.evaluation.realgold import gold_paths  # noqa: E402

AUDIT = ROOT / "benchmarks" / "gold" / "audit"
KINDS = ("conflict", "possible")


@dataclass(frozen=True)
class Report:
    """One red conflict or possible difference the engine gave on a triple, with its verdict if judged."""

    audit: str
    kind: str
    type: str
    values: tuple[str, ...]
    verdict: str | None  # "true", "false" or None (not in the audit file)
    cls: str = ""


def key(type_: str, values: list[str] | tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """How a report is matched to a judgement: type and the set of values, case-insensitively.

    Not the kind: a difference judged false as a red conflict is as false when a later engine
    shows it as a possible difference.
    """
    return type_, frozenset(v.casefold() for v in values)


def rerun(cache: Path, names: list[str] | None = None) -> list[Report]:
    """Compare every audit triple (or those whose file stem is in ``names``) and attach each report's verdict."""
    files = [f for f in sorted(AUDIT.glob("*.json")) if names is None or f.stem in names]
    paths = {f.stem: gold_paths(ECBPLUS, f) for f in files}
    options = pipeline.Options(cache_dir=cache)
    with pipeline.AnalysisSession(options) as session:
        loaded = pipeline.load([str(p) for f in files for p in paths[f.stem].values()], options)
        analyses = {a.article: a for a in session.analyse(loaded.articles)}
    by_path = {Path(a.path).resolve(): a for a in loaded.articles}
    out: list[Report] = []
    for f in files:
        judged = {key(r["type"], r["values"]): r for r in json.loads(f.read_text(encoding="utf-8"))["reports"]}
        arts = [by_path[p.resolve()] for p in paths[f.stem].values() if p.resolve() in by_path]
        comparison = compare(arts, [analyses[a.id] for a in arts], stories=[[a.id for a in arts]])
        for c in comparison.conflicts:
            if c.kind not in KINDS:
                continue
            values = tuple(v.text for v in c.values)
            verdict = judged.get(key(c.type, values))
            out.append(
                Report(
                    f.stem,
                    c.kind,
                    c.type,
                    values,
                    verdict["verdict"] if verdict else None,
                    verdict.get("class", "") if verdict else "",
                )
            )
    return out


def figures(reports: list[Report]) -> dict[str, dict[str, int]]:
    """Per kind: reported, judged true, judged false, unjudged."""
    out = {}
    for kind in KINDS:
        mine = [r for r in reports if r.kind == kind]
        out[kind] = {
            "reported": len(mine),
            "true": sum(r.verdict == "true" for r in mine),
            "false": sum(r.verdict == "false" for r in mine),
            "unjudged": sum(r.verdict is None for r in mine),
        }
    return out


def main() -> None:
    """Parse the options, rerun the audits and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each false or unjudged report")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument("--only", nargs="+", metavar="STEM", help="rerun only these audit files (stems)")
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print(f"bench_audit: skipped, no dev data at {ECBPLUS}", file=sys.stderr)
        return
    reports = rerun(args.cache_dir, args.only)
    figs = figures(reports)
    classes = Counter(r.cls for r in reports if r.verdict == "false")
    triples = len(
        {r.audit for r in reports} | {f.stem for f in AUDIT.glob("*.json") if not args.only or f.stem in args.only}
    )
    if args.json:
        print(json.dumps({"triples": triples, **figs, "false_classes": dict(classes.most_common())}, indent=1))
    else:
        print(f"== audit: {triples} triples")
        for kind, f in figs.items():
            print(
                f"{kind:9} reported {f['reported']:3}  true {f['true']:3}  false {f['false']:3}"
                f"  unjudged {f['unjudged']:3}"
            )
        print("false classes: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))
    if args.verbose:
        for r in reports:
            if r.verdict != "true":
                mark = f"false ({r.cls})" if r.verdict == "false" else "UNJUDGED"
                print(f"  {r.audit}: {r.kind} {r.type} {' / '.join(r.values)}: {mark}", file=sys.stderr)


if __name__ == "__main__":
    main()
