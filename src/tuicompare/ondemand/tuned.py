"""The digest of the engine's tuning in force, which every story record's key holds.

The digest is that of ``repr(TUNING)``: benchmarks replace ``TUNING`` at run
time, and records must follow. Importing the tuning package to take it (its
dataclasses made: 20-26 ms of CPU at load 10) was on the app's way to its
first story, where nothing else needs the tuning. Until someone imports the
package, ``TUNING`` is the one its files define, so with a cache at hand the
digest is read from a record keyed by those files' bytes (0.2 ms to read and
hash them), and computed (the package imported) only when that record is
missing. Either way the digest is the same, so the keys are too.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tuicompare.analysis import stored

if TYPE_CHECKING:
    from tuicompare.analysis.session import Session

#: The package that holds ``TUNING``.
TUNING_PACKAGE = "tuicompare.engine.tuning"


def tuning_digest(session: Session | None = None) -> str:
    """The digest of ``repr(TUNING)``, read from ``session``'s cache when the tuning package is not imported yet.

    Args:
        session: An open analysis session whose cache may record the digest of the tuning's files;
            ``None`` computes it (the package imported).
    """
    if session is None or TUNING_PACKAGE in sys.modules:  # imported: it may have been replaced at run time
        return _computed()
    files = _files_digest()
    if files is None:
        return _computed()
    key = stored.record_key("tuning-digest", [files, sys.version])
    found = session.get_many([key]).get(key)
    if found is not None:
        return found
    digest = _computed()
    # Recorded only if the files did not change while the package was imported (the record would hold another's).
    if session.writable and _files_digest() == files:
        session.put_many({key: digest})
    return digest


def _computed() -> str:
    from tuicompare.engine import tuning

    return hashlib.sha256(repr(tuning.TUNING).encode()).hexdigest()[:16]


def _files_digest() -> str | None:
    """The digest of the tuning package's source files (names and bytes); ``None`` if they cannot be read."""
    import tuicompare.engine

    folder = Path(tuicompare.engine.__file__).parent / "tuning"
    digest = hashlib.sha256()
    files = sorted(folder.glob("*.py"))
    return digest.hexdigest() if files and stored.hash_sources(digest, files) else None
