"""Exports: never clobbering without --force, never replacing what is not a file, inputs untouched.

Covered elsewhere: atomic temp-file-and-rename, refusal without force, symlinks,
missing or unwritable directories, failed writes leaving nothing behind
(test_report_output.py); ``-o FILE`` then ``--force`` through the CLI (test_cli.py).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.support.cli_runner import tuicompare
from tests.support.hostile_corpus import fingerprint
from tuicompare import report
from tuicompare.errors import ExportError

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hardening-exports")]


@pytest.mark.parametrize("force", [False, True])
def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    # The read end, opened first without blocking: the writer then finds a reader.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        report.write_output("# Report\n", str(fifo), force=force)
        assert os.read(reader, 1000) == b"# Report\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the pipe is still a pipe"
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"], "no temporary file left"


def test_a_pipe_nobody_reads_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "lonely.fifo"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="no program is reading"):
        report.write_output("x", str(fifo), force=True)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_given_with_force_stays_a_device(tmp_path: Path) -> None:
    """As root, ``-o /dev/null --force`` used to rename a regular file over the device node."""
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    link = tmp_path / "stdout-like"
    link.symlink_to(null)
    for target in (null, link):
        report.write_output("# Report\n", str(target), force=True)
        assert stat.S_ISCHR(os.stat(target).st_mode)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "stdout-like"]


def test_report_over_an_input_file_is_refused_and_leaves_it_alone(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in seeds_dir.iterdir():
        (corpus / p.name).write_bytes(p.read_bytes())
    before = fingerprint(corpus)
    target = next(corpus.glob("000_*.txt"))
    for fmt in ("--json", "--markdown"):
        done = tuicompare("report", str(corpus), fmt, "-o", str(target), cache=tmp_path)
        # Issue 13: the refusal names the input and no longer recommends --force.
        assert done.status == 2 and "one of this run's inputs" in done.err and "--force" not in done.err
        assert "Traceback" not in done.err
    rich_to_file = tuicompare("report", str(corpus), "-o", str(tmp_path / "new.txt"), cache=tmp_path)
    assert rich_to_file.status == 2 and "needs --json or --markdown" in rich_to_file.err
    assert fingerprint(corpus) == before
    assert not (tmp_path / "new.txt").exists()
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")], "no temporary file left"
