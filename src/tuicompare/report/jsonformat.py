"""The ``tuicompare/1`` JSON interchange format: writing it.

The format is documented in ``docs/json-format.md`` and described by the JSON
Schema ``tuicompare/schema/tuicompare-1.schema.json``; the reader is
:mod:`tuicompare.report.jsonread`. Sentence tokens are internal to the engine
and are not written, so a round trip gives sentences without tokens;
everything else survives it unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Conflict,
    EntityAttribute,
    Mention,
    Review,
    Sentence,
    SentenceLink,
)
from tuicompare.report.marks import conflict_lookalikes
from tuicompare.report.schema import SCHEMA
from tuicompare.report.tiers import count_kinds, settle, single_source

# Characters json.dumps(ensure_ascii=False) leaves raw but a terminal may act
# on or that hide text: C1 controls, DEL, bidi controls and zero-width marks.
_UNSAFE_RAW = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def escape_unsafe(text: str) -> str:
    """``text`` with every ``_UNSAFE_RAW`` character written as a ``\\uXXXX`` escape.

    Every unsafe character is outside ASCII, and ``str.isascii`` costs nothing
    (the string knows it), so the search over most texts is skipped.
    """
    if text.isascii():
        return text
    return _UNSAFE_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def unsafe(text: str) -> bool:
    """True when ``text`` holds a character the writer always escapes (``_UNSAFE_RAW``)."""
    return not text.isascii() and _UNSAFE_RAW.search(text) is not None


def _mention(m: Mention) -> dict[str, Any]:
    return {"sentence": m.sentence, "text": m.text, "start": m.start, "end": m.end}


def _sentence(s: Sentence) -> dict[str, Any]:
    return {
        "id": s.id,
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "entities": [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in s.entities],
    }


def _article(a: Article, analysis: Analysis | None) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "format": a.format,
        "encoding": a.encoding,
        "outlet": a.outlet,
        "url": a.url,
        "date": a.date,
        "model": analysis.model if analysis else None,
        "model_version": analysis.model_version if analysis else None,
        "text": a.text,
        "sentences": [_sentence(s) for s in analysis.sentences] if analysis else [],
    }


def summary(comparison: Comparison) -> dict[str, int]:
    """Count what a comparison holds, as shown in the reports' summary line.

    Args:
        comparison: The engine's result.

    Returns:
        Counts keyed as in the JSON ``summary`` object. Possible differences
        are counted apart from conflicts, and claims are counted as contested
        or corroborated after :func:`~tuicompare.report.tiers.settle`.
    """
    c = settle(comparison)
    kinds = count_kinds(c.conflicts)
    return {
        "articles": len(c.articles),
        "sentences": sum(len(a.sentences) for a in c.analyses),
        "stories": len(c.stories),
        "single_source_stories": sum(1 for s in c.stories if single_source(s)),
        "groups": len(c.groups),
        "aligned_groups": sum(1 for g in c.groups if len(g.articles) > 1),
        "entities": len(c.entities),
        "conflicts": kinds["conflict"],
        "possible": kinds["possible"],
        "variants": kinds["variant"],
        "claims": len(c.claims),
        "contested_claims": sum(1 for x in c.claims if x.contested),
        "corroborated_claims": sum(1 for x in c.claims if x.corroborated),
        "single_source_claims": sum(1 for x in c.claims if x.single_source),
        "warnings": len(c.warnings),
    }


def conflict_json(x: Conflict, review: Review | None = None) -> dict[str, Any]:
    """One conflict (with its reviewer's verdict and note, if any) as the document's ``conflicts`` array holds it."""
    out: dict[str, Any] = {
        "id": x.id,
        "kind": x.kind,
        "confidence": x.confidence,
        "type": x.type,
        "group": x.group,
        "values": [
            {
                "text": v.text,
                "articles": list(v.articles),
                "sentences": list(v.sentences),
                "mentions": [_mention(m) for m in v.mentions],
            }
            for v in x.values
        ],
    }
    found = conflict_lookalikes(x)
    if found:  # optional: only a variant written with look-alike letters has it
        out["lookalikes"] = [
            {
                "character": la.character,
                "code_point": f"U+{ord(la.character):04X}",
                "script": la.script,
                "latin": la.latin,
            }
            for la in found
        ]
    if review is not None and review.reviewed:  # optional: absent means unreviewed, no note
        out["verdict"] = review.verdict
        out["note"] = review.note or None
    return out


def claim_json(x: Claim) -> dict[str, Any]:
    """One claim (stances settled by the caller) as the document's ``claims`` array holds it."""
    return {
        "id": x.id,
        "text": x.text,
        "group": x.group,
        "story": x.story,
        "single_source": x.single_source,
        "contested": x.contested,
        "corroborated": x.corroborated,
        "stances": dict(x.stances),
        "conflicts": list(x.conflicts),
    }


def to_json(comparison: Comparison, reviews: Mapping[str, Review] | None = None) -> dict[str, Any]:
    """Convert a comparison to the ``tuicompare/1`` interchange format.

    Args:
        comparison: The engine's result.
        reviews: Reviewers' verdicts and notes by conflict id; a reviewed conflict gets
            ``verdict`` and ``note`` fields.

    Returns:
        A dict of JSON-compatible values (serialise it with :func:`json_text`).
        Stances are those of :func:`~tuicompare.report.tiers.settle`: none
        rests on a possible difference alone.
    """
    c = settle(comparison)
    analyses = {a.article: a for a in c.analyses}
    out = {
        "schema": SCHEMA,
        "summary": summary(c),
        "articles": [_article(a, analyses.get(a.id)) for a in c.articles],
        "stories": [{"id": s.id, "articles": list(s.articles), "single_source": single_source(s)} for s in c.stories],
        "groups": [{"id": g.id, "story": g.story, "sentences": list(g.sentences), "score": g.score} for g in c.groups],
        "entities": [
            {"id": e.id, "label": e.label, "name": e.name, "mentions": [_mention(m) for m in e.mentions]}
            for e in c.entities
        ],
        "conflicts": [conflict_json(x, (reviews or {}).get(x.id)) for x in c.conflicts],
        "claims": [claim_json(x) for x in c.claims],
        "warnings": [{"path": w.path, "reason": w.reason} for w in c.warnings],
    }
    if c.furniture:  # optional: documents without news furniture read as before
        out["furniture"] = [_mention(m) for m in c.furniture]
    if c.attributes:  # optional: documents without an entity sheet read as before
        out["attributes"] = [_attribute(a) for a in c.attributes]
    if c.links:  # optional: documents without links between rows read as before
        out["links"] = [link_json(k) for k in c.links]
    return out


def link_json(k: SentenceLink) -> dict[str, Any]:
    """One link between rows as the document's ``links`` array holds it."""
    return {"story": k.story, "sentences": [k.a, k.b], "score": k.score}


def _attribute(a: EntityAttribute) -> dict[str, Any]:
    return {
        "id": a.id,
        "entity": a.entity,
        "story": a.story,
        "name": a.name,
        "status": a.status,
        "confidence": a.confidence,
        "conflict": a.conflict,
        "values": [
            {
                "article": v.article,
                "text": v.text,
                "confidence": v.confidence,
                "sentences": list(v.sentences),
                "mentions": [_mention(m) for m in v.mentions],
            }
            for v in a.values
        ],
    }


def json_text(data: dict[str, Any]) -> str:
    """Serialise a ``to_json`` dict as indented UTF-8 JSON safe to print to a terminal.

    Non-ASCII text stays readable, but C1 controls, bidi controls and
    zero-width characters are written as ``\\uXXXX`` escapes so that the
    output bytes cannot drive or disguise a terminal even if such characters
    reached the comparison (for example through :func:`~tuicompare.report.jsonread.from_json`).

    Args:
        data: The dict returned by :func:`to_json`.

    Returns:
        The JSON text, ending with a newline.
    """
    raw = json.dumps(data, ensure_ascii=False, indent=2)
    return escape_unsafe(raw) + "\n"
