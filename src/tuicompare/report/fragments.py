"""A story's share of the JSON document, written once and kept in the cache beside its comparison.

A warm ``report --json`` of 10,000 articles spent most of its time reading
every story's comparison back (each record checked and decoded into
objects) and encoding it again, byte for byte what the last run wrote.
So the text of a story's items is kept too (``ondemand.StoryComparisons.texts``),
under its story's key and this module's ``version``. What a story's text
cannot know is where it sits in the corpus: its story id and the numbers of
its groups, entities, conflicts, claims and entity-sheet rows follow from
the stories before it. It is therefore written from the story placed at
``MARK`` (story ``"s" + MARK``, every other id numbered from ``MARK``), and
``Fragment.placed`` turns each marked id into the real one while writing.

A marked id is a whole JSON string ``"x1"`` followed by 15 digits; a story
whose other strings (a name, a quote, an article id) could read as one is
not kept (``make`` gives ``None``) and the document is written the slow way.
The kept text holds each marked id as a token between two ``TOKEN``
characters (``\x01``, which the JSON writer always escapes, so no written
text holds it raw): ``"g1000000000000012"`` is kept as ``\x01g12\x01``. A
story is placed by splitting its text at that character (finding the marked
ids with a regular expression took 0.3 s over the 100 MB of a 10,000-article
corpus's kept texts, splitting 0.15 s) and looking up each token.

Each article's item of the ``articles`` array is kept likewise
(``article_record``, ``ondemand.StoryComparisons.article_texts``): it is most
of the document, and writing it meant decoding the article's outline again.

The cache is not trusted: ``load`` and ``load_article`` check a record's
shape, a digest of its texts (a damaged record) and refuse characters the
writer always escapes (a forged one cannot reach the terminal), so such a
record raises ``ValueError`` and the story or article is written afresh. The
texts are not parsed again as JSON: on 10,000 articles that took longer than
the rest of a warm report, and a record that passes its digest is what the
writer wrote, unless written by hand by someone who may write the cache (and
so could make any stored comparison say anything).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import util
from pathlib import Path
from typing import Any

from tuicompare.models import Comparison, article_of
from tuicompare.report.jsonformat import _mention, summary, unsafe
from tuicompare.report.tiers import settle

#: Where a story's text is placed while it is written (see the module's docstring).
MARK = 10**15
#: The document's arrays a story adds to, in the document's order.
ARRAYS = ("stories", "groups", "entities", "conflicts", "claims", "attributes", "links")
#: The id prefix of each numbered kind of item, and the arrays whose length numbers it.
PREFIXES = {"g": "groups", "e": "entities", "c": "conflicts", "k": "claims", "a": "attributes"}
_MARKED = re.compile(r'"([sgecka])1(\d{15})"')
#: Where a kept text holds a marked id (see the module's docstring): a character JSON always escapes.
TOKEN = "\x01"
#: The tokens of a kept text, each followed by ``TOKEN`` (``make`` writes at most 15 digits).
_TOKENS = re.compile(f"(?:[sgecka][0-9]{{1,15}}{TOKEN})*")
#: The counts a story adds to the document's summary.
_TOTALS = frozenset(summary(Comparison((), (), (), (), (), (), ())))


@functools.cache
def version() -> str:
    """A digest of the report package's source: texts are valid for the writer that wrote them only."""
    spec = util.find_spec("tuicompare.report")
    digest = hashlib.sha256(b"fragments-1")
    if spec is not None and spec.origin:
        for file in sorted(Path(spec.origin).parent.glob("*.py")):
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Fragment:
    """A story's share of the document, ids marked.

    Attributes:
        totals: The story's counts, as ``jsonformat.summary`` gives them.
        counts: Items per array, in ``ARRAYS`` order.
        arrays: The written items of each array (joined as ``spool.Array`` joins them), in ``ARRAYS`` order.
        furniture: ``(article id, mention)`` of the story's news furniture.
    """

    totals: dict[str, int]
    counts: tuple[int, ...]
    pieces: tuple[list[str], ...]
    furniture: tuple[tuple[str, dict[str, Any]], ...]

    def placed(self, story: int, written: Mapping[str, int]) -> list[str]:
        """The arrays with the real ids: story ``"s{story}"``, each kind numbered after the ``written`` items."""
        ids = _Ids(story, {prefix: written[array] for prefix, array in PREFIXES.items()})
        out = []
        for pieces in self.pieces:
            # [text, token, text, ..., text]: each token looked up in C, a Python call per distinct id only.
            placed = pieces.copy()
            placed[1::2] = map(ids.__getitem__, pieces[1::2])
            out.append("".join(placed))
        return out


