"""A story compared with its articles' sentence features read from the cache when they were read before.

The engine keeps an article's features with its analysis for as long as the analysis lives
(``engine.kept``), so a process comparing a story again reads no sentence again; a new process
would read every sentence once more (about 47 M of the seeds' 413 M instructions) and score every
pair of articles' wording again (about 56 M). A story whose comparison is not cached (a story
regrouped by hand, an article added to or edited in it) holds articles compared before: their
features and their pairs' wording scores are read back from the cache (``engine.keptrecord``; the
features in about a fifth of their cost) and what was read afresh is kept there for the next process.

The features are read here, by the first comparison, not when the article is analysed: a few new articles
are parsed in the process that compares them (fewer batches than ``nlp.MIN_PARALLEL_BATCHES``), where
reading them earlier would add a record's encoding and decoding to the same work, and an engine changed
since the analysis makes every features key new anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tuicompare.analysis import stored
from tuicompare.models import Analysis, Article, Comparison

__all__ = ["Unread", "compare_with_features", "keep_unread", "read_kept"]

#: The cache's ``get`` (keys -> the records found) and ``put`` (records to keep).
Records = tuple[Callable[[Sequence[str]], dict[str, str]], Callable[[Mapping[str, str]], None]]


@dataclass(frozen=True, slots=True)
class Unread:
    """What ``read_kept`` did not find in the cache, to keep there once the story is compared."""

    #: Record key -> an article's analysis and publication date, whose features were read afresh.
    features: dict[str, tuple[Analysis, date | None]]
    #: Record key -> the words of a pair of articles whose wording scores were not found (``wording.Key``).
    scores: dict[str, Any]


def compare_with_features(
    members: Sequence[Article],
    analyses: Sequence[Analysis],
    corpus_order: Sequence[str],
    keys: Mapping[str, str],
    salt: str,
    records: Records,
    invalid: Callable[[str, ValueError], None],
) -> Comparison:
    """``engine.compare_story`` of ``members``, their features and wording scores read from and kept in the cache.

    Args:
        members: The story's articles, in its order.
        analyses: Their analyses.
        corpus_order: Article ids in corpus order (``compare_story``'s ``corpus_order``).
        keys: Article id -> its analysis key.
        salt: The tuning's digest (``ondemand.tuned.tuning_digest``).
        records: The cache's ``get`` and ``put``.
        invalid: Told of each damaged record (by its kind), which is then read afresh and kept again.
    """
    from tuicompare.engine import compare_story

    unread = read_kept(members, analyses, keys, salt, records[0], invalid)
    part = compare_story(members, analyses, corpus_order=corpus_order)
    keep_unread(unread, records[1])
    return part


def read_kept(
    members: Sequence[Article],
    analyses: Sequence[Analysis],
    keys: Mapping[str, str],
    salt: str,
    get: Callable[[Sequence[str]], dict[str, str]],
    invalid: Callable[[str, ValueError], None],
) -> Unread:
    """Hand the engine the features and wording scores of a story's articles kept in the cache.

    Every article's features are kept by the engine afterwards (read back, or read afresh here: the
    comparison would read them first anyway). Arguments as ``compare_with_features``'.
    """
    # Imported here: the engine's features (with nameparser) are a tenth of a second of a warm start.
    from tuicompare.engine import kept, keptrecord, wording
    from tuicompare.engine.align import wording_keys
    from tuicompare.engine.published import publication_date

    by_id = {a.article: a for a in analyses}
    published = {a.id: publication_date(a.date) for a in members if a.id in by_id}
    wanted = {aid: stored.features_key(keys[aid], m.date, salt) for m in members if (aid := m.id) in by_id}
    found = get(list(wanted.values())) if wanted else {}
    fresh = {}
    for aid, key in wanted.items():
        record = found.get(key)
        # Features this process already keeps (a story regrouped, compared again) are not read again, but kept in
        # the cache if it lacks them.
        if record is not None and kept.is_kept(by_id[aid], published[aid]):
            continue
        if record is not None:
            try:
                read = keptrecord.load_features(record, by_id[aid])
                kept.adopt_features(by_id[aid], published[aid], read.features, read.findings)
                continue
            except ValueError as exc:
                invalid("article features", exc)
        fresh[key] = (by_id[aid], published[aid])
    # The wording scores of each pair of articles, by their words (every article's features are now at hand).
    features = {aid: kept.kept_features(by_id[aid], day) for aid, day in published.items()}
    pairs = {stored.record_key("wording", keptrecord.scores_parts(words)): words for words in wording_keys(features)}
    scored = get(list(pairs)) if pairs else {}
    unscored = {}
    for key, words in pairs.items():
        record = scored.get(key)
        if record is not None and wording.kept_scores(words) is not None:
            continue
        if record is not None:
            try:
                wording.adopt(words, keptrecord.load_scores(record, words))
                continue
            except ValueError as exc:
                invalid("wording scores", exc)
        unscored[key] = words
    return Unread(fresh, unscored)


def keep_unread(unread: Unread, put: Callable[[Mapping[str, str]], None]) -> None:
    """Keep in the cache what ``read_kept`` did not find there, now that the story is compared."""
    from tuicompare.engine import kept, keptrecord, wording

    made = {
        key: keptrecord.dump_features(kept.kept_features(analysis, day), kept.kept_findings(analysis))
        for key, (analysis, day) in unread.features.items()
    }
    for key, words in unread.scores.items():
        scores = wording.kept_scores(words)
        if scores is not None:  # let go already if the comparison kept more than ``wording.KEPT_CELLS``
            made[key] = keptrecord.dump_scores(scores)
    if made:
        put(made)
