"""The Markdown export: stories, conflicts and claims with a stance per source."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tuicompare.models import Comparison, Conflict, Review
from tuicompare.report.common import StoryView, story_views, summary_line
from tuicompare.report.marks import (
    KIND_MARKS,
    LEGEND,
    NO_CONFLICTS_FOUND,
    SHEET_STATUS,
    SINGLE_SOURCE,
    STANCE_MARKS,
    VERDICT_MARKS,
    VERDICT_WORDS,
    line,
    lookalike_note,
    plural,
)

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
    values = "; ".join(f"**{escape(v.text)}** ({', '.join(escape(a) for a in v.articles)})" for v in conflict.values)
    note = lookalike_note(conflict)
    return values if note is None else f"{values}; *{escape(note)}*"


def _review(view: StoryView, conflict: Conflict) -> list[str]:
    """The Review cell when some conflict of the story has a verdict or a note."""
    if not view.reviews:
        return []
    review = view.reviews.get(conflict.id)
    if review is None:
        return [""]
    words = f"{VERDICT_MARKS[review.verdict]} {VERDICT_WORDS[review.verdict]}".strip()
    return [words + (f": *{escape(review.note)}*" if review.note else "")]


def _conflicts(view: StoryView) -> list[str]:
    n_conflicts = sum(1 for c in view.conflicts if c.kind == "conflict")
    title = f"{plural(n_conflicts, 'conflict')}, {plural(len(view.conflicts) - n_conflicts, 'variant')}"
    out = ["", f"### Conflicts ({title})", ""]
    if view.conflicts:
        extra = ["Review"] if view.reviews else []
        out += [_row(["Kind", "Type", "Values (sources)", *extra]), _row(["---"] * (3 + len(extra)))]
        out += [
            _row([f"{KIND_MARKS[c.kind]} {c.kind}", escape(c.type), _values(c), *_review(view, c)])
            for c in view.conflicts
        ]
    elif view.possible:
        out.append(f"{NO_CONFLICTS_FOUND}; see the possible differences below.")
    else:
        out.append(f"{NO_CONFLICTS_FOUND}.")
    if view.possible:
        out += ["", f"### Possible differences ({len(view.possible)})", ""]
        out += ["Below the confidence cut: worth a look, not counted as conflicts.", ""]
        extra = ["Review"] if view.reviews else []
        out += [
            _row(["Kind", "Type", "Values (sources)", "Confidence", *extra]),
            _row(["---"] * 3 + ["--:"] + ["---"] * len(extra)),
        ]
        out += [
            _row(
                [
                    f"{KIND_MARKS[c.kind]} *{c.kind}*",
                    escape(c.type),
                    _values(c),
                    f"{c.confidence:.2f}",
                    *_review(view, c),
                ]
            )
            for c in view.possible
        ]
    return out


def _sheet(view: StoryView) -> list[str]:
    """The entity sheet: a row per attribute of an entity, a cell per article."""
    ids = [a.id for a in view.articles]
    out = ["", f"### Entities ({plural(len(view.sheet), 'attribute')})", ""]
    out += [_row(["Entity", "Attribute"] + [escape(i) for i in ids] + ["Status"]), _row(["---"] * (len(ids) + 3))]
    for name, label, attr in view.sheet:
        said = {v.article: v.text for v in attr.values}
        cells = [escape(said[i]) if i in said else "·" for i in ids]
        out.append(_row([f"{escape(name)} ({escape(label)})", escape(attr.name), *cells, SHEET_STATUS[attr.status]]))
    return out


def story_lines(view: StoryView) -> list[str]:
    """The Markdown lines of one story, ending with an empty line."""
    # A single-source story has no stances to show: one column of ✓ would read as agreement.
    ids = [] if view.single_source else [a.id for a in view.articles]
    out = [f"## Story {escape(view.story.id)}: {escape(view.title)}", ""]
    out += [_row(["Article", "Title", "Outlet", "Date"]), _row(["---"] * 4)]
    out += [_row([escape(a.id), escape(a.title), escape(a.outlet), escape(a.date)]) for a in view.articles]
    out += ["", f"{SINGLE_SOURCE.capitalize()}."] if view.single_source else _conflicts(view)
    if view.sheet:  # a single source's sheet too: what it says of each entity, as the JSON has it
        out += _sheet(view)
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


def to_markdown(comparison: Comparison, reviews: Mapping[str, Review] | None = None) -> str:
    """Render a comparison as a Markdown report.

    Args:
        comparison: The engine's result.
        reviews: Reviewers' verdicts and notes by conflict id: a Review column when some conflict has one.

    Returns:
        The Markdown text, ending with a newline. Article text in it is
        escaped (see :func:`escape`).
    """
    out = ["# tuicompare report", "", escape(summary_line(comparison)), "", f"Stances: {LEGEND}", ""]
    for view in story_views(comparison, reviews):
        out += story_lines(view)
    if comparison.warnings:
        out += ["## Warnings", ""]
        out += [f"- {escape(w.path)}: {escape(w.reason)}" for w in comparison.warnings]
        out.append("")
    return "\n".join(out)
