"""An article's sentence features, and two articles' wording scores, as plain JSON records for a new process.

``features.article_features`` is the largest per-article cost of a first comparison (about 47 M of the seeds'
413 M instructions); what it reads depends on the analysis, the publication date, the tuning and the engine's
code alone. The caller that owns the analysis cache (``ondemand``) keeps the record under a key made of all
of those (``analysis.stored.features_key``) and hands a decoded record to ``kept.adopt_features``.

The cache file is not trusted: ``load_features`` checks every field's type, every offset against its
sentence and every placeholder position against the words, and raises ``ValueError`` for anything else (the
caller then reads the sentences afresh). A sentence's parse (``SentenceFeatures.parse``) is the analysis's
own sentence, never stored; nothing kept on a sentence's ``readings`` is stored either.

Two articles' wording scores (``wording.wording_scores``, rapidfuzz's ``cdist``: about 56 M of the seeds'
413 M) depend on their sentences' words alone: their record (``dump_scores``) is keyed by those words
(``scores_parts``) and holds the float32 matrix's bytes, so it reads back bit for bit.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from tuicompare.engine.attrparse import Finding
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.slotroles import adopt_reading, stored_reading
from tuicompare.engine.wording import Key
from tuicompare.models import Analysis, Sentence

__all__ = ["FORMAT", "Findings", "Kept", "dump_features", "dump_scores", "load_features", "load_scores", "scores_parts"]

#: Bumped when the record's layout changes (the key also changes with the engine's code).
FORMAT = 1

_KINDS = frozenset({"name", "number", "date", "unit"})

#: What the entity sheet read of an article's mentions: sentence index -> (start, end, label) of a mention -> its
#: findings (``attributes.mention_findings``).
Findings = dict[int, dict[tuple[int, int, str], tuple[Finding, ...]]]


class Kept(NamedTuple):
    """What a features record holds: the features, and the entity sheet's findings of the mentions it read."""

    features: list[SentenceFeatures]
    findings: Findings


def _span(span: Span) -> list[Any]:
    return [
        span.start,
        span.end,
        span.text,
        span.label,
        span.kind,
        span.key,
        span.vtype,
        list(span.role),
        list(span.role_span) if span.role_span is not None else None,
        span.cue,
        span.unit,
        span.approximate,
        list(span.shown) if span.shown is not None else None,
        span.converted,
    ]


def dump_features(features: Sequence[SentenceFeatures], findings: Findings | None = None) -> str:
    """The record of one article's features (``article_features`` of its analysis), in sentence order.

    Args:
        features: The article's features.
        findings: What the entity sheet read of its mentions (``kept.kept_findings``), if anything.
    """
    rows = [
        [
            f.active,
            f.seq,
            f.slot_at,
            [_span(s) for s in f.spans],
            f.lemmas,
            f.negated,
            f.furniture,
            f.furniture_ranges,
            f.furniture_kind,
        ]
        for f in features
    ]
    read = [
        [index, start, end, label, [_finding(f) for f in found]]
        for index, by_mention in sorted((findings or {}).items())
        for (start, end, label), found in by_mention.items()
    ]
    slots = [[n, found] for n, f in enumerate(features) if (found := stored_reading(f)) is not None]
    record = {"format": FORMAT, "sentences": rows, "findings": read, "slots": slots}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _finding(f: Finding) -> list[Any]:
    return [
        f.attribute,
        f.text,
        f.start,
        f.end,
        f.sentence,
        f.confidence,
        f.head,
        list(f.words),
        f.past,
        f.now,
        f.kind,
        f.posted,
        f.inside,
    ]


def _fail(what: str) -> ValueError:
    return ValueError(f"features record: {what}")


#: The one type of a list of strings: ``_STR.issuperset(map(type, words))`` checks every word in C (a generator
#: per list was a third of decoding a record).
_STR = frozenset({str})


def _strings(value: object, what: str) -> tuple[str, ...]:
    if type(value) is not list or not _STR.issuperset(map(type, value)):
        raise _fail(f"{what} is not a list of strings")
    return tuple(value)


