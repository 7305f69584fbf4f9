"""A worker's wait for the first story to be on screen before it goes on with the rest of the corpus."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from textual.app import App


def wait_for_paint(app: App[Any], shown: Callable[[], bool], cancelled: Callable[[], bool], seconds: float) -> None:
    """From a thread worker: wait until ``shown()`` holds on the event loop and the screen was refreshed after.

    Laid out is not yet painted: a worker that goes on reading files as soon
    as the view is mounted slows the first paint (one interpreter lock), so
    it waits for one refresh more. ``seconds`` bounds the whole wait.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:  # every 10 ms
        if cancelled():
            return
        if app.call_from_thread(shown):
            break
        time.sleep(0.01)
    painted = threading.Event()
    app.call_from_thread(lambda: app.call_after_refresh(painted.set))
    painted.wait(max(0.0, deadline - time.monotonic()))
