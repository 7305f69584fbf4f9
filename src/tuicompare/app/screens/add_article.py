"""Add an article to the open corpus: a file picker, then a worker that merges it.

The picker is a path field over a directory tree of article files. The
chosen file is loaded, analysed and compared with the open corpus in a
thread worker (``tuicompare.triage.merge.add_article``); the view is then
rebuilt with the new article pinned first in its story and its
contradictions first in the sidebar, as ``--focus`` does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Label
from textual.worker import get_current_worker

from tuicompare.triage.watch import is_article_file

if TYPE_CHECKING:
    from tuicompare.app.app import TuicompareApp
    from tuicompare.triage.merge import Added


class ArticleTree(DirectoryTree):
    """A directory tree showing folders and article files only, hidden ones left out."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and (p.is_dir() or is_article_file(p.name))]


class AddArticleScreen(ModalScreen[str | None]):
    """Asks for an article file; dismisses with its path, or ``None`` when cancelled."""

    DEFAULT_CSS = """
    AddArticleScreen { align: center middle; }
    AddArticleScreen > Vertical {
        width: 80; max-width: 95%; height: 80%; border: round $primary; background: $surface; padding: 0 1;
    }
    AddArticleScreen ArticleTree { height: 1fr; }
    AddArticleScreen #add-error { color: $text-error; }
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="add.cancel")]

    def __init__(self, start: Path) -> None:
        """Browse from folder ``start``."""
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add an article"
            yield Label(Content("Type a file path and press Enter, or pick a file below:"))
            yield Input(placeholder="path/to/article.txt", id="add-path")
            yield ArticleTree(self.start, id="add-tree")
            yield Label(Content(""), id="add-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose(Path(event.value.strip()).expanduser())

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self._choose(event.path)

    def _choose(self, path: Path) -> None:
        if not path.is_file():
            self.query_one("#add-error", Label).update(Content(f"Not a file: {path}"))
            return
        self.dismiss(str(path))


def start_folder(paths: list[str]) -> Path:
    """Where the picker opens: the first corpus folder, or the folder of the first file."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            return path
        if path.is_file():
            return path.parent
    return Path.cwd()


def add_article(app: TuicompareApp) -> None:
    """Open the picker; merge the chosen file into the open comparison in a worker."""
    if app.comparison is None:
        app.notify("Wait until the corpus is loaded.", markup=False)
        return

    def chosen(path: str | None) -> None:
        if path:
            app.notify(f"Adding {path}…", markup=False)
            app.run_worker(lambda: _merge(app, path), thread=True, exclusive=True, exit_on_error=False,
                           group="add-article", name=f"add {path}")

    app.push_screen(AddArticleScreen(start_folder(app.paths)), chosen)


def _merge(app: TuicompareApp, path: str) -> None:
    """Worker body: load, analyse and compare; report the outcome on the event loop."""
    from tuicompare.app.app import error_message
    from tuicompare.pipeline import Options
    from tuicompare.triage.merge import add_article as merge

    worker = get_current_worker()
    comparison = app.comparison
    if comparison is None:
        return
    try:
        added = merge(comparison, path, app.options or Options(), cancelled=lambda: worker.is_cancelled)
    except Exception as error:  # every failure is shown to the user, none stops the app
        app.call_from_thread(app.notify, error_message(error), title="Not added", severity="error", markup=False)
        return
    if not worker.is_cancelled:
        app.call_from_thread(_show, app, path, added)


async def _show(app: TuicompareApp, path: str, added: Added) -> None:
    """Show the grown comparison with the new article pinned first."""
    app.paths.append(path)
    app.focus_request = added.articles[0]
    # Only the new warnings are announced; the full list stays in the comparison for export.
    await app.show_comparison(replace(added.comparison, warnings=added.warnings))
    app.comparison = added.comparison
    app.notify(f"Added {', '.join(added.articles)}", markup=False)
