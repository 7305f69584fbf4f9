"""A fact-checker's review in the app: the conflicts panel, verdicts, notes, and jumps to evidence.

The comparison view owns one `ReviewController` and forwards its keys to it
(``C``, ``v``, ``o``, and ``n``/``N`` past a story's last conflict). Writes
go to the review store on the event loop: each is one short SQLite
transaction of one row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tuicompare.app.conflicts import ConflictIndex, conflict_label, review_words, row_verdict
from tuicompare.models import Article, Conflict, Review
from tuicompare.report.marks import KIND_MARKS, VERDICT_MARKS
from tuicompare.review import ReviewBook, ReviewStoreError

if TYPE_CHECKING:
    from tuicompare.app.widgets.comparison_view import ComparisonView


class ReviewController:
    """The review state of one comparison view.

    Args:
        view: The view whose conflicts are reviewed.
        book: The reviews of the view's (settled) comparison.
    """

    def __init__(self, view: ComparisonView, book: ReviewBook) -> None:
        self.view = view
        self.book = book
        self.conflicts = ConflictIndex.build(view.comparison)
        #: The conflict last picked in the panel or the palette: ``v`` and ``o`` act on it while on its row.
        self.chosen: str | None = None
        self.whole_corpus = False
        view.index.verdict_mark = self.row_mark

    def row_mark(self, story: str, row: int) -> str:
        """The gutter mark of a row: the verdict of its conflicts (blank when unreviewed)."""
        found = self.conflicts.on_row(story, row)
        return VERDICT_MARKS[row_verdict(found, self.book)] if found else " "

    # -- what is current -------------------------------------------------------

    def on_row(self, row: int | None = None) -> list[Conflict]:
        """The reviewed conflicts of a row of the current story (default: the current row)."""
        view = self.view
        return self.conflicts.on_row(view.model.story.id, view.current_row if row is None else row)

    def current(self) -> Conflict | None:
        """The conflict ``v`` and ``o`` act on: the one picked, if on the current row, else the row's first."""
        found = self.on_row()
        return next((c for c in found if c.id == self.chosen), found[0] if found else None)

    def status(self, *, review_first: bool = False) -> str:
        """The current conflict for the status line, e.g. ``✗ place: A vs B · ● confirmed``, else the row's variant.

        ``review_first`` puts the review before the values (``✗ ● confirmed · place: A vs B``), for a
        line too narrow to show them whole; there an unreviewed conflict without a note says no review word
        (``✗ place: A vs B``): at 80 columns "unreviewed" cut the values, what a reader needs first, to
        "Severodonnet…", and the gutter's blank verdict mark already says it.
        """
        conflict = self.current()
        if conflict is None:
            # n stops on variants too: without this a row it stopped on said nothing of why (a spelling to check,
            # never a dispute, so no review either).
            variants = self.conflicts.variants_on_row(self.view.model.story.id, self.view.current_row)
            return f"{KIND_MARKS['variant']} {conflict_label(variants[0])} · spelling" if variants else ""
        more = f" (+{len(self.on_row()) - 1})" if len(self.on_row()) > 1 else ""
        stored = self.book.get(conflict.id)
        mark, label, review = KIND_MARKS[conflict.kind], conflict_label(conflict), review_words(stored)
        if not review_first:
            return f"{mark} {label}{more} · {review}"
        if stored.verdict == "unreviewed" and not stored.note:
            return f"{mark} {label}{more}"
        return f"{mark} {review} · {label}{more}"

    def story_counts(self) -> list[tuple[int, int, int]]:
        """``(conflicts, unreviewed)`` of every story, in story order."""
        return [self.conflicts.counts(s.id, self.book) for s in self.view.comparison.stories]

    # -- changing reviews ------------------------------------------------------

    def _current_or_say(self) -> Conflict | None:
        """``current``, or None once the user is told the row has none (``v`` and ``o`` in the panes)."""
        conflict = self.current()
        if conflict is None:
            self.view.notify("No conflict on this row (n: next conflict, C: all conflicts).", markup=False)
        return conflict

    def cycle_current(self) -> None:
        """``v`` in the panes: cycle the current conflict's verdict."""
        conflict = self._current_or_say()
        if conflict is not None:
            self.cycle(conflict.id)

    def cycle(self, conflict_id: str) -> Review | None:
        """Cycle a conflict's verdict and store it; ``None`` when it could not be stored."""
        try:
            review = self.book.cycle(conflict_id)
        except ReviewStoreError as error:
            self.view.notify(str(error), title="Verdict not kept", severity="error", markup=False)
            return None
        self.changed(conflict_id)
        return review

    def note_current(self) -> None:
        """``o`` in the panes: edit the current conflict's note."""
        conflict = self._current_or_say()
        if conflict is not None:
            self.edit_note(conflict.id)

    def edit_note(self, conflict_id: str, then: Callable[[str], object] | None = None) -> None:
        """Open the note editor on a conflict; saving stores the note, then calls ``then(conflict_id)``."""
        from tuicompare.app.screens.conflicts import NoteScreen  # the screens load when opened: a faster start

        base = self.book.get(conflict_id).note
        conflict = next(c for c in self.view.comparison.conflicts if c.id == conflict_id)

        def saved(text: str | None) -> None:
            if text is None or text == base:
                return
            try:
                review = self.book.set_note(conflict_id, text, base=base)
            except ReviewStoreError as error:
                self.view.notify(str(error), title="Note not kept", severity="error", markup=False)
                return
            if review.note != text:
                self.view.notify("Another reviewer changed this note meanwhile: both are kept.", markup=False)
            self.changed(conflict_id)
            if then is not None:
                then(conflict_id)

        self.view.app.push_screen(NoteScreen(conflict_label(conflict), base), saved)

    def changed(self, conflict_id: str) -> None:
        """Repaint what shows a conflict's review: its row's gutter and the status line."""
        view = self.view
        if self.conflicts.story_of.get(conflict_id) == view.model.story.id:
            for row in self.conflicts.rows_of[conflict_id]:
                for pane in view.panes:
                    pane.refresh_row(row)
        view.refresh_status()

    # -- going to conflicts ----------------------------------------------------

    def open_panel(self) -> None:
        """``C``: list the conflicts; Enter in the list goes to one."""
        from tuicompare.app.screens.conflicts import ConflictsScreen

        current = self.current()

        def picked(conflict_id: str | None) -> None:
            self.whole_corpus = screen.whole
            if conflict_id:
                self.jump(conflict_id)

        screen = ConflictsScreen(self, whole=self.whole_corpus, current=current.id if current else None)
        self.view.app.push_screen(screen, picked)

    def jump(self, conflict_id: str) -> None:
        """Move every pane to a conflict's row (switching story) with its sources' panes on screen."""
        view = self.view
        story = self.conflicts.story_of.get(conflict_id)
        ids = [s.id for s in view.comparison.stories]
        if story not in ids:
            return
        if ids.index(story) != view.story_index:
            view.show_story(ids.index(story))
        self.chosen = conflict_id
        conflict = next(c for c in view.comparison.conflicts if c.id == conflict_id)
        holders = [a for v in conflict.values for a in v.articles]
        shown = {p.article.id for p in view.panes if p.article is not None}
        first = next((a for a in holders if a in shown), holders[0] if holders else None)
        view.go_to(self.conflicts.row_of[conflict_id], first)
        claim = next((c for c in view.model.claims if conflict_id in c.conflicts), None)
        if claim is not None:
            view.selected_claim = claim.id
        view.refresh_status()

    # -- stories by hand --------------------------------------------------------

    def _article_to_place(self) -> Article | None:
        """The focused pane's article, once the comparison is done (``None``, and said, before)."""
        if self._still_comparing():
            return None
        return self._focused_article()

    def move_article(self) -> None:
        """``m``: put the focused pane's article in another story, or in a story of its own."""
        view = self.view
        article = self._article_to_place()
        if article is None:
            return

        def picked(index: int | None) -> None:
            stories = view.comparison.stories
            if index is None:
                return
            if index == view.story_index:  # picked the story it is in: said, or the key seems to do nothing
                view.notify(f"{article.id} is already in story {index + 1}.", markup=False)
                return
            if index >= len(stories) and len(view.model.articles) == 1:
                view.notify(f"{article.id} is already a story of its own.", markup=False)
                return
            anchor = "" if index >= len(stories) else self._hash(stories[index].articles[0])
            self._place([(self._hash(article.id), anchor)], article.id)

        title = f"Move {article.id} to…"
        self._pick_story(title, picked, new_story=True)

    def split_article(self) -> None:
        """Palette "Split article off": the focused pane's article in a story of its own, with no list to pick from.

        ``m`` does it too (its list's last entry), but a user looking for how to split a story searched the
        palette for "split" and found nothing.
        """
        view = self.view
        article = self._article_to_place()
        if article is None:
            return
        if len(view.model.articles) == 1:
            view.notify(f"{article.id} is already a story of its own.", markup=False)
            return
        self._place([(self._hash(article.id), "")], article.id)

    def _focused_article(self) -> Article | None:
        """The focused pane's article (the first pane's when the focus is elsewhere)."""
        view = self.view
        focused = view.screen.focused
        pane = focused if focused in view.panes else (view.panes[0] if view.panes else None)
        return getattr(pane, "article", None)

    def merge_story(self) -> None:
        """``M``: merge another story into the current one."""
        view = self.view
        if self._still_comparing():
            return
        if len(view.comparison.stories) < 2:
            view.notify("This corpus holds a single story.", markup=False)
            return
        here = view.comparison.stories[view.story_index]

        def picked(index: int | None) -> None:
            if index is None:
                return
            if index == view.story_index:
                view.notify(f"Story {index + 1} is this story: pick another to merge into it.", markup=False)
                return
            anchor = self._hash(here.articles[0])
            moves = [(self._hash(a), anchor) for a in view.comparison.stories[index].articles]
            self._place(moves, here.articles[0])

        self._pick_story(f"Merge into story {view.story_index + 1}…", picked)

    def _pick_story(self, title: str, picked: Callable[[int | None], None], *, new_story: bool = False) -> None:
        from tuicompare.app.screens.stories import StoryScreen

        view = self.view
        screen = StoryScreen(view.comparison, view.story_index, self.story_counts(), title=title, new_story=new_story)
        view.app.push_screen(screen, picked)

    def _hash(self, article_id: str) -> str:
        from tuicompare.review import article_hash

        return article_hash(self.view.index.articles[article_id])

    def _still_comparing(self) -> bool:
        """True (and said) while only the first story is shown: regrouping now would stop the comparison."""
        if not getattr(self.view.app, "partial", False):
            return False
        self.view.notify("The other stories are still being compared; they open in a moment.", markup=False)
        return True

    def _place(self, moves: list[tuple[str, str]], focus: str) -> None:
        """Store story corrections and compare the corpus again with them (in a worker)."""
        store = self.book.store
        if store is None:
            self.view.notify(self.book.why or "No review store is open.", severity="error", markup=False)
            return
        try:
            store.place(moves)
        except ReviewStoreError as error:
            self.view.notify(str(error), title="Stories not kept", severity="error", markup=False)
            return
        self.view.notify("Comparing the stories again…", markup=False, timeout=2)
        regroup = getattr(self.view.app, "regroup", None)
        if regroup is not None:
            regroup(focus)

    def next_story(self, step: int) -> bool:
        """``n``/``N`` past the last (first) conflict of a story: go to the next (previous) story's first (last).

        Returns:
            False when no story further on holds a conflict.
        """
        view = self.view
        stories = view.comparison.stories
        position = view.story_index + step
        while 0 <= position < len(stories):
            rows = self.conflicts.rows.get(stories[position].id)
            if rows:
                view.show_story(position)
                view.current_row = rows[0] if step > 0 else rows[-1]
                view.notify(f"Story {position + 1} of {len(stories)}", markup=False, timeout=2)
                return True
            position += step
        return False
