"""Issue 13 item 8: SIGTERM or SIGHUP to the app restores the terminal.

The app runs in a real pseudo-terminal (stdin, stdout and stderr, where Textual draws), is sent the signal
once it has drawn the seeds, and must leave the alternate screen, stop mouse
tracking and show the cursor again before it exits with 128 + the signal.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.cli_runner import ROOT, env_for

pytestmark = pytest.mark.slow

ALT_SCREEN_OFF = b"\x1b[?1049l"
CURSOR_ON = b"\x1b[?25h"
MOUSE_OFF = b"\x1b[?1000l"


def _read_until(fd: int, needle: bytes, seen: bytearray, deadline: float) -> bool:
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return needle in seen
        if not chunk:
            return needle in seen
        seen.extend(chunk)
        if needle in seen:
            return True
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_restores_the_terminal(seeds_dir: Path, tmp_path: Path, sig: signal.Signals) -> None:
    leader, follower = pty.openpty()
    env = env_for(tmp_path / "cache", TERM="xterm-256color", COLUMNS="120", LINES="40")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tuicompare", str(seeds_dir)],
        stdin=follower,
        stdout=follower,
        stderr=follower,  # Textual draws on standard error
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    os.close(follower)
    seen = bytearray()
    try:
        assert _read_until(leader, b"claims", seen, time.monotonic() + 120), "the app never drew the seeds"
        assert b"\x1b[?1049h" in seen  # it did switch to the alternate screen
        before = len(seen)
        proc.send_signal(sig)
        _read_until(leader, b"\x00never", seen, time.monotonic() + 20)
        status = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    after = bytes(seen[before:])
    assert status == 128 + sig
    assert ALT_SCREEN_OFF in after and CURSOR_ON in after and MOUSE_OFF in after
