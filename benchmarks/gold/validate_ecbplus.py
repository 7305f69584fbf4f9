"""Check the fresh ECB+ gold files: every offset must point at the value it claims.

Usage: python benchmarks/gold/validate_ecbplus.py [--gold ecbplus|ecbplus2|...|ecbplus12] [KEY ...]

Twelve gold folders share the format: ``benchmarks/gold/ecbplus`` (the first fresh
gold), ``benchmarks/gold/ecbplus2`` (the second, held out after the first
was tuned on), ``benchmarks/gold/ecbplus3`` (the third, held out after the
second was tuned on), ``benchmarks/gold/ecbplus4`` (the fourth, held out
after the third was tuned on), ``benchmarks/gold/ecbplus5`` (the fifth, held
out too), ``benchmarks/gold/ecbplus6`` (the sixth: the other event of topics the first
three used) and ``benchmarks/gold/ecbplus7`` (the seventh, the other event of the last twelve
topics), ``benchmarks/gold/ecbplus8`` (the eighth, other articles of the seventh's events) and
``benchmarks/gold/ecbplus9`` (the ninth, events only the entity gold had used), ``benchmarks/gold/ecbplus10``
(the tenth, unused articles of events the tuning golds hold), ``benchmarks/gold/ecbplus11`` (the eleventh,
likewise, of events no other unseen gold holds) and ``benchmarks/gold/ecbplus12`` (the twelfth, likewise: the last
free articles of events that only tuning golds hold; tenth to twelfth are unseen); without ``--gold`` all are
checked.

Each gold file names the three ECB+ article files it covers (``articles``, file
stems in ``../shared/dev/ecbplus/``), which must report one event (one cluster
of that folder's ``stories.json``). Mentions are keyed by article file stem and
hold character offsets into the raw ``.txt`` file; a sentence is one paragraph
(ECB+ files hold one sentence per paragraph).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Runs from a checkout without an install, like the benchmarks.
sys.path.insert(0, str(ROOT / "src"))

from tuicompare.evaluation.goldcheck import check_kind_and_status, check_mention, check_span, report  # noqa: E402

ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
GOLD = Path(__file__).resolve().parent / "ecbplus"
#: Every ECB+ gold folder on disk, by the name ``--gold`` takes (a gold being written is checked before
#: ``realgold.FRESH_SPLITS`` registers it; ``tests/test_fresh_gold.py`` checks that every folder is registered).
GOLDS = {p.name: p for p in sorted(Path(__file__).resolve().parent.glob("ecbplus*")) if p.is_dir()}


def article_text(stem: str) -> str:
    """The raw text of one ECB+ article file, what the offsets index."""
    return (ECBPLUS / f"{stem}.txt").read_text(encoding="utf-8")


def check(path: Path) -> list[str]:
    """Every problem of one gold file (an empty list when it is sound)."""
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    stems = gold.get("articles", [])
    if len(stems) != 3 or len(set(stems)) != 3:
        errors.append(f"{path.name}: needs three different articles, has {stems!r}")
    clusters = json.loads((ECBPLUS / "stories.json").read_text(encoding="utf-8"))
    if not any(set(stems) <= set(c) for c in clusters):
        errors.append(f"{path.name}: the articles are not one event cluster of stories.json")
    texts = {s: article_text(s) for s in stems}
    ids = set()
    for fact in gold.get("facts", []):
        where = f"{path.name} {fact.get('id')}"
        if fact.get("id") in ids:
            errors.append(f"{where}: duplicate fact id")
        ids.add(fact.get("id"))
        check_kind_and_status(fact, where, errors)
        if not isinstance(fact.get("furniture", False), bool):
            errors.append(f"{where}: furniture must be true or false")
        mentions = fact.get("mentions", {})
        if len(mentions) < 2:
            errors.append(f"{where}: a fact needs mentions in at least two articles")
        for stem, m in mentions.items():
            if stem not in texts:
                errors.append(f"{where}: mention keyed {stem!r}, not one of the story's articles")
                continue
            check_mention(texts[stem], m, f"{where} {stem}", errors, one_paragraph=True)
    for i, pair in enumerate(gold.get("different_fact_pairs", [])):
        for side in ("a", "b"):
            stem = pair[side].get("article")
            if stem not in texts:
                errors.append(f"{path.name} dfp{i}{side}: article {stem!r} not one of the story's articles")
                continue
            check_span(texts[stem], pair[side]["sentence"], f"{path.name} dfp{i}{side}", errors, one_paragraph=True)
        if pair["a"].get("article") == pair["b"].get("article"):
            errors.append(f"{path.name} dfp{i}: both sentences in one article")
    return errors


def main(argv: list[str]) -> int:
    """Check the named gold files (all of them by default); exit status 1 on any error."""
    folders = list(GOLDS.values())
    if argv[:1] == ["--gold"]:
        if len(argv) < 2 or argv[1] not in GOLDS:
            print(f"--gold takes one of {sorted(GOLDS)}", file=sys.stderr)
            return 2
        folders, argv = [GOLDS[argv[1]]], argv[2:]
    paths = [p for f in folders for p in sorted(f.glob("*.json")) if not argv or p.stem in argv]
    missing = set(argv) - {p.stem for p in paths}
    if missing:
        print(f"no gold file for {sorted(missing)}", file=sys.stderr)
        return 2
    return report(paths, check, lambda path: f"{path.parent.name}/{path.name}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
