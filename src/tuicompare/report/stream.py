"""The JSON and Markdown exports written story by story, byte for byte what ``to_json`` and ``to_markdown`` give.

A ``StorySource`` hands over a corpus one story at a time (``ondemand.StoryComparisons``
computes or reads each from the cache; ``ComparisonSource`` splits a comparison
already in memory). Both formats start with a summary of the whole corpus, so
the sections are first written to temporary files while the stories go by,
counting as they do; then the summary and the sections are copied out in order.
Memory holds one story (and one chunk of articles) at a time, whatever the
number of stories; the temporary files take about the size of the output.
A source that keeps each story's written text (``StoryComparisons.texts``,
see ``fragments``) hands that over instead, when no verdict has to be added.
The items' JSON text is written by hand, faster than ``json.dumps`` (``jsontext``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from tuicompare.models import Analysis, Article, Comparison, LoadWarning, Mention, Review, article_of
from tuicompare.report.common import story_views, summary_text
from tuicompare.report.jsonformat import (
    _attribute,
    _mention,
    claim_json,
    conflict_json,
    link_json,
    summary,
)
from tuicompare.report.jsontext import _article_text, _dump
from tuicompare.report.markdown import escape, story_lines
from tuicompare.report.marks import LEGEND
from tuicompare.report.schema import SCHEMA
from tuicompare.report.spool import Array, Direct, RoomForHead
from tuicompare.report.tiers import settle, single_source

Write = Callable[[str], None]
Progress = Callable[[str, int, int], None]
#: The reviewers' verdicts and notes of a part's conflicts, by conflict id (the part holds its stories' articles).
Reviews = Callable[[Comparison], Mapping[str, Review]]
#: Articles whose analyses are fetched at a time for the JSON ``articles`` section.
CHUNK = 500


class StorySource(Protocol):
    """A corpus told story by story."""

    @property
    def articles(self) -> Sequence[Article]:
        """Every article, in corpus order."""

    @property
    def warnings(self) -> Sequence[LoadWarning]:
        """Load and cache warnings (read once every story has been handed over)."""

    def placed(self, progress: Progress | None = None) -> Iterator[Comparison]:
        """Parts of the comparison (one story each, or more), ids as in the whole, in order (``engine.assemble``)."""

    def outlines(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles`` (tokens not needed)."""

    def loose_furniture(self) -> list[Mention]:
        """News furniture of the articles in no story."""

    def head_length(self) -> int | None:
        """The length in bytes of the last JSON report's head, this one's likely length (None: no guess)."""

    def keep_head_length(self, length: int) -> None:
        """Remember this report's head length for the next report."""


