"""Each corpus article's bag of story terms, kept in the analysis cache.

Candidate retrieval only needs an article's weighted bag of terms, not its
sentences. Rebuilding that bag means decoding the cached analysis and
computing the engine's sentence features, which is most of the cost of a
warm triage over a large corpus, so the bags are cached too: in the same
SQLite cache, under keys derived from the analysis key and a digest of the
engine's source (a changed engine never reads bags an older one made).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from importlib import util
from pathlib import Path

from tuicompare.models import Analysis

#: Bumped when the stored layout of a bag changes.
LAYOUT = 2


@functools.cache
def engine_digest() -> str:
    """A digest of the engine's source files: bags are only valid for the engine that made them."""
    digest = hashlib.sha256(str(LAYOUT).encode())
    spec = util.find_spec("tuicompare.engine")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    files = sorted(folder.glob("*.py")) if folder is not None else []
    for file in files:
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(file.name.encode())
    if not files:
        from tuicompare import __version__

        digest.update(__version__.encode())
    return digest.hexdigest()[:16]


def terms_key(analysis_key: str) -> str:
    """The cache key of the bag of terms of the article whose analysis key is given."""
    return hashlib.sha256(f"tuicompare-triage-terms\0{engine_digest()}\0{analysis_key}".encode()).hexdigest()


def bag_of(analysis: Analysis, title: str | None = None) -> Counter[str]:
    """The engine's bag of story terms of an analysed article (``title``: its headline)."""
    from tuicompare.engine import article_features, article_terms

    return article_terms(article_features(analysis), title=title)


def dumps(bag: Counter[str]) -> str:
    """Serialise a bag as compact JSON."""
    return json.dumps(bag, ensure_ascii=False, separators=(",", ":"))


def loads(data: str) -> Counter[str] | None:
    """Read a bag back; ``None`` for a damaged entry (the bag is then rebuilt)."""
    try:
        raw = json.loads(data)
    except ValueError:
        return None
    if not isinstance(raw, dict) or not all(isinstance(v, (int, float)) for v in raw.values()):
        return None
    return Counter({str(k): v for k, v in raw.items()})
