"""The corpus a new article is triaged against: articles, cached term bags, a story index.

Opening a corpus reads its files and, from the analysis cache, one small bag
of terms per article; it never decodes the corpus's analyses. Only the
articles that candidate retrieval returns for a new article have their
analyses fetched (and only those are compared), so the work beyond reading
the files grows with the size of a story, not with the corpus.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from tuicompare.errors import CorpusError
from tuicompare.models import Analysis, Article, LoadWarning
from tuicompare.pipeline import AnalysisSession, Options, input_files, load, load_one
from tuicompare.triage import terms

if TYPE_CHECKING:
    from tuicompare.review import ReviewStore


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same existing file (``-`` never matches)."""
    if "-" in (a, b):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class TriageCorpus:
    """A loaded corpus with a story index over its articles, ready for many triages.

    Use `TriageCorpus.open`; call `close` (or use ``with``) to release the cache.

    Attributes:
        articles: The corpus articles by id, in corpus order.
        warnings: Files that could not be loaded and cache problems.
        model: The resolved spaCy model name.
        reviews: The review store whose false alarms triage does not raise again, if any.
    """

    def __init__(self, articles: Sequence[Article], options: Options, session: AnalysisSession) -> None:
        from tuicompare.engine import StoryIndex

        self.articles = {a.id: a for a in articles}
        self.options = options
        self.session = session
        self.model = session.model[0]
        self.keys = {a.id: session.key(a) for a in articles}
        self.index = StoryIndex()
        self.warnings: list[LoadWarning] = []
        self.reviews: ReviewStore | None = None
        self._hashes: dict[str, str] = {}

    @classmethod
    def open(
        cls,
        paths: Sequence[str],
        options: Options,
        *,
        exclude: Iterable[str] = (),
        progress: Callable[[str, int, int], None] | None = None,
    ) -> TriageCorpus:
        """Load the corpus at ``paths`` and index it, analysing only uncached articles.

        Args:
            paths: Corpus files, folders or globs.
            options: Model, encoding, size limit and cache settings.
            exclude: Paths of new articles (files, folders or globs): a corpus file that is one of them
                is left out, so an article is never compared with itself.
            progress: ``progress("analyse", done, total)`` while uncached
                corpus articles are analysed (the first triage of a corpus).

        Raises:
            CorpusError: Not a single corpus article could be loaded.
            ModelError: Some article needs analysing and the model is missing.
        """
        # A new article given as a folder or a glob is each of its files: `triage corpus/ --corpus corpus/` triages
        # each article against the others, never against itself.
        skip = input_files(list(exclude))
        try:
            loaded = load(
                paths, options, keep=lambda a: not any(same_file(a.path, p) for p in skip), what="corpus article"
            )
        except CorpusError:
            files = input_files(list(paths)) if skip else []
            if files and all(any(same_file(f, p) for p in skip) for f in files):
                # Not "no input files found": there were files, all of them the new articles.
                raise CorpusError(
                    "Every corpus article is also one of the new articles, and an article is never triaged"
                    " against itself: give --corpus other articles than the new ones."
                ) from None
            raise
        corpus = cls(loaded.articles, options, AnalysisSession(options))
        corpus.warnings.extend(loaded.warnings)
        try:
            corpus._index_all(progress)
        except BaseException:
            corpus.close()
            raise
        return corpus

    def _index_all(self, progress: Callable[[str, int, int], None] | None) -> None:
        """Fill the story index from cached bags, analysing and caching what is missing."""
        bag_keys = {aid: terms.terms_key(key) for aid, key in self.keys.items()}
        stored = self.session.get_many(list(bag_keys.values()))
        missing: list[Article] = []
        for aid, article in self.articles.items():
            bag = terms.loads(stored[bag_keys[aid]]) if bag_keys[aid] in stored else None
            if bag is None:
                missing.append(article)
            else:
                self.index.add(aid, bag, date=article.date)
        if missing:
            fresh: dict[str, str] = {}
            step = (lambda done, total: progress("analyse", done, total)) if progress else None
            for analysis in self.session.analyse(missing, progress=step):
                article = self.articles[analysis.article]
                bag = terms.bag_of(analysis, article.title)
                self.index.add(analysis.article, bag, date=article.date)
                fresh[bag_keys[analysis.article]] = terms.dumps(bag)
            self.session.put_many(fresh)
        self.warnings.extend(self.session.warnings)

    def analyses(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles`` (corpus or new ones) through the cache."""
        return self.session.analyse(articles)

    def placements(self) -> list[tuple[str, str]]:
        """The reviewers' story corrections in the review store (none without one, or with ``--one-story``).

        Raises:
            ReviewStoreError: The store cannot be read.
        """
        if self.reviews is None or self.options.one_story:
            return []
        return self.reviews.placements()

    def content_hashes(self) -> dict[str, str]:
        """Each corpus article's content hash (``review.article_hash``) to its id; hashed once per article."""
        from tuicompare.review import article_hash

        for aid, article in self.articles.items():
            if aid not in self._hashes:
                self._hashes[aid] = article_hash(article)
        by_hash: dict[str, str] = {}
        for aid in self.articles:
            by_hash.setdefault(self._hashes[aid], aid)
        return by_hash

    def bag(self, analysis: Analysis, title: str | None = None) -> Counter[str]:
        """The bag of terms of an analysed (new) article (``title``: its headline)."""
        return terms.bag_of(analysis, title)

    def __len__(self) -> int:
        return len(self.articles)

    def close(self) -> None:
        """Close the analysis cache."""
        self.session.close()

    def __enter__(self) -> TriageCorpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def load_new(
    path: str, options: Options, taken: Iterable[str], *, stdin: BinaryIO | None = None
) -> tuple[list[Article], list[LoadWarning]]:
    """Load a new article file (or ``-``) with ids that avoid ``taken`` (the corpus's ids)."""
    result = load_one(path, options, taken=taken, stdin=stdin)
    return list(result.articles), list(result.warnings)
