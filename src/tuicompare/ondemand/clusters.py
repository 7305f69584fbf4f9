"""How ``StoryComparisons`` finds a corpus's stories: the cached index, newcomers placed, or clustering whole.

The corpus's story index is one cache record keyed by every article's
content, headline and date; when it is missing, a big corpus that differs a
little from a recently stored index has its new articles placed into that
index's stories (``analysis.lineage``, ``engine.place_articles``), reading
the stored index's terms (``termindex``) instead of every article's bag of
terms when it can; any other corpus is clustered from each article's bag of
terms (cached too). ``StoryClusters`` is a part of ``StoryComparisons``,
kept apart for its size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from tuicompare.analysis import lineage, stored
from tuicompare.models import Analysis, Article
from tuicompare.ondemand.parts import ComparisonsPart, Progress

#: Articles analysed (or decoded from the cache) at a time, which bounds memory on big corpora.
CHUNK = 500


class StoryClusters(ComparisonsPart):
    """The clustering part of ``StoryComparisons``."""

    _salt: str
    _position: dict[str, int]
    _by_id: dict[str, Article]
    _aside: Callable[[], None] | None

    def analyses_of(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles``, in order."""
        raise NotImplementedError

    def _check_analyses(self) -> None:
        """Parse what the cache lacks, if the corpus was opened with ``check_later`` and nobody has yet."""
        raise NotImplementedError

    def _cluster(self, progress: Progress | None) -> list[list[str]]:
        """The stories from the cached index; else newcomers placed into a recent one; else clustered whole."""
        ids = [a.id for a in self.articles]
        members = [(a.id, self._keys[a.id], a.title, a.date) for a in self.articles]
        key = stored.index_key(members, self._salt)
        record = self._get([key]).get(key)
        if record is not None:
            try:
                return stored.load_index(record, ids)
            except ValueError as exc:
                self._invalid("story index", exc)
        # Clustering reads every article's terms: the analyses the cache lacks are parsed first (and a few aside).
        self._check_analyses()
        from tuicompare.engine.clustering import cluster_bags
        from tuicompare.engine.placement import place_articles
        from tuicompare.engine.stories import StoryIndex
        from tuicompare.ondemand import termindex

        start = lineage.start_from(self._get, members, self._salt) if self.session.writable else None
        if self._aside is not None:
            self._meanwhile()
        dates = {a.id: a.date for a in self.articles}
        bag_keys = {a.id: self._bag_key(a) for a in self.articles}
        clusters, records = (self._placed(start, bag_keys, dates) if start is not None else None), {}
        if clusters is None:
            bags = self._bags(progress)
            if start is None:
                clusters = cluster_bags(bags, dates=dates)
            else:
                index = StoryIndex()
                for article, bag in bags.items():
                    index.add(article, bag, date=dates[article])
                clusters = place_articles(index, start.stories, start.new, self._position)
            # The index's terms, read instead of every bag when an article is next placed (``termindex``);
            # a corpus too small to be placed into is clustered whole every time and keeps none.
            if len(ids) >= lineage.MIN_CORPUS:
                records[termindex.terms_key(key)] = termindex.dump(ids, [bag_keys[a] for a in ids], bags)
        terms = termindex.terms_key(key) if records else start.terms if start is not None else None
        placed = start.placed if start is not None else 0
        records[key] = stored.dump_index(clusters)
        records[lineage.lineage_key(key)] = lineage.dump_lineage(members, placed, terms)
        self._put({**records, **lineage.remember(self._get, key, self._salt)})
        return clusters

    def _meanwhile(self) -> None:
        """What placing and comparing new articles will need, made ready while the other process parses them.

        New articles parsed aside (``_analyse_all``) change the corpus's story index, so their
        story is placed (word frequencies, which load on first use: 0.25 s) and compared (the
        engine's modules: 0.3 s of imports) once they arrive: done now, on this core, the wait
        for spaCy's start in the other process hides them. ``report --json`` waits first for an
        added article's outline, before the stories are clustered. Loaded once per process.
        """
        import tuicompare.engine.build  # noqa: F401 - imported for ``compare_story`` (see above)
        import tuicompare.engine.placement  # noqa: F401 - and for ``place_articles``
        import tuicompare.ondemand.termindex  # noqa: F401
        from tuicompare.engine.story_terms import term_weight

        term_weight("news")

    def _placed(
        self, start: lineage.Start, bag_keys: dict[str, str], dates: dict[str, str | None]
    ) -> list[list[str]] | None:
        """The newcomers placed from the start's terms record (``termindex``); ``None`` if it has none or is damaged."""
        from tuicompare.engine.placement import place_articles
        from tuicompare.ondemand import termindex

        record = self._get([start.terms]).get(start.terms) if start.terms is not None else None
        if record is None:
            return None
        ids = [a.id for a in self.articles]

        def fresh(wanted: list[str]) -> dict[str, Counter[str]]:
            return self._bags(None, [self._by_id[a] for a in wanted])

        index = termindex.stored_index(record, ids, bag_keys, dates, fresh, lambda a: fresh([a])[a])
        try:
            return place_articles(index, start.stories, start.new, self._position) if index is not None else None
        except ValueError as exc:
            self._invalid("story terms", exc)
            return None

    def _bag_key(self, article: Article) -> str:
        return stored.bag_key(self._keys[article.id], article.title, article.date, self._salt)

    def _bags(self, progress: Progress | None, articles: Sequence[Article] | None = None) -> dict[str, Counter[str]]:
        # Imported here, as the stories are clustered only when their index is not cached: the
        # features (with nameparser) are a tenth of a second of a warm start.
        from tuicompare.engine.features import article_features
        from tuicompare.engine.published import publication_date
        from tuicompare.engine.stories import article_terms

        articles = self.articles if articles is None else articles
        keys = {a.id: self._bag_key(a) for a in articles}
        found = self._get(list(keys.values()))
        bags: dict[str, Counter[str]] = {}
        missing = []
        for article in articles:
            bag = stored.load_bag(found[keys[article.id]]) if keys[article.id] in found else None
            if bag is None:
                missing.append(article)
            bags[article.id] = bag or Counter()
        for start in range(0, len(missing), CHUNK):
            self._check()
            chunk = missing[start : start + CHUNK]
            fresh = {}
            for analysis in self.analyses_of(chunk):
                article = self._by_id[analysis.article]
                features = article_features(analysis, publication_date(article.date))
                bags[article.id] = bag = article_terms(features, title=article.title)
                fresh[keys[article.id]] = stored.dump_bag(bag)
                # The analysis is decoded now anyway: its outline saves decoding it again for the report.
                fresh[stored.outline_key(self._keys[article.id])] = stored.dump_outline(analysis)
            self._put(fresh)
            if progress:
                progress("cluster", start + len(chunk), len(missing))
        return bags
