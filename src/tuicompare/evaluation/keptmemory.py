"""The cache records of ``ondemand.features`` kept in a dict, for the benchmarks that count their path.

A new process comparing articles an earlier one compared reads each article's features and each pair's
wording scores back from those records (``ondemand.features.read_kept``) instead of reading the sentences
and scoring the wording again. ``bench_engine.py`` times that path and ``engine_instructions.py --stored``
counts it; both make the records the same way, here, so that the cache's own look-up (SQLite) stays out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from tuicompare.engine import compare, wording
from tuicompare.models import Analysis, Article
from tuicompare.ondemand.features import Unread, keep_unread, read_kept


def records_in_memory(
    articles: Sequence[Article], analyses: Sequence[Analysis], stories: Sequence[Sequence[Article]]
) -> Callable[[Sequence[Analysis]], list[Unread]]:
    """Make the records by a first comparison of copies of ``analyses``; return what reads them back.

    Args:
        articles: The articles compared.
        analyses: Their analyses (copied here: the engine keeps what it reads of an analysis object).
        stories: Each story's member articles, as ``compare`` grouped them.

    Returns:
        A function handing the engine the kept records for new copies of the analyses, story by story, as
        ``ondemand.features`` does before it compares a story; a damaged record raises.
    """
    keys = {a.id: a.id for a in articles}
    store: dict[str, str] = {}

    def refuse(what: str, error: ValueError) -> None:
        raise error

    def read(copies: Sequence[Analysis]) -> list[Unread]:
        return [
            read_kept(members, copies, keys, "bench", lambda k: {x: store[x] for x in k if x in store}, refuse)
            for members in stories
        ]

    made = [dataclasses.replace(a) for a in analyses]
    wording.forget()
    unread = read(made)
    compare(articles, made)
    for found in unread:
        keep_unread(found, store.update)
    return read
