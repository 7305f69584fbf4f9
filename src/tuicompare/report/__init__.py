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

from tuicompare.report.console import render_report
from tuicompare.report.jsonformat import SCHEMA, from_json, json_text, summary, to_json
from tuicompare.report.markdown import to_markdown
from tuicompare.report.output import open_output, write_output
from tuicompare.report.schema import load_schema, validate
from tuicompare.report.stream import ComparisonSource, StorySource
from tuicompare.report.stream import write_json as write_json_stream
from tuicompare.report.stream import write_markdown as write_markdown_stream

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
