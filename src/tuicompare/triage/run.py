"""Triage new articles against a corpus: retrieve candidates, compare only those.

The full ``compare`` over a corpus costs time in every sentence of it. Triage
asks the story index for the corpus articles that share the new article's
distinctive names and words, and runs the engine only on the new article and
the candidates above the story threshold.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, BinaryIO

from tuicompare.errors import CorpusError
from tuicompare.load.corpus import unloaded_reasons
from tuicompare.models import Article, LoadWarning
from tuicompare.pipeline import Options
from tuicompare.triage.corpus import TriageCorpus, load_new
from tuicompare.triage.result import ArticleTriage, Dispute, from_comparison

if TYPE_CHECKING:
    from tuicompare.review import ReviewStore

#: At most this many corpus articles are compared with a new article.
MAX_STORY = 30
#: Closest corpus articles reported.
CLOSEST = 5
#: The least story similarity a closest article is listed with: a candidate below it shows as 0.00, a row that
#: says nothing (it shared some terms, yet neither its names nor its words weigh anything against the new
#: article's), so with none left the outputs say that no corpus article is close.
CLOSEST_MIN = 0.005


@dataclass(frozen=True, slots=True)
class TriageReport:
    """The triage of one or more new articles against one corpus.

    Attributes:
        corpus_size: Number of corpus articles.
        results: One triage per new article, in input order.
        warnings: Corpus files, new files and cache problems that were skipped.
        failed: Paths of new articles that could not be loaded.
        corpus_titles: Titles of the corpus articles the results mention.
        corpus_paths: Paths of those articles.
        hand_placed: Articles (of the corpus or new) that reviewers' story corrections in the review store
            move (``m``, ``M`` in the app): the stories follow them.
    """

    corpus_size: int
    results: tuple[ArticleTriage, ...]
    warnings: tuple[LoadWarning, ...] = ()
    failed: tuple[str, ...] = ()
    corpus_titles: dict[str, str] = field(default_factory=dict)
    corpus_paths: dict[str, str] = field(default_factory=dict)
    hand_placed: int = 0

    @property
    def contradictions(self) -> int:
        """Contradictions found over all new articles."""
        return sum(len(r.contradictions) for r in self.results)


def triage_article(corpus: TriageCorpus, article: Article) -> ArticleTriage:
    """Triage one loaded new article against an open corpus.

    The story is found with ``report``'s rule and threshold (``StoryIndex.story_for``
    clusters the article's neighbourhood), then compared as that one story, so
    triage puts an article where ``report`` over the corpus and it would.

    Args:
        corpus: The open corpus.
        article: The new article. With ``Options.one_story`` (``--one-story``) it is
            compared with the corpus as one story, whatever the similarity (the
            ``MAX_STORY`` closest corpus articles).

    Raises:
        ModelError: The article is not cached and the model is missing.
    """
    from tuicompare.engine import compare

    analysis = corpus.analyses([article])[0]
    found, story = corpus.index.story_for(corpus.bag(analysis, article.title), date=article.date, exclude=(article.id,))
    if corpus.options.one_story:
        ranked = [c.article for c in found]
        story = list(dict.fromkeys([*ranked, *corpus.articles]))
    placements = corpus.placements()
    if placements:
        story = placed_story(corpus, article, story, placements)
    keep = set(story[:MAX_STORY])
    members = [a for aid, a in corpus.articles.items() if aid in keep]
    analyses = corpus.analyses(members) if members else []
    grouping = [[*(a.id for a in members), article.id]]
    comparison = compare([*members, article], [*analyses, analysis], stories=grouping)
    closest = [(c.article, c.score, c.shared) for c in found if c.score >= CLOSEST_MIN][:CLOSEST]
    result = from_comparison(comparison, article, analysis, closest)
    return without_false_alarms(result, corpus.reviews) if corpus.reviews is not None else result


def placed_story(
    corpus: TriageCorpus, article: Article, story: Sequence[str], placements: Sequence[tuple[str, str]]
) -> list[str]:
    """The corpus articles of ``article``'s story once the reviewers' story corrections (``m``, ``M``) apply.

    ``story`` is the clustering's. An article a reviewer put in another story
    (the new article itself, when it was in the corpus then, or a corpus
    article) is triaged against the story the reviewer chose, as ``report``
    with the same review store groups them. The corrections are replayed on
    the new article's story, every other article standing alone, which is
    what they do to that story in the whole corpus without clustering it.

    Returns:
        The story's corpus article ids: articles placed there by hand first, then the clustering's, in its order.

    Raises:
        ReviewStoreError: The store cannot be read.
    """
    from tuicompare.pipeline import placed_by_hash
    from tuicompare.review import article_hash

    by_hash = {article_hash(article): article.id}  # the new article first: its own corrections are about it
    for digest, aid in corpus.content_hashes().items():
        by_hash.setdefault(digest, aid)
    mine = article_hash(article)
    own = next((anchor for moved, anchor in reversed(placements) if moved == mine), None)
    base = list(story)
    if own == "":
        base = []  # the reviewer gave it a story of its own
    elif own is not None and by_hash.get(own, article.id) != article.id:
        # The reviewer put it in the story of the corpus article ``anchor``: that story, found as triage finds one.
        anchor = by_hash[own]
        found = corpus.index.story_for(corpus.index.terms(anchor), date=corpus.articles[anchor].date, exclude=(anchor,))
        base = [anchor, *found[1]]
    named = {by_hash[h] for pair in placements for h in pair if h in by_hash}
    grouping = [[*base, article.id], *([aid] for aid in named if aid not in base and aid != article.id)]
    placed = placed_by_hash(by_hash, grouping, placements)
    members = next(s for s in placed if article.id in s)
    by_hand = [aid for aid in members if aid not in base and aid != article.id]
    return [*by_hand, *(aid for aid in base if aid in members)]


def without_false_alarms(result: ArticleTriage, store: ReviewStore) -> ArticleTriage:
    """``result`` without the disputes a reviewer marked as a false alarm; those are counted in ``dismissed``.

    The triage comparison holds the new article, so a dispute's exact
    fingerprint is new; the store's near match (same type and values, one
    value held by an article that held it when reviewed) finds the verdict.

    Raises:
        ReviewStoreError: The store cannot be read.
    """
    from tuicompare.review import ReviewBook

    book = ReviewBook(result.comparison, store)
    false = {cid for cid, review in book.reviews().items() if review.verdict == "false-alarm"}
    if not false:
        return result

    def keep(disputes: tuple[Dispute, ...]) -> tuple[Dispute, ...]:
        return tuple(d for d in disputes if d.conflict not in false)

    every = (*result.contradictions, *result.sides, *result.possible, *result.variants)
    return dataclasses.replace(
        result,
        contradictions=keep(result.contradictions),
        sides=keep(result.sides),
        possible=keep(result.possible),
        variants=keep(result.variants),
        dismissed=tuple(d for d in every if d.conflict in false),
    )


def triage_paths(
    new_paths: Sequence[str],
    corpus_paths: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    reviews: ReviewStore | None = None,
) -> TriageReport:
    """Load the corpus once and triage every new article named by ``new_paths``.

    A corpus file that is also a new article is left out of the corpus.
    ``progress("analyse", done, total)`` reports the analysis of uncached
    corpus articles (the first triage against a corpus). Disputes marked as
    false alarms in ``reviews`` are not raised (see `without_false_alarms`).

    Raises:
        CorpusError: No corpus article, or not a single new article, could be loaded.
    """
    with TriageCorpus.open(corpus_paths, options, exclude=new_paths, progress=progress) as corpus:
        corpus.reviews = reviews
        warnings = list(corpus.warnings)
        taken = set(corpus.articles)
        results, failed = [], []
        for path in new_paths:
            articles, problems = load_new(path, options, taken, stdin=stdin)
            warnings.extend(problems)
            if not articles:
                failed.append(path)
            for article in articles:
                taken.add(article.id)
                results.append(triage_article(corpus, article))
        if not results:
            reasons = unloaded_reasons([w for w in warnings if w.path in failed], new_paths) or "nothing to read"
            raise CorpusError(f"No new article could be loaded from {', '.join(new_paths)}: {reasons}.")
        report = make_report(corpus, results, warnings, failed)
        placements = corpus.placements()
        if not placements:
            return report
        from tuicompare.review import article_hash

        here = set(corpus.content_hashes()) | {article_hash(r.article) for r in results}
        return replace(report, hand_placed=len({moved for moved, _ in placements if moved in here}))


def make_report(
    corpus: TriageCorpus,
    results: Sequence[ArticleTriage],
    warnings: Sequence[LoadWarning] = (),
    failed: Sequence[str] = (),
) -> TriageReport:
    """A report of ``results``, with the titles and paths of the corpus articles they mention."""
    mentioned = {n.article for r in results for n in r.closest} | {a for r in results for a in r.story}
    return TriageReport(
        corpus_size=len(corpus),
        results=tuple(results),
        warnings=tuple(warnings),
        failed=tuple(failed),
        corpus_titles={a: corpus.articles[a].title for a in mentioned},
        corpus_paths={a: corpus.articles[a].path for a in mentioned},
    )
