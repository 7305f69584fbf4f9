"""The Markdown export: stories, conflicts and claims with a stance per source."""

from __future__ import annotations

import re

from tuicompare.models import Comparison, Conflict
from tuicompare.report.common import StoryView, story_views, summary_line
from tuicompare.report.marks import KIND_MARKS, LEGEND, SINGLE_SOURCE, STANCE_MARKS, line, plural

# Inline Markdown syntax (emphasis, code, links, tables, strikethrough, maths,
# heading marks) that a backslash disarms anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]|~$#])")
# Block syntax that only counts at the start of a line or list item: list
# bullets, setext underlines and ordered-list numbers.
_BLOCK_START = re.compile(r"^([+\-=]|\d+(?=[.)]))")


def escape(text: str | None) -> str:
    """Make untrusted text one line of literal Markdown.

    Control characters are removed, line breaks folded, HTML made inert
    (``<``, ``>`` and ``&`` become entities) and Markdown punctuation
    backslash-escaped, so the text cannot open a link, image, HTML tag or
    code span, nor add a table cell. Bare URLs stay as text; some renderers
    autolink them, showing the real address.

    Args:
        text: Untrusted text.

    Returns:
        Text that renders as itself inside a paragraph, list item or table cell.
    """
    text = line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text)
    if match:
        end = match.end()
        text = text[:end] + "\\" + text[end:] if match.group(1)[0].isdigit() else "\\" + text
    return text


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _values(conflict: Conflict) -> str:
    return "; ".join(f"**{escape(v.text)}** ({', '.join(escape(a) for a in v.articles)})" for v in conflict.values)


def _conflicts(view: StoryView) -> list[str]:
    n_conflicts = sum(1 for c in view.conflicts if c.kind == "conflict")
    title = f"{plural(n_conflicts, 'conflict')}, {plural(len(view.conflicts) - n_conflicts, 'variant')}"
    out = ["", f"### Conflicts ({title})", ""]
    if view.conflicts:
        out += [_row(["Kind", "Type", "Values (sources)"]), _row(["---"] * 3)]
        out += [_row([f"{KIND_MARKS[c.kind]} {c.kind}", escape(c.type), _values(c)]) for c in view.conflicts]
    elif view.possible:
        out.append("The sources do not surely disagree on any aligned fact; see the possible differences below.")
    else:
        out.append("The sources do not disagree on any aligned fact.")
    if view.possible:
        out += ["", f"### Possible differences ({len(view.possible)})", ""]
        out += ["Below the confidence cut: worth a look, not counted as conflicts.", ""]
        out += [_row(["Kind", "Type", "Values (sources)", "Confidence"]), _row(["---"] * 3 + ["--:"])]
        out += [
            _row([f"{KIND_MARKS[c.kind]} *{c.kind}*", escape(c.type), _values(c), f"{c.confidence:.2f}"])
            for c in view.possible
        ]
    return out


def story_lines(view: StoryView) -> list[str]:
    """The Markdown lines of one story, ending with an empty line."""
    # A single-source story has no stances to show: one column of ✓ would read as agreement.
    ids = [] if view.single_source else [a.id for a in view.articles]
    out = [f"## Story {escape(view.story.id)}: {escape(view.title)}", ""]
    out += [_row(["Article", "Title", "Outlet", "Date"]), _row(["---"] * 4)]
    out += [_row([escape(a.id), escape(a.title), escape(a.outlet), escape(a.date)]) for a in view.articles]
    out += ["", f"{SINGLE_SOURCE.capitalize()}."] if view.single_source else _conflicts(view)
    out += ["", f"### Claims ({len(view.claims)})", ""]
    if view.claims:
        out += [_row(["Claim"] + [escape(i) for i in ids]), _row(["---"] + [":-:"] * len(ids))]
        for claim in view.claims:
            single = claim.single_source and not view.single_source
            text = escape(claim.text) + (" *(single source)*" if single else "")
            out.append(_row([text] + [STANCE_MARKS[claim.stances.get(i, "absent")] for i in ids]))
    else:
        out.append("No checkable claims.")
    return out + [""]


def to_markdown(comparison: Comparison) -> str:
    """Render a comparison as a Markdown report.

    Args:
        comparison: The engine's result.

    Returns:
        The Markdown text, ending with a newline. Article text in it is
        escaped (see :func:`escape`).
    """
    out = ["# tuicompare report", "", escape(summary_line(comparison)), "", f"Stances: {LEGEND}", ""]
    for view in story_views(comparison):
        out += story_lines(view)
    if comparison.warnings:
        out += ["## Warnings", ""]
        out += [f"- {escape(w.path)}: {escape(w.reason)}" for w in comparison.warnings]
        out.append("")
    return "\n".join(out)
