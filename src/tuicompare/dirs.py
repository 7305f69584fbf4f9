"""Where tuicompare keeps its cache, settings and review store, and which database files it refuses to open.

platformdirs follows each platform's convention and, on Linux, honours
``XDG_CACHE_HOME``, ``XDG_CONFIG_HOME`` and ``XDG_DATA_HOME``; it is read on every call so a
changed environment (tests, ``env XDG_CACHE_HOME=...``) takes effect.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "tuicompare"
#: The files SQLite keeps beside a database.
_COMPANIONS = ("-wal", "-shm", "-journal")


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


def unsafe_database(path: Path) -> str | None:
    """Why a SQLite database (or a journal file beside it) must not be opened, if it must not.

    Looked at with ``lstat``, which opens nothing: SQLite would follow a
    symbolic link and write into its target, and opening a FIFO blocks
    forever (Ctrl+C included, as the wait is inside SQLite). The analysis
    cache and the review store both ask before they connect.
    """
    for name in (str(path), *(f"{path}{suffix}" for suffix in _COMPANIONS)):
        try:
            mode = os.lstat(name).st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            return f"{name} cannot be examined ({exc.strerror or exc})"
        if stat.S_ISLNK(mode):
            return f"{name} is a symbolic link"
        # A directory beside the database cannot be opened (SQLite then falls back to
        # another journal or to read-only), so only the database itself must be a file.
        if not stat.S_ISREG(mode) and (name == str(path) or not stat.S_ISDIR(mode)):
            return f"{name} is not a regular file"
    return None


def documents_dir() -> Path:
    """Where the app offers to export reports: the user's documents folder, or the home folder without one.

    Not the corpus folder: a report written there (``.md``, ``.json``) would be
    read as an article the next time the folder is opened, and a shared corpus
    is often read-only. Not the working directory either: the app may have been
    started from anywhere.
    """
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()
