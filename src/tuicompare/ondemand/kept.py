"""The written texts of a corpus's stories and articles, kept in the cache (see ``report.fragments``).

A warm report writes its document from these texts instead of decoding each
story's comparison and each article's outline and encoding them again.
``KeptTexts`` is a part of ``StoryComparisons``, kept apart for its size.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import TypeVar

from tuicompare.analysis import stored
from tuicompare.engine import Offsets, place
from tuicompare.models import Analysis, Article, Comparison, Story
from tuicompare.ondemand.parts import ComparisonsPart, Progress

T = TypeVar("T")
#: Article fields that name an article's kept text besides its analysis key (its text is in that key).
_FIELDS = attrgetter(*(f.name for f in dataclasses.fields(Article) if f.name != "text"))


#: The record holding the length of the head of the last JSON report written from the cache (``head_length``).
_HEAD = stored.record_key("report-head-length", ["1"])


class KeptTexts(ComparisonsPart):
    """What ``StoryComparisons`` gives the writer of a report: its stories' and articles' kept texts."""

    stories: tuple[Story, ...]
    #: The head length record as last read or written (``head_length``).
    _head_length: str | None = None

    def _story_key(self, story: Story) -> str:
        raise NotImplementedError

    def part(self, index: int) -> Comparison:
        """Story ``index``'s comparison with local ids."""
        raise NotImplementedError

    def outlines(self, articles: Sequence[Article]) -> list[Analysis]:
        """The analyses of ``articles`` for writing them out."""
        raise NotImplementedError

    def texts(
        self,
        make: Callable[[Comparison, Comparison], str | None],
        load: Callable[[str], T],
        context: str,
        mark: int,
        progress: Progress | None = None,
    ) -> Iterator[T | None]:
        """Every story's text (``report.fragments``), in story order, kept in the cache beside its comparison.

        ``make`` writes a story's part placed at ``mark`` (story "s" + mark, every other id numbered
        from ``mark``), given also with its local ids, or gives ``None`` (then so does this, for that
        story); ``load`` reads a text back, raising ``ValueError`` for a bad one, which is made again.
        Texts are kept under the story's key and ``context`` (the writer's version); ``progress`` as in ``placed``.
        """
        total, batch = len(self.stories), 200
        if progress:  # as in ``placed``: "Comparing" shows while a long first story is compared
            progress("compare", 0, total)
        for start in range(0, total, batch):
            indexes = range(start, min(start + batch, total))
            keys = [stored.record_key("story-text", [self._story_key(self.stories[i]), context]) for i in indexes]
            found = self._get(keys)
            for index, key in zip(indexes, keys, strict=True):
                self._check()
                text, value = found.get(key), None
                if text is not None:
                    try:
                        value = load(text)
                    except ValueError as exc:
                        self._invalid("story text(s)", exc)
                if value is None:
                    part = self.part(index)
                    text = make(place(part, f"s{mark}", Offsets(mark, mark, mark, mark, mark)), place(part, "s1"))
                    if text is not None:
                        self._put({key: text})
                        value = load(text)
                yield value
                if progress:
                    progress("compare", index + 1, total)

    def article_text_key(self, article: Article, context: str) -> str:
        """The key of ``article``'s kept text written by the writer of version ``context``."""
        # The other fields as one repr of their tuple (unambiguous): a key part each cost 0.1 s on 10,000 articles.
        return stored.record_key("article-text", [self._keys[article.id], context, repr(_FIELDS(article))])

    def article_texts(
        self, make: Callable[[Article, Analysis | None], str], load: Callable[[str], T], context: str
    ) -> Iterator[T]:
        """Every article's text (``report.fragments``), in corpus order, kept in the cache like ``texts``.

        ``make`` writes an article given its outline (``None`` when it has none); ``load`` reads a
        text back, raising ``ValueError`` for a bad one, which is made again. Texts are kept under
        the article's analysis key, every other field of the article and ``context`` (the writer's version);
        without a writable cache they are made each time (kept in memory they would double the memory used).
        """
        writable = self.session.writable
        for start in range(0, len(self.articles), 500):
            self._check()
            chunk = self.articles[start : start + 500]
            keys = {a.id: self.article_text_key(a, context) for a in chunk}
            found = self._get(list(keys.values())) if writable else {}
            values: dict[str, T] = {}
            for article in chunk:
                text = found.get(keys[article.id])
                if text is not None:
                    try:
                        values[article.id] = load(text)
                    except ValueError as exc:
                        self._invalid("article text(s)", exc)
            missing = [a for a in chunk if a.id not in values]
            if missing:
                analyses = {x.article: x for x in self.outlines(missing)}
                fresh = {keys[a.id]: make(a, analyses.get(a.id)) for a in missing}
                values.update((a.id, load(fresh[keys[a.id]])) for a in missing)
                if writable:
                    self._put(fresh)
            yield from (values[a.id] for a in chunk)

    def head_length(self) -> int | None:
        """The length in bytes of the head of the last JSON report written from this cache (``report.stream``).

        A guess the writer checks: most reports of a corpus, one article added or not, have counts of
        as many digits as the last one's, so their head is as long. ``None`` without a writable cache or record.
        """
        if not self.session.writable:
            return None
        record = self._get([_HEAD]).get(_HEAD, "")
        self._head_length = record
        return int(record) if record.isdigit() and record.isascii() and len(record) < 7 else None

    def keep_head_length(self, length: int) -> None:
        """Remember ``length`` as the last report's head length (written only when it changed)."""
        if self.session.writable and self._head_length != str(length):
            self._put({_HEAD: str(length)})
            self._head_length = str(length)
