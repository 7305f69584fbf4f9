"""Golden files through syrupy: one ``pytest --snapshot-update`` refreshes them and the app's SVGs.

The report's golden outputs are plain text files kept beside the seeds' gold in
``tests/gold/<test module>/<test name>.<ext>``, so a diff of the repository shows
exactly what changed in the output.
"""

from __future__ import annotations

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation

from tests.support.gold import GOLD_DIR


class _GoldenText(SingleFileSnapshotExtension):
    """One text file per assertion, in ``tests/gold/<test module>/``."""

    _write_mode = WriteMode.TEXT

    @classmethod
    def dirname(cls, *, test_location: PyTestLocation) -> str:
        return str(GOLD_DIR / test_location.basename)


class GoldenJSON(_GoldenText):
    """A golden ``.json`` file."""

    _file_extension = "json"


class GoldenMarkdown(_GoldenText):
    """A golden ``.md`` file."""

    _file_extension = "md"
