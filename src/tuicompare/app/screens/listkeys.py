"""``j``/``k`` (and ``?``) in the app's lists and help, as in the panes: a keyboard user's reflex works everywhere.

Textual's lists and scrolling boxes move only with the arrow keys; these
bindings, on the screen that holds one, send ``j``/``k`` to the focused
widget's own actions, so a list keeps its highlight and a box its scroll.
"""

from __future__ import annotations

from textual.binding import Binding

#: For a screen whose focused widget is an OptionList or a DataTable (no description: the help
#: lists them once, not in every section).
LIST_KEYS = [
    Binding("j", "focused.cursor_down", show=False),
    Binding("k", "focused.cursor_up", show=False),
    # A modal screen cuts the app's bindings off: ? did nothing in the panels, under a footer saying "? Help".
    Binding("question_mark", "app.help", show=False),
]

#: For a screen whose focused widget is a scrolling container (the help).
SCROLL_KEYS = [
    Binding("j", "focused.scroll_down", show=False),
    Binding("k", "focused.scroll_up", show=False),
]
