"""Short texts written for the engine tests, compared as one story with the real spaCy model."""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article, Comparison


def compare_texts(*texts: str, tail: str = "") -> Comparison:
    """Compare ``texts`` (articles ``a0``, ``a1``, ...) as one story, each followed by ``tail``."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text + tail) for n, text in enumerate(texts)]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def grouped_together(comparison: Comparison, first: str, second: str) -> bool:
    """True when the sentence holding ``first`` (article a0) and the one holding ``second`` (a1) share a group."""
    by_text = {s.id: s.text for a in comparison.analyses for s in a.sentences}
    a = next(sid for sid, text in by_text.items() if sid.startswith("a0:") and first in text)
    b = next(sid for sid, text in by_text.items() if sid.startswith("a1:") and second in text)
    return any(a in g.sentences and b in g.sentences for g in comparison.groups)
