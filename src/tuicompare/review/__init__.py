"""Reviewers' verdicts and notes on conflicts, kept in SQLite across runs.

Public API:
    :class:`ReviewStore`: the SQLite file (``--review-db``, default in the user data dir).
    :class:`ReviewBook` / :func:`open_book`: the reviews of one comparison's conflicts.
    :func:`conflict_key`: the fingerprint a verdict is stored under.

The store sits beside the other stages: it reads the shared models only, and
the front ends (app, triage, cli) hand its reviews to the reports as plain
:class:`~tuicompare.models.Review` values.
"""

from __future__ import annotations

from tuicompare.review.book import ReviewBook, open_book
from tuicompare.review.keys import ConflictKey, article_hash, conflict_key
from tuicompare.review.store import ReviewStore, ReviewStoreError, default_path

__all__ = [
    "ConflictKey",
    "ReviewBook",
    "ReviewStore",
    "ReviewStoreError",
    "article_hash",
    "conflict_key",
    "default_path",
    "open_book",
]
