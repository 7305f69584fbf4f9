"""The rich terminal report.

Article text never goes through Rich markup: every cell, title and line is a
:class:`rich.text.Text` built from cleaned strings, so ``[bold]`` or
``[link=...]`` in an article prints as those characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

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
    sheet_summary,
)

#: Possible differences are quieter than conflicts: dim italic, and their own mark.
KIND_STYLES = {"conflict": "bold red", "possible": "dim italic", "variant": "yellow"}
STANCE_STYLES = {"supports": "green", "contradicts": "bold red", "variant": "yellow", "absent": "dim"}


def _articles(view: StoryView) -> Table:
    # Claims and conflicts name sources by number; this key says which is which.
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", style="bold", no_wrap=True, min_width=len(str(len(view.articles))))
    grid.add_column(no_wrap=True, overflow="ellipsis", max_width=28)
    # Only the title gives way on a narrow terminal; the number and id must stay readable.
    grid.add_column(no_wrap=True, overflow="ellipsis", style="dim", ratio=1)
    for n, article in enumerate(view.articles, 1):
        grid.add_row(Text(str(n)), Text(line(article.id)), Text(line(article.title)))
    return grid


def _values(conflict: Conflict, keys: dict[str, str]) -> Text:
    rows = [
        Text.assemble(
            (line(v.text), KIND_STYLES[conflict.kind]),
            ("  ", ""),
            (",".join(keys.get(a, line(a)) for a in v.articles), "dim"),
        )
        for v in conflict.values
    ]
    note = lookalike_note(conflict)
    if note is not None:
        rows.append(Text(note, style="italic"))
    return Text("\n").join(rows)


def _review(review: Review) -> Text:
    """A verdict and the reviewer's note, as plain text (a note is never markup)."""
    text = Text(f"{VERDICT_MARKS[review.verdict]} {VERDICT_WORDS[review.verdict]}".strip())
    if review.note:
        text.append("\n" + line(review.note), style="italic")
    return text


def _kind_table(
    title: Text, conflicts: tuple[Conflict, ...], keys: dict[str, str], confidence: bool, reviews: Mapping[str, Review]
) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column(Text("Kind"), no_wrap=True)
    table.add_column(Text("Type"), no_wrap=True, max_width=21, overflow="ellipsis")
    table.add_column(Text("Values (sources)"), ratio=1)
    if confidence:
        table.add_column(Text("Confidence"), justify="right", no_wrap=True)
    reviewed = any(c.id in reviews for c in conflicts)
    if reviewed:
        table.add_column(Text("Review"), max_width=30)
    for c in conflicts:
        kind = Text(f"{KIND_MARKS[c.kind]} {c.kind}", style=KIND_STYLES[c.kind])
        cells = [kind, Text(line(c.type)), _values(c, keys)]
        if confidence:
            cells.append(Text(f"{c.confidence:.2f}", style=KIND_STYLES[c.kind]))
        if reviewed:
            cells.append(_review(reviews[c.id]) if c.id in reviews else Text(""))
        table.add_row(*cells)
    return table


def _conflicts(view: StoryView, keys: dict[str, str]) -> Table:
    n = sum(1 for c in view.conflicts if c.kind == "conflict")
    title = Text(f"Conflicts: {plural(n, 'conflict')}, {plural(len(view.conflicts) - n, 'variant')}", style="bold")
    return _kind_table(title, view.conflicts, keys, False, view.reviews)


def _possible(view: StoryView, keys: dict[str, str]) -> Table:
    title = Text.assemble(
        (f"Possible differences: {len(view.possible)}", "bold"),
        (" (below the confidence cut: worth a look, not counted as conflicts)", "dim"),
    )
    return _kind_table(title, view.possible, keys, True, view.reviews)


#: Entity-sheet status styles, only a help: the mark and word (``SHEET_STATUS``, as in Markdown and the app) say it.
SHEET_STYLES = {
    "same": "green",
    "variant": "yellow",
    "compatible": "green",
    "single": "dim",
    "possible": "dim italic",
    "conflict": "bold red",
}


