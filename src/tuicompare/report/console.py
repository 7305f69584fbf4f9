"""The rich terminal report.

Article text never goes through Rich markup: every cell, title and line is a
:class:`rich.text.Text` built from cleaned strings, so ``[bold]`` or
``[link=...]`` in an article prints as those characters.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tuicompare.models import Comparison, Conflict
from tuicompare.report.common import StoryView, story_views, summary_line
from tuicompare.report.marks import KIND_MARKS, LEGEND, STANCE_MARKS, line, plural

KIND_STYLES = {"conflict": "bold red", "variant": "yellow"}
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
    return Text("\n").join(rows)


def _conflicts(view: StoryView, keys: dict[str, str]) -> Table:
    n = sum(1 for c in view.conflicts if c.kind == "conflict")
    title = Text(f"Conflicts: {plural(n, 'conflict')}, {plural(len(view.conflicts) - n, 'variant')}", style="bold")
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column(Text("Kind"), no_wrap=True)
    table.add_column(Text("Type"), no_wrap=True, max_width=14, overflow="ellipsis")
    table.add_column(Text("Values (sources)"), ratio=1)
    for c in view.conflicts:
        kind = Text(f"{KIND_MARKS[c.kind]} {c.kind}", style=KIND_STYLES[c.kind])
        table.add_row(kind, Text(line(c.type)), _values(c, keys))
    return table


def _claims(view: StoryView) -> Table:
    ids = [a.id for a in view.articles]
    table = Table(
        title=Text(f"Claims: {len(view.claims)}", style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=True
    )
    table.add_column(Text("Claim"), ratio=1)
    for n in range(1, len(ids) + 1):
        table.add_column(Text(str(n)), justify="center", no_wrap=True)
    for claim in view.claims:
        text = Text(line(claim.text))
        if claim.single_source:
            text.append(" (single source)", style="dim italic")
        marks = []
        for article in ids:
            stance = claim.stances.get(article, "absent")
            marks.append(Text(STANCE_MARKS[stance], style=STANCE_STYLES[stance]))
        table.add_row(text, *marks)
    return table


def render_report(comparison: Comparison, console: Console) -> None:
    """Print the terminal report: summary, then per story its sources, conflicts and claims.

    Colour is a help, not the message: conflicts and variants also differ by
    mark and word, stances by mark, so the report reads the same with
    ``NO_COLOR`` or when piped.

    Args:
        comparison: The engine's result.
        console: Where to print; its width decides the layout (80 columns suffices).
    """
    console.print(Text(summary_line(comparison), style="bold"))
    console.print(Text(f"Stances: {LEGEND}", style="dim"))
    for view in story_views(comparison):
        console.print()
        console.print(Rule(Text(f"Story {line(view.story.id)}: {view.title}"), align="left"))
        console.print(_articles(view))
        keys = {a.id: str(n) for n, a in enumerate(view.articles, 1)}
        if view.conflicts:
            console.print(_conflicts(view, keys))
        else:
            console.print(Text("No conflicts: the sources agree on every aligned fact.", style="dim"))
        if view.claims:
            console.print(_claims(view))
        else:
            console.print(Text("No checkable claims.", style="dim"))
    if comparison.warnings:
        console.print()
        console.print(Text(plural(len(comparison.warnings), "warning").title(), style="bold yellow"))
        for w in comparison.warnings:
            console.print(Text.assemble(("! ", "yellow"), line(w.path), ": ", line(w.reason)))
