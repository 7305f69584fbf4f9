"""What the engine derives from analyses, kept in the analysis cache beside them.

Five kinds of record, each plain JSON under a key that changes with every
input it depends on and with the engine's source (``engine_version``), so a
changed article, model or engine never reads a record an older one made:

- an article's bag of story terms (``bag_key``), which is all clustering reads;
- a corpus's stories (``index_key``): which articles each story holds;
- an article's sentence features (``features_key``), which a first comparison in a new process
  reads instead of the article's sentences (the record is the engine's, ``engine.keptrecord``);
- an article's outline (``outline_key``): its sentences and entities without
  tokens, all the JSON report writes of an analysis, and much cheaper to check;
- a story's comparison (``story_key``): its groups, entities, conflicts, claims,
  entity-sheet rows, links between rows and its articles' news furniture, with local ids (``engine.compare_story``);
  that record is written and read by ``partrecord``.

The cache file is not trusted: ``load_outline``, ``load_index`` and
``partrecord.load_part`` check every record (types, references between ids,
sentence ids and offsets inside the story's articles) and raise ``ValueError``
for anything else; the caller then computes the record afresh. Nothing here
imports the engine.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import util
from pathlib import Path
from typing import Any

from tuicompare.analysis.partreader import is_label
from tuicompare.models import Analysis, Article, EntitySpan, Sentence

#: Bumped when the stored layout of a story, index or bag record changes.
LAYOUT = 6


@functools.cache
def engine_version() -> str:
    """A digest of the engine's source and of our modules it imports: records are valid for that engine only.

    Derived from the source, so nobody has to remember to bump a number when
    the engine's output changes (a change to a comment invalidates too, which is cheap).
    """
    digest = hashlib.sha256(str(LAYOUT).encode())
    files: list[Path] = []
    # Every tuicompare module the engine imports that can change its output (the look-alike table names variants).
    for package in ("tuicompare.engine", "tuicompare.models", "tuicompare.lookalikes"):
        spec = util.find_spec(package)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is not None:
            files += sorted(origin.parent.glob("*.py")) if origin.name == "__init__.py" else [origin]
    hash_sources(digest, files)
    if not files:
        from tuicompare import __version__

        digest.update(__version__.encode())
    return digest.hexdigest()[:16]


def hash_sources(digest: Any, files: Sequence[Path]) -> bool:
    """Feed each file's name and bytes to ``digest`` (a ``hashlib`` object).

    Returns:
        False if a file could not be read (its name is fed, then a mark in place of its bytes).
    """
    whole = True
    for file in files:
        digest.update(file.name.encode() + b"\0")
        try:
            digest.update(file.read_bytes() + b"\0")
        except OSError:
            digest.update(b"unreadable\0")
            whole = False
    return whole


@functools.cache
def _seed(kind: str) -> Any:
    return hashlib.sha256(f"tuicompare-{kind}\0{engine_version()}".encode())


def record_key(kind: str, parts: Iterable[str | None]) -> str:
    """The cache key of a record of ``kind`` made from ``parts``: changes with any part, and with the engine.

    Each part is length-prefixed (so ``["ab", "c"]`` and ``["a", "bc"]`` differ); ``None`` is fed as the one
    byte ``\\1`` (a part no caller writes as text). The kind and ``engine_version()`` seed the hash, so two
    kinds never share a key and an engine change makes every key new.

    Args:
        kind: What the record is (``"terms"``, ``"listing"``...).
        parts: What the record was made from, in order.

    Returns:
        A SHA-256 hex digest.
    """
    # The kind's hash state copied, and the parts fed in one update: tens of thousands of keys per warm run.
    digest = _seed(kind).copy()
    datas = [b"\1" if part is None else part.encode("utf-8", "surrogatepass") for part in parts]
    digest.update(b"".join(len(data).to_bytes(8, "big") + data for data in datas))
    return digest.hexdigest()


def bag_key(analysis_key: str, *context: str | None) -> str:
    """The key of the bag of terms of the article whose analysis key is given.

    Args:
        analysis_key: The article's analysis key.
        context: What else the bag was made from (its headline and date), if anything.
    """
    return record_key("terms", [analysis_key, *context])


def index_key(articles: Iterable[tuple[str, str, str, str | None]], *context: str) -> str:
    """The key of a corpus's stories, from its articles' (id, analysis key, headline, date) in corpus order.

    ``context``: anything else the stories depend on (the tuning in force).
    """
    return record_key("stories", [*(part for article in articles for part in article), "\0", *context])


def story_key(members: Iterable[tuple[str, str, str | None]], corpus_order: Sequence[str]) -> str:
    """The key of a story's comparison, from its articles' (id, analysis key, date) and their corpus order."""
    return record_key("story", [*(part for member in members for part in member), "\0order", *corpus_order])


def features_key(analysis_key: str, *context: str | None) -> str:
    """The key of the engine's sentence features of an article (``engine.keptrecord``), from its analysis key.

    Args:
        analysis_key: The article's analysis key.
        context: What else the features were read with (its date as given, the tuning's digest).
    """
    return record_key("features", [analysis_key, *context])


def outline_key(analysis_key: str) -> str:
    """The key of the outline (sentences and entities, no tokens) of an article's analysis."""
    return record_key("outline", [analysis_key])


def dump_outline(analysis: Analysis) -> str:
    """An analysis without its tokens, as compact JSON: what the JSON report writes of an article."""
    rows = [[s.start, s.end, [[e.start, e.end, e.label] for e in s.entities]] for s in analysis.sentences]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def load_outline(data: str, article: Article, model: str, version: str) -> Analysis:
    """An outline read back as an `Analysis` whose sentences have no tokens; texts are sliced from ``article``.

    Raises:
        ValueError: Sentences or entities out of order or outside the text, or a label that is not one.
    """
    rows = json.loads(data)
    text = article.text
    if not isinstance(rows, list):
        raise ValueError("not an outline")
    sentences = []
    previous = 0
    for index, row in enumerate(rows):
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[2], list)):
            raise ValueError("a malformed sentence")
        start, end, entity_rows = row
        if not (_offset(start) and _offset(end) and previous <= start < end <= len(text)):
            raise ValueError("sentence offsets outside the text or out of order")
        previous = end
        entities = []
        last = start
        for entity in entity_rows:
            if not (isinstance(entity, list) and len(entity) == 3):
                raise ValueError("a malformed entity")
            a, b, label = entity
            if not (_offset(a) and _offset(b) and last <= a < b <= end) or not is_label(label):
                raise ValueError("an entity outside its sentence, out of order or unlabelled")
            last = b
            entities.append(EntitySpan(a, b, label, text[a:b]))
        sentences.append(Sentence(article.id, index, start, end, text[start:end], tuple(entities)))
    return Analysis(article.id, tuple(sentences), model, version)


