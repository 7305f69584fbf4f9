"""Cluster articles into stories without comparing every pair of articles of the corpus.

Each article becomes a bag of weighted terms (``story_terms``: content lemmas,
names, specific numbers; weights from how rare a word is in English, so three
articles compare as well as thousands). Candidate pairs come from an inverted
index on each article's heaviest terms, with very common terms left out of
the blocking; only candidate pairs get a similarity. Pairs above a threshold
merge strongest first under average linkage. The same index answers triage:
``StoryIndex.story_for`` clusters a new article's neighbourhood with the same
rule and threshold, so triage puts an article where ``report`` would.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from tuicompare.engine import tuning
from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.features import SentenceFeatures, article_features
from tuicompare.engine.story_terms import article_terms, date_factor, day_number, term_weight
from tuicompare.models import Analysis, Article

__all__ = [
    "STORY_THRESHOLD",
    "Candidate",
    "StoryIndex",
    "article_terms",
    "cluster_articles",
    "cluster_bags",
    "cluster_stories",
]

#: The similarity above which two articles report the same story (see ``StoryTuning.threshold``).
STORY_THRESHOLD = tuning.TUNING.stories.threshold
#: The id a triage query takes inside ``story_for`` (never an article id: ids have no NUL).
_QUERY = "\0query"

Weights = dict[str, float]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article of the index that may report the same story as a query article.

    Attributes:
        article: Id of the indexed article.
        score: Story similarity in [0, 1]: the geometric mean of the cosines of
            names and numbers and of content words, lowered for far-apart dates.
        shared: The shared terms that weigh most (names are prefixed ``@``, numbers ``#``).
    """

    article: str
    score: float
    shared: tuple[str, ...]


def _weights(bag: Mapping[str, float]) -> Weights:
    """Sublinear counts times each term's English-rarity weight."""
    return {t: (1 + math.log(c) if c >= 1 else c) * term_weight(t) for t, c in bag.items() if c > 0}


def _norms(weights: Mapping[str, float]) -> tuple[float, float]:
    names = sum(w * w for t, w in weights.items() if t[0] in "@#")
    words = sum(w * w for t, w in weights.items() if t[0] not in "@#")
    return math.sqrt(names), math.sqrt(words)


