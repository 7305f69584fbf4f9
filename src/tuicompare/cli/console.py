"""Console helpers every command shares: errors, warnings and progress on stderr."""

from __future__ import annotations

import codecs
import contextlib
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.text import Text

from tuicompare.models import LoadWarning
from tuicompare.pipeline import progress_count

STAGES = {"load": "Loading", "analyse": "Analysing", "cluster": "Grouping", "compare": "Comparing"}
#: Narrowest width drawn at: below it tables print empty cells or nothing at all
#: (COLUMNS=0 or 1 from a broken environment). A narrower terminal wraps the lines.
MIN_WIDTH = 60


#: Codec error handler that writes an ASCII stand-in for what the output encoding cannot carry.
ERRORS = "tuicompare-ascii"
# Marks whose anyascii reading would be ambiguous next to the others ("·" and "—" both give "-").
_GLYPHS = {"·": ".", "✓": "v", "✗": "x", "✔": "v", "✘": "x"}


def ascii_glyphs(text: str) -> str:
    """``text`` with every non-ASCII character replaced by an ASCII stand-in.

    ✓ ✗ ~ · become ``v x ~ .``, box drawing ``+ - |``, accented letters lose
    their accents (anyascii); what has no stand-in becomes ``?``. For front
    ends that must choose their glyphs for an output that cannot carry them.
    """
    from anyascii import anyascii

    return "".join(ch if ch.isascii() else _GLYPHS.get(ch) or anyascii(ch) or "?" for ch in text)


def _ascii_errors(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return ascii_glyphs(error.object[error.start : error.end]), error.end


def degrade_output_encoding(*streams: io.TextIOBase | None) -> None:
    """Make text streams whose encoding is not UTF-8 write ASCII stand-ins instead of failing.

    Under ``PYTHONIOENCODING=ascii`` or a ``latin-1`` locale, printing ✓ or a
    box corner raised UnicodeEncodeError; now each character the encoding
    lacks is written as `ascii_glyphs` reads it (``é`` stays ``é`` in
    latin-1). rich draws ASCII boxes by itself on such streams.

    Args:
        streams: The streams to change (default: standard output and error).
    """
    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, _ascii_errors)
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if stream is None or encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        # A closed or detached stream refuses: nothing will be written to it anyway.
        with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
            stream.reconfigure(errors=ERRORS)


def _clamped(console: Console) -> Console:
    """``console``, drawing at least `MIN_WIDTH` columns wide."""
    if console.width < MIN_WIDTH:
        console.width = MIN_WIDTH
    return console


def stdout_console() -> Console:
    """A console on stdout for reports and tables, never narrower than `MIN_WIDTH`."""
    return _clamped(Console(highlight=False))


def stderr_console() -> Console:
    """A console on stderr for messages, warnings and progress."""
    return _clamped(Console(stderr=True, highlight=False))


def print_error(message: str) -> None:
    """Print a user-facing error as one paragraph on stderr (one line when stderr is not a terminal)."""
    console = stderr_console()
    console.print(Text.assemble(("error: ", "bold red"), message), soft_wrap=not console.is_terminal)


def print_warnings(warnings: tuple[LoadWarning, ...] | list[LoadWarning], console: Console) -> None:
    """Print one ``warning:`` line per skipped file or cache problem.

    Into a log or a pipe each warning stays one line whatever its length (rich
    would otherwise wrap at 80 columns), so ``grep warning:`` finds it whole;
    on a terminal it wraps to the window as usual.
    """
    for warning in warnings:
        console.print(Text.assemble(("warning: ", "yellow"), str(warning)), soft_wrap=not console.is_terminal)


@contextmanager
def progress_reporter() -> Iterator[Callable[[str, int, int], None] | None]:
    """Yield a pipeline progress callback drawing a bar on stderr, if it is a terminal."""
    console = stderr_console()
    if not console.is_terminal:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def report(stage: str, done: int, total: int) -> None:
            count = progress_count(stage, done, total)
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total, count=count)
            bar.update(tasks[stage], completed=done, total=total, count=count)

        yield report
