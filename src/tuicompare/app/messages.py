"""Messages the app's widgets send to each other, all small dataclasses.

Panes and the sidebar only *ask* for changes (``RowChanged``, ``Scrolled``,
``ClaimSelected``); the comparison view owns the state and binds it back
down, which is what keeps the panes in step without feedback loops.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class RowChanged(Message):
    """A pane asks for another current row (key press or click).

    Moves are relative (``step`` rows, or ``page`` screens) and resolved by the
    view against the row it last set, not the one last painted: keys that
    arrive in a burst (over SSH) each count. ``row`` is an absolute target
    (first or last row, a click). ``to_top`` asks for the row at the top of the
    panes (paging).
    """

    pane: Any
    row: int | None = None
    to_top: bool = False
    step: int = 0
    page: int = 0


@dataclass
class Scrolled(Message):
    """A pane was scrolled by its user (wheel, scrollbar drag) to ``y``."""

    pane: Any
    y: float

    def can_replace(self, message: Message) -> bool:
        """Only the latest position of a pane matters, so older ones are dropped."""
        return isinstance(message, Scrolled) and message.pane is self.pane


@dataclass
class PaneResized(Message):
    """A pane changed size, so row heights must be measured again."""

    pane: Any

    def can_replace(self, message: Message) -> bool:
        """One relayout covers any number of pending resizes."""
        return isinstance(message, PaneResized)


@dataclass
class ClaimSelected(Message):
    """The sidebar asks to jump to the row of claim ``claim_id``."""

    claim_id: str


@dataclass
class PipelineProgress(Message):
    """The loading worker reports ``done`` of ``total`` items at ``stage``."""

    stage: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        """Progress is a level, not an event: the newest figure of a stage wins."""
        return isinstance(message, PipelineProgress) and message.stage == self.stage
