"""The footer, with the quit key first."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer


class QuitFirstFooter(Footer):
    """Textual's footer with ``q Quit`` first: keys that do not fit a narrow terminal are cut at the right,
    and how to leave must never be one of them.

    The app's bindings use no binding groups (``KeyGroup``), whose keys this reordering would lift out of the group.
    """

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        quit_keys = [key for key in keys if getattr(key, "action", None) == "quit"]
        yield from quit_keys
        yield from (key for key in keys if key not in quit_keys)
