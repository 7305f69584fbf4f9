"""Cluster articles into stories without comparing every sentence pair of the corpus.

Each article becomes a bag of terms (content lemmas, plus its names, which
weigh more). Candidate pairs come from an inverted index on each article's
most distinctive terms, with very common terms left out of the blocking; only
candidate pairs get a TF-IDF cosine, and pairs above a threshold are joined
with union-find. The same index answers triage queries for a new article.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.features import SentenceFeatures

#: Cosine above which two articles are taken to report the same story.
STORY_THRESHOLD = 0.32
#: Names count more than ordinary words: rewrites keep their people and places.
NAME_WEIGHT = 3.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article of the index that may report the same story as a query article.

    Attributes:
        article: Id of the indexed article.
        score: TF-IDF cosine similarity in [0, 1].
        shared: The shared terms that weigh most (names are prefixed ``@``).
    """

    article: str
    score: float
    shared: tuple[str, ...]


def article_terms(features: Iterable[SentenceFeatures]) -> Counter[str]:
    """The weighted bag of terms of an article: content lemmas and ``@name`` keys."""
    bag: Counter[str] = Counter()
    for sentence in features:
        if not sentence.active:
            continue
        bag.update(sentence.lemmas)
        for span in sentence.spans:
            if span.kind == "name" and span.key:
                bag["@" + span.key] += NAME_WEIGHT
    return bag


class StoryIndex:
    """An inverted index of articles for story clustering and triage.

    Args:
        top_terms: How many of an article's heaviest terms are used for blocking.
        max_postings: Terms in more articles than this are not used for blocking
            (``None``: 5% of the index, at least 50).
    """

    def __init__(self, *, top_terms: int = 24, max_postings: int | None = None) -> None:
        self.top_terms = top_terms
        self.max_postings = max_postings
        self._bags: dict[str, Counter[str]] = {}
        self._df: Counter[str] = Counter()
        self._postings: dict[str, list[str]] = {}
        self._norms: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._bags)

    def __contains__(self, article: object) -> bool:
        return article in self._bags

    @classmethod
    def build(cls, corpus: Mapping[str, Sequence[SentenceFeatures]], **options: int) -> StoryIndex:
        """Index every article of ``corpus`` (article id -> sentence features)."""
        index = cls(**options)
        for article, features in corpus.items():
            index.add(article, features)
        return index

    def add(self, article: str, features: Sequence[SentenceFeatures] | Counter[str]) -> None:
        """Add (or replace) an article."""
        bag = features if isinstance(features, Counter) else article_terms(features)
        if article in self._bags:
            self._df.subtract(self._bags[article].keys())
            for term in self._bags[article]:
                self._postings[term].remove(article)
        self._bags[article] = bag
        self._df.update(bag.keys())
        for term in bag:
            self._postings.setdefault(term, []).append(article)
        self._norms.clear()

    def _idf(self, term: str) -> float:
        return math.log((1 + len(self._bags)) / (1 + self._df[term])) + 1.0

    def _weights(self, bag: Counter[str]) -> dict[str, float]:
        return {t: (1 + math.log(c)) * self._idf(t) for t, c in bag.items() if c > 0}

    def _norm(self, article: str) -> float:
        if article not in self._norms:
            self._norms[article] = math.sqrt(sum(w * w for w in self._weights(self._bags[article]).values())) or 1.0
        return self._norms[article]

    def similarity(self, a: str, b: str) -> float:
        """TF-IDF cosine between two indexed articles."""
        return self._cosine(self._weights(self._bags[a]), self._norm_of(self._bags[a]), b)[0]

    def _norm_of(self, bag: Counter[str]) -> float:
        return math.sqrt(sum(w * w for w in self._weights(bag).values())) or 1.0

    def _cosine(self, weights: Mapping[str, float], norm: float, other: str) -> tuple[float, list[tuple[float, str]]]:
        bag = self._bags[other]
        shared = [(weights[t] * (1 + math.log(bag[t])) * self._idf(t), t) for t in weights if bag.get(t, 0) > 0]
        return min(1.0, sum(w for w, _t in shared) / (norm * self._norm(other))), shared

    def _blocking_terms(self, weights: Mapping[str, float]) -> list[str]:
        cap = self.max_postings or max(50, len(self._bags) // 20)
        ranked = sorted(weights, key=lambda t: (-weights[t], t))
        return [t for t in ranked if len(self._postings.get(t, ())) <= cap][: self.top_terms]

    def candidates(
        self,
        features: Sequence[SentenceFeatures] | Counter[str],
        *,
        limit: int = 10,
        min_score: float = 0.0,
        exclude: Iterable[str] = (),
    ) -> list[Candidate]:
        """Indexed articles that share distinctive terms with a (new) article, best first.

        Only the postings of the query's heaviest, not-too-common terms are read,
        so the cost does not grow with the number of sentences in the index.
        """
        bag = features if isinstance(features, Counter) else article_terms(features)
        weights = self._weights(bag)
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        skip = set(exclude)
        seen: dict[str, None] = {}
        for term in self._blocking_terms(weights):
            for other in self._postings.get(term, ()):
                if other not in skip:
                    seen.setdefault(other)
        out = []
        for other in seen:
            score, shared = self._cosine(weights, norm, other)
            if score >= min_score:
                top = tuple(t for _w, t in sorted(shared, key=lambda x: (-x[0], x[1]))[:5])
                out.append(Candidate(other, round(score, 4), top))
        out.sort(key=lambda c: (-c.score, c.article))
        return out[:limit]


def cluster_stories(corpus: Mapping[str, Sequence[SentenceFeatures]], *, threshold: float = STORY_THRESHOLD) -> list[list[str]]:
    """Group articles into stories, in corpus order; one-article stories allowed.

    Args:
        corpus: Article id -> sentence features, in corpus order.
        threshold: Minimum TF-IDF cosine for two articles to join one story.
    """
    index = StoryIndex.build(corpus)
    dsu = DisjointSet(corpus)
    for article in corpus:
        for cand in index.candidates(index._bags[article], limit=50, min_score=threshold, exclude=(article,)):
            dsu.union(article, cand.article)
    return [list(map(str, g)) for g in dsu.groups()]