#: The narrowest a source's column of the entity sheet may be before the sheet lists values with source numbers.
MIN_SHEET_CELL = 8


def _sheet(view: StoryView, width: int) -> Table:
    """The entity sheet, ``width`` wide: a row per attribute of an entity, a cell per source (numbered as above)."""
    table = Table(
        title=Text(f"Entities: {sheet_summary(a.status for *_x, a in view.sheet)}", style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    # Each wrapping column is at least as wide as its longest word, so that words wrap at spaces; only when the
    # width left by the fixed columns is too narrow for them all do the widest words fold. (A ratio column's width
    # is its least width.)
    names = ["Entity", *(_entity(name, label) for name, label, _a in view.sheet)]
    said_by = [[line(v.text) for *_x, a in view.sheet for v in a.values if v.article == x.id] for x in view.articles]
    statuses = ["Status", *(SHEET_STATUS[a.status] for *_x, a in view.sheet)]
    wanted = [_widest(w for t in texts for w in t.split()) for texts in (names, *said_by)]
    # The width less the rules (one between columns and at each edge) and the fixed columns with their padding.
    budget = width - (len(said_by) + 4) - (_widest(["Attribute", *(line(a.name) for *_x, a in view.sheet)]) + 4)
    status = _widest(statuses)
    if sum(wanted) + 2 * len(wanted) > budget - status:
        # Too narrow for every source's words: a status wraps after its mark's word ("¹ one" / "source") first.
        status = _widest(p for t in statuses for p in _status_pieces(t))
    budget -= status
    least = _fit(wanted, budget)
    if any(got < min(want, MIN_SHEET_CELL) for got, want in zip(least, wanted, strict=True)):
        # A column per source no longer fits (ten sources at 100 columns gave "Osc/ar/Max/imi/lli/an"): each
        # attribute lists its values with the numbers of the sources giving them, as the conflicts table does.
        return _stacked_sheet(view, table)
    # Rich shares the width among ratio columns rounding each share up, so when the least widths leave less slack
    # than there are such columns the shares can overrun the width and Rich folds words mid-way: then the least
    # widths, which fit exactly, are the widths.
    ratio = 1 if sum(least) + 3 * len(least) <= budget else None
    table.add_column(Text("Entity"), ratio=ratio, overflow="fold", width=least[0])
    table.add_column(Text("Attribute"), no_wrap=True)
    for k, width_k in enumerate(least[1:], 1):
        table.add_column(Text(str(k)), ratio=ratio, overflow="fold", width=width_k)
    table.add_column(Text("Status"), width=status)
    previous: tuple[str, str] = ("", "")
    for name, label, attr in view.sheet:
        style = SHEET_STYLES[attr.status]
        said = {v.article: v.text for v in attr.values}
        cells = [
            Text(line(said[a.id]), style=style if attr.status == "conflict" else "")
            if a.id in said
            else Text("·", style="dim")
            for a in view.articles
        ]
        shown = Text("" if (name, label) == previous else _entity(name, label))
        previous = (name, label)
        table.add_row(shown, Text(line(attr.name)), *cells, Text(SHEET_STATUS[attr.status], style=style))
    return table


def _stacked_sheet(view: StoryView, table: Table) -> Table:
    """The entity sheet as rows of values, each with its sources' numbers, for a table whose source columns
    would not fit the width."""
    table.add_column(Text("Entity"), ratio=1, max_width=30)
    table.add_column(Text("Attribute"), no_wrap=True)
    table.add_column(Text("Values (sources)"), ratio=2)
    table.add_column(Text("Status"), no_wrap=True)
    numbers = {a.id: str(n) for n, a in enumerate(view.articles, 1)}
    previous: tuple[str, str] = ("", "")
    for name, label, attr in view.sheet:
        style = SHEET_STYLES[attr.status]
        sources: dict[str, list[str]] = {}
        for value in attr.values:
            sources.setdefault(line(value.text), []).append(numbers.get(value.article, line(value.article)))
        values = Text("\n").join(
            Text.assemble((text, style if attr.status == "conflict" else ""), ("  ", ""), (",".join(ns), "dim"))
            for text, ns in sources.items()
        )
        shown = Text("" if (name, label) == previous else _entity(name, label))
        previous = (name, label)
        table.add_row(shown, Text(line(attr.name)), values, Text(SHEET_STATUS[attr.status], style=style))
    return table


def _entity(name: str, label: str) -> str:
    """An entity as the sheet names it, with its kind as Markdown gives it ("Seversk (place)")."""
    return f"{line(name)} ({line(label)})"


def _fit(wanted: list[int], budget: int) -> list[int]:
    """``wanted`` widths (each padded by 2), the widest narrowed one at a time until they fit in ``budget``."""
    widths = [max(1, w) for w in wanted]
    while sum(widths) + 2 * len(widths) > budget and max(widths) > 1:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    return widths


def _status_pieces(status: str) -> list[str]:
    """The lines a status wraps to at its least: its mark with the first word, then each other word."""
    mark, *words = status.split()
    return [f"{mark} {words[0]}", *words[1:]] if words else [mark]


def _widest(texts: Iterable[str]) -> int:
    """The terminal width of the widest of ``texts`` (0 for none)."""
    return max((cell_len(t) for t in texts), default=0)


def _claims(view: StoryView) -> Table:
    # A single-source story has no stances to show: one column of ✓ would read as agreement.
    ids = [] if view.single_source else [a.id for a in view.articles]
    table = Table(
        title=Text(f"Claims: {len(view.claims)}", style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=True
    )
    table.add_column(Text("Claim"), ratio=1)
    for n in range(1, len(ids) + 1):
        table.add_column(Text(str(n)), justify="center", no_wrap=True)
    for claim in view.claims:
        text = Text(line(claim.text))
        if claim.single_source and not view.single_source:
            text.append(" (single source)", style="dim italic")
        marks = []
        for article in ids:
            stance = claim.stances.get(article, "absent")
            marks.append(Text(STANCE_MARKS[stance], style=STANCE_STYLES[stance]))
        table.add_row(text, *marks)
    return table


def render_report(comparison: Comparison, console: Console, reviews: Mapping[str, Review] | None = None) -> None:
    """Print the terminal report: summary, then per story its sources, conflicts and claims.

    Colour is a help, not the message: conflicts, possible differences and
    variants also differ by mark and word (possible differences are listed
    in a table of their own), stances by mark, so the report reads the same
    with ``NO_COLOR`` or when piped.

    Args:
        comparison: The engine's result.
        console: Where to print; its width decides the layout (80 columns suffices).
        reviews: Reviewers' verdicts and notes by conflict id: a Review column when some conflict has one.
    """
    console.print(Text(summary_line(comparison), style="bold"))
    console.print(Text(f"Stances: {LEGEND}", style="dim"))
    for view in story_views(comparison, reviews):
        console.print()
        console.print(Rule(Text(f"Story {line(view.story.id)}: {view.title}"), align="left"))
        console.print(_articles(view))
        keys = {a.id: str(n) for n, a in enumerate(view.articles, 1)}
        if view.single_source:
            console.print(Text(f"{SINGLE_SOURCE.capitalize()}.", style="dim"))
        elif view.conflicts:
            console.print(_conflicts(view, keys))
        elif view.possible:
            console.print(Text("No conflicts; possible differences below.", style="dim"))
        else:
            # Markdown's words: most real disagreements go unreported, so "agree on every fact" and then "do not
            # disagree on any aligned fact" claimed too much; what was found, not what is so.
            console.print(Text(f"{NO_CONFLICTS_FOUND}.", style="dim"))
        if view.possible:
            console.print(_possible(view, keys))
        if view.sheet:  # a single source's sheet too: what it says of each entity, as the JSON has it
            console.print(_sheet(view, console.width))
        if view.claims:
            console.print(_claims(view))
        else:
            console.print(Text("No checkable claims.", style="dim"))
    if comparison.warnings:
        console.print()
        console.print(Text(plural(len(comparison.warnings), "warning").title(), style="bold yellow"))
        for w in comparison.warnings:
            console.print(Text.assemble(("! ", "yellow"), line(w.path), ": ", line(w.reason)))
