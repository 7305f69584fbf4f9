"""Word-level differences between the sentences of one row."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"\S+")
_PUNCT = re.compile(r"^\W+|\W+$")


def _words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    for match in _WORD.finditer(text):
        key = _PUNCT.sub("", match.group().casefold())
        if key:
            spans.append(match.span())
            keys.append(key)
    return spans, keys


def differing_words(text: str, others: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` that some other version words differently.

    Words are compared case-insensitively without surrounding punctuation,
    with a Levenshtein alignment of the word lists (rapidfuzz ``opcodes``).

    Args:
        text: The sentence (or cell) shown.
        others: The other articles' texts on the same row.

    Returns:
        ``(start, end)`` character spans in ``text``, in order, without repeats.
    """
    spans, keys = _words(text)
    if not keys:
        return []
    marked: set[int] = set()
    compared = False
    for other in others:
        _, other_keys = _words(other)
        if not other_keys:
            continue
        compared = True
        for op in Levenshtein.opcodes(keys, other_keys):
            if op.tag in ("replace", "delete"):
                marked.update(range(op.src_start, op.src_end))
    if not compared:
        return []
    return [spans[i] for i in sorted(marked)]
