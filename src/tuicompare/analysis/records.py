"""Turn spaCy docs into compact, id-free records and back into `Analysis`.

The records are plain JSON (never pickle) so the cache can store them and a
warm run can rebuild an `Analysis` without importing spaCy. A record holds
only offsets and labels; texts are sliced from the article on the way back,
so the same text under another file name reuses the same record.

A record is ``{"h": checksum, "c": [sentences, entities, tokens], "s": sentences}``,
the checksum being that of the article text, with one list per sentence::

    [start, end, [[start, end, label], ...], [[start, end, lemma, pos, dep, head], ...]]

Offsets are article offsets; ``head`` is the head's index within the sentence.

The cache file is not trusted: `loads` checks every record (see `validate`)
before any of it is used, so a hand-edited or stale record is a cache miss,
never a wrong analysis or escape bytes in a report.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from tuicompare.sanitize import clean_text

if TYPE_CHECKING:
    from tuicompare.models import Analysis, Article

SentenceRecord = list[Any]

# What a tag, dependency or (for models whose labels are unknown) entity label looks like:
# short, ASCII, no spaces, no control or escape characters.
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9_:.\-]{0,39}")
_SPACE = re.compile(r"\s+")
_MAX_REASON = 30


def doc_records(doc: Any, offset: int) -> Iterator[SentenceRecord]:
    """Yield one record per sentence of a spaCy doc.

    Whitespace tokens are dropped, so a sentence starts and ends on
    non-whitespace and a sentence made only of whitespace is skipped.

    Args:
        doc: A parsed spaCy ``Doc`` for one chunk of an article.
        offset: Where the chunk starts in the article text.

    Yields:
        Sentence records with article offsets.
    """
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        position = {t.i: n for n, t in enumerate(tokens)}
        token_rows = [
            [offset + t.idx, offset + t.idx + len(t.text), t.lemma_, t.pos_, t.dep_, _head_index(t, position)]
            for t in tokens
        ]
        entity_rows = []
        # Span.ents only yields entities wholly inside the sentence, so an
        # entity never crosses a sentence boundary.
        for ent in sent.ents:
            words = [t for t in ent if not t.is_space]
            if words:
                entity_rows.append([offset + words[0].idx, offset + words[-1].idx + len(words[-1].text), ent.label_])
        yield [token_rows[0][0], token_rows[-1][1], entity_rows, token_rows]


def _head_index(token: Any, position: dict[int, int]) -> int:
    """Index of the token's head within its sentence, skipping whitespace heads."""
    head = token.head
    # A whitespace token can be a head; climb to the first real token above it.
    while head.i not in position and head.head.i != head.i:
        head = head.head
    return position.get(head.i, position[token.i])


