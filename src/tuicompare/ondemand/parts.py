"""What the parts of ``StoryComparisons`` (``StoryClusters``, ``KeptTexts``) read of the whole.

Each part is kept in its own module for its size; they share the corpus, the
session and the cache access ``StoryComparisons`` provides, declared once here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.analysis.session import Session
from tuicompare.models import Article

#: A progress callback: stage label, done, total.
Progress = Callable[[str, int, int], None]


class ComparisonsPart:
    """The attributes and cache access a part of ``StoryComparisons`` uses; ``StoryComparisons`` defines them."""

    articles: tuple[Article, ...]
    session: Session
    _keys: dict[str, str]

    def _check(self) -> None:
        raise NotImplementedError

    def _get(self, keys: Sequence[str]) -> dict[str, str]:
        raise NotImplementedError

    def _put(self, records: Mapping[str, str]) -> None:
        raise NotImplementedError

    def _invalid(self, what: str, error: ValueError) -> None:
        raise NotImplementedError
