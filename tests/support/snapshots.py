"""The app's snapshot tests (pytest-textual-snapshot): terminal sizes and a shot of the seeds after some keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.pilot import Pilot

from tests.support.app import seeds_app, settle, wait_ready
from tuicompare.pipeline import Options

#: The terminal sizes the app is shot at.
WIDE = (160, 48)
NARROW = (80, 24)


def after_ready(*keys: str) -> Callable[[Pilot], object]:
    """A ``run_before`` that waits for the comparison, then presses ``keys``."""

    async def run_before(pilot: Pilot) -> None:
        await wait_ready(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await settle(pilot)

    return run_before


def shot(snap_compare, options: Options, size: tuple[int, int], keys: Iterable[str] = ()) -> bool:
    """Compare the app on the seeds at ``size``, after ``keys``, with its stored snapshot."""
    return snap_compare(seeds_app(options), terminal_size=size, run_before=after_ready(*keys))
