"""The reviews of one comparison: its conflicts' keys and verdicts, over a store.

The app, ``report`` and triage all go through a `ReviewBook`: it computes
each conflict's key once, reads every review in one query, and writes a
change through the store (which re-reads inside its transaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tuicompare.models import Comparison, Review, Verdict
from tuicompare.review.keys import ConflictKey, article_hash, conflict_key
from tuicompare.review.store import ReviewStore


class ReviewBook:
    """The reviews of ``comparison``'s conflicts, by conflict id.

    Args:
        comparison: The comparison whose conflicts are reviewed.
        store: Where reviews are read and written; ``None`` keeps nothing (reads as unreviewed).
        why: Why there is no store, said when a change cannot be kept.

    Raises:
        ReviewStoreError: The store cannot be read.
    """

    def __init__(self, comparison: Comparison, store: ReviewStore | None, why: str = "") -> None:
        self.store = store
        self.why = why
        # Only the articles some conflict cites: hashing all of a 10,000-article corpus delayed the first story.
        cited = {a for c in comparison.conflicts for value in c.values for a in value.articles}
        hashes = {a.id: article_hash(a) for a in comparison.articles if a.id in cited}
        self.keys: dict[str, ConflictKey] = {c.id: conflict_key(c, hashes) for c in comparison.conflicts}
        found = store.lookup(self.keys.values()) if store is not None else {}
        self._reviews: dict[str, Review] = {
            cid: found[key.fingerprint] for cid, key in self.keys.items() if key.fingerprint in found
        }

    def get(self, conflict_id: str) -> Review:
        """The review of a conflict (unreviewed when there is none)."""
        return self._reviews.get(conflict_id, Review())

    def reviews(self) -> Mapping[str, Review]:
        """Every stored review, by conflict id (unreviewed conflicts are left out)."""
        return dict(self._reviews)

    def verdict(self, conflict_id: str) -> Verdict:
        """The verdict of a conflict."""
        return self.get(conflict_id).verdict

    def cycle(self, conflict_id: str) -> Review:
        """Move the conflict's verdict one step on and store it; returns the new review.

        Raises:
            ReviewStoreError: Nothing can be stored (no store, or it cannot be written).
        """
        store = self._writable()
        review = self._reviews[conflict_id] = store.cycle(self.keys[conflict_id], self.get(conflict_id))
        return review

    def set_note(self, conflict_id: str, note: str, *, base: str) -> Review:
        """Store the note written from ``base``; see `ReviewStore.set_note`."""
        store = self._writable()
        review = store.set_note(self.keys[conflict_id], note, base=base, start=self.get(conflict_id))
        self._reviews[conflict_id] = review
        return review

    def _writable(self) -> ReviewStore:
        from tuicompare.review.store import ReviewStoreError

        if self.store is None:
            raise ReviewStoreError(self.why or "No review store is open: verdicts cannot be kept.")
        return self.store


def open_book(comparison: Comparison, path: Path | None) -> ReviewBook:
    """The reviews of ``comparison`` in the store at ``path`` (default: the user data dir).

    Raises:
        ReviewStoreError: The store cannot be opened or read.
    """
    return ReviewBook(comparison, ReviewStore.open(path))
