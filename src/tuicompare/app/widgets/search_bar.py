"""The search field under the panes: enter finds the next row holding the text, escape closes it.

After each search the bar's border says which match is shown and how many there are ("3 of 12").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Input

from tuicompare.report.marks import plural

if TYPE_CHECKING:
    from tuicompare.app.widgets.comparison_view import ComparisonView


class SearchBar(Input):
    """Searches the text of every pane of the current story, wrapping at its end."""

    def __init__(self, view: ComparisonView, *, id: str | None = None) -> None:
        """A search bar moving ``view``."""
        super().__init__(placeholder="Search all panes (enter: next match, esc: close)", id=id)
        self.view = view

    def open(self) -> None:
        """Show the bar and focus it."""
        self.add_class("-active")
        self.focus()

    def close(self) -> None:
        """Hide the bar, keep the matches highlighted, focus a pane."""
        self.remove_class("-active")
        if self.view.panes:
            self.view.panes[0].focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        view = self.view
        query = event.value.strip()
        view.search_query = query
        self.border_subtitle = None
        if not query:
            return
        found = view.model.find(query, view.current_row)
        if found is None:
            self.border_subtitle = "no match"
            self.notify(f"No match for {query!r} in this story.", markup=False, severity="warning")
            return
        rows = view.model.matching_rows(query)
        self.border_subtitle = f"{rows.index(found[0]) + 1} of {plural(len(rows), 'matching row')}"
        view.go_to(*found)

    def on_input_changed(self, event: Input.Changed) -> None:
        # The count belongs to the submitted search: once the text is edited it no longer holds.
        self.border_subtitle = None

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape":
            event.stop()
            self.close()
