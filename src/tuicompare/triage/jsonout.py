"""The ``tuicompare-triage/1`` JSON document (see docs/triage-format.md)."""

from __future__ import annotations

import json
from typing import Any

from tuicompare.models import Mention, split_sentence_id
from tuicompare.triage.result import ArticleTriage, Disagreement, Dispute, HeldValue, SharedClaim, distinct
from tuicompare.triage.run import TriageReport

SCHEMA = "tuicompare-triage/1"
#: The JSON Schema (draft 2020-12) of the document, in the package's ``schema`` folder:
#: ``tuicompare.report.load_schema(SCHEMA_FILE)`` reads it.
SCHEMA_FILE = "tuicompare-triage-1.schema.json"


def _mention(m: Mention) -> dict[str, Any]:
    return {"sentence": m.sentence, "text": m.text, "start": m.start, "end": m.end}


def _value(v: HeldValue) -> dict[str, Any]:
    return {
        "text": v.text,
        "articles": list(v.articles),
        "sentences": list(v.sentences),
        "mentions": [_mention(m) for m in v.mentions],
    }


def _dispute(d: Dispute) -> dict[str, Any]:
    return {
        "conflict": d.conflict,
        "type": d.type,
        "claim": d.claim,
        "claim_text": d.claim_text,
        "value": _value(d.value),
        "agreeing": list(d.agreeing),
        "corpus_values": [_value(v) for v in d.others],
        "introduced": d.introduced,
        "confidence": d.confidence,
    }


def _disagreement(d: Disagreement, section: str) -> dict[str, Any]:
    return {
        "section": section,
        "type": d.type,
        "value": d.value.text,
        "agreeing": list(d.agreeing),
        "corpus_values": [{"text": v.text, "articles": list(v.articles)} for v in d.others],
        "conflicts": [x.conflict for x in d.disputes],
        "sentence_count": d.sentence_count,
        "sentence": d.sentence,
        "corpus_sentence": d.corpus_sentence,
        "confidence": d.confidence,
    }


def _disagreements(r: ArticleTriage) -> list[dict[str, Any]]:
    sections = {"contradictions": r.contradictions, "sides": r.sides, "possible": r.possible, "variants": r.variants}
    return [_disagreement(d, name) for name, disputes in sections.items() for d in distinct(disputes)]


def _claim(c: SharedClaim, with_sources: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"claim": c.claim, "text": c.text, "sentences": list(c.sentences)}
    if with_sources:
        out["sources"] = list(c.sources)
    return out


def _sentence_ids(r: ArticleTriage) -> set[str]:
    ids: set[str] = set()
    for d in (*r.contradictions, *r.sides, *r.possible, *r.variants, *r.dismissed):
        ids.update(d.value.sentences)
        for v in d.others:
            ids.update(v.sentences)
    for c in (*r.corroborated, *r.only_here):
        ids.update(c.sentences)
    return ids


def _article(r: ArticleTriage, titles: dict[str, str], paths: dict[str, str]) -> dict[str, Any]:
    a = r.article
    texts = {s.id: s.text for an in r.comparison.analyses for s in an.sentences}
    referenced = _sentence_ids(r)
    best = r.closest[0].article if r.closest and r.closest[0].same_story else (r.story[0] if r.story else None)
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "date": a.date,
        "model": r.analysis.model,
        "model_version": r.analysis.model_version,
        "sentence_count": len(r.analysis.sentences),
        "story": {
            "status": "new" if r.new_story else "existing",
            "articles": list(r.story),
            "title": titles.get(best) if best else None,
        },
        "closest": [
            {
                "article": n.article,
                "title": titles.get(n.article),
                "path": paths.get(n.article),
                "similarity": n.similarity,
                "same_story": n.same_story,
                "shared_terms": list(n.shared),
            }
            for n in r.closest
        ],
        "contradictions": [_dispute(d) for d in r.contradictions],
        "sides": [_dispute(d) for d in r.sides],
        "possible": [_dispute(d) for d in r.possible],
        "variants": [_dispute(d) for d in r.variants],
        "disagreements": _disagreements(r),
        "dismissed": [_dispute(d) for d in r.dismissed],
        "corroborated": [_claim(c, True) for c in r.corroborated],
        "only_here": [_claim(c, False) for c in r.only_here],
        "sentences": {sid: texts[sid] for sid in sorted(referenced, key=split_sentence_id) if sid in texts},
    }


def to_json(report: TriageReport) -> dict[str, Any]:
    """Convert a triage report to the ``tuicompare-triage/1`` format.

    Serialise it with ``tuicompare.report.json_text`` (terminal-safe escapes).
    """
    results = report.results
    return {
        "schema": SCHEMA,
        "summary": {
            "corpus_articles": report.corpus_size,
            "new_articles": len(results),
            "new_stories": sum(1 for r in results if r.new_story),
            "contradictions": sum(len(r.contradictions) for r in results),
            "distinct_contradictions": sum(len(distinct(r.contradictions)) for r in results),
            "sides": sum(len(r.sides) for r in results),
            "possible": sum(len(r.possible) for r in results),
            "variants": sum(len(r.variants) for r in results),
            "dismissed": sum(len(r.dismissed) for r in results),
            "corroborated": sum(len(r.corroborated) for r in results),
            "only_here": sum(len(r.only_here) for r in results),
            "failed": len(report.failed),
            "warnings": len(report.warnings),
        },
        "articles": [_article(r, report.corpus_titles, report.corpus_paths) for r in results],
        "failed": list(report.failed),
        "warnings": [{"path": w.path, "reason": w.reason} for w in report.warnings],
    }


def json_line(report: TriageReport) -> str:
    """The document on one line (JSON Lines), every non-ASCII character escaped, so terminal-safe."""
    return json.dumps(to_json(report), ensure_ascii=True, separators=(",", ":"))
