"""The export screen: ask a file name, write Markdown or JSON in a worker.

The text comes from the report's writers and goes through its
``write_output``, so ``e`` writes the same bytes as ``tuicompare report
--json`` / ``--markdown`` with the same escaping and the same refusals.
"""

from __future__ import annotations

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

from tuicompare.errors import TuicompareError
from tuicompare.models import Comparison, Review


def render_export(comparison: Comparison, path: str, reviews: Mapping[str, Review] | None = None) -> str:
    """The report text for ``path``: JSON for ``.json``, else Markdown, as ``tuicompare report`` writes them.

    The reviewers' verdicts and notes (``reviews``, by conflict id) go with it.
    """
    from tuicompare import report

    if Path(path).suffix.lower() == ".json":
        return report.json_text(report.to_json(comparison, reviews))
    return report.to_markdown(comparison, reviews)


class ExportScreen(ModalScreen[str | None]):
    """Asks where to write the report; dismisses with the path written."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 70; max-width: 95%; min-width: 30; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ExportScreen #export-error { color: $text-error; }
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="export.cancel")]

    def __init__(
        self,
        comparison: Comparison,
        default: str = "tuicompare-report.md",
        *,
        inputs: Sequence[str] = (),
        reviews: Mapping[str, Review] | None = None,
    ) -> None:
        """Export ``comparison``; ``default`` pre-fills the file name.

        Args:
            comparison: What to export.
            default: The file name offered.
            inputs: The paths the comparison was made from: the report must never replace one.
            reviews: The reviewers' verdicts and notes by conflict id, written with the report.
        """
        super().__init__()
        self.comparison = comparison
        self.default = default
        self.inputs = tuple(inputs)
        self.reviews = dict(reviews or {})

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export report"
            yield Label(Content("File name (.md for Markdown, .json for JSON); an existing file is not overwritten:"))
            yield Input(value=self.default, id="export-path")
            yield Label(Content(""), id="export-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if not path or path == "-":
            self.query_one("#export-error", Label).update(Content("Give a file name."))
            return
        self.query_one("#export-error", Label).update(Content("Writing…"))
        self.write_report(path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def write_report(self, path: str) -> None:
        """Render and write the report off the event loop."""
        from tuicompare.report import write_output

        try:
            text = render_export(self.comparison, path, self.reviews)
            write_output(text, path, force=False, inputs=self.inputs)
        except (TuicompareError, OSError) as error:
            self.app.call_from_thread(self._failed, str(error))
        else:
            self.app.call_from_thread(self.dismiss, path)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Anything the writer did not expect still ends as a message, never a traceback.
        if event.worker.group == "export" and event.state == WorkerState.ERROR and event.worker.error:
            self._failed(f"Export failed ({type(event.worker.error).__name__}): {event.worker.error}")

    def _failed(self, message: str) -> None:
        self.query_one("#export-error", Label).update(Content(message))