class ComparisonSource:
    """A comparison in memory as a ``StorySource`` (handed over in one part)."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.articles = comparison.articles
        self.warnings = comparison.warnings
        self._analyses = {a.article: a for a in comparison.analyses}

    def placed(self, progress: Progress | None = None) -> Iterator[Comparison]:
        # One part holding every story: a comparison made by hand need not list its items in story order.
        yield dataclasses.replace(self.comparison, articles=(), analyses=(), warnings=())
        if progress:
            progress("compare", len(self.comparison.stories), len(self.comparison.stories))

    def outlines(self, articles: Sequence[Article]) -> list[Analysis]:
        return [self._analyses[a.id] for a in articles if a.id in self._analyses]

    def loose_furniture(self) -> list[Mention]:
        covered = {a for s in self.comparison.stories for a in s.articles}
        return [m for m in self.comparison.furniture if article_of(m.sentence) not in covered]

    def head_length(self) -> int | None:
        return None  # no cache to remember the last report's head in

    def keep_head_length(self, length: int) -> None:
        pass


def _items(part: Comparison, found: Mapping[str, Review] | None = None) -> dict[str, list[str]]:
    """The written items of a settled part, by array (``found``: its conflicts' reviews)."""
    found = found or {}
    return {
        "stories": [
            _dump({"id": s.id, "articles": list(s.articles), "single_source": single_source(s)}, 2)
            for s in part.stories
        ],
        "groups": [
            _dump({"id": g.id, "story": g.story, "sentences": list(g.sentences), "score": g.score}, 2)
            for g in part.groups
        ],
        "entities": [
            _dump({"id": e.id, "label": e.label, "name": e.name, "mentions": [_mention(m) for m in e.mentions]}, 2)
            for e in part.entities
        ],
        "conflicts": [_dump(conflict_json(x, found.get(x.id)), 2) for x in part.conflicts],
        "claims": [_dump(claim_json(k), 2) for k in part.claims],
        "attributes": [_dump(_attribute(a), 2) for a in part.attributes],
        "links": [_dump(link_json(link), 2) for link in part.links],
    }


def _add_texts(
    texts: Callable[..., Iterator[Any]],
    arrays: Mapping[str, Array],
    totals: dict[str, int],
    furniture: dict[str, list[dict[str, Any]]],
    progress: Progress | None,
) -> bool:
    """Add every story from its kept text (``ondemand.StoryComparisons.texts``); false if one has none."""
    from tuicompare.report import fragments

    make = functools.partial(fragments.make, items=_items)
    for n, fragment in enumerate(texts(make, fragments.load, fragments.version(), fragments.MARK, progress), 1):
        if fragment is None:
            return False
        written = {kind: arrays[kind].count for kind in fragments.PREFIXES.values()}
        for key, count, text in zip(fragments.ARRAYS, fragment.counts, fragment.placed(n, written), strict=True):
            arrays[key].add_joined(text, count)
        for key, count in fragment.totals.items():
            totals[key] += count
        for article, mention in fragment.furniture:
            furniture.setdefault(article, []).append(mention)
    return True


def _article_items(source: StorySource) -> Iterator[tuple[str | bytes, int]]:
    """Each article's item of the ``articles`` array (``bytes``: encoded) and its number of sentences, in corpus order.

    From their kept texts (``ondemand.StoryComparisons.article_texts``) when the source keeps them.
    """
    kept = getattr(source, "article_texts", None)
    if kept is not None:
        from tuicompare.report import fragments

        def make(article: Article, analysis: Analysis | None) -> str:
            count = len(analysis.sentences) if analysis else 0
            return fragments.article_record(_article_text(article, analysis, 2), count)

        yield from kept(make, fragments.load_article, fragments.version())
        return
    articles = source.articles
    for start in range(0, len(articles), CHUNK):
        chunk = articles[start : start + CHUNK]
        analyses = {a.article: a for a in source.outlines(chunk)}
        for article in chunk:
            analysis = analyses.get(article.id)
            yield _article_text(article, analysis, 2), len(analysis.sentences) if analysis else 0


def _counts(part: Comparison) -> dict[str, int]:
    return summary(part)


def _members(part: Comparison, by_id: Mapping[str, Article]) -> Comparison:
    """``part`` holding the articles of its stories (what ``story_views`` and reviews read)."""
    members = tuple(by_id[a] for story in part.stories for a in story.articles if a in by_id)
    return dataclasses.replace(part, articles=members)


def write_json(
    source: StorySource, write: Write, progress: Progress | None = None, reviews: Reviews | None = None
) -> None:
    """Write the ``tuicompare/1`` document of ``source``: ``json_text(to_json(comparison, reviews))``, story by story.

    ``reviews`` gives each part's verdicts and notes (``None``: nothing reviewed).
    """
    totals = dict.fromkeys(summary(Comparison((), (), (), (), (), (), ())), 0)
    furniture: dict[str, list[dict[str, Any]]] = {}
    by_id = {a.id: a for a in source.articles}
    with contextlib.ExitStack() as stack:
        keys = ("articles", "stories", "groups", "entities", "conflicts", "claims", "attributes", "links")
        arrays = {k: Array(k, stack.enter_context(tempfile.TemporaryFile("w+b"))) for k in keys[1:]}
        # The articles (half the document) straight into a file output, after room for a head as long as the
        # last report's (``output._FileWrite.leave_head``); the head is placed there at the end.
        file = write if isinstance(write, RoomForHead) else None
        room = source.head_length() if file else None
        if file and room is not None:
            arrays["articles"] = Direct("articles", file.leave_head(room))
        else:
            arrays["articles"] = Array("articles", stack.enter_context(tempfile.TemporaryFile("w+b")))
        # The articles first: they need no story, so a big corpus's stories are found (a new article placed)
        # while its parse in another process goes on (``ondemand.StoryComparisons.stories``).
        sentences = 0
        for text, count in _article_items(source):
            sentences += count
            arrays["articles"].add_text(text)
        texts = getattr(source, "texts", None) if reviews is None else None
        if texts is None or not _add_texts(texts, arrays, totals, furniture, progress):
            if texts is not None:  # a story could not be kept as text: start again, the slow way
                totals.update(dict.fromkeys(totals, 0))
                furniture.clear()
                for key in keys[1:]:
                    arrays[key].clear()
            for part in source.placed(progress):
                part = settle(part)
                found = reviews(_members(part, by_id)) if reviews is not None else {}
                for key, n in _counts(part).items():
                    totals[key] += n
                for key, items in _items(part, found).items():
                    for item in items:
                        arrays[key].add_text(item)
                for m in part.furniture:
                    furniture.setdefault(article_of(m.sentence), []).append(_mention(m))
        for m in source.loose_furniture():
            furniture.setdefault(article_of(m.sentence), []).append(_mention(m))
        articles = source.articles
        totals["sentences"] += sentences
        warnings = list(source.warnings)
        totals["articles"] = len(articles)
        totals["warnings"] = len(warnings)
        head = "{\n  " + f'"schema": {_dump(SCHEMA, 1)},\n  "summary": {_dump(totals, 1)},\n  '
        if file:
            source.keep_head_length(len(head.encode()))
        if file and isinstance(arrays["articles"], Direct):
            arrays["articles"].close()
            file.place_head(head.encode())
        else:
            write(head)
            arrays["articles"].copy(write)
        for key in keys[1:-2]:
            write(",\n  ")
            arrays[key].copy(write)
        write(f',\n  "warnings": {_dump([{"path": w.path, "reason": w.reason} for w in warnings], 1)}')
        flat = [m for a in articles for m in furniture.get(a.id, ())]
        if flat:  # optional: documents without news furniture read as before
            write(f',\n  "furniture": {_dump(flat, 1)}')
        if arrays["attributes"].count:  # optional: documents without an entity sheet read as before
            write(",\n  ")
            arrays["attributes"].copy(write)
        if arrays["links"].count:  # optional: documents without links between rows read as before
            write(",\n  ")
            arrays["links"].copy(write)
        write("\n}\n")


def write_markdown(
    source: StorySource, write: Write, progress: Progress | None = None, reviews: Reviews | None = None
) -> None:
    """Write the Markdown report of ``source``: ``to_markdown(comparison, reviews)``, story by story.

    ``reviews`` gives each part's verdicts and notes (``None``: nothing reviewed).
    """
    totals = dict.fromkeys(summary(Comparison((), (), (), (), (), (), ())), 0)
    by_id = {a.id: a for a in source.articles}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for part in source.placed(progress):
            for key, n in _counts(part).items():
                totals[key] += n
            part = _members(part, by_id)
            for view in story_views(part, reviews(part) if reviews is not None else None):
                spool.write("".join(f"\n{line}" for line in story_lines(view)))
        warnings = list(source.warnings)
        totals["articles"] = len(source.articles)
        totals["warnings"] = len(warnings)
        write("\n".join(["# tuicompare report", "", escape(summary_text(totals)), "", f"Stances: {LEGEND}", ""]))
        spool.seek(0)
        while chunk := spool.read(1 << 20):
            write(chunk)
    if warnings:
        lines = ["## Warnings", "", *(f"- {escape(w.path)}: {escape(w.reason)}" for w in warnings), ""]
        write("".join(f"\n{line}" for line in lines))
