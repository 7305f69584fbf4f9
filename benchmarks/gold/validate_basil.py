"""Check the BASIL gold files: every offset must point at the value it claims.

Usage: python benchmarks/gold/validate_basil.py [KEY ...]

The gold stores character offsets into each article's ``text`` field (read from
``../shared/dev/basil/``) and short values only, never article text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Runs from a checkout without an install, like the benchmarks.
sys.path.insert(0, str(ROOT / "src"))

from tuicompare.evaluation.goldcheck import check_kind_and_status, check_mention, check_span, report  # noqa: E402

BASIL = ROOT.parent / "shared" / "dev" / "basil"
GOLD = Path(__file__).resolve().parent / "basil"


def article_text(key: str, outlet: str) -> str:
    for name in (f"{outlet}_{key}.json", f"{outlet.upper()}_{key}.json"):
        path = BASIL / name
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["text"]
    raise FileNotFoundError(f"no article {outlet}_{key}")


def check(path: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    key = gold["story"]
    texts = {o: article_text(key, o) for o in ("fox", "hpo", "nyt")}
    for fact in gold.get("facts", []):
        where = f"{path.name} {fact.get('id')}"
        check_kind_and_status(fact, where, errors)
        mentions = fact.get("mentions", {})
        if len(mentions) < 2:
            errors.append(f"{where}: a fact needs mentions in at least two outlets")
        for outlet, m in mentions.items():
            check_mention(texts[outlet], m, f"{where} {outlet}", errors)
    for i, pair in enumerate(gold.get("different_fact_pairs", [])):
        for side in ("a", "b"):
            check_span(texts[pair[side]["outlet"]], pair[side]["sentence"], f"{path.name} dfp{i}{side}", errors)
    return errors


def main(argv: list[str]) -> int:
    paths = [GOLD / f"{k}.json" for k in argv] if argv else sorted(GOLD.glob("*.json"))
    return report(paths, check, lambda path: path.name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
