"""What the engine reads of one article alone, kept with its analysis for every comparison it is in.

An article's sentence features (``features.article_features``) and its bag of story terms
(``story_terms.article_terms``) depend on its analysis, its publication date, its headline and
the tuning in force, never on the other articles compared with it. The app compares the same
analyses again when stories are merged or split, and benchmarks compare them many times: each
such comparison read every sentence again (features and bags were about a sixth of a seeds
comparison). Here they are kept for as long as the analysis object lives, keyed by its identity:

- a changed article is analysed again into a new ``Analysis``, so nothing stale is read;
- the entry goes when the analysis is collected (a weak reference's callback), so an id is never
  reused for another analysis and a long-running app keeps nothing of articles it dropped;
- a different publication date or tuning (a sweep replaces ``tuning.TUNING``) reads the article again.

The entity sheet's parse of a sentence (``attrparse.Parse``) is kept the same way (``parse_of``): with
the analysis whose features were kept, and let go with it.

The kept features are shared by the comparisons: every stage reads them, and what a stage keeps on a
sentence (``SentenceFeatures.readings``, ``predicates``) must be a pure function of that sentence. Two
threads may read the same article at once: both compute it, one result is kept, and both are equal.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from tuicompare.engine import tuning
from tuicompare.engine.attrparse import FINDINGS, Finding, Parse
from tuicompare.engine.features import SentenceFeatures, article_features
from tuicompare.engine.story_similarity import Weights, weigh
from tuicompare.engine.story_terms import article_terms
from tuicompare.models import Analysis, Sentence

__all__ = ["adopt_features", "is_kept", "kept_features", "kept_findings", "kept_terms", "kept_weights", "parse_of"]


@dataclass(slots=True)
class _Kept:
    """One analysis's readings, valid for ``published`` under ``tune``."""

    tune: tuning.Tuning
    published: date | None
    features: list[SentenceFeatures]
    #: Bag of story terms by headline (``None``: no headline given).
    bags: dict[str | None, Counter[str]] = field(default_factory=dict)
    #: Keeps the weak reference (and so its callback) alive as long as the entry.
    ref: weakref.ref[Analysis] | None = None
    #: The entity sheet's parse of each sentence asked for, by sentence index.
    parses: dict[int, Parse] = field(default_factory=dict)
    #: ``weigh`` of the bag of story terms, by headline (under ``tune``, as the bag).
    weights: dict[str | None, Weights] = field(default_factory=dict)
    #: The entity sheet's findings read back from the cache (``adopt_features``), by sentence index, each handed
    #: to its sentence's parse when it is made.
    pending: dict[int, dict[tuple[int, int, str], tuple[Finding, ...]]] = field(default_factory=dict)


#: id(analysis) -> its readings; an entry is removed when its analysis is collected.
_KEPT: dict[int, _Kept] = {}
#: id(sentence) -> id(its analysis), for the sentences of the analyses in ``_KEPT`` (their tuple holds them:
#: a sentence lives as long as its analysis at least, and its entry goes with the analysis's).
_ANALYSIS_OF: dict[int, int] = {}


def _drop(key: int, sentences: tuple[int, ...]) -> None:
    _KEPT.pop(key, None)
    for sentence in sentences:
        if _ANALYSIS_OF.get(sentence) == key:
            del _ANALYSIS_OF[sentence]


def _entry(analysis: Analysis, published: date | None, read: list[SentenceFeatures] | None = None) -> _Kept:
    key = id(analysis)
    tune = tuning.TUNING
    kept = _KEPT.get(key)
    if kept is not None and kept.tune is tune and kept.published == published:
        return kept
    fresh = _Kept(tune, published, article_features(analysis, published) if read is None else read)
    if kept is not None:
        fresh.ref, fresh.parses = kept.ref, kept.parses  # a parse reads neither the date nor the tuning
    else:
        ids = tuple(id(s) for s in analysis.sentences)
        # The reference's callback runs while the analysis is being freed, before its id can be given again.
        fresh.ref = weakref.ref(analysis, lambda _ref: _drop(key, ids))
        _ANALYSIS_OF.update(dict.fromkeys(ids, key))
    _KEPT[key] = fresh
    return fresh