def _offset(value: object) -> bool:
    return type(value) is int


def dump_bag(bag: Counter[str]) -> str:
    """A bag of terms as compact JSON."""
    return json.dumps(bag, ensure_ascii=False, separators=(",", ":"))


def load_bag(data: str) -> Counter[str] | None:
    """A bag read back; ``None`` for a damaged record (the bag is then rebuilt)."""
    try:
        raw = json.loads(data)
        # Checked a type at a time (10,000 bags of about 70 terms each are read to place one new article).
        if not isinstance(raw, dict) or not {type(v) for v in raw.values()} <= {int, float}:
            return None
        if not all(map(math.isfinite, raw.values())):
            return None
    except (ValueError, OverflowError):  # not JSON; an integer too big for a float
        return None
    return Counter(raw)


def dump_index(stories: Sequence[Sequence[str]]) -> str:
    """A corpus's stories (article ids) as compact JSON."""
    return json.dumps([list(s) for s in stories], ensure_ascii=False, separators=(",", ":"))


def load_index(data: str, articles: Sequence[str]) -> list[list[str]]:
    """Stories read back; they must hold each of ``articles`` exactly once.

    Raises:
        ValueError: A damaged record or one made for other articles.
    """
    stories = json.loads(data)
    if not isinstance(stories, list) or not all(isinstance(s, list) and s for s in stories):
        raise ValueError("stories are not lists of article ids")
    flat = [a for s in stories for a in s]
    if len(flat) != len(articles) or set(flat) != set(articles) or len(set(flat)) != len(flat):
        raise ValueError("stories do not hold each article once")
    return [list(map(str, s)) for s in stories]