def _shown(value: object, low: int, high: int) -> tuple[int, int, str] | None:
    """A ``(start, end, text)`` triple inside ``[low, high]``, or None."""
    if value is None:
        return None
    if type(value) is not list or len(value) != 3:
        raise _fail("a phrase is not [start, end, text]")
    start, end, text = value
    if type(start) is not int or type(end) is not int or type(text) is not str or not low <= start <= end <= high:
        raise _fail("a phrase lies outside its sentence")
    return start, end, text


def _load_span(value: object, sentence: str, low: int, high: int) -> Span:
    if type(value) is not list or len(value) != 14:
        raise _fail("a slot is not a list of 14 fields")
    start, end, text, label, kind, key, vtype, role, role_span, cue, unit, approximate, shown, converted = value
    if type(start) is not int or type(end) is not int or not low <= start <= end <= high:
        raise _fail("a slot lies outside its sentence")
    if not _STR.issuperset(map(type, (text, label, vtype, cue, unit))) or kind not in _KINDS:
        raise _fail("a slot's text, label, kind or type is not a string of its kind")
    if key is not None and type(key) is not str:
        raise _fail("a slot's key is not a string")
    if type(approximate) is not bool or type(converted) is not bool:
        raise _fail("a slot's flags are not true or false")
    return Span(
        sentence,
        start,
        end,
        text,
        label,
        kind,
        key,
        vtype,
        _strings(role, "a slot's role"),
        _shown(role_span, low, high),
        cue,
        unit,
        approximate,
        _shown(shown, low, high),
        converted,
    )


def load_features(data: str, analysis: Analysis) -> Kept:
    """The features a record (``dump_features``) holds for ``analysis``, each with its sentence as its parse,
    and the entity sheet's findings it holds.

    Raises:
        ValueError: The record is not valid JSON of this layout, or does not fit ``analysis`` (sentence count,
            offsets, placeholder positions, types).
    """
    try:
        record = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _fail("not JSON") from exc
    if type(record) is not dict or record.get("format") != FORMAT:
        raise _fail("not of this layout")
    rows = record.get("sentences")
    sentences = analysis.sentences
    if type(rows) is not list or len(rows) != len(sentences):
        raise _fail("its sentences are not the analysis's")
    count = len(sentences)
    out = []
    for sentence, row in zip(sentences, rows, strict=True):
        if type(row) is not list or len(row) != 9:
            raise _fail("a sentence is not a list of 9 fields")
        active, seq, slot_at, spans, lemmas, negated, furniture, ranges, kind = row
        if type(active) is not bool or type(negated) is not bool or type(furniture) is not bool:
            raise _fail("a sentence's flags are not true or false")
        if type(kind) is not str or type(spans) is not list or type(slot_at) is not list or type(ranges) is not list:
            raise _fail("a sentence's fields are not of their types")
        words = _strings(seq, "a sentence's words")
        sid, low, high = sentence.id, sentence.start, sentence.end
        slots = tuple(_load_span(s, sid, low, high) for s in spans)
        if len(slot_at) != len(slots) or not all(type(n) is int and 0 <= n < len(words) for n in slot_at):
            raise _fail("a slot's place is not among the sentence's words")
        found = []
        for pair in ranges:
            if type(pair) is not list or len(pair) != 2 or not all(type(x) is int for x in pair):
                raise _fail("a furniture range is not [start, end]")
            if not low <= pair[0] <= pair[1] <= high:
                raise _fail("a furniture range lies outside its sentence")
            found.append((pair[0], pair[1]))
        out.append(
            SentenceFeatures(
                id=sid,
                article=sentence.article,
                index=sentence.index,
                position=sentence.index / max(count - 1, 1),
                active=active,
                seq=words,
                slot_at=tuple(slot_at),
                spans=slots,
                lemmas=_strings(lemmas, "a sentence's lemmas"),
                negated=negated,
                furniture=furniture,
                furniture_ranges=tuple(found),
                furniture_kind=kind,
                parse=None if furniture else sentence,
            )
        )
    readings = record.get("slots")
    if type(readings) is not list:
        raise _fail("its slot readings are not a list")
    for row in readings:
        if type(row) is not list or len(row) != 2 or type(row[0]) is not int or not 0 <= row[0] < count:
            raise _fail("a sentence's slot readings are not [index, readings]")
        adopt_reading(out[row[0]], row[1])
    return Kept(out, _load_findings(record.get("findings"), sentences))


