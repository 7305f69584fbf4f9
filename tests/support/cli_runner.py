"""Run ``tuicompare`` as a user would: a real process, a private cache, optionally a terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support import ROOT


@dataclass
class Run:
    """What one command did."""

    status: int
    stdout: bytes
    stderr: bytes

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")


def env_for(cache: Path, **extra: str) -> dict[str, str]:
    """The environment of a run: private cache, no colour, a wide terminal."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1", "COLUMNS": "400", "LINES": "50"}
    env.pop("FORCE_COLOR", None)
    env.pop("TUICOMPARE_MODEL", None)
    env.update(extra)
    return env


def tuicompare(
    *args: str, cache: Path, cwd: Path | None = None, stdin: bytes = b"", timeout: float = 300, **env: str
) -> Run:
    """Run ``python -m tuicompare ARGS`` with pipes for stdin, stdout and stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "tuicompare", *args],
        input=stdin,
        capture_output=True,
        env=env_for(cache, **env),
        cwd=cwd or ROOT,
        timeout=timeout,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def tuicompare_tty(*args: str, cache: Path, timeout: float = 300, stdin_tty: bool = False, **env: str) -> Run:
    """Run with standard output on a pseudo-terminal (TERM=xterm-256color), stderr on a pipe.

    ``stdin_tty``: standard input on the terminal too, as in a user's shell (else it reads nothing).
    """
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tuicompare", *args],
        stdin=follower if stdin_tty else subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env_for(cache, TERM="xterm-256color", **env),
        cwd=ROOT,
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            proc.kill()
            raise TimeoutError(f"tuicompare {args} produced nothing for {timeout}s")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    stderr = proc.stderr.read() if proc.stderr else b""
    status = proc.wait(timeout=timeout)
    # The terminal turns "\n" into "\r\n"; undo that so callers see the program's bytes.
    return Run(status, b"".join(chunks).replace(b"\r\n", b"\n"), stderr)
