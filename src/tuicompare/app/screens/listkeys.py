"""Keys every panel shares: ``j``/``k`` as in the panes, ``?`` for the help, and the panel's own footer.

Textual's lists and scrolling boxes move only with the arrow keys; these
bindings, on the screen that holds one, send ``j``/``k`` to the focused
widget's own actions (``TuicompareApp.action_focused``, which does nothing when
nothing has focus), so a list keeps its highlight and a box its scroll.
"""

from __future__ import annotations

from textual.binding import Binding

from tuicompare.app.widgets.footer import QuitFirstFooter

#: ``?`` in a panel. A modal screen cuts the app's bindings off: ? did nothing in the panels, under a footer
#: saying "? Help". Its id is the app's own, so a keymap that moves the help moves it everywhere, and the help
#: lists it once.
HELP_KEY = Binding("question_mark", "app.help", "Help", id="app.help")

#: For a screen whose focused widget is an OptionList or a DataTable (the help lists j/k once, in its own row,
#: not in every section: they have no description).
LIST_KEYS = [
    Binding("j", "app.focused('cursor_down')", show=False, id="list.down"),
    Binding("k", "app.focused('cursor_up')", show=False, id="list.up"),
    HELP_KEY,
]

#: For a screen whose focused widget is a scrolling container (the help).
SCROLL_KEYS = [
    Binding("j", "app.focused('scroll_down')", show=False, id="scroll.down"),
    Binding("k", "app.focused('scroll_up')", show=False, id="scroll.up"),
]


def panel_footer() -> QuitFirstFooter:
    """The footer of a panel (a modal screen): the panel's own keys, how to close it first.

    Without one, the main screen's footer showed under the panel, listing the main view's keys (n, c, s, E…),
    which do nothing there.
    """
    return QuitFirstFooter()
