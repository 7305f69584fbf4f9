"""Turn spaCy docs into compact, id-free records and back into `Analysis`.

The records are plain JSON (never pickle) so the cache can store them and a
warm run can rebuild an `Analysis` without importing spaCy. A record holds
only offsets and labels; texts are sliced from the article on the way back,
so the same text under another file name reuses the same record.

Record layout, one list per sentence::

    [start, end, [[start, end, label], ...], [[start, end, lemma, pos, dep, head], ...]]

Offsets are article offsets; ``head`` is the head's index within the sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tuicompare.models import Analysis, Article, EntitySpan, Sentence, Token

SentenceRecord = list[Any]


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


def dumps(records: Iterable[SentenceRecord]) -> str:
    """Serialise sentence records as compact JSON."""
    return json.dumps({"s": list(records)}, ensure_ascii=False, separators=(",", ":"))


def loads(data: str, article: Article, model: str, version: str) -> Analysis:
    """Rebuild the `Analysis` of an article from its JSON record.

    Args:
        data: What `dumps` produced for this article's text.
        article: The article the record belongs to; texts are sliced from it.
        model: Model name recorded in the analysis.
        version: Model version recorded in the analysis.

    Raises:
        ValueError: The data is not a valid record for this text (a stale or
            damaged cache entry); the caller re-analyses the article.
    """
    try:
        rows = json.loads(data)["s"]
        return to_analysis(rows, article, model, version)
    except (KeyError, TypeError, IndexError, json.JSONDecodeError) as exc:
        raise ValueError(f"bad analysis record: {exc}") from exc


def to_analysis(rows: list[SentenceRecord], article: Article, model: str, version: str) -> Analysis:
    """Build an `Analysis` from sentence records of ``article``."""
    text = article.text
    sentences = []
    for index, (start, end, entity_rows, token_rows) in enumerate(rows):
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"sentence offsets {start}:{end} outside the text")
        entities = tuple(EntitySpan(s, e, label, text[s:e]) for s, e, label in entity_rows)
        tokens = tuple(Token(s, e, lemma, pos, dep, head) for s, e, lemma, pos, dep, head in token_rows)
        sentences.append(Sentence(article.id, index, start, end, text[start:end], entities, tokens))
    return Analysis(article.id, tuple(sentences), model, version)
