"""Quit the app cleanly on SIGTERM and SIGHUP."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from functools import partial
from typing import Any

from textual.app import App


def exit_on_signals(app: App[Any]) -> None:
    """Quit cleanly on SIGTERM and SIGHUP, so the terminal is restored (screen, mouse, cursor).

    Python's default for both is to die on the spot, leaving the alternate
    screen and mouse tracking on. The exit status is 128 plus the signal number.
    """
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
            loop.add_signal_handler(sig, partial(app.exit, return_code=128 + sig))
