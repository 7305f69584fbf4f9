"""Checks shared by the conflict-gold validators (``benchmarks/gold/validate_*.py``).

Both gold sets (BASIL and the fresh ECB+ golds, see :mod:`tuicompare.evaluation.realgold`)
store facts with a kind, a status and per-article mentions holding a short value,
its character offsets and its sentence's offsets into the raw article text.
These helpers append one message per problem to ``errors`` so a validator can
report every problem of a file at once, not just the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

#: The kinds of fact a gold may name.
KINDS = frozenset({"person", "place", "org", "number", "money", "percent", "quantity", "date", "time", "role", "event"})
#: How the mentions of one fact relate.
STATUSES = frozenset({"same", "form", "compatible", "disagree"})
#: The longest value a mention may hold: the gold keeps short values, never article text.
MAX_VALUE = 60


def check_span(text: str, span: Any, where: str, errors: list[str], *, one_paragraph: bool = False) -> None:
    """A sentence span must lie in the text (and, with ``one_paragraph``, inside one paragraph)."""
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
        errors.append(f"{where}: bad span {span!r}")
    elif one_paragraph and "\n" in text[span[0] : span[1]]:
        errors.append(f"{where}: span {span!r} crosses a paragraph break")


def check_kind_and_status(fact: Mapping[str, Any], where: str, errors: list[str]) -> None:
    """A fact's kind and status must be ones the gold format knows."""
    if fact.get("kind") not in KINDS:
        errors.append(f"{where}: kind {fact.get('kind')!r} not in {sorted(KINDS)}")
    if fact.get("status") not in STATUSES:
        errors.append(f"{where}: status {fact.get('status')!r} not in {sorted(STATUSES)}")


def check_mention(
    text: str, mention: Mapping[str, Any], where: str, errors: list[str], *, one_paragraph: bool = False
) -> None:
    """One mention: its offsets hold its value, inside its sentence, and the value is short.

    Args:
        text: The raw article text the offsets index.
        mention: The gold mention (``value``, ``start``, ``end``, ``sentence``).
        where: The file, fact and article, to start each message with.
        errors: Where each problem is appended.
        one_paragraph: Whether the sentence must also lie inside one paragraph.
    """
    s, e = mention["start"], mention["end"]
    if text[s:e] != mention["value"]:
        errors.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}, not {mention['value']!r}")
    check_span(text, mention["sentence"], f"{where} sentence", errors, one_paragraph=one_paragraph)
    if not (mention["sentence"][0] <= s and e <= mention["sentence"][1]):
        errors.append(f"{where}: value outside its sentence")
    if len(mention["value"]) > MAX_VALUE:
        errors.append(f"{where}: value longer than {MAX_VALUE} characters (short values only)")


def report(paths: Iterable[Path], check: Callable[[Path], list[str]], name: Callable[[Path], str]) -> int:
    """Check each gold file, print its verdict and problems, and give the exit status (1 on any error)."""
    bad = 0
    for path in paths:
        errors = check(path)
        bad += len(errors)
        print(f"{name(path)}: {'ok' if not errors else f'{len(errors)} errors'}")
        for err in errors:
            print("  " + err)
    return 1 if bad else 0
