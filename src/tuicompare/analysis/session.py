"""What the story-by-story comparison (``ondemand``) needs of an open analysis session."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from tuicompare.models import Analysis, Article, LoadWarning


class Session(Protocol):
    """What ``StoryComparisons`` needs of ``pipeline.AnalysisSession``."""

    @property
    def writable(self) -> bool:
        """True when records put are kept."""

    @property
    def model(self) -> tuple[str, str]:
        """The model's name and version."""

    def key(self, article: Article) -> str:
        """The analysis key of an article."""

    def analyse(
        self,
        articles: Sequence[Article],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Analysis]:
        """Analyses of ``articles``, through the cache."""

    def analyse_aside(self, articles: Sequence[Article]) -> Callable[[], None] | None:
        """Start analysing ``articles`` in another process; the function returned waits and caches them.

        ``None`` when that would not pay (``analyse`` does it then).
        """

    def present(self, keys: Sequence[str]) -> set[str]:
        """The keys that have a record."""

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        """Stored records by key."""

    def put_many(self, records: Mapping[str, str]) -> None:
        """Store records."""

    @property
    def warnings(self) -> list[LoadWarning]:
        """One warning per cache problem met so far."""