def checksum(text: str) -> str:
    """A short digest of an article text, stored in its record."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def dumps(records: Iterable[SentenceRecord], text: str) -> str:
    """Serialise the sentence records of ``text`` as compact JSON, with its checksum and counts."""
    rows = list(records)
    counts = [len(rows), sum(len(r[2]) for r in rows), sum(len(r[3]) for r in rows)]
    return json.dumps({"h": checksum(text), "c": counts, "s": rows}, ensure_ascii=False, separators=(",", ":"))


def loads(data: str, article: Article, model: str, version: str, labels: Collection[str] | None = None) -> Analysis:
    """Rebuild the `Analysis` of an article from its JSON record, after checking it.

    Args:
        data: What `dumps` produced for this article's text.
        article: The article the record belongs to; texts are sliced from it.
        model: Model name recorded in the analysis.
        version: Model version recorded in the analysis.
        labels: The model's entity labels; ``None`` when unknown, then a
            label need only look like one.

    Raises:
        ValueError: The data is not a valid record for this text (a stale,
            damaged or forged cache entry); the caller re-analyses the article.
    """
    try:
        record = json.loads(data)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not JSON ({exc})") from exc
    rows = validate(record, article.text, labels)
    return to_analysis(rows, article, model, version)


def _int(value: object) -> bool:
    return type(value) is int


def _short(value: object) -> str:
    text = repr(value)  # repr escapes control and escape characters: safe in a warning
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 1] + "…"


def validate(record: object, text: str, labels: Collection[str] | None = None) -> list[SentenceRecord]:
    """Check a stored record against the text it claims to describe.

    Sentences, tokens and entities must be well-formed lists, their offsets
    inside the text, increasing and not overlapping; entities must lie on
    token boundaries inside their sentence; labels must be the model's (or
    look like labels) and lemmas free of control characters; the counts
    and the text's checksum must match; and the tokens must cover every
    non-space character of the text (so no sentence was dropped).

    Returns:
        The sentence records.

    Raises:
        ValueError: Why the record is not valid for ``text``.
    """
    if not isinstance(record, dict) or not isinstance(record.get("s"), list):
        raise ValueError("not an analysis record")
    if record.get("h") != checksum(text):
        raise ValueError("it was made for another text (checksum differs)")
    rows: list[SentenceRecord] = record["s"]
    covered: list[tuple[int, int]] = []
    previous, n_entities, n_tokens = 0, 0, 0
    for row in rows:
        if not (isinstance(row, list) and len(row) == 4 and _int(row[0]) and _int(row[1])):
            raise ValueError(f"malformed sentence {_short(row)}")
        start, end, entity_rows, token_rows = row
        if not (previous <= start < end <= len(text)):
            raise ValueError(f"sentence offsets {start}:{end} outside the text or out of order")
        previous = end
        bounds = _check_tokens(token_rows, start, end, covered)
        _check_entities(entity_rows, bounds, labels)
        n_entities += len(entity_rows)
        n_tokens += len(token_rows)
    if record.get("c") != [len(rows), n_entities, n_tokens]:
        raise ValueError(f"counts {_short(record.get('c'))} do not match the record")
    if len(_SPACE.sub("", "".join(text[s:e] for s, e in covered))) != len(_SPACE.sub("", text)):
        raise ValueError("its sentences do not cover the text")
    return rows


def _check_tokens(
    token_rows: object, start: int, end: int, covered: list[tuple[int, int]]
) -> tuple[set[int], set[int]]:
    """Check a sentence's tokens; returns their start and end offsets."""
    if not isinstance(token_rows, list) or not token_rows:
        raise ValueError(f"sentence {start}:{end} has no token list")
    starts, ends, previous = set(), set(), start
    for token in token_rows:
        if not (isinstance(token, list) and len(token) == 6):
            raise ValueError(f"malformed token {_short(token)}")
        s, e, lemma, pos, dep, head = token
        if not (_int(s) and _int(e) and previous <= s < e <= end):
            raise ValueError(f"token offsets {_short(s)}:{_short(e)} outside sentence {start}:{end} or out of order")
        if not (_int(head) and 0 <= head < len(token_rows)):
            raise ValueError(f"token head {_short(head)} outside its sentence")
        if not (isinstance(lemma, str) and isinstance(pos, str) and isinstance(dep, str)):
            raise ValueError(f"malformed token {_short(token)}")
        starts.add(s)
        ends.add(e)
        covered.append((s, e))
        previous = e
    if token_rows[0][0] != start or token_rows[-1][1] != end:
        raise ValueError(f"sentence {start}:{end} does not start and end with its tokens")
    # Checked once per sentence, not per token: the common case costs one regex search.
    lemmas = "\t".join(token[2] for token in token_rows)
    if "\n" in lemmas or clean_text(lemmas) != lemmas:
        bad = next(t[2] for t in token_rows if "\n" in t[2] or clean_text(t[2]) != t[2])
        raise ValueError(f"lemma {_short(bad)} holds control characters")
    for tag in {t for token in token_rows for t in (token[3], token[4])}:
        if tag and not _LABEL.fullmatch(tag):
            raise ValueError(f"tag {_short(tag)} is not a tag")
    return starts, ends


def _check_entities(entity_rows: object, bounds: tuple[set[int], set[int]], labels: Collection[str] | None) -> None:
    if not isinstance(entity_rows, list):
        raise ValueError("malformed entity list")
    starts, ends = bounds
    previous = -1
    for entity in entity_rows:
        if not (isinstance(entity, list) and len(entity) == 3):
            raise ValueError(f"malformed entity {_short(entity)}")
        s, e, label = entity
        if not (_int(s) and _int(e) and previous <= s < e and s in starts and e in ends):
            raise ValueError(f"entity offsets {_short(s)}:{_short(e)} not on its sentence's tokens or out of order")
        known = isinstance(label, str) and (label in labels if labels is not None else bool(_LABEL.fullmatch(label)))
        if not known:
            raise ValueError(f"entity label {_short(label)} is not one of the model's")
        previous = e


def to_analysis(rows: list[SentenceRecord], article: Article, model: str, version: str) -> Analysis:
    """Build an `Analysis` from sentence records of ``article``."""
    # Here, not at the top: a process that only parses (``prestart``'s, the pool's workers) never builds one, and the
    # models' dataclasses were a third of its imports before spaCy (0.03-0.05 s of CPU).
    from tuicompare.models import Analysis, EntitySpan, Sentence, Token

    text = article.text
    sentences = []
    for index, (start, end, entity_rows, token_rows) in enumerate(rows):
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"sentence offsets {start}:{end} outside the text")
        entities = tuple(EntitySpan(s, e, label, text[s:e]) for s, e, label in entity_rows)
        tokens = tuple(Token(s, e, lemma, pos, dep, head) for s, e, lemma, pos, dep, head in token_rows)
        sentences.append(Sentence(article.id, index, start, end, text[start:end], entities, tokens))
    return Analysis(article.id, tuple(sentences), model, version)
