"""Run a Python snippet in a fresh interpreter, as root or as a user without root's rights over files.

Tests of unreadable folders and read-only caches mean nothing as root, who may read and write anything:
under root the snippet runs through ``setpriv`` with the capabilities that override file permissions
dropped. Where that cannot be done, the test is skipped rather than passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

#: The capabilities that let root ignore file permissions (read, search, write, own).
_OVERRIDES = "-dac_override,-dac_read_search,-fowner"


def run_python(
    script: str,
    *args: str,
    pythonpath: Sequence[Path],
    unprivileged: bool,
    why: str,
    cwd: Path | None = None,
) -> str:
    """Run ``python -c script args...`` and return what it printed.

    Args:
        script: The Python source to run.
        *args: Its command-line arguments.
        pythonpath: The folders the snippet imports from.
        unprivileged: Drop root's override of file permissions first (no effect unless run as root).
        why: What dropping it is for, said when the test is skipped for want of ``setpriv``.
        cwd: The folder to run it in (the current one if None).

    Returns:
        The snippet's standard output; a failing snippet fails the test with its standard error.
    """
    command = [sys.executable, "-c", script, *args]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip(f"running as root without setpriv: {why}")
        command = [setpriv, "--bounding-set", _OVERRIDES, "--", *command]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in pythonpath)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, cwd=cwd)
    if done.returncode != 0 and done.stderr.startswith("setpriv:"):
        pytest.skip(f"cannot drop root's override here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return done.stdout
