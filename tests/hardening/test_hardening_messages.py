"""Messages on standard error: one line per warning in a log, whatever its length or the terminal width.

Issue 13, item 16: when standard error was not a terminal, rich wrapped each warning at 80
columns, so one warning became several lines in a log although the README promises one each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import tuicompare
from tuicompare.cli.console import print_error, print_warnings, stderr_console
from tuicompare.models import LoadWarning

pytestmark = pytest.mark.xdist_group("hardening-messages")

LONG_PATH = "/srv/inbox/" + "very-long-folder-name/" * 8 + "article.txt"
LONG_REASON = "skipped: " + "a reason that goes on and on " * 8


def test_warnings_and_errors_stay_one_line_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    print_warnings([LoadWarning(LONG_PATH, LONG_REASON), LoadWarning("b.txt", "empty file")], stderr_console())
    print_error("Not writing the report: " + "it is a long story " * 10)
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"warning: {LONG_PATH}: {LONG_REASON}",
        "warning: b.txt: empty file",
        "error: Not writing the report: " + "it is a long story " * 10,
    ]


@pytest.mark.slow
@pytest.mark.parametrize("columns", ["40", "80"])
def test_info_prints_each_warning_whole_into_a_log(tmp_path: Path, columns: str) -> None:
    folder = tmp_path / ("a-folder-with-a-rather-long-name-" * 3)
    folder.mkdir()
    (folder / "good.txt").write_text("The mayor opened the bridge on Tuesday.\n")
    (folder / ("binary-" * 12 + ".txt")).write_bytes(bytes(range(256)) * 4)
    (folder / "empty.md").write_bytes(b"")
    done = tuicompare("info", str(folder), cache=tmp_path / "cache", COLUMNS=columns)
    assert done.status == 0, done.err
    lines = done.err.splitlines()
    assert len(lines) == 2 and all(line.startswith("warning: ") for line in lines), lines
    assert lines[0].startswith(f"warning: {folder}/binary-") and lines[0].endswith("try --encoding)")
    assert lines[1] == f"warning: {folder}/empty.md: empty file"