class _Ids(dict[str, str]):
    """Token (``"g12"``) -> the id written in its place (``"g120"`` after 108 groups), made when first asked."""

    def __init__(self, story: int, base: Mapping[str, int]) -> None:
        super().__init__()
        self.story = story
        self.base = base

    def __missing__(self, token: str) -> str:
        prefix = token[0]
        value = f'"s{self.story}"' if prefix == "s" else f'"{prefix}{self.base[prefix] + int(token[1:])}"'
        self[token] = value
        return value


def _token(match: re.Match[str]) -> str:
    return f"{TOKEN}{match[1]}{int(match[2])}{TOKEN}"


def make(marked: Comparison, plain: Comparison, items: Any) -> str | None:
    """The text of a one-story part placed at ``MARK`` (``marked``), or ``None`` when it cannot be marked.

    Args:
        marked: The part placed at ``MARK``.
        plain: The same part with its local ids (story "s1"), to check that no other string reads as a marked id.
        items: ``items(part)``: the part's written items by array (``stream._items``).
    """
    part = settle(marked)
    arrays = items(part)
    if any(_MARKED.search(text) for texts in items(settle(plain)).values() for text in texts):
        return None
    header = {
        "totals": summary(part),
        "counts": [len(arrays[k]) for k in ARRAYS],
        "furniture": [[article_of(m.sentence), _mention(m)] for m in part.furniture],
    }
    texts = [_MARKED.sub(_token, ",\n    ".join(arrays[k])) for k in ARRAYS]
    header["digest"] = _digest(header, texts)
    # The header as JSON, then each array's text as it is: a JSON string of them took long to unescape.
    # The writer escapes every control character, so a NUL separates them.
    return "\0".join([json.dumps(header, ensure_ascii=False, separators=(",", ":")), *texts])


def _digest(header: Mapping[str, Any], texts: Sequence[str | bytes]) -> str:
    """A digest of a record's header (its digest left out) and texts (``bytes``: encoded): damage changes it.

    A CRC-32 (``zlib``), not a cryptographic hash: it is there to catch a damaged record, which it does
    as surely (a forged one is refused by the other checks), and over the 184 MB of a 10,000-article
    corpus's kept texts SHA-1 cost twice its time.
    """
    rest = {k: v for k, v in header.items() if k != "digest"}
    crc = zlib.crc32(json.dumps(rest, ensure_ascii=False, sort_keys=True).encode())
    for text in texts:
        crc = zlib.crc32(b"\0", crc)
        crc = zlib.crc32(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"), crc)
    return f"{crc:08x}"


def load(text: str) -> Fragment:
    """A stored text, checked.

    Raises:
        ValueError: The text is not one ``make`` writes.
    """
    first, *texts = text.split("\0")
    header = json.loads(first)
    if not (isinstance(header, dict) and len(texts) == len(ARRAYS)):
        raise ValueError("not a story text")
    totals, counts, furniture = header.get("totals"), header.get("counts"), header.get("furniture")
    if not (isinstance(totals, dict) and set(totals) <= _TOTALS and all(type(v) is int for v in totals.values())):
        raise ValueError("bad totals")
    if not (isinstance(counts, list) and len(counts) == len(ARRAYS) and all(type(n) is int for n in counts)):
        raise ValueError("bad counts")
    if not (isinstance(furniture, list) and all(_furniture(f) for f in furniture)):
        raise ValueError("bad furniture")
    if header.get("digest") != _digest(header, texts):
        raise ValueError("digest does not match")
    if any(unsafe(array) for array in texts):
        raise ValueError("unescaped character")
    pieces = tuple(text.split(TOKEN) for text in texts)
    # Every other piece is a token, a prefix and a number: nothing else a forged record could slip in there.
    if not all(len(p) % 2 and _TOKENS.fullmatch(TOKEN.join([*p[1::2], ""])) for p in pieces):
        raise ValueError("bad marked id")
    return Fragment(totals, tuple(counts), pieces, tuple((a, m) for a, m in furniture))


def article_record(text: str, sentences: int) -> str:
    """The record kept of an article's written item ``text`` (``jsontext._article_text``) of ``sentences`` sentences."""
    return f"{sentences} {_digest({}, [text])}\n{text}"


def load_article(record: str) -> tuple[bytes, int]:
    """An article's written item, encoded as UTF-8, and its number of sentences, from its record, checked.

    Encoded once, for the digest and for the document (``spool.Array.add_text`` takes it as it is).

    Raises:
        ValueError: The record is not one ``article_record`` writes.
    """
    head, _, text = record.partition("\n")
    sentences, _, digest = head.partition(" ")
    if not (sentences.isdigit() and sentences.isascii()):
        raise ValueError("not an article text")
    data = text.encode("utf-8")  # as strict as the spool's own encoding of a text it is given
    if digest != _digest({}, [data]):
        raise ValueError("digest does not match")
    if unsafe(text):
        raise ValueError("unescaped character")
    return data, int(sentences)


def _furniture(item: object) -> bool:
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict)
