"""Console helpers every command shares: errors, warnings and progress on stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from tuicompare.models import LoadWarning

STAGES = {"load": "Loading", "analyse": "Analysing", "compare": "Comparing"}
#: Narrowest width drawn at: below it tables print empty cells or nothing at all
#: (COLUMNS=0 or 1 from a broken environment). A narrower terminal wraps the lines.
MIN_WIDTH = 60


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
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield report
