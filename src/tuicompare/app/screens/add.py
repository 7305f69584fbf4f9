"""Ask for an article (file or folder) to add to the open corpus."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class AddArticleScreen(ModalScreen[str | None]):
    """Dismisses with the path typed, once it names an existing file or folder."""

    DEFAULT_CSS = """
    AddArticleScreen { align: center middle; }
    AddArticleScreen > Vertical {
        width: 70; max-width: 95%; min-width: 30; height: auto; border: round $primary; background: $surface; padding: 0 1;
    }
    AddArticleScreen #add-error { color: $text-error; }
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="add.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add an article"
            yield Label(Content("File or folder to analyse and merge into the open corpus:"))
            yield Input(placeholder="path/to/article.txt", id="add-path")
            yield Label(Content(""), id="add-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if not path or not Path(path).exists():
            self.query_one("#add-error", Label).update(Content(f"No such file or folder: {path}"))
            return
        self.dismiss(path)
