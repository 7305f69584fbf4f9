"""Console helpers every command shares: errors, warnings and progress on stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.text import Text

from tuicompare.models import LoadWarning

STAGES = {"load": "Loading", "analyse": "Analysing", "compare": "Comparing"}


def stderr_console() -> Console:
    """A console on stderr for messages, warnings and progress."""
    return Console(stderr=True, highlight=False)


def print_error(message: str) -> None:
    """Print a user-facing error as one paragraph on stderr."""
    stderr_console().print(Text.assemble(("error: ", "bold red"), message))


def print_warnings(warnings: tuple[LoadWarning, ...] | list[LoadWarning], console: Console) -> None:
    """Print one ``warning:`` line per skipped file or cache problem."""
    for warning in warnings:
        console.print(Text.assemble(("warning: ", "yellow"), str(warning)))


@contextmanager
def progress_reporter() -> Iterator[Callable[[str, int, int], None] | None]:
    """Yield a pipeline progress callback drawing a bar on stderr, if it is a terminal."""
    console = stderr_console()
    if not console.is_terminal:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield report
