"""Reports of a comparison: the ``tuicompare/1`` JSON, Markdown and the rich terminal view.

Public API:
    :func:`to_json` / :func:`from_json` / :func:`json_text`: the interchange format.
    :func:`validate`: check a document against the format (schema and references).
    :func:`to_markdown`: the Markdown export.
    :func:`render_report`: the terminal report.
    :func:`write_output`: stdout or an atomic, non-clobbering file write.
"""

from __future__ import annotations

from tuicompare.report.console import render_report
from tuicompare.report.jsonformat import SCHEMA, from_json, json_text, summary, to_json
from tuicompare.report.markdown import to_markdown
from tuicompare.report.output import write_output
from tuicompare.report.schema import load_schema, validate

__all__ = [
    "SCHEMA",
    "from_json",
    "json_text",
    "load_schema",
    "render_report",
    "summary",
    "to_json",
    "to_markdown",
    "validate",
    "write_output",
]
