"""The ``tuicompare/1`` document's items written as JSON text by hand, byte for byte what ``json.dumps`` gives.

``stream`` writes a report story by story from these: ``_dump`` for any item, and
``_article_text`` for an item of the ``articles`` array, whose sentences (most of a
document) are written from templates instead of through dicts.
"""

from __future__ import annotations

import dataclasses
import math
from json.encoder import encode_basestring as _string
from typing import Any

from tuicompare.models import Analysis, Article
from tuicompare.report.jsonformat import _article, escape_unsafe

#: Exact types ``_scalar`` writes (subclasses, e.g. an int enum, go through ``_encode``).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _encode(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` at the line indent ``indent`` (``"\\n"`` plus spaces).

    The standard library's encoder falls back to pure Python generators when
    indenting, which took most of a report's time; this writes the same bytes
    (same separators, string escapes, float and integer forms) in a few times less.
    """
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{_string(k)}: {_scalar(v) if type(v) in _SCALARS else _encode(v, inner)}" for k, v in value.items()]
        return "{" + inner + ("," + inner).join(items) + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [_scalar(v) if type(v) in _SCALARS else _encode(v, inner) for v in value]
        return "[" + inner + ("," + inner).join(items) + indent + "]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _scalar(value: str | int | float | bool | None) -> str:
    """A string, number, boolean or null, as ``_encode`` writes it (inlined where it is hot)."""
    if type(value) is str:
        return _string(value)
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float:
        return _float(value)
    return "null" if value is None else "true" if value else "false"


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _dump(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``depth`` levels deep, terminal-safe."""
    text = _encode(value, "\n" + "  " * depth)
    return escape_unsafe(text)


def _sentences(analysis: Analysis, indent: str) -> str:
    """An article's ``sentences`` array as ``_encode`` writes ``jsonformat._sentence`` dicts, only faster.

    Sentences and their entities are most of a document, so they are written
    from templates instead of going through dicts.
    """
    if not analysis.sentences:
        return "[]"
    i1, i2, i3, i4 = (indent + "  " * n for n in (1, 2, 3, 4))
    items = []
    for s in analysis.sentences:
        entities = "[]"
        if s.entities:
            entities = (
                "["
                + i3
                + ("," + i3).join(
                    f'{{{i4}"start": {e.start},{i4}"end": {e.end},{i4}"label": {_string(e.label)},'
                    f'{i4}"text": {_string(e.text)}{i3}}}'
                    for e in s.entities
                )
                + i2
                + "]"
            )
        items.append(
            f'{{{i2}"id": {_string(s.id)},{i2}"text": {_string(s.text)},{i2}"start": {s.start},'
            f'{i2}"end": {s.end},{i2}"entities": {entities}{i1}}}'
        )
    return "[" + i1 + ("," + i1).join(items) + indent + "]"


def _article_text(article: Article, analysis: Analysis | None, depth: int) -> str:
    """One item of the ``articles`` array: ``_dump(jsonformat._article(article, analysis), depth)``."""
    if analysis is None or not analysis.sentences:
        return _dump(_article(article, analysis), depth)
    indent = "\n" + "  " * depth
    head = _encode(_article(article, dataclasses.replace(analysis, sentences=())), indent)
    empty = f'"sentences": []{indent}}}'
    # "sentences" is the article's last field: its empty list is swapped for the real one.
    assert head.endswith(empty)
    text = head[: -len(empty)] + f'"sentences": {_sentences(analysis, indent + "  ")}{indent}}}'
    return escape_unsafe(text)
