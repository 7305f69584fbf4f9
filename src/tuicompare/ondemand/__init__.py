"""A corpus's comparison story by story: clustered once, each story compared when asked, all cached.

``StoryComparisons`` is what ``pipeline`` opens for the report and the app.
It makes sure every article is analysed (in the analysis cache, or in memory
when there is no writable cache), then finds the stories: the corpus's story
index is one cache record keyed by every article's content, headline and
date; when it is missing, a big corpus that differs a little from a recently
stored index has its new articles placed into that index's stories
(``analysis.lineage``, ``engine.place_articles``), and any other corpus is
clustered from each article's bag of terms (cached too; ``ondemand.clusters``).
A story is compared only when ``part`` or ``placed`` asks for it, and its
comparison is stored under a key made of its articles' contents, dates and
order and the engine's version (``analysis.stored``), so a warm run
compares nothing and a new article recomputes only the stories it touches.
The records are checked on read; a bad one is computed again.

Memory: with a writable cache, analyses are read per story and per chunk of
articles and dropped, so ``placed`` streams a corpus of any number of
stories in memory that grows with the largest story, not with the corpus.
Without one (``--no-cache``, a read-only or broken cache) the analyses and
the stories' comparisons are kept in memory instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from tuicompare.analysis import partrecord, stored
from tuicompare.analysis.chunks import progress_weight
from tuicompare.analysis.prestart import MIN_FILES
from tuicompare.analysis.session import Session as Session
from tuicompare.engine import Offsets, assemble, compare_story, place
from tuicompare.errors import Cancelled
from tuicompare.models import Analysis, Article, Comparison, LoadWarning, Mention, Story, article_of
from tuicompare.ondemand.clusters import CHUNK, StoryClusters
from tuicompare.ondemand.features import compare_with_features
from tuicompare.ondemand.kept import KeptTexts
from tuicompare.ondemand.parts import Progress
from tuicompare.ondemand.tuned import tuning_digest as tuning_digest

#: Corpora from this size on parse a few new articles in another process (``_analyse_all``): smaller ones
#: are read from the cache in less time than that process takes to start (the size ``report`` starts it early from).
ASIDE_CORPUS = MIN_FILES


class StoryComparisons(StoryClusters, KeptTexts):
    """The stories of a corpus, each compared on demand through the cache.

    Args:
        articles: The loaded articles, in corpus order.
        session: The open analysis session (its cache holds the derived records too).
        stories: Article ids grouped into stories by the caller (``--one-story``);
            ``None`` clusters them.
        warnings: Load warnings, passed on to the comparison.
        progress: ``progress(stage, done, total)`` while analysing and clustering.
        cancelled: Polled between chunks and stories; true raises ``Cancelled``.
        keys: The articles' analysis keys when already known (``quickview``), else computed.
        analysed: True when the caller has just seen in the writable cache every analysis it will ask for
            (``quickview``: one story's); others would be parsed when asked for, not beforehand.
        check_later: With a writable cache, look for the analyses it lacks (and parse them) only when an
            analysis or a clustering is first needed, not now: a warm corpus whose story index, stories and
            outlines are all stored never looks (the app's first opening of 10,000 articles: 45-66 ms of CPU
            for the 10,000 keys, before its first story). A caller that asks for the stories at once loses
            nothing (a parse aside starts when they are clustered); ``report`` writes its articles first.

    Attributes:
        articles: The articles, in corpus order.
        stories: The stories ("s1", "s2"...), in the order ``compare`` gives them; clustered when first
            asked for, so a report writes its articles while a new article's parse goes on.
        warnings: Load warnings and the cache's problems met so far.
    """

    def __init__(
        self,
        articles: Sequence[Article],
        session: Session,
        *,
        stories: Sequence[Sequence[str]] | None = None,
        warnings: Sequence[LoadWarning] = (),
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        keys: Mapping[str, str] | None = None,
        analysed: bool = False,
        check_later: bool = False,
    ) -> None:
        self.articles = tuple(articles)
        self.session = session
        self.cancelled = cancelled
        self._warnings = tuple(warnings)
        self._invalid_records: dict[str, list[str]] = {}
        self._by_id = {a.id: a for a in self.articles}
        self._position = {a.id: n for n, a in enumerate(self.articles)}
        self._keys = dict(keys) if keys is not None else {a.id: session.key(a) for a in self.articles}
        self._salt = tuning_digest(session)
        self._memory: dict[str, Analysis] | None = None
        #: Waits for the new articles being analysed in another process (``_analyse_all``), until asked for.
        self._aside: Callable[[], None] | None = None
        self._aside_progress: Progress | None = None
        self._aside_total = 0
        self._records: dict[str, str] = {}
        #: Stories computed (not read from the cache) so far; tests and benchmarks read it.
        self.computed = 0
        self._progress = progress
        #: Whether the cache is still to be checked for the analyses it lacks (``check_later``).
        self._unchecked = not (analysed and session.writable)
        if not (check_later and session.writable):
            self._check_analyses()
        self._stories = None if stories is None else _numbered(self._given(stories))

    @property
    def keys(self) -> Mapping[str, str]:
        """Article id -> analysis key."""
        return self._keys

    @property
    def warnings(self) -> tuple[LoadWarning, ...]:
        """Load warnings, then one per cache problem met so far."""
        invalid = [
            LoadWarning(
                "cache",
                f"{len(errors)} stored {what} {'were' if len(errors) > 1 else 'was'} invalid "
                f"(first: {errors[0]}); computed again",
            )
            for what, errors in self._invalid_records.items()
        ]
        return (*self._warnings, *self.session.warnings, *invalid)

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("comparison cancelled")

    # -- analyses --------------------------------------------------------------

    def _analyse_all(self, progress: Progress | None) -> None:
        """Analyse what the cache lacks, a chunk at a time; keep everything in memory without a cache.

        Progress counts characters (`progress_weight`), so it moves within one long article.
        """
        total = sum(progress_weight(a.text) for a in self.articles)
        if not self.session.writable:
            step = (lambda done, n: progress("analyse", done, n)) if progress else None
            analyses = self.session.analyse(self.articles, progress=step, cancelled=self.cancelled)
            self._memory = {a.article: a for a in analyses}
            return
        have = self.session.present(list(dict.fromkeys(self._keys.values())))
        missing = list({self._keys[a.id]: a for a in self.articles if self._keys[a.id] not in have}.values())
        done = total - sum(progress_weight(a.text) for a in missing)
        if progress:
            progress("analyse", done, total)
        if missing and len(self.articles) >= ASIDE_CORPUS:
            # A few new articles are parsed in another process while the rest is read from the cache.
            self._aside = self.session.analyse_aside(missing)
            if self._aside is not None:
                self._aside_progress = progress
                self._aside_total = total
                return
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start : start + CHUNK]
            step = (lambda k, _n, base=done: progress("analyse", base + k, total)) if progress else None
            self.session.analyse(chunk, progress=step, cancelled=self.cancelled)
            done += sum(progress_weight(a.text) for a in chunk)
        if missing and progress:
            progress("analyse", total, total)

    def _check_analyses(self) -> None:
        if self._unchecked:
            self._unchecked = False
            self._analyse_all(self._progress)

    def analyses_of(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles``, in order (from memory, the cache, or spaCy if the cache lost them)."""
        if self._memory is not None:
            return [self._memory[a.id] for a in articles if a.id in self._memory]
        self._check_analyses()
        if self._aside is not None:
            settle, self._aside = self._aside, None
            self._meanwhile()
            settle()
            if self._aside_progress:
                self._aside_progress("analyse", self._aside_total, self._aside_total)
        return self.session.analyse(articles, cancelled=self.cancelled)

    def outlines(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles`` for writing them out: sentences and entities, maybe without tokens.

        Read from the cache's outline records, which are far quicker to check
        than whole analyses; an article without one is decoded in full once
        and its outline stored.
        """
        if self._memory is not None:
            return self.analyses_of(articles)
        model, version = self.session.model
        keys = {a.id: stored.outline_key(self._keys[a.id]) for a in articles}
        found = self._get(list(dict.fromkeys(keys.values())))
        out: dict[str, Analysis] = {}
        missing = []
        for article in articles:
            record = found.get(keys[article.id])
            if record is not None:
                try:
                    out[article.id] = stored.load_outline(record, article, model, version)
                    continue
                except ValueError as exc:
                    self._invalid("outline(s)", exc)
            missing.append(article)
        if missing:
            fresh = {}
            for analysis in self.analyses_of(missing):
                out[analysis.article] = analysis
                fresh[keys[analysis.article]] = stored.dump_outline(analysis)
            self._put(fresh)
        return [out[a.id] for a in articles if a.id in out]

    # -- records -----------------------------------------------------------------

    def _get(self, keys: Sequence[str]) -> dict[str, str]:
        found = {k: self._records[k] for k in keys if k in self._records}
        rest = [k for k in keys if k not in found]
        if rest and self.session.writable:
            found.update(self.session.get_many(rest))
        return found

    def _put(self, records: Mapping[str, str]) -> None:
        if self.session.writable:
            self.session.put_many(records)
        else:
            self._records.update(records)

    def _invalid(self, what: str, error: ValueError) -> None:
        self._invalid_records.setdefault(what, []).append(str(error))

    # -- stories -------------------------------------------------------------------

    @property
    def stories(self) -> tuple[Story, ...]:  # type: ignore[override]  # KeptTexts only reads it
        """The stories ("s1", "s2"...), in the order ``compare`` gives them (clustered when first asked for)."""
        if self._stories is None:
            self._stories = _numbered(self._cluster(self._progress))
        return self._stories

    def regroup(self, stories: Sequence[Sequence[str]]) -> None:
        """Take ``stories`` (article ids, e.g. corrected by hand) as the corpus's stories from now on."""
        self._stories = _numbered(self._given(stories))

    def _given(self, stories: Sequence[Sequence[str]]) -> list[list[str]]:
        clusters = [[aid for aid in dict.fromkeys(story) if aid in self._by_id] for story in stories]
        return [c for c in clusters if c]

    def _story_key(self, story: Story) -> str:
        members = [self._by_id[a] for a in story.articles]
        order = sorted(story.articles, key=self._position.__getitem__)
        return stored.story_key([(a.id, self._keys[a.id], a.date) for a in members], [*order, "\0", self._salt])

    def _lengths(self, story: Story) -> dict[str, int]:
        return {a: len(self._by_id[a].text) for a in story.articles}

    def _compute(self, story: Story) -> Comparison:
        members = [self._by_id[a] for a in story.articles]
        order = sorted(story.articles, key=self._position.__getitem__)
        self.computed += 1
        records = (self._get, self._put)
        return compare_with_features(
            members, self.analyses_of(members), order, self._keys, self._salt, records, self._invalid
        )

    def part(self, index: int) -> Comparison:
        """Story ``index``'s comparison with local ids (its story called "s1"), cached."""
        return next(self._parts([index]))

    def _parts(self, indexes: Sequence[int]) -> Iterator[Comparison]:
        """Local-id parts of the stories at ``indexes``, in order, read a batch at a time."""
        batch = 200
        for start in range(0, len(indexes), batch):
            chosen = [self.stories[i] for i in indexes[start : start + batch]]
            keys = [self._story_key(s) for s in chosen]
            found = self._get(keys)
            for story, key in zip(chosen, keys, strict=True):
                self._check()
                record = found.get(key)
                part = None
                if record is not None:
                    try:
                        part = partrecord.load_part(record, self._lengths(story))
                    except ValueError as exc:
                        self._invalid("story comparison(s)", exc)
                if part is None:
                    part = self._compute(story)
                    self._put({key: partrecord.dump_part(part)})
                yield part

    def placed(self, progress: Progress | None = None) -> Iterator[Comparison]:
        """Every story's part with its ids in the corpus ("s7", "g120"...), in story order."""
        offsets = Offsets()
        total = len(self.stories)
        if progress:  # the bar says "Comparing" before a long first story is done, not the last stage's 100%
            progress("compare", 0, total)
        for n, part in enumerate(self._parts(range(total)), 1):
            yield place(part, f"s{n}", offsets)
            offsets = offsets.after(part)
            if progress:
                progress("compare", n, total)

    def loose_furniture(self) -> list[Mention]:
        """The news furniture of articles in no story (a grouping given by hand may leave some out)."""
        covered = {a for s in self.stories for a in s.articles}
        loose = [a for a in self.articles if a.id not in covered]
        return [m for a in loose for m in compare_story([a], self.analyses_of([a])).furniture]

    def story_view(self, index: int) -> Comparison:
        """The corpus with every story listed but only story ``index`` compared (its ids local, its story's not).

        What a front end shows before the other stories are compared: all
        articles, the analyses of the story's articles (``outlines``: no tokens),
        and the story's groups, entities, conflicts, claims, entity sheet and furniture.
        """
        story = self.stories[index]
        part = place(self.part(index), story.id)
        members = sorted((self._by_id[a] for a in story.articles), key=lambda a: self._position[a.id])
        return Comparison(
            articles=self.articles,
            analyses=tuple(self.outlines(members)),
            stories=self.stories,
            groups=part.groups,
            entities=part.entities,
            conflicts=part.conflicts,
            claims=part.claims,
            warnings=self.warnings,
            furniture=part.furniture,
            attributes=part.attributes,
        )

    def comparison(self, progress: Progress | None = None, *, tokens: bool = True) -> Comparison:
        """Every story compared (from the cache where it can), as ``engine.compare`` gives it.

        Args:
            progress: ``progress("compare", done, total)`` after each story.
            tokens: ``False`` gives sentences without tokens (``outlines``), which
                presenters never read: much quicker to read from the cache, and smaller.
        """
        parts = list(self.placed(progress))
        by_article: dict[str, list[Mention]] = {}
        for m in [*(m for p in parts for m in p.furniture), *self.loose_furniture()]:
            by_article.setdefault(article_of(m.sentence), []).append(m)
        analyses = [x for start in range(0, len(self.articles), CHUNK) for x in self._analyses_chunk(start, tokens)]
        furniture = [m for a in self.articles for m in by_article.get(a.id, ())]
        return assemble(self.articles, analyses, parts, warnings=self.warnings, furniture=furniture)

    def _analyses_chunk(self, start: int, tokens: bool) -> list[Analysis]:
        self._check()
        chunk = self.articles[start : start + CHUNK]
        return self.analyses_of(chunk) if tokens else self.outlines(chunk)


def _numbered(clusters: Sequence[Sequence[str]]) -> tuple[Story, ...]:
    return tuple(Story(f"s{n}", tuple(c)) for n, c in enumerate(clusters, 1))