def kept_features(analysis: Analysis, published: date | None = None) -> list[SentenceFeatures]:
    """``article_features(analysis, published)``, read once for as long as ``analysis`` lives.

    The list and its features are shared by every caller: read them, never change them.
    """
    return _entry(analysis, published).features


def adopt_features(
    analysis: Analysis,
    published: date | None,
    features: list[SentenceFeatures],
    findings: Mapping[int, dict[tuple[int, int, str], tuple[Finding, ...]]] | None = None,
) -> bool:
    """Keep ``features``, read before (``keptrecord.load_features``), as ``analysis``'s under the tuning in force.

    The caller vouches that they are ``article_features(analysis, published)`` under ``tuning.TUNING``, and
    ``findings`` the entity sheet's ``mention_findings`` of its sentences' mentions (by sentence index, then
    mention start, end and label) under it (the record's key holds all of these and the engine's code).
    Features already kept for the same date and tuning are left as they are.

    Returns:
        True if ``features`` are now the kept ones.
    """
    kept = _entry(analysis, published, features)
    if kept.features is not features:
        return False
    kept.pending.update((i, found) for i, found in (findings or {}).items() if i not in kept.parses)
    return True


def kept_findings(analysis: Analysis) -> dict[int, dict[tuple[int, int, str], tuple[Finding, ...]]]:
    """The entity sheet's findings of ``analysis``'s mentions read so far under the tuning in force (by sentence
    index, then mention start, end and label), for ``keptrecord.dump_features``.
    """
    kept = _KEPT.get(id(analysis))
    if kept is None:
        return {}
    tune = tuning.TUNING.entities
    out = {i: dict(found) for i, found in kept.pending.items()}
    for i, parse in kept.parses.items():
        for key, (made, found) in parse.readings.items():
            if type(key) is tuple and len(key) == 4 and key[0] == FINDINGS and made is tune:
                out.setdefault(i, {})[key[1], key[2], key[3]] = found
    return out


def is_kept(analysis: Analysis, published: date | None = None) -> bool:
    """Whether ``analysis``'s features are kept for ``published`` under the tuning in force (none to read)."""
    kept = _KEPT.get(id(analysis))
    return kept is not None and kept.tune is tuning.TUNING and kept.published == published


def kept_terms(analysis: Analysis, published: date | None = None, *, title: str | None = None) -> Counter[str]:
    """``article_terms`` of the article's kept features and ``title``, made once per headline.

    The bag is shared by every caller: read it, never change it.
    """
    kept = _entry(analysis, published)
    bag = kept.bags.get(title)
    if bag is None:
        bag = kept.bags[title] = article_terms(kept.features, title=title)
    return bag


def kept_weights(analysis: Analysis, published: date | None = None, *, title: str | None = None) -> Weights:
    """``story_similarity.weigh`` of the kept bag of terms (``kept_terms``), made once per headline.

    The weights depend on the bag and the tuning alone. The mapping is shared by every caller: read it, never
    change it.
    """
    kept = _entry(analysis, published)
    weights = kept.weights.get(title)
    if weights is None:
        weights = kept.weights[title] = weigh(kept_terms(analysis, published, title=title))
    return weights


def parse_of(sentence: Sentence) -> Parse:
    """``Parse(sentence)``, made once for as long as its analysis lives when its features are kept.

    A sentence of an analysis the engine has not read (``kept_features``) is parsed afresh. The parse is
    shared by every caller: what it keeps of its words (lemmas, headline case) is the sentence's alone.
    """
    kept = _KEPT.get(_ANALYSIS_OF.get(id(sentence), -1))
    if kept is None:
        return Parse(sentence)
    found = kept.parses.get(sentence.index)
    if found is None or found.s is not sentence:
        found = kept.parses[sentence.index] = Parse(sentence)
        read = kept.pending.pop(sentence.index, None)
        if read:
            tune = tuning.TUNING.entities
            found.readings.update(((FINDINGS, *mention), (tune, f)) for mention, f in read.items())
    return found
