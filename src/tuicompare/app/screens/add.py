"""Pick an article (file or folder) to add to the open corpus: a path field over a file tree."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.text import Text, TextType
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Label

from tuicompare.app.screens.listkeys import HELP_KEY, panel_footer
from tuicompare.load.formats import SUFFIXES
from tuicompare.sanitize import clean_name


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a dangling link or a folder we may not look into
        return False


class ArticleTree(DirectoryTree):
    """Folders and article files only; names are untrusted, so they are cleaned and never markup."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        """Hide dot-files and files the loader would not read."""
        return [p for p in paths if not p.name.startswith(".") and (_is_dir(p) or p.suffix.lower() in SUFFIXES)]

    def process_label(self, label: TextType) -> Text:
        """A file name as plain text, with escape sequences and control characters removed."""
        return Text(clean_name(label.plain if isinstance(label, Text) else label), no_wrap=True)


def leaves_folder(path: Path, folder: Path) -> bool:
    """Whether ``path`` is a symbolic link (or lies under one) resolving outside ``folder``.

    The picker browses a folder the way the loader reads one: a link out of
    it (to ``/etc/passwd``, ``/proc/self/status``) is not followed by a click.
    """
    target, root = os.path.realpath(path), os.path.realpath(folder)
    try:
        return os.path.commonpath([target, root]) != root
    except ValueError:  # different drives (Windows)
        return True


def start_folder(paths: Sequence[str]) -> Path:
    """The folder to browse first: the first corpus folder, or the first file's folder."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            return path
        if path.parent.is_dir() and raw != "-":
            return path.parent
    return Path.cwd()


class AddArticleScreen(ModalScreen[str | None]):
    """Dismisses with the chosen file (picked in the tree) or the path typed (file or folder)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="add.cancel"), HELP_KEY]

    def __init__(self, start: Path | None = None) -> None:
        """Browse from folder ``start`` (default: the working directory)."""
        super().__init__()
        self.start = start or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add an article"
            yield Label(
                Content("Type a file or folder and press Enter, or pick a file below (tab to move):"), id="add-prompt"
            )
            yield Input(placeholder="path/to/article.txt", id="add-path")
            yield ArticleTree(self.start, id="add-tree")
            yield Label(Content(""), id="add-error")
        yield panel_footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if not path or not Path(path).expanduser().exists():
            self.query_one("#add-error", Label).update(Content(f"No such file or folder: {path}"))
            return
        self.dismiss(str(Path(path).expanduser()))

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        if leaves_folder(event.path, self.start):
            # Typing the path is the explicit choice that follows the link, as on the command line.
            message = (
                f"{clean_name(event.path.name)} is a symbolic link to a file outside {clean_name(str(self.start))}; "
                "type its path above to add it anyway."
            )
            self.query_one("#add-error", Label).update(Content(message))
            return
        self.dismiss(str(event.path))
