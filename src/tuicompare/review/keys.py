"""Fingerprints of conflicts: what a verdict is stored under.

A verdict must outlive the run that produced it: the conflict ids are the
engine's own and change with any re-analysis, and file paths change when a
corpus moves. So a conflict is keyed by what it *says*: its type, each
value's text (folded) and the content hashes of the articles that hold it.

Two keys are kept per conflict. The *fingerprint* is exact. The *value key*
(type and value texts only) finds the same dispute when the articles around
it changed: an article added to the story, or triage comparing a new article
with only part of the corpus. Such a near match counts when at least one
value is held by an article it was held by before (see `near_match`), so two
stories that happen to dispute the same two names never share a verdict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from tuicompare.models import Article, Conflict
from tuicompare.sanitize import clean_name

#: Hex digits kept of an article's content hash: 64 bits, plenty for one reviewer's corpora.
_ARTICLE_DIGITS = 16


def article_hash(article: Article) -> str:
    """The content hash of an article: its headline and text, whatever its path or id."""
    digest = hashlib.sha256(f"{article.title}\n{article.text}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:_ARTICLE_DIGITS]


def fold(text: str) -> str:
    """A value's text as compared: one line, spaces collapsed, case folded."""
    return " ".join(clean_name(text).split()).casefold()


@dataclass(frozen=True, slots=True)
class ConflictKey:
    """What a conflict's verdict is stored and found under.

    Attributes:
        fingerprint: Exact key: type, folded values and the hashes of the articles holding each.
        value_key: Type and folded values only, for near matches.
        values: ``(folded text, article hashes)`` per value, sorted.
        label: ``type: value vs value`` for people reading the store.
    """

    fingerprint: str
    value_key: str
    values: tuple[tuple[str, frozenset[str]], ...]
    label: str


def _digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def conflict_key(conflict: Conflict, hashes: Mapping[str, str]) -> ConflictKey:
    """The key of ``conflict``.

    The kind (conflict, possible difference, variant) and the confidence are
    left out: a retuned engine may move a conflict between tiers, and the
    reviewer's judgement of the values still holds.

    Args:
        conflict: A conflict of a comparison.
        hashes: `article_hash` of every article, by article id.

    Returns:
        Its fingerprint, value key and values.
    """
    merged: dict[str, set[str]] = {}
    for value in conflict.values:
        merged.setdefault(fold(value.text), set()).update(hashes.get(a, f"id:{a}") for a in value.articles)
    values = tuple(sorted((text, frozenset(found)) for text, found in merged.items()))
    kind = fold(conflict.type)
    fingerprint = _digest([kind, [[text, sorted(found)] for text, found in values]])
    value_key = _digest([kind, [text for text, _ in values]])
    label = f"{clean_name(conflict.type)}: " + " vs ".join(clean_name(v.text) for v in conflict.values)
    return ConflictKey(fingerprint, value_key, values, label)


def near_match(stored: tuple[tuple[str, frozenset[str]], ...], key: ConflictKey) -> int:
    """How many articles hold the same value in ``stored`` and in ``key``; 0 when it is not the same dispute.

    Both must have the same value key (the caller looks them up by it).
    """
    now = dict(key.values)
    return sum(len(found & now.get(text, frozenset())) for text, found in stored)


def encode_values(values: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """The values as stored: JSON ``[[text, [hash, ...]], ...]``."""
    return json.dumps([[text, sorted(found)] for text, found in values], ensure_ascii=False)


def decode_values(raw: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Read `encode_values` back; anything malformed reads as no values (no near match)."""
    try:
        data = json.loads(raw)
        return tuple((str(text), frozenset(str(h) for h in found)) for text, found in data)
    except (ValueError, TypeError):
        return ()
