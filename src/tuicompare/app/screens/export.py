"""The export screen: ask a file name, write Markdown or JSON in a worker.

The name's suffix picks the format as for ``tuicompare report -o`` (``.md``,
``.markdown``, ``.json``); any other name is refused with a message, never
silently written as Markdown.

The text comes from the report's writers and goes through its
``write_output``, so ``e`` writes the same bytes as ``tuicompare report
--json`` / ``--markdown`` with the same escaping and the same refusals.
The file offered is in the user's documents folder (``dirs.documents_dir``),
named after the corpus; a name without a folder goes there too, never into
whatever folder the app was started from. An existing file is replaced only
when Enter is pressed again on the same name; the corpus's own files never.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.worker import Worker, WorkerState

from tuicompare import dirs
from tuicompare.app.screens.listkeys import HELP_KEY, panel_footer
from tuicompare.errors import TuicompareError
from tuicompare.models import Comparison, Review
from tuicompare.report.output import format_of

#: What the dialog says above the file name.
PROMPT = "File name: .md writes Markdown, .json writes JSON. A name without a folder goes to {folder}."


def default_export_path(paths: Sequence[str], folder: Path | None = None) -> Path:
    """The report file the dialog offers: ``tuicompare-<corpus name>.md`` in ``folder`` (default: documents).

    Args:
        paths: The corpus's input paths; the first one names the report (a folder by its name, a file by
            its stem, a glob by its folder's name; other characters than letters, digits, ``.``, ``-`` and
            ``_`` become ``-``).
        folder: Where to put it; ``None`` is `dirs.documents_dir`.
    """
    name = ""
    if paths and paths[0] != "-":
        first = Path(paths[0]).expanduser()
        if not first.exists() and any(c in paths[0] for c in "*?["):  # a glob: name it after its folder
            first = first.parent
        first = first.resolve()
        name = first.stem if first.is_file() else first.name
    name = re.sub(r"[^\w.-]+", "-", name).strip(".-")
    return (folder or dirs.documents_dir()) / (f"tuicompare-{name}.md" if name else "tuicompare-report.md")


def export_target(typed: str, folder: Path) -> Path:
    """The file a typed name means: ``~`` expanded, a relative name taken in ``folder``."""
    path = Path(typed).expanduser()
    return path if path.is_absolute() else folder / path


def render_export(comparison: Comparison, path: str, reviews: Mapping[str, Review] | None = None) -> str:
    """The report text for ``path``: JSON for ``.json``, else Markdown, as ``tuicompare report`` writes them.

    The reviewers' verdicts and notes (``reviews``, by conflict id) go with it.
    """
    from tuicompare import report

    if format_of(path) == "JSON":
        return report.json_text(report.to_json(comparison, reviews))
    return report.to_markdown(comparison, reviews)


class ExportScreen(ModalScreen[str | None]):
    """Asks where to write the report; dismisses with the path written."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="export.cancel"), HELP_KEY]

    def __init__(
        self,
        comparison: Comparison,
        default: Path | None = None,
        *,
        inputs: Sequence[str] = (),
        reviews: Mapping[str, Review] | None = None,
    ) -> None:
        """Export ``comparison``; ``default`` pre-fills the file name.

        Args:
            comparison: What to export.
            default: The file offered (`default_export_path` of the inputs when ``None``); its
                folder is where a name typed without one goes.
            inputs: The paths the comparison was made from: the report must never replace one.
            reviews: The reviewers' verdicts and notes by conflict id, written with the report.
        """
        super().__init__()
        self.comparison = comparison
        self.inputs = tuple(inputs)
        self.default = default if default is not None else default_export_path(self.inputs)
        self.reviews = dict(reviews or {})
        #: The existing file the user was asked about: Enter on it again replaces it.
        self.confirming: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export report"
            yield Label(Content(PROMPT.format(folder=self.default.parent)), id="export-prompt")
            yield Input(value=str(self.default), id="export-path")
            yield Label(Content(""), id="export-error")
        yield panel_footer()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Another name: the question about the previous one no longer stands.
        if self.confirming is not None and export_target(event.value.strip(), self.default.parent) != self.confirming:
            self.confirming = None
            self._say("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        if not typed or typed == "-":
            self._say("Give a file name.")
            return
        path = export_target(typed, self.default.parent)
        if path.is_dir():
            # A folder typed was refused as a name "with no format": offer the usual name inside it instead.
            inside = path / self.default.name
            self.query_one(Input).value = str(inside)
            self._say(f"{path} is a folder: Enter writes {inside.name} in it; or type another name.")
            return
        if format_of(path) is None:
            self._say(f"{path.name} names no format: end the name in .md (Markdown) or .json (JSON).")
            return
        replace = self.confirming == path
        if not replace and path.is_file():
            self.confirming = path
            self._say(f"{path.name} exists. Enter again replaces it; Esc cancels; or type another name.")
            return
        self._say("Writing…")
        self.write_report(str(path), replace=replace)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def write_report(self, path: str, *, replace: bool = False) -> str | None:
        """Render and write the report off the event loop (over an existing file only when ``replace``).

        Returns:
            The path written, or None after a failure the dialog shows.
        """
        from tuicompare.report import write_output

        try:
            text = render_export(self.comparison, path, self.reviews)
            write_output(text, path, force=replace, inputs=self.inputs)
        except (TuicompareError, OSError) as error:
            self.app.call_from_thread(self._failed, str(error))
            return None
        return path

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "export":
            return
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            # Dismissed once the writer has ended: dismissed from inside it, the screen's going cancelled it.
            self.dismiss(event.worker.result)
        elif event.state == WorkerState.ERROR and event.worker.error:
            # Anything the writer did not expect still ends as a message, never a traceback.
            self._failed(f"Export failed ({type(event.worker.error).__name__}): {event.worker.error}")

    def _failed(self, message: str) -> None:
        self.confirming = None
        self._say(message)

    def _say(self, message: str) -> None:
        self.query_one("#export-error", Label).update(Content(message))
