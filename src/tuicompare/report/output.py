"""Writing an export to standard output or, atomically, to a file."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from tuicompare.errors import ExportError

#: The report format a file name's suffix names: ``report -o`` and the app's export agree on them.
FORMAT_BY_SUFFIX = {".json": "JSON", ".md": "Markdown", ".markdown": "Markdown"}


def format_of(path: str | os.PathLike[str]) -> str | None:
    """``"JSON"`` or ``"Markdown"``, the format ``path``'s suffix names, or ``None`` for any other name."""
    return FORMAT_BY_SUFFIX.get(Path(path).suffix.lower())


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


class _FileWrite:
    """Writes text to a file as UTF-8; ``copy_bytes`` copies text spooled as UTF-8 bytes without decoding it."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._room = 0

    def __call__(self, text: str) -> None:
        self._handle.write(text.encode("utf-8"))

    def copy_bytes(self, source: IO[bytes]) -> None:
        """Copy the rest of ``source`` (UTF-8 text, e.g. ``spool.Array``'s) as it is."""
        shutil.copyfileobj(source, self._handle, 1 << 20)

    def leave_head(self, length: int) -> IO[bytes]:
        """Write on from byte ``length``, the room left for a head ``place_head`` writes last; gives the file.

        A JSON report's head (its summary) is known only once every story is written, so its
        arrays were spooled and then copied after it. The first array can go straight into the
        file after room for a head as long as the last one (``stream.write_json``).
        """
        self._handle.seek(length)
        self._room = length
        return self._handle

    def place_head(self, head: bytes) -> None:
        """Write ``head`` at the start, in the room ``leave_head`` left, moving what follows if it is not that long.

        Moving costs what spooling cost (what was written is read and written again once).
        """
        handle = self._handle
        handle.flush()
        fd, end, shift = handle.fileno(), handle.tell(), len(head) - self._room
        if shift:
            step = 1 << 20
            starts = range(self._room, end, step)
            # Left: the first chunk first; right: the last first; either way no chunk is overwritten unread.
            for start in starts if shift < 0 else reversed(starts):
                _pwrite(fd, os.pread(fd, min(step, end - start), start), start + shift)
            handle.seek(end + shift)
            handle.truncate()
        _pwrite(fd, head, 0)
        self._room = len(head)


def _pwrite(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        done = os.pwrite(fd, view, offset)
        view, offset = view[done:], offset + done


def _stream_kind(target: Path) -> str | None:
    """``device`` or ``pipe`` when the target (after symlinks) is one, else None."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return None
    if stat.S_ISCHR(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "pipe"
    return None


@contextlib.contextmanager
def _to_stream(target: Path) -> Iterator[Callable[[str], None]]:
    """Write into a device or named pipe (``-o /dev/stdout``), never replacing the node itself."""
    try:
        # Non-blocking open: a pipe nobody reads fails at once instead of hanging.
        fd = os.open(target, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        reason = "no program is reading from it" if exc.errno == errno.ENXIO else exc.strerror or str(exc)
        raise ExportError(f"Cannot write the report to {target}: {reason}.") from exc

    def write(text: str) -> None:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data) :]

    try:
        os.set_blocking(fd, True)
        yield write
    except OSError as exc:
        raise ExportError(f"Cannot write the report to {target}: {exc.strerror or exc}.") from exc
    finally:
        os.close(fd)


def _same_file_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


def _input_hit(target: Path, inputs: Iterable[str | os.PathLike[str]]) -> str | None:
    """The input (as the loader names it) that ``target`` is, if any.

    Compares resolved paths (symbolic links, ``..``) and device and inode
    (hard links, bind mounts), so no spelling of an input escapes.
    """
    resolved = os.path.realpath(target)
    base = os.path.basename(resolved)
    key = _same_file_key(target)
    for name in (os.fspath(p) for p in inputs):
        last = os.path.basename(name)
        # One lstat an input: a name that is no link has the device and inode stat would give, so stat is
        # called for links only (checked twice a report, once before the work and once before writing:
        # 40,000 system calls on 10,000 inputs instead of 20,000).
        try:
            info: os.stat_result | None = os.lstat(name)
        except (OSError, ValueError):
            info = None
        link = info is not None and stat.S_ISLNK(info.st_mode)
        # Resolving keeps a last component that is no link, so a name ending otherwise cannot resolve to the
        # target: its links are not followed one by one (half a second for 10,000 inputs).
        maybe = last == base or last in ("", ".", "..") or link
        if maybe and os.path.realpath(name) == resolved:
            return name
        if key is not None and (_same_file_key(name) if link or info is None else (info.st_dev, info.st_ino)) == key:
            return name
    return None


def check_target(
    path: str | os.PathLike[str] | None, *, force: bool = False, inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Refuse at once an output that `write_output` would refuse, before any work is done.

    Args:
        path: ``None`` or ``-`` for standard output, else the file to write.
        force: Whether an existing file may be replaced.
        inputs: The run's input files (folders and globs expanded, e.g. by
            ``pipeline.input_files``); the output may never be one of them, even with ``force``.

    Raises:
        ExportError: The target is an input, a directory, or exists without ``force``.
    """
    if path is None or str(path) == "-":
        return
    target = Path(path)
    hit = _input_hit(target, inputs)
    if hit is not None:
        same = "" if str(hit) == str(target) else f" ({hit})"
        raise ExportError(
            f"Not writing the report to {target}: it is one of this run's inputs{same}, and writing there "
            "would destroy it. Choose another file name."
        )
    if target.is_dir():
        raise ExportError(f"Cannot write the report to {target}: it is a directory. Give a file name.")
    if not force and _stream_kind(target) is None and os.path.lexists(target):
        raise ExportError(f"Not writing the report: {target} already exists. Use --force to overwrite it.")


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


def write_output(
    text: str,
    path: str | os.PathLike[str] | None,
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write an export to standard output or atomically to a file.

    The text goes to a temporary file in the target's directory which is
    then renamed into place, so readers never see half a report and a failed
    write leaves neither a partial file nor the temporary one behind.

    Args:
        text: The export (JSON or Markdown), written as UTF-8.
        path: ``None`` or ``-`` for standard output, else the file to write.
        force: Replace the file if it exists.
        inputs: The run's input files (folders and globs expanded, e.g. by
            ``pipeline.input_files``). The report is never written over one of
            them, not even with ``force``: compared by resolved path and by device and inode.

    A character device or named pipe (``/dev/stdout``, a FIFO) is written
    to directly instead: it holds no file to replace.

    Raises:
        ExportError: The file is one of ``inputs``, or exists and ``force`` is false, the directory is
            missing or not writable, or writing failed (disk full...).
    """
    with open_output(path, force=force, inputs=inputs) as write:
        write(text)


@contextlib.contextmanager
def open_output(
    path: str | os.PathLike[str] | None,
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Callable[[str], None]]:
    """Write an export piece by piece, with `write_output`'s guarantees.

    Yields a function that writes a piece of text. A file target is written
    to a temporary file that is renamed into place only when the block ends
    without an error, so a report streamed in pieces is as atomic as one
    written at once; on an error (Ctrl+C included) nothing is left behind.

    Args:
        path: ``None`` or ``-`` for standard output, else the file to write.
        force: Replace the file if it exists.
        inputs: The run's input files; see `write_output`.

    Raises:
        ExportError: As `write_output`.
    """
    if path is None or str(path) == "-":
        try:
            yield _to_stdout
        finally:
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
        return
    target = Path(path)
    # force=True here: whether the file exists is decided atomically when publishing.
    check_target(target, force=True, inputs=inputs)
    if _stream_kind(target) is not None:
        # Renaming over /dev/stdout or a FIFO would replace the node for everyone
        # (root may write in /dev); such a target is written to like stdout.
        with _to_stream(target) as write:
            yield write
        return
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
            yield _FileWrite(handle)
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
