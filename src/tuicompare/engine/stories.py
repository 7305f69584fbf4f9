"""Cluster articles into stories without comparing every pair of articles of the corpus.

Each article becomes a bag of weighted terms (``story_terms``: content lemmas,
names, specific numbers; weights from how rare a word is in English, so three
articles compare as well as thousands). Candidate pairs come from an inverted
index on each article's heaviest terms, with very common terms left out of
the blocking; only candidate pairs get a similarity (``story_similarity``). Pairs above a threshold
merge strongest first under average linkage. The same index answers triage:
``StoryIndex.story_for`` clusters a new article's neighbourhood with the same
rule and threshold, so triage puts an article where ``report`` would.
A whole corpus is clustered with the index by ``clustering``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from tuicompare.engine import tuning
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.linkage import agglomerate
from tuicompare.engine.story_anchors import name_words, shares_specifics
from tuicompare.engine.story_similarity import StoryVector, Weights, story_similarity, weigh
from tuicompare.engine.story_terms import article_terms, day_number

__all__ = ["STORY_THRESHOLD", "Candidate", "StoryIndex", "article_terms"]

#: The similarity above which two articles report the same story (see ``StoryTuning.threshold``).
STORY_THRESHOLD = tuning.TUNING.stories.threshold
#: The id a triage query takes inside ``story_for`` (never an article id: ids have no NUL).
_QUERY = "\0query"
#: How many pairs' similarities an index keeps (``StoryIndex._pair``): emptied when full, it holds about 10 MB.
_PAIRS_KEPT = 50_000


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


class StoryIndex:
    """An inverted index of articles for story clustering and triage.

    Args:
        top_terms: How many of an article's heaviest terms are used for blocking
            (``None``: ``StoryTuning.top_terms``).
        max_postings: Terms in more articles than this are not used for blocking,
            and no term's postings are read further (``None``: ``StoryTuning.max_postings``).
    """

    def __init__(self, *, top_terms: int | None = None, max_postings: int | None = None) -> None:
        self.top_terms = top_terms or tuning.TUNING.stories.top_terms
        self.max_postings = max_postings
        self._bags: dict[str, Counter[str]] = {}
        self._days: dict[str, int | None] = {}
        self._postings: dict[str, list[str]] = {}
        self._wcache: dict[str, Weights] = {}
        self._vectors: dict[str, StoryVector] = {}
        self._pairs: dict[tuple[str, str], float] = {}
        self._words: dict[str, frozenset[str]] = {}

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
        self,
        article: str,
        features: Sequence[SentenceFeatures] | Counter[str],
        *,
        date: str | None = None,
        weights: Weights | None = None,
    ) -> None:
        """Add (or replace) an article, from its sentence features or its bag of terms.

        Args:
            article: Article id.
            features: Its sentence features, or its bag (``article_terms``, which also reads the headline).
            date: Its publication date as given, if known.
            weights: ``weigh`` of its bag under the tuning in force, when already made (``kept.kept_weights``);
                read, never changed.
        """
        bag = features if isinstance(features, Counter) else article_terms(features)
        if article in self._bags:
            for term in self._bags[article]:
                self._postings[term].remove(article)
            self._pairs.clear()  # its similarities to the others were of its old terms
        self._bags[article] = bag
        self._days[article] = day_number(date)
        for term in bag:
            self._postings.setdefault(term, []).append(article)
        # Weights depend on the term alone (not on the corpus), so adding an article changes no other's;
        # they are computed when first compared: placing one article in a big index reads few of them.
        self._wcache.pop(article, None)
        if weights is not None:
            self._wcache[article] = weights
        self._vectors.pop(article, None)
        self._words.pop(article, None)

    def _weights_of(self, article: str) -> Weights:
        weights = self._wcache.get(article)
        if weights is None:
            weights = self._wcache[article] = weigh(self._bags[article])
        return weights

    def _vector(self, article: str) -> StoryVector:
        vector = self._vectors.get(article)
        if vector is None:
            vector = self._vectors[article] = StoryVector.of(self._weights_of(article), self._days[article])
        return vector

    def similarity(self, a: str, b: str) -> float:
        """Story similarity between two indexed articles (see ``Candidate.score``)."""
        return self._pair(a, b)

    def _pair(self, a: str, b: str) -> float:
        """``similarity``, worked out once for a pair: clustering scores each pair found from either article's
        blocking and again under average linkage. The score is symmetric to the last bit (products and
        ``fsum``), so either order gives the same float."""
        key = (a, b) if a < b else (b, a)
        score = self._pairs.get(key)
        if score is None:
            if len(self._pairs) >= _PAIRS_KEPT:
                self._pairs.clear()
            score = self._pairs[key] = story_similarity(self._vector(a), self._vector(b))
        return score

    def anchored(self, a: str, b: str) -> bool:
        """Whether two indexed articles share their event's specifics (``story_anchors``)."""
        return shares_specifics(self._bags[a], self._bags[b], lambda: (self._name_words(a), self._name_words(b)))

    def _name_words(self, article: str) -> frozenset[str]:
        """``name_words`` of an indexed article, made once."""
        words = self._words.get(article)
        if words is None:
            words = self._words[article] = name_words(self._bags[article])
        return words

    def _cap(self) -> int:
        return self.max_postings or tuning.TUNING.stories.max_postings

    def _blocking_terms(self, weights: Mapping[str, float]) -> list[str]:
        """The query's heaviest terms whose postings are short enough to read.

        When too few such terms exist (one story told by hundreds of articles
        makes every one of its terms common), the rarest remaining terms fill
        in; ``candidates`` reads only the first ``cap`` postings of those.
        """
        cap = self._cap()
        # Heaviest first, ties by term: sorted by term, then (stably) by weight, both keys read in C.
        ranked = sorted(weights)
        ranked.sort(key=weights.__getitem__, reverse=True)
        postings = self._postings
        # The first top_terms of them: the rest of the ranking is not read.
        chosen = list(islice((t for t in ranked if len(postings.get(t, ())) <= cap), self.top_terms))
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
    ) -> tuple[Weights, StoryVector]:
        if isinstance(features, str):
            return self._weights_of(features), self._vector(features)
        bag = features if isinstance(features, Counter) else article_terms(features)
        weights = weigh(bag)
        return weights, StoryVector.of(weights, day_number(date))

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

        Only the first ``max_postings`` postings of the query's heaviest,
        not-too-common terms are read, so a query costs the same however
        many articles and sentences the index holds.

        Args:
            features: The new article's sentence features (or its bag of terms,
                or the id of an indexed article).
            limit: At most this many candidates.
            min_score: Leave out candidates below this similarity.
            exclude: Article ids never returned (e.g. the query itself).
            date: The new article's publication date, if known.
        """
        weights, vector = self._query(features, date)
        skip = set(exclude)
        if isinstance(features, str):
            skip.add(features)
        found = self._neighbours(
            weights, vector, limit, min_score, skip, features if isinstance(features, str) else None
        )
        return [Candidate(other, score, self._shared(weights, other)) for score, other in found]

    def _neighbours(
        self,
        weights: Weights,
        vector: StoryVector,
        limit: int,
        min_score: float,
        skip: set[str],
        query: str | None = None,
    ) -> list[tuple[float, str]]:
        """``candidates`` without the shared terms: (rounded score, article id), best first; ``query``: the id of
        the indexed article ``weights`` and ``vector`` are of, if it is one."""
        blocking = self._blocking_terms(weights)
        cap = self._cap()
        hits = Counter(chain.from_iterable(self._postings.get(term, ())[:cap] for term in blocking))
        # Sharing a single distinctive term is chance; the same story shares several.
        needed = min(tuning.TUNING.stories.min_shared_terms, len(blocking))
        scored = []
        for other, n in hits.items():
            if n >= needed and other not in skip:
                score = self._pair(query, other) if query is not None else story_similarity(vector, self._vector(other))
                if score >= min_score:
                    scored.append((round(score, 4), other))
        scored.sort(key=lambda c: (-c[0], c[1]))
        return scored[:limit]

    def neighbours(self, article: str) -> list[tuple[float, str]]:
        """An indexed article's links as clustering makes them: (score, id) above the threshold, best first."""
        weights, vector = self._query(article, None)
        return self._neighbours(weights, vector, len(self._bags), tuning.TUNING.stories.threshold, {article}, article)

    def _shared(self, weights: Weights, other: str) -> tuple[str, ...]:
        """The five shared terms that weigh most in the similarity (names ``@``, numbers ``#``)."""
        theirs = self._weights_of(other)
        shared = sorted(((w * theirs[t], t) for t, w in weights.items() if t in theirs), key=lambda x: (-x[0], x[1]))
        return tuple(t for _w, t in shared[:5])

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
        query_terms, vector = self._query(features, date)
        skip = set(exclude)
        found = self.candidates(features, limit=tune.max_candidates, exclude=skip, date=date)
        near = [c for c in found if c.score >= tune.threshold]
        if not near:
            return found, []
        edges = {(_QUERY, c.article): c.score for c in near}
        for c in near:
            weights, other = self._query(c.article, None)
            near_c = self._neighbours(
                weights, other, tune.max_candidates, tune.threshold, skip | {c.article}, c.article
            )
            for score, d in near_c:
                edges[tuple(sorted((c.article, d)))] = score  # type: ignore[index]
        members = list(dict.fromkeys([_QUERY, *(a for pair in edges for a in pair)]))
        # The neighbours' neighbours are members too, and clustering the whole corpus links them to each other:
        # without those edges each could only join the query's group, one by one, while in ``report`` they
        # first make their own story (two events of one kind: the other event's three articles, each near a
        # candidate, all came into the query's story; ECB+ tuning topic 7 as a six-article folder).
        inner = set(members)
        for d in members[1 + len(near) :]:
            weights, other = self._query(d, None)
            for score, e in self._neighbours(weights, other, tune.max_candidates, tune.threshold, skip | {d}, d):
                if e in inner:
                    edges[tuple(sorted((d, e)))] = score  # type: ignore[index]

        def similarity(a: str, b: str) -> float:
            if _QUERY in (a, b):
                return story_similarity(vector, self._vector(b if a == _QUERY else a))
            return self.similarity(a, b)

        def anchored(a: str, b: str) -> bool:
            if _QUERY in (a, b):
                return shares_specifics(query_terms, self._bags[b if a == _QUERY else a])
            return self.anchored(a, b)

        groups = agglomerate(members, edges, similarity, anchored)
        story = next(g for g in groups if _QUERY in g)
        scores = {c.article: c.score for c in found}
        ranked = sorted((a for a in story if a != _QUERY), key=lambda a: (-scores.get(a, 0.0), a))
        return found, ranked
