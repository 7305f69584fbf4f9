"""Pair the slots (names, numbers, dates, units) of two aligned sentences.

Two slots correspond when they hold the same entity or value, or else when
their surroundings in the entity-masked sentences agree: "capture of <ENT>"
against "capture of <ENT>". Each slot is paired at most once, best context first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tuicompare.engine.features import PLACEHOLDER, SentenceFeatures, Span

_PLACEHOLDERS = frozenset(PLACEHOLDER.values())
#: Words that match everywhere count for half in a context.
_FUNCTION = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "is",
        "was",
        "’s",
        "'s",
    }
)
#: Weight of a matching word at distance 1, 2, 3 from the slot.
_DISTANCE = (1.0, 0.6, 0.35)


def context_score(a: SentenceFeatures, i: int, b: SentenceFeatures, j: int) -> float:
    """How alike the words around position ``i`` of ``a`` and ``j`` of ``b`` are."""
    score = 0.0
    for side in (-1, 1):
        for d, weight in enumerate(_DISTANCE, 1):
            x, y = i + side * d, j + side * d
            if 0 <= x < len(a.seq) and 0 <= y < len(b.seq) and a.seq[x] == b.seq[y]:
                word = a.seq[x]
                score += weight * (0.5 if word in _FUNCTION or word in _PLACEHOLDERS else 1.0)
    return score


def paired_slots(
    a: SentenceFeatures,
    b: SentenceFeatures,
    same: Callable[[Span, Span], bool],
    family: Callable[[Span], str],
    min_context: float,
    bonus: Callable[[Span, Span], float] | None = None,
) -> Iterator[tuple[Span, Span, float]]:
    """Yield ``(span of a, span of b, context score)`` for corresponding slots.

    Slots holding the same entity or value pair first. Of the rest, a slot that
    is the only one of its family (person, other name, date, number...) left on
    both sides pairs with its counterpart; the others pair by context.

    Args:
        a: One sentence.
        b: The other sentence.
        same: True when two spans hold the same entity or value.
        family: The family of a span; only spans of one family pair.
        min_context: Context score two slots need to pair by context (``ConflictTuning.min_context``).
        bonus: Extra context score of a pair (both slots hang from the same word), if given.
    """

    def score_of(n: int, m: int) -> float:
        extra = bonus(a.spans[n], b.spans[m]) if bonus is not None else 0.0
        return context_score(a, a.slot_at[n], b, b.slot_at[m]) + extra

    # Vague values ("hours", "the same day") have no key and never pair.
    used_a: set[int] = {n for n, x in enumerate(a.spans) if x.key is None}
    used_b: set[int] = {m for m, y in enumerate(b.spans) if y.key is None}
    for n, x in enumerate(a.spans):
        for m, y in enumerate(b.spans):
            if m not in used_b and x.kind == y.kind and same(x, y):
                used_a.add(n)
                used_b.add(m)
                yield x, y, score_of(n, m)
                break
    # Each unpaired slot's family, read once (the pairing by context below asks for every pair).
    family_a = {n: family(x) for n, x in enumerate(a.spans) if n not in used_a}
    family_b = {m: family(y) for m, y in enumerate(b.spans) if m not in used_b}
    left: dict[str, list[int]] = {}
    right: dict[str, list[int]] = {}
    for n, fam in family_a.items():
        left.setdefault(fam, []).append(n)
    for m, fam in family_b.items():
        right.setdefault(fam, []).append(m)
    for fam, ns in left.items():
        ms = right.get(fam, [])
        if len(ns) == 1 and len(ms) == 1:
            n, m = ns[0], ms[0]
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score_of(n, m)
    scored = []
    for n in range(len(a.spans)):
        if n in used_a:
            continue
        for m in range(len(b.spans)):
            if m not in used_b and family_a[n] == family_b[m]:
                score = score_of(n, m)
                if score >= min_context:
                    scored.append((score, n, m))
    for score, n, m in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if n not in used_a and m not in used_b:
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score