def _load_findings(rows: object, sentences: Sequence[Sentence]) -> Findings:
    if type(rows) is not list:
        raise _fail("its findings are not a list")
    out: Findings = {}
    for row in rows:
        if type(row) is not list or len(row) != 5:
            raise _fail("a mention's findings are not [index, start, end, label, findings]")
        index, start, end, label, found = row
        if type(index) is not int or not 0 <= index < len(sentences) or type(label) is not str:
            raise _fail("a mention's sentence or label is not of the article")
        sentence = sentences[index]
        if type(start) is not int or type(end) is not int or not sentence.start <= start <= end <= sentence.end:
            raise _fail("a mention lies outside its sentence")
        if type(found) is not list:
            raise _fail("a mention's findings are not a list")
        out.setdefault(index, {})[start, end, label] = tuple(_load_finding(f, sentence) for f in found)
    return out


def _load_finding(value: object, sentence: Sentence) -> Finding:
    if type(value) is not list or len(value) != 13:
        raise _fail("a finding is not a list of 13 fields")
    attribute, text, start, end, held, confidence, head, words, past, now, kind, posted, inside = value
    if not _STR.issuperset(map(type, (attribute, text, held, head, kind, posted))):
        raise _fail("a finding's texts are not strings")
    if type(start) is not int or type(end) is not int or type(confidence) not in (int, float):
        raise _fail("a finding's offsets or confidence are not numbers")
    if not all(type(x) is bool for x in (past, now, inside)):
        raise _fail("a finding's flags are not true or false")
    if held != sentence.id or not sentence.start <= start <= end <= sentence.end:
        raise _fail("a finding lies outside its sentence")
    return Finding(
        attribute,
        text,
        start,
        end,
        held,
        confidence,
        head,
        _strings(words, "a finding's words"),
        past,
        now,
        kind,
        posted,
        inside,
    )


def scores_parts(key: Key) -> list[str]:
    """What a record of two articles' wording scores is keyed by: every sentence's words, each list counted.

    The caller makes the cache key of these (``analysis.stored.record_key``, which also takes in the engine's code).
    """
    return [part for words in key for part in (str(len(words)), *words)]


def dump_scores(scores: np.ndarray) -> str:
    """The record of two articles' wording scores (``wording.wording_scores``): their float32 bytes, exactly."""
    data = base64.b64encode(np.ascontiguousarray(scores, dtype="<f4").tobytes()).decode("ascii")
    return json.dumps({"format": FORMAT, "shape": list(scores.shape), "f4": data}, separators=(",", ":"))


def load_scores(data: str, key: Key) -> np.ndarray:
    """The wording scores a record (``dump_scores``) holds for the two articles of ``key``.

    Raises:
        ValueError: The record is not of this layout, not of the two articles' sentence counts, or holds a
            score outside [0, 1].
    """
    try:
        record = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise ValueError("wording scores: not JSON") from exc
    shape = (len(key[0]), len(key[1]))
    if type(record) is not dict or record.get("format") != FORMAT or record.get("shape") != list(shape):
        raise ValueError("wording scores: not of this layout or not of these sentences")
    text = record.get("f4")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True) if type(text) is str else b""
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("wording scores: not base64") from exc
    if len(raw) != 4 * shape[0] * shape[1]:
        raise ValueError("wording scores: not of these sentences")
    scores = np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)
    # NaN fails both comparisons.
    if not bool(np.all((scores >= 0.0) & (scores <= 1.0))):
        raise ValueError("wording scores: a score outside [0, 1]")
    return scores
