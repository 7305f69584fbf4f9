"""Writing exports: stdout, atomic file writes, no overwriting without force."""

from __future__ import annotations

import os
import stat

import pytest

from tuicompare.errors import ExportError
from tuicompare.report import write_output


def _entries(directory) -> list[str]:
    return sorted(os.listdir(directory))


@pytest.mark.parametrize("path", [None, "-"])
def test_stdout(path, capsys):
    write_output("# report ✓\n", path)
    assert capsys.readouterr().out == "# report ✓\n"


def test_writes_a_new_file_with_usual_permissions(tmp_path):
    target = tmp_path / "report.md"
    old = os.umask(0o022)
    try:
        write_output("ünïcode ✓\n", str(target))
    finally:
        os.umask(old)
    assert target.read_bytes() == "ünïcode ✓\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _entries(tmp_path) == ["report.md"]


def test_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("precious")
    with pytest.raises(ExportError, match=r"already exists\. Use --force to overwrite it"):
        write_output("new", target)
    assert target.read_text() == "precious"
    assert _entries(tmp_path) == ["report.json"]


def test_force_replaces_atomically(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    inode = target.stat().st_ino
    write_output("new", target, force=True)
    assert target.read_text() == "new"
    assert target.stat().st_ino != inode  # renamed into place, not rewritten in place
    assert _entries(tmp_path) == ["report.json"]


def test_a_symlink_counts_as_an_existing_file(tmp_path):
    (tmp_path / "input.txt").write_text("article")
    (tmp_path / "link.md").symlink_to(tmp_path / "input.txt")
    with pytest.raises(ExportError, match="already exists"):
        write_output("report", tmp_path / "link.md")
    assert (tmp_path / "input.txt").read_text() == "article"


def test_missing_directory(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_output("x", tmp_path / "nope" / "report.md")


def test_directory_as_target(tmp_path):
    with pytest.raises(ExportError, match="is a directory"):
        write_output("x", tmp_path, force=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only directories")
def test_unwritable_directory(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Permission denied"):
            write_output("x", locked / "report.md")
        assert _entries(locked) == []
    finally:
        locked.chmod(0o700)


def test_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_output("new", target, force=True)
    assert target.read_text() == "old"
    assert _entries(tmp_path) == ["report.md"]


def test_created_meanwhile_is_not_clobbered(tmp_path, monkeypatch):
    # Another process creates the file between our check and the rename.
    target = tmp_path / "report.md"
    real_link = os.link

    def racing_link(src, dst):
        target.write_text("theirs")
        return real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(ExportError, match="already exists"):
        write_output("ours", target)
    assert target.read_text() == "theirs"
    assert _entries(tmp_path) == ["report.md"]


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs")
def test_directory_nobody_may_create_files_in():
    # sysfs refuses new files even to root, so this runs in containers too.
    with pytest.raises(
        ExportError, match=r"Cannot write the report to /sys/kernel/report\.md: (Permission denied|Read-only)"
    ):
        write_output("x", "/sys/kernel/report.md")
