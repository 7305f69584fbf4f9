"""Audit precision: the engine's reports on unannotated ECB+ triples, each judged true or false by hand.

An audit file (``benchmarks/gold/audit/*.json``, format in that folder's README) lists three ECB+
articles of one event and a verdict on every red conflict and possible difference the engine
reported when the file was judged. This benchmark reruns the engine on every triple, compared as one
story (as ``report --one-story`` and ``bench_real.py`` do), and prints per kind (``conflict``,
``possible``): reported, judged true, judged false and unjudged (a report the file has no verdict
for: the engine changed; judge it and add it to the file). An audit measures precision only: it is
not exhaustive, so a disagreement the engine misses is never counted.

The figures are printed in total and per *set*: a file's ``"set"`` field names the part it belongs
to (``held-s13``: triples held aside, judged once and never tuned on, so their figure stays an honest
generalisation figure); a file without it is ``tuning`` material.

Articles are read from ``../shared/dev/ecbplus`` through ``realgold.gold_paths`` and analysed through
the shared cache as ``bench_real.py`` does. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/bench_audit.py [--json] [--verbose] [--cache-dir DIR] [--only STEM ...]``
(``--verbose`` lists every report judged false or not judged, with its class, but those of a held-aside
set only when ``--only`` names the files; ``--only`` reruns the named audit files alone, e.g. one helper's
first-run triples).
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
TUNING = "tuning"  # the set of an audit file that names none
#: The sets held aside now: scored once at a session's end, never fitted on (``red_decision.py`` skips them).
#: ``held-s15`` is the fourteenth session's; ``held-s13`` and ``held-s14``, scored at the ends of the twelfth and
#: thirteenth sessions, are tuning material since (they keep their ``set`` field, so their figures stay apart).
HELD_ASIDE = frozenset({"held-s15"})


@dataclass(frozen=True)
class Report:
    """One red conflict or possible difference the engine gave on a triple, with its verdict if judged."""

    audit: str
    kind: str
    type: str
    values: tuple[str, ...]
    verdict: str | None  # "true", "false" or None (not in the audit file)
    cls: str = ""
    audit_set: str = TUNING


def audit_set(data: dict[str, object]) -> str:
    """The set an audit file's contents belong to: its ``"set"`` field, else ``tuning``."""
    value = data.get("set")
    return value if isinstance(value, str) and value else TUNING


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
        data = json.loads(f.read_text(encoding="utf-8"))
        judged = {key(r["type"], r["values"]): r for r in data["reports"]}
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
                    audit_set(data),
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


def summary(reports: list[Report], triples: int) -> dict[str, object]:
    """The figures of some triples: their count, per kind the counts, and the false classes."""
    classes = Counter(r.cls for r in reports if r.verdict == "false")
    return {"triples": triples, **figures(reports), "false_classes": dict(classes.most_common())}


def render(reports: list[Report], sets: dict[str, str], as_json: bool = False) -> str:
    """The figures in total and per set, as text or JSON.

    Args:
        reports: every report of the rerun triples, with its verdict and set.
        sets: the set of every rerun audit file, by file stem (a silent triple counts too).
        as_json: JSON (the totals at the top level as before, each set under ``"sets"``) instead of text.
    """
    names = sorted(set(sets.values()), key=lambda name: (name != TUNING, name))
    parts = {
        name: summary([r for r in reports if r.audit_set == name], sum(v == name for v in sets.values()))
        for name in names
    }
    total = summary(reports, len(sets))
    if as_json:
        return json.dumps({**total, "sets": parts}, indent=1)
    lines = [f"== audit: {len(sets)} triples", *_text(total)]
    for name, part in parts.items():
        lines += [f"-- set {name}: {part['triples']} triples", *_text(part)]
    return "\n".join(lines)


def _text(part: dict[str, object]) -> list[str]:
    """The lines of one part's figures: one per kind, then the false classes."""
    lines = []
    for kind in KINDS:
        f = part[kind]
        assert isinstance(f, dict)
        lines.append(
            f"{kind:9} reported {f['reported']:3}  true {f['true']:3}  false {f['false']:3}  unjudged {f['unjudged']:3}"
        )
    classes = part["false_classes"]
    assert isinstance(classes, dict)
    lines.append("false classes: " + ", ".join(f"{c} {n}" for c, n in classes.items()))
    return lines


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
    sets = {
        f.stem: audit_set(json.loads(f.read_text(encoding="utf-8")))
        for f in sorted(AUDIT.glob("*.json"))
        if not args.only or f.stem in args.only
    }
    print(render(reports, sets, as_json=args.json))
    if args.verbose:
        shown, hidden = listed(reports, named=bool(args.only))
        for r in shown:
            mark = f"false ({r.cls})" if r.verdict == "false" else "UNJUDGED"
            print(f"  {r.audit}: {r.kind} {r.type} {' / '.join(r.values)}: {mark}", file=sys.stderr)
        if hidden:
            print(f"  ({hidden} reports of held-aside sets not listed: name their files with --only)", file=sys.stderr)


def listed(reports: list[Report], named: bool) -> tuple[list[Report], int]:
    """The reports ``--verbose`` lists (every one not judged true) and how many of those it keeps back.

    A held-aside set's reports are listed only when its files were named with ``--only``: a plain
    ``--verbose`` run, made while tuning, must not show the values of the session's honest figure.
    """
    wanted = [r for r in reports if r.verdict != "true"]
    shown = [r for r in wanted if named or r.audit_set not in HELD_ASIDE]
    return shown, len(wanted) - len(shown)


if __name__ == "__main__":
    main()
