"""Reports of a comparison: the ``tuicompare/1`` JSON, Markdown and the rich terminal view.

Public API:
    :func:`to_json` / :func:`from_json` / :func:`json_text`: the interchange format.
    :func:`validate`: check a document against the format (schema and references).
    :func:`to_markdown`: the Markdown export.
    :func:`render_report`: the terminal report.
    :func:`write_output` / :func:`open_output`: stdout or an atomic, non-clobbering file write.
    :func:`write_json_stream` / :func:`write_markdown_stream`: the exports written story by
        story from a :class:`StorySource` (memory flat in the number of stories).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuicompare.lazy import first_use

if TYPE_CHECKING:
    from tuicompare.report.console import render_report
    from tuicompare.report.jsonformat import SCHEMA, json_text, summary, to_json
    from tuicompare.report.jsonread import from_json
    from tuicompare.report.markdown import to_markdown
    from tuicompare.report.output import open_output, write_output
    from tuicompare.report.schema import load_schema, validate
    from tuicompare.report.stream import ComparisonSource, StorySource
    from tuicompare.report.stream import write_json as write_json_stream
    from tuicompare.report.stream import write_markdown as write_markdown_stream

#: Where each public name lives: the names are imported on first use (PEP 562), so that the app, which
#: needs only ``marks`` and ``tiers``, does not pay at start-up for the exports and the schema.
_HOMES = {
    "render_report": ("console", "render_report"),
    "SCHEMA": ("jsonformat", "SCHEMA"),
    "from_json": ("jsonread", "from_json"),
    "json_text": ("jsonformat", "json_text"),
    "summary": ("jsonformat", "summary"),
    "to_json": ("jsonformat", "to_json"),
    "to_markdown": ("markdown", "to_markdown"),
    "open_output": ("output", "open_output"),
    "write_output": ("output", "write_output"),
    "load_schema": ("schema", "load_schema"),
    "validate": ("schema", "validate"),
    "ComparisonSource": ("stream", "ComparisonSource"),
    "StorySource": ("stream", "StorySource"),
    "write_json_stream": ("stream", "write_json"),
    "write_markdown_stream": ("stream", "write_markdown"),
}


__getattr__ = first_use(__name__, _HOMES, globals())


__all__ = [
    "SCHEMA",
    "ComparisonSource",
    "StorySource",
    "from_json",
    "json_text",
    "load_schema",
    "open_output",
    "render_report",
    "summary",
    "to_json",
    "to_markdown",
    "validate",
    "write_json_stream",
    "write_markdown_stream",
    "write_output",
]
