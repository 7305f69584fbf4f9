"""Where tuicompare keeps its cache and settings.

platformdirs follows each platform's convention and, on Linux, honours
``XDG_CACHE_HOME``, ``XDG_CONFIG_HOME`` and ``XDG_DATA_HOME``; it is read on every call so a
changed environment (tests, ``env XDG_CACHE_HOME=...``) takes effect.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "tuicompare"


def cache_dir() -> Path:
    """The user cache directory for tuicompare (not created)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user config directory for tuicompare (not created)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user data directory for tuicompare (not created): the reviewers' verdicts live there."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_cache_dir(path: Path) -> Path:
    """Create a cache directory readable by its owner only.

    Parents are created as needed with the default mode; the directory itself
    gets mode 0700 because cached analyses quote the articles, which may be
    confidential. An existing directory is left as it is.

    Raises:
        OSError: The directory cannot be created (read-only parent, a file in
            the way...).
    """
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # mkdir's mode is filtered by the umask; chmod makes it exact.
            path.mkdir(mode=0o700)
            os.chmod(path, 0o700)
        except FileExistsError:
            if not path.is_dir():
                raise
    return path
