"""The conflicts panel (``C``) and the note editor (``o``).

The panel lists every conflict and possible difference of the current story
(``t``: of the whole corpus) with its values, their sources, its confidence
and its review: the conflicts first, then, under a heading of their own, the
possible differences (never counted as conflicts, so never listed among
them). Enter goes to the evidence; ``v`` and ``o`` review the highlighted
conflict without leaving the panel. The work is done by the
view's `ReviewController`; the panel only lists and asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, TextArea
from textual.widgets.option_list import Option

from tuicompare.app.conflicts import conflict_prompt
from tuicompare.app.screens.listkeys import HELP_KEY, LIST_KEYS, panel_footer
from tuicompare.models import Conflict
from tuicompare.report.marks import plural
from tuicompare.report.tiers import count_kinds
from tuicompare.sanitize import clean_text

if TYPE_CHECKING:
    from tuicompare.app.review import ReviewController

#: The id of the heading over the possible differences (a disabled entry: conflict ids are ``c1``, ``c2``...).
POSSIBLE_HEADING = "possible-heading"
#: What that heading says.
POSSIBLE_TITLE = "Possible differences: below the confidence cut, worth a look, not counted as conflicts"


class ConflictsScreen(ModalScreen[str | None]):
    """Dismisses with the id of the conflict to go to, or ``None``."""

    BINDINGS = [
        Binding("escape,q,C", "dismiss(None)", "Close", id="conflicts.close"),
        Binding("v", "verdict", "Cycle verdict", id="conflicts.verdict"),
        Binding("o", "note", "Note", id="conflicts.note"),
        Binding("t", "toggle_scope", "Story / whole corpus", id="conflicts.scope"),
        *LIST_KEYS,
    ]

    def __init__(self, controller: ReviewController, *, whole: bool = False, current: str | None = None) -> None:
        """List the conflicts the controller's view shows (``whole``: every story's), ``current`` highlighted."""
        super().__init__()
        self.controller = controller
        self.whole = whole
        self.current = current
        self.listed: list[Conflict] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Conflicts"
            box.border_subtitle = "enter: go · v: verdict · o: note · t: story/corpus · esc: close"
            yield Label(Content(""), id="conflicts-head")
            yield OptionList(markup=False, id="conflicts-list")
        yield panel_footer()

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        c = self.controller
        stories = c.view.comparison.stories
        ids = [s.id for s in stories] if self.whole else [stories[c.view.story_index].id]
        found = [x for sid in ids for x in c.conflicts.by_story.get(sid, ())]
        # Listed apart: a possible difference between two conflicts read as one of them.
        firm = [x for x in found if x.kind != "possible"]
        possible = [x for x in found if x.kind == "possible"]
        self.listed = [*firm, *possible]
        options = [Option(self._prompt(x), id=x.id) for x in firm]
        if possible:
            options.append(Option(Text(POSSIBLE_TITLE, style="italic"), id=POSSIBLE_HEADING, disabled=True))
            options.extend(Option(self._prompt(x), id=x.id) for x in possible)
        menu = self.query_one(OptionList)
        menu.set_options(options)
        self._head()
        listed = {x.id for x in self.listed}
        wanted = self.current if self.current in listed else (self.listed[0].id if self.listed else None)
        menu.highlighted = menu.get_option_index(wanted) if wanted is not None else None
        menu.focus()

    def _head(self) -> None:
        """Say what is listed, and how much of it is unreviewed (again after each verdict)."""
        c = self.controller
        stories = c.view.comparison.stories
        unreviewed = sum(1 for x in self.listed if c.book.verdict(x.id) == "unreviewed")
        where = "the whole corpus" if self.whole else f"story {c.view.story_index + 1} of {len(stories)}"
        kinds = count_kinds(self.listed)
        listed = plural(kinds["conflict"], "conflict")
        if kinds["possible"]:
            listed += f" and {plural(kinds['possible'], 'possible difference')}"
        head = f"{listed} in {where} · {unreviewed} unreviewed"
        if not self.listed:
            head = f"No conflicts or possible differences in {where}."
        self.query_one("#conflicts-head", Label).update(Content(head))

    def _prompt(self, conflict: Conflict) -> Group:
        c = self.controller
        number = None
        if self.whole:
            ids = [s.id for s in c.view.comparison.stories]
            number = ids.index(c.conflicts.story_of[conflict.id]) + 1
        # Pane numbers only for the story on screen: another story's articles have no pane until it is opened.
        shown = c.conflicts.story_of[conflict.id] == c.view.model.story.id
        panes = {a.id: n for n, a in enumerate(c.view.model.articles, 1)} if shown else None
        return conflict_prompt(conflict, c.view.index.articles, c.book.get(conflict.id), story=number, panes=panes)

    def _highlighted(self) -> tuple[int, Conflict] | None:
        menu = self.query_one(OptionList)
        index = menu.highlighted
        if index is None or index >= menu.option_count:
            return None
        option_id = menu.get_option_at_index(index).id
        return next(((index, x) for x in self.listed if x.id == option_id), None)

    def _redraw(self, conflict_id: str) -> None:
        menu = self.query_one(OptionList)
        for x in self.listed:
            if x.id == conflict_id:
                menu.replace_option_prompt(x.id, self._prompt(x))
        self._head()

    def action_verdict(self) -> None:
        """Cycle the verdict of the highlighted conflict."""
        found = self._highlighted()
        if found is not None and self.controller.cycle(found[1].id) is not None:
            self._redraw(found[1].id)

    def action_note(self) -> None:
        """Edit the note of the highlighted conflict."""
        found = self._highlighted()
        if found is not None:
            self.controller.edit_note(found[1].id, then=self._redraw)

    def action_toggle_scope(self) -> None:
        """List the current story's conflicts, or the whole corpus's."""
        found = self._highlighted()
        self.current = found[1].id if found else self.current
        self.whole = not self.whole
        self._fill()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)


class NoteScreen(ModalScreen[str | None]):
    """A plain-text note on one conflict; ctrl+s saves (dismissing with the text), escape cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "dismiss(None)", "Cancel", id="note.cancel"),
        HELP_KEY,
    ]

    def __init__(self, label: str, note: str) -> None:
        """Edit ``note`` on the conflict described by ``label`` (both plain text)."""
        super().__init__()
        self.label = label
        # A shared store may hold anything: what the editor shows must not drive the terminal.
        self.note = clean_text(note)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Note"
            box.border_subtitle = "ctrl+s: save · esc: cancel"
            yield Label(Content(self.label))
            yield TextArea(self.note, soft_wrap=True, id="note-text")
        yield panel_footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Dismiss with the text written."""
        self.dismiss(self.query_one(TextArea).text)
