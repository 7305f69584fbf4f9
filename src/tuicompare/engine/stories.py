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
STORY_THRESHOLD = 0.37
#: Two groups of articles join only if their articles are this alike on average.
STORY_MEAN_THRESHOLD = 0.33
#: Average linkage compares at most this many articles of each group.
LINKAGE_SAMPLE = 24
#: Candidates must share this many of the query's blocking terms.
MIN_SHARED_TERMS = 3
#: Names count more than ordinary words: rewrites keep their people and places.
NAME_WEIGHT = 3.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article of the index that may report the same story as a query article.

    Attributes:
        article: Id of the indexed article.
        score: Story similarity in [0, 1]: the geometric mean of the TF-IDF
            cosines of names and of content words.
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
                bag["@" + span.key] += NAME_WEIGHT  # type: ignore[assignment]  # float weights in a Counter
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
        self._norms: dict[str, tuple[float, float]] = {}
        self._wcache: dict[str, dict[str, float]] = {}

    def terms(self, article: str) -> Counter[str]:
        """The bag of terms of an indexed article."""
        return self._bags[article]

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
        # Document frequencies changed: cached weights are stale.
        self._norms.clear()
        self._wcache.clear()

    def _idf(self, term: str) -> float:
        return math.log((1 + len(self._bags)) / (1 + self._df[term])) + 1.0

    def _weights(self, bag: Counter[str]) -> dict[str, float]:
        return {t: (1 + math.log(c)) * self._idf(t) for t, c in bag.items() if c > 0}

    @staticmethod
    def _norms_of(weights: Mapping[str, float]) -> tuple[float, float]:
        names = sum(w * w for t, w in weights.items() if t.startswith("@"))
        words = sum(w * w for t, w in weights.items() if not t.startswith("@"))
        return math.sqrt(names), math.sqrt(words)

    def _indexed_weights(self, article: str) -> dict[str, float]:
        weights = self._wcache.get(article)
        if weights is None:
            weights = self._wcache[article] = self._weights(self._bags[article])
        return weights

    def _norm(self, article: str) -> tuple[float, float]:
        if article not in self._norms:
            self._norms[article] = self._norms_of(self._indexed_weights(article))
        return self._norms[article]

    def similarity(self, a: str, b: str) -> float:
        """Story similarity between two indexed articles (see ``candidates``)."""
        return self._score(self._indexed_weights(a), self._norm(a), b)[0]

    def _score(
        self, weights: Mapping[str, float], norms: tuple[float, float], other: str
    ) -> tuple[float, list[tuple[float, str]]]:
        """Geometric mean of the name cosine and the word cosine, and the shared terms.

        Both must agree: same-topic stories share words but not names, and
        stories about one war share names (a president, a country) but not words.
        """
        theirs = self._indexed_weights(other)
        small, large = (weights, theirs) if len(weights) <= len(theirs) else (theirs, weights)
        shared = [(w * large[t], t) for t, w in small.items() if t in large]
        names = words = 0.0
        for w, t in shared:
            if t[0] == "@":
                names += w
            else:
                words += w
        other_norms = self._norm(other)
        words = words / (norms[1] * other_norms[1]) if norms[1] and other_norms[1] else 0.0
        if not (norms[0] and other_norms[0]):
            return min(1.0, words), shared  # an article without names: words alone decide
        names /= norms[0] * other_norms[0]
        return min(1.0, math.sqrt(max(names, 0.0) * max(words, 0.0))), shared

    def _cap(self) -> int:
        return self.max_postings or max(50, len(self._bags) // 20)

    def _blocking_terms(self, weights: Mapping[str, float]) -> list[str]:
        """The query's heaviest terms whose postings are short enough to read.

        When too few such terms exist (one story told by hundreds of articles
        makes every one of its terms common), the rarest remaining terms fill
        in; ``candidates`` reads only the first ``cap`` postings of those.
        """
        cap = self._cap()
        ranked = sorted(weights, key=lambda t: (-weights[t], t))
        chosen = [t for t in ranked if len(self._postings.get(t, ())) <= cap][: self.top_terms]
        if len(chosen) < self.top_terms:
            common = sorted(
                (t for t in ranked if t not in chosen and t in self._postings),
                key=lambda t: (len(self._postings[t]), t),
            )
            chosen += common[: self.top_terms - len(chosen)]
        return chosen

    def candidates(
        self,
        features: Sequence[SentenceFeatures] | Counter[str] | str,
        *,
        limit: int = 10,
        min_score: float = 0.0,
        exclude: Iterable[str] = (),
    ) -> list[Candidate]:
        """Indexed articles that share distinctive terms with a (new) article, best first.

        Only the postings of the query's heaviest, not-too-common terms are read,
        so the cost does not grow with the number of sentences in the index.

        Args:
            features: The new article's sentence features (or its bag of terms,
                or the id of an indexed article).
            limit: At most this many candidates.
            min_score: Leave out candidates below this similarity.
            exclude: Article ids never returned (e.g. the query itself).
        """
        if isinstance(features, str):
            weights, norms = self._indexed_weights(features), self._norm(features)
        else:
            bag = features if isinstance(features, Counter) else article_terms(features)
            weights = self._weights(bag)
            norms = self._norms_of(weights)
        skip = set(exclude)
        hits: dict[str, int] = {}
        blocking = self._blocking_terms(weights)
        cap = self._cap()
        for term in blocking:
            for other in self._postings.get(term, ())[:cap]:
                if other not in skip:
                    hits[other] = hits.get(other, 0) + 1
        # Sharing a single distinctive term is chance; the same story shares several.
        needed = min(MIN_SHARED_TERMS, len(blocking))
        out = []
        for other in (o for o, n in hits.items() if n >= needed):
            score, shared = self._score(weights, norms, other)
            if score >= min_score:
                top = tuple(t for _w, t in sorted(shared, key=lambda x: (-x[0], x[1]))[:5])
                out.append(Candidate(other, round(score, 4), top))
        out.sort(key=lambda c: (-c.score, c.article))
        return out[:limit]


def cluster_stories(
    corpus: Mapping[str, Sequence[SentenceFeatures]],
    *,
    threshold: float = STORY_THRESHOLD,
    mean_threshold: float = STORY_MEAN_THRESHOLD,
) -> list[list[str]]:
    """Group articles into stories, in corpus order; one-article stories allowed.

    Candidate pairs above ``threshold`` are merged strongest first, but two
    groups merge only if their articles are alike on average (average linkage),
    so one article that happens to resemble another story cannot chain two
    stories together.

    Args:
        corpus: Article id -> sentence features, in corpus order.
        threshold: Minimum similarity of the pair that proposes a merge.
        mean_threshold: Minimum mean similarity between the two groups' articles.
    """
    index = StoryIndex.build(corpus)
    order = {a: n for n, a in enumerate(corpus)}
    pairs: dict[tuple[str, ...], float] = {}
    for article in corpus:
        for cand in index.candidates(article, limit=50, min_score=threshold, exclude=(article,)):
            # Candidate lists are capped, so a pair may be seen from one side only.
            pairs[tuple(sorted((article, cand.article), key=order.__getitem__))] = cand.score
    edges = [(score, a, b) for (a, b), score in pairs.items()]
    dsu = DisjointSet(corpus)
    members: dict[object, list[str]] = {a: [a] for a in corpus}
    for _score, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = dsu.find(a), dsu.find(b)
        if ra == rb:
            continue
        # Average linkage over (at most) the first members of each group keeps a merge's cost bounded.
        sims = [index.similarity(x, y) for x in members[ra][:LINKAGE_SAMPLE] for y in members[rb][:LINKAGE_SAMPLE]]
        if sum(sims) / len(sims) < mean_threshold:
            continue
        dsu.union(ra, rb)
        members[dsu.find(ra)] = members.pop(ra) + members.pop(rb)
    return [list(map(str, g)) for g in dsu.groups()]
