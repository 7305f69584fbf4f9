"""Pair the slots (names, numbers, dates, units) of two aligned sentences.

The entity-masked token sequences of the two sentences are aligned with
rapidfuzz's Levenshtein opcodes: placeholders that line up ("capture of <ENT>"
against "capture of <ENT>") are the same slot; placeholders of one kind inside
a short replaced stretch are paired in order.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from tuicompare.engine.features import PLACEHOLDER, SentenceFeatures, Span

_PLACEHOLDERS = frozenset(PLACEHOLDER.values())
#: A replaced stretch longer than this is a rewording, not a changed value.
MAX_REPLACED = 4


def paired_slots(a: SentenceFeatures, b: SentenceFeatures) -> Iterator[tuple[Span, Span, bool]]:
    """Yield ``(span of a, span of b, anchored)`` for corresponding slots.

    ``anchored`` is True when a neighbouring word on either side is the same in
    both sentences, i.e. the slot sits in a shared context such as "capture of".
    """
    at_a = {pos: span for pos, span in zip(a.slot_at, a.spans)}
    at_b = {pos: span for pos, span in zip(b.slot_at, b.spans)}
    ops = Levenshtein.opcodes(list(a.seq), list(b.seq))
    equal_a: set[int] = set()
    for op in ops:
        if op.tag == "equal":
            equal_a.update(range(op.src_start, op.src_end))
    for op in ops:
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                i, j = op.src_start + k, op.dest_start + k
                if a.seq[i] in _PLACEHOLDERS and i in at_a and j in at_b:
                    yield at_a[i], at_b[j], _anchored(i, equal_a)
        elif op.tag == "replace" and max(op.src_end - op.src_start, op.dest_end - op.dest_start) <= MAX_REPLACED:
            for ph in _PLACEHOLDERS:
                xs = [i for i in range(op.src_start, op.src_end) if a.seq[i] == ph and i in at_a]
                ys = [j for j in range(op.dest_start, op.dest_end) if b.seq[j] == ph and j in at_b]
                if len(xs) == len(ys):
                    for i, j in zip(xs, ys):
                        yield at_a[i], at_b[j], _anchored(i, equal_a)


def _anchored(i: int, equal_a: set[int]) -> bool:
    return (i - 1) in equal_a or (i + 1) in equal_a