class StoryIndex:
    """An inverted index of articles for story clustering and triage.

    Args:
        top_terms: How many of an article's heaviest terms are used for blocking
            (``None``: ``StoryTuning.top_terms``).
        max_postings: Terms in more articles than this are not used for blocking
            (``None``: 5% of the index, at least 50).
    """

    def __init__(self, *, top_terms: int | None = None, max_postings: int | None = None) -> None:
        self.top_terms = top_terms or tuning.TUNING.stories.top_terms
        self.max_postings = max_postings
        self._bags: dict[str, Counter[str]] = {}
        self._days: dict[str, int | None] = {}
        self._postings: dict[str, list[str]] = {}
        self._wcache: dict[str, Weights] = {}
        self._ncache: dict[str, tuple[float, float]] = {}

    def terms(self, article: str) -> Counter[str]:
        """The bag of terms of an indexed article."""
        return self._bags[article]

    def __len__(self) -> int:
        return len(self._bags)

    def __contains__(self, article: object) -> bool:
        return article in self._bags

    @classmethod
    def build(
        cls,
        corpus: Mapping[str, Sequence[SentenceFeatures]],
        *,
        titles: Mapping[str, str] | None = None,
        dates: Mapping[str, str | None] | None = None,
        **options: int,
    ) -> StoryIndex:
        """Index every article of ``corpus`` (article id -> sentence features), with headlines and dates."""
        index = cls(**options)
        for article, features in corpus.items():
            title = titles.get(article) if titles else None
            index.add(article, article_terms(features, title=title), date=dates.get(article) if dates else None)
        return index

    def add(
        self, article: str, features: Sequence[SentenceFeatures] | Counter[str], *, date: str | None = None
    ) -> None:
        """Add (or replace) an article, from its sentence features or its bag of terms.

        Args:
            article: Article id.
            features: Its sentence features, or its bag (``article_terms``, which also reads the headline).
            date: Its publication date as given, if known.
        """
        bag = features if isinstance(features, Counter) else article_terms(features)
        if article in self._bags:
            for term in self._bags[article]:
                self._postings[term].remove(article)
        self._bags[article] = bag
        self._days[article] = day_number(date)
        for term in bag:
            self._postings.setdefault(term, []).append(article)
        # Weights depend on the term alone (not on the corpus), so adding an article changes no other's.
        self._wcache[article] = weights = _weights(bag)
        self._ncache[article] = _norms(weights)

    def _weights(self, article: str) -> Weights:
        return self._wcache[article]

    def _norms(self, article: str) -> tuple[float, float]:
        return self._ncache[article]

    def similarity(self, a: str, b: str) -> float:
        """Story similarity between two indexed articles (see ``Candidate.score``)."""
        return self._score(self._weights(a), self._norms(a), self._days[a], b)[0]

    def _score(
        self, weights: Mapping[str, float], norms: tuple[float, float], day: int | None, other: str
    ) -> tuple[float, list[tuple[float, str]]]:
        """Geometric mean of the names-and-numbers cosine and the word cosine, and the shared terms.

        Both must agree: same-kind stories share words but not names (two
        earthquakes), and stories about one war share names but not words.
        """
        theirs = self._weights(other)
        small, large = (weights, theirs) if len(weights) <= len(theirs) else (theirs, weights)
        shared = [(w * large[t], t) for t, w in small.items() if t in large]
        names = words = 0.0
        for w, t in shared:
            if t[0] in "@#":
                names += w
            else:
                words += w
        other_norms = self._norms(other)
        factor = date_factor(day, self._days[other])
        words = words / (norms[1] * other_norms[1]) if norms[1] and other_norms[1] else 0.0
        if not (norms[0] and other_norms[0]):
            return min(1.0, words) * factor, shared  # an article without names: words alone decide
        names /= norms[0] * other_norms[0]
        share = tuning.TUNING.stories.name_share
        return min(1.0, max(names, 0.0) ** share * max(words, 0.0) ** (1 - share)) * factor, shared

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
            taken = set(chosen)
            common = sorted(
                (t for t in ranked if t not in taken and t in self._postings),
                key=lambda t: (len(self._postings[t]), t),
            )
            chosen += common[: self.top_terms - len(chosen)]
        return chosen

    def _query(
        self, features: Sequence[SentenceFeatures] | Counter[str] | str, date: str | None
    ) -> tuple[Weights, tuple[float, float], int | None]:
        if isinstance(features, str):
            return self._weights(features), self._norms(features), self._days[features]
        bag = features if isinstance(features, Counter) else article_terms(features)
        weights = _weights(bag)
        return weights, _norms(weights), day_number(date)

    def candidates(
        self,
        features: Sequence[SentenceFeatures] | Counter[str] | str,
        *,
        limit: int = 10,
        min_score: float = 0.0,
        exclude: Iterable[str] = (),
        date: str | None = None,
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
            date: The new article's publication date, if known.
        """
        weights, norms, day = self._query(features, date)
        skip = set(exclude)
        if isinstance(features, str):
            skip.add(features)
        hits: dict[str, int] = {}
        blocking = self._blocking_terms(weights)
        cap = self._cap()
        for term in blocking:
            for other in self._postings.get(term, ())[:cap]:
                if other not in skip:
                    hits[other] = hits.get(other, 0) + 1
        # Sharing a single distinctive term is chance; the same story shares several.
        needed = min(tuning.TUNING.stories.min_shared_terms, len(blocking))
        out = []
        for other in (o for o, n in hits.items() if n >= needed):
            score, shared = self._score(weights, norms, day, other)
            if score >= min_score:
                top = tuple(t for _w, t in sorted(shared, key=lambda x: (-x[0], x[1]))[:5])
                out.append(Candidate(other, round(score, 4), top))
        out.sort(key=lambda c: (-c.score, c.article))
        return out[:limit]

    def story_for(
        self,
        features: Sequence[SentenceFeatures] | Counter[str],
        *,
        date: str | None = None,
        exclude: Iterable[str] = (),
    ) -> tuple[list[Candidate], list[str]]:
        """The indexed articles a new article's story would hold, by ``cluster_stories``'s rule.

        The new article's candidates above the threshold and their own
        neighbours are clustered together with it (same edges, same average
        linkage), so triage agrees with a ``report`` over the whole corpus
        without clustering the whole corpus.

        Returns:
            The new article's candidates (best first, also those below the
            threshold), and the ids of its story's indexed articles, most similar first.
        """
        tune = tuning.TUNING.stories
        weights, norms, day = self._query(features, date)
        skip = set(exclude)
        found = self.candidates(features, limit=tune.max_candidates, exclude=skip, date=date)
        near = [c for c in found if c.score >= tune.threshold]
        if not near:
            return found, []
        edges = {(_QUERY, c.article): c.score for c in near}
        for c in near:
            for d in self.candidates(c.article, limit=tune.max_candidates, min_score=tune.threshold, exclude=skip):
                edges[tuple(sorted((c.article, d.article)))] = d.score  # type: ignore[index]
        members = list(dict.fromkeys([_QUERY, *(a for pair in edges for a in pair)]))

        def similarity(a: str, b: str) -> float:
            if _QUERY in (a, b):
                return self._score(weights, norms, day, b if a == _QUERY else a)[0]
            return self.similarity(a, b)

        groups = agglomerate(members, edges, similarity)
        story = next(g for g in groups if _QUERY in g)
        score = {c.article: c.score for c in found}
        ranked = sorted((a for a in story if a != _QUERY), key=lambda a: (-score.get(a, 0.0), a))
        return found, ranked


def agglomerate(
    members: Sequence[str], edges: Mapping[tuple[str, str], float], similarity: Callable[[str, str], float]
) -> list[list[str]]:
    """Merge groups along ``edges``, strongest first, when the groups are alike on average.

    Two groups merge only if the mean similarity of their articles reaches
    ``mean_threshold`` (average linkage over at most ``linkage_sample``
    articles of each), so one article that resembles another story cannot
    chain two stories together.

    Returns:
        The groups, each in ``members`` order, ordered by first member.
    """
    tune = tuning.TUNING.stories
    order = {a: n for n, a in enumerate(members)}
    dsu = DisjointSet(members)
    groups: dict[object, list[str]] = {a: [a] for a in members}
    distinct: dict[object, int] = dict.fromkeys(members, 1)
    ranked = sorted(edges.items(), key=lambda e: (-e[1], order[e[0][0]], order[e[0][1]]))
    for (a, b), score in ranked:
        ra, rb = dsu.find(a), dsu.find(b)
        if ra == rb:
            continue
        if _linkage(groups[ra], groups[rb], similarity) < _required(distinct[ra], distinct[rb]):
            continue
        dsu.union(ra, rb)
        root = dsu.find(ra)
        copies = score >= tune.duplicate_similarity
        na, nb = distinct.pop(ra), distinct.pop(rb)
        distinct[root] = max(na, nb) if copies else na + nb
        merged = sorted(groups.pop(ra) + groups.pop(rb), key=order.__getitem__)
        groups[root] = merged
    return [list(map(str, g)) for g in dsu.groups()]


def _required(a: int, b: int) -> float:
    """The mean similarity two groups of ``a`` and ``b`` articles need to join.

    A mean over few pairs is a noisy estimate, so small groups need a margin
    that shrinks with the square root of the number of pairs: one article
    joining a three-article story needs more than two stories of ten joining.
    Sizes count distinct articles: copies of one article are one witness.
    """
    tune = tuning.TUNING.stories
    sample = tune.linkage_sample
    return tune.mean_threshold + tune.small_group_margin / math.sqrt(min(a, sample) * min(b, sample))


def _linkage(a: Sequence[str], b: Sequence[str], similarity: Callable[[str, str], float]) -> float:
    """Average linkage: the mean similarity between the (first ``linkage_sample``) articles of two groups."""
    sample = tuning.TUNING.stories.linkage_sample
    pairs = [similarity(x, y) for x in a[:sample] for y in b[:sample]]
    return sum(pairs) / len(pairs)


def cluster_stories(
    corpus: Mapping[str, Sequence[SentenceFeatures]],
    *,
    titles: Mapping[str, str] | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> list[list[str]]:
    """Group articles into stories, in corpus order; one-article stories allowed.

    Args:
        corpus: Article id -> sentence features, in corpus order.
        titles: Article id -> headline (when the loader took it out of the text).
        dates: Article id -> publication date as given.
    """
    return _cluster(StoryIndex.build(corpus, titles=titles, dates=dates), list(corpus))


def cluster_bags(bags: Mapping[str, Counter[str]], *, dates: Mapping[str, str | None] | None = None) -> list[list[str]]:
    """``cluster_stories`` from each article's bag of terms (``article_terms``, headline included).

    The bags are all clustering reads, so a cache of them clusters a corpus without its sentences.

    Args:
        bags: Article id -> bag of terms, in corpus order.
        dates: Article id -> publication date as given.
    """
    index = StoryIndex()
    for article, bag in bags.items():
        index.add(article, bag, date=dates.get(article) if dates else None)
    return _cluster(index, list(bags))


def _cluster(index: StoryIndex, corpus: Sequence[str]) -> list[list[str]]:
    """Link each article to its candidates above the threshold, then merge by average linkage."""
    tune = tuning.TUNING.stories
    order = {a: n for n, a in enumerate(corpus)}
    edges: dict[tuple[str, str], float] = {}
    for article in corpus:
        for cand in index.candidates(article, limit=tune.max_candidates, min_score=tune.threshold):
            # Candidate lists are capped, so a pair may be seen from one side only.
            a, b = sorted((article, cand.article), key=order.__getitem__)
            edges[(a, b)] = cand.score
    return agglomerate(list(corpus), edges, index.similarity)


def cluster_articles(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[list[str]]:
    """The stories ``compare`` makes of analysed articles (their headlines and dates included)."""
    by_id = {a.article: a for a in analyses}
    kept = [a for a in articles if a.id in by_id]
    return cluster_stories(
        {a.id: article_features(by_id[a.id]) for a in kept},
        titles={a.id: a.title for a in kept},
        dates={a.id: a.date for a in kept},
    )
