"""Writing an export to standard output or, atomically, to a file."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from tuicompare.errors import ExportError


def _umask() -> int:
    # Reading the umask means setting it; /proc avoids that race where it exists.
    with contextlib.suppress(OSError, ValueError):
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith("Umask:"):
                return int(row.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _to_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # A terminal that cannot show ✓ still gets a readable report.
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode(encoding, "replace"))
    sys.stdout.flush()


def _publish(tmp: str, target: Path, force: bool) -> None:
    if force:
        os.replace(tmp, target)
        return
    try:
        # A hard link fails if the target exists, even when another process
        # creates it after our check: no window in which a file is clobbered.
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # Filesystems without hard links (FAT, some network mounts).
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(tmp, target)
    else:
        os.unlink(tmp)


def write_output(text: str, path: str | os.PathLike[str] | None, *, force: bool = False) -> None:
    """Write an export to standard output or atomically to a file.

    The text goes to a temporary file in the target's directory which is
    then renamed into place, so readers never see half a report and a failed
    write leaves neither a partial file nor the temporary one behind.

    Args:
        text: The export (JSON or Markdown), written as UTF-8.
        path: ``None`` or ``-`` for standard output, else the file to write.
        force: Replace the file if it exists.

    Raises:
        ExportError: The file exists and ``force`` is false, the directory is
            missing or not writable, or writing failed (disk full...).
    """
    if path is None or str(path) == "-":
        _to_stdout(text)
        return
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"Cannot write the report to {target}: it is a directory. Give a file name.")
    if target.exists() and not force:
        raise ExportError(f"Not writing the report: {target} already exists. Use --force to overwrite it.")
    directory = target.parent
    if not directory.is_dir():
        raise ExportError(f"Cannot write the report to {target}: the directory {directory} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"Cannot write the report to {target}: {exc.strerror or exc} (in {directory}).") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a report gets the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        _publish(tmp, target, force)
    except FileExistsError:
        raise ExportError(f"Not writing the report: {target} already exists. Use --force to overwrite it.") from None
    except OSError as exc:
        raise ExportError(f"Cannot write the report to {target}: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
