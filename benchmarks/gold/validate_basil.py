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
BASIL = ROOT.parent / "shared" / "dev" / "basil"
GOLD = Path(__file__).resolve().parent / "basil"
KINDS = {"person", "place", "org", "number", "money", "percent", "quantity", "date", "time", "role", "event"}
STATUSES = {"same", "form", "compatible", "disagree"}


def article_text(key: str, outlet: str) -> str:
    for name in (f"{outlet}_{key}.json", f"{outlet.upper()}_{key}.json"):
        path = BASIL / name
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["text"]
    raise FileNotFoundError(f"no article {outlet}_{key}")


def check_span(text: str, span: list[int], where: str, errors: list[str]) -> None:
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
        errors.append(f"{where}: bad span {span!r}")


def check(path: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    key = gold["story"]
    texts = {o: article_text(key, o) for o in ("fox", "hpo", "nyt")}
    for fact in gold.get("facts", []):
        where = f"{path.name} {fact.get('id')}"
        if fact.get("kind") not in KINDS:
            errors.append(f"{where}: kind {fact.get('kind')!r} not in {sorted(KINDS)}")
        if fact.get("status") not in STATUSES:
            errors.append(f"{where}: status {fact.get('status')!r} not in {sorted(STATUSES)}")
        mentions = fact.get("mentions", {})
        if len(mentions) < 2:
            errors.append(f"{where}: a fact needs mentions in at least two outlets")
        for outlet, m in mentions.items():
            text = texts[outlet]
            s, e = m["start"], m["end"]
            if text[s:e] != m["value"]:
                errors.append(f"{where} {outlet}: text[{s}:{e}] is {text[s:e]!r}, not {m['value']!r}")
            check_span(text, m["sentence"], f"{where} {outlet} sentence", errors)
            if not (m["sentence"][0] <= s and e <= m["sentence"][1]):
                errors.append(f"{where} {outlet}: value outside its sentence")
            if len(m["value"]) > 60:
                errors.append(f"{where} {outlet}: value longer than 60 characters (short values only)")
    for i, pair in enumerate(gold.get("different_fact_pairs", [])):
        for side in ("a", "b"):
            check_span(texts[pair[side]["outlet"]], pair[side]["sentence"], f"{path.name} dfp{i}{side}", errors)
    return errors


def main(argv: list[str]) -> int:
    paths = [GOLD / f"{k}.json" for k in argv] if argv else sorted(GOLD.glob("*.json"))
    bad = 0
    for path in paths:
        errors = check(path)
        bad += len(errors)
        print(f"{path.name}: {'ok' if not errors else f'{len(errors)} errors'}")
        for err in errors:
            print("  " + err)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
