"""The footer: whole keys only, the key that leaves (quit, or close a panel) and help first."""

from __future__ import annotations

from typing import Protocol, cast

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Footer


class FooterKey(Protocol):
    """What this footer reads of the key widgets Textual's footer composes (their class is not public API)."""

    key_display: str
    description: str
    action: str

    def has_class(self, *class_names: str) -> bool:
        """Whether the widget has all these CSS classes."""
        ...


#: Actions whose keys are kept before any other when the footer is narrow: how to leave, and where every other key is
#: listed (``?`` help; the command palette on the right lists them too).
KEPT_FIRST = ("quit", "help", "app.help")


def leaves(key: FooterKey) -> bool:
    """Whether ``key`` quits the app or closes the panel it is shown under (``dismiss``, with or without a value)."""
    return key.action == "quit" or key.action.split("(")[0] == "dismiss"


def key_width(key: FooterKey, *, compact: bool) -> int:
    """Cells one key takes in the footer row, as Textual's footer styles draw it.

    Args:
        key: A key of the footer.
        compact: True in the compact style.

    Returns:
        ``" k Label "`` in the normal style; ``"k Label"`` and its one-cell right margin in the compact style.
    """
    label = cell_len(key.key_display) + (cell_len(key.description) + 1 if key.description else 0)
    return label + (1 if compact else 2 + bool(key.description))


def palette_width(key: FooterKey, *, compact: bool) -> int:
    """Cells the palette key takes at the right: its left border, ``^p palette`` and, unless compact, a space."""
    return 1 + cell_len(key.key_display) + 1 + cell_len(key.description) + (0 if compact else 1)


def fitting_keys(keys: list[FooterKey], width: int, *, compact: bool) -> list[FooterKey]:
    """The keys that fit whole in ``width`` cells, in their own order.

    Quit and help are placed first, then the others in order until one does not fit: it and those after it are left
    out whole, never cut (they stay in the help and the command palette).

    Args:
        keys: The footer's keys, the command palette's last if shown.
        width: The footer's width in cells.
        compact: True in the compact style.

    Returns:
        The keys to show, in the order of ``keys``.
    """
    room = width
    chosen: set[int] = set()
    palette = [key for key in keys if key.has_class("-command-palette")]
    for key in palette:
        room -= palette_width(key, compact=compact)
        chosen.add(id(key))
    bindings = [key for key in keys if not key.has_class("-command-palette")]
    first = [key for key in bindings if key.action in KEPT_FIRST or leaves(key)]
    for key in first + [key for key in bindings if key not in first]:
        needed = key_width(key, compact=compact)
        if needed > room:
            break  # a shorter key further on is not worth more than this one: the footer keeps its order
        room -= needed
        chosen.add(id(key))
    return [key for key in keys if id(key) in chosen]


def _born_styled(key: Widget, *, compact: bool) -> None:
    """Give a key, before it is mounted, the compact style it would reach once mounted, so it never changes style.

    Textual's keys start compact (``FooterKey.compact`` is ``True``), and once mounted the footer's binding sets
    the footer's style: each change of the ``-compact`` class applied the stylesheet to the key again, twice per
    key each time the footer composed (about 0.1 s of profiled time on the way to the first story). The command
    palette's key is bound to nothing and stays compact, as Textual leaves it.
    """
    style = getattr(type(key), "compact", None)
    if not isinstance(style, Reactive):
        return
    wanted = True if key.has_class("-command-palette") else compact
    key.set_reactive(style, wanted)
    key.set_class(wanted, "-compact", update=False)


class QuitFirstFooter(Footer):
    """Textual's footer, showing only whole keys, ``q Quit`` (or a panel's ``esc Close``) first.

    Textual's footer cuts the keys that do not fit at the right edge, often mid-word. This one draws in the compact
    style when the normal one cannot hold every key, and leaves out, whole, the keys that still do not fit: quit and
    help are kept first, and every key left out is in the help (``?``) and the command palette.

    The app's bindings use no binding groups (``KeyGroup``), whose keys this reordering would lift out of the group.
    """

    #: The width the keys were last chosen for.
    _composed_width = 0

    def compose(self) -> ComposeResult:
        keys: list[Widget] = list(super().compose())
        # Textual's key widgets, told by what they carry (their class, FooterKey, is not public API).
        footer_keys = [cast(FooterKey, key) for key in keys if hasattr(key, "key_display")]
        width = self.size.width or self.app.size.width
        self._composed_width = width
        compact = (
            sum(
                palette_width(key, compact=False)
                if key.has_class("-command-palette")
                else key_width(key, compact=False)
                for key in footer_keys
            )
            > width
        )
        if compact != self.compact:
            self.compact = compact
        for key in footer_keys:
            _born_styled(cast(Widget, key), compact=compact)
        chosen = {id(key) for key in fitting_keys(footer_keys, width, compact=compact)}
        shown = [key for key in keys if id(key) in chosen]
        quit_keys = [key for key in shown if hasattr(key, "action") and leaves(cast(FooterKey, key))]
        yield from quit_keys
        yield from (key for key in shown if key not in quit_keys)

    def on_resize(self, event: events.Resize) -> None:
        """Choose the keys again when the width changes (a change of height or of content needs nothing)."""
        if self._bindings_ready and event.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)
