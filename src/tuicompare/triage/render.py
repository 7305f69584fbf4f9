"""Triage for the terminal: a rich report per new article, and one-line summaries.

Article text is untrusted, so every string from an article goes into a
``rich.text.Text`` (never parsed as markup); styles come from the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tuicompare.lookalikes import LookAlike, describe, lookalikes
from tuicompare.models import article_of
from tuicompare.report.marks import ELLIPSIS, KIND_MARKS, MARK_SAME_STORY, MARK_SIDE, plural, shorten
from tuicompare.triage.result import ArticleTriage, Disagreement, SharedClaim, distinct
from tuicompare.triage.run import CLOSEST_MIN, TriageReport

#: Claims listed per section before "and N more".
MAX_LISTED = 12
#: Longest sentence quoted under a disagreement, in characters.
MAX_QUOTE = 240
#: Indent of the notes and quotes under a disagreement.
QUOTE_INDENT = " " * 6
#: Said in place of the closest articles when no candidate reaches ``CLOSEST_MIN``.
NONE_CLOSE = f"No corpus article is close to it (no story similarity of {CLOSEST_MIN:.2f} or more)"


def summary_line(result: ArticleTriage, titles: dict[str, str] | None = None) -> Text:
    """One line about a triaged article: its story and what it contradicts, repeats and adds."""
    line = Text()
    line.append(result.article.id, "bold")
    line.append("  ")
    if result.new_story:
        line.append("new story", "cyan")
    else:
        best = result.closest[0] if result.closest else None
        line.append(f"story of {plural(len(result.story), 'article')}")
        if best is not None:
            line.append(f" (closest {best.article} {best.similarity:.2f})", "dim")
    line.append(" · ")
    # Distinct disagreements, as listed: one swap in five sentences is one contradiction.
    style = "bold red" if result.contradictions else "green"
    line.append(plural(len(distinct(result.contradictions)), "contradiction"), style)
    if result.sides:
        line.append(f" · sides in {plural(len(distinct(result.sides)), 'dispute')}")
    if result.possible:
        line.append(f" · {plural(len(distinct(result.possible)), 'possible difference')}", "dim italic")
    line.append(f" · {plural(len(distinct(result.variants)), 'variant')}")
    line.append(f" · {len(result.corroborated)} corroborated · {len(result.only_here)} only here")
    return line


class _Hanging:
    """``prefix`` then ``body``, whose wrapped lines stay indented under its first line, not at column 0.

    Wrapped by hand rather than in a grid: a grid pads every line to the width with trailing spaces.
    """

    def __init__(self, prefix: Text, body: Text) -> None:
        self.prefix = prefix
        self.body = body

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = self.prefix.cell_len
        lines = self.body.wrap(console, max(1, options.max_width - indent))
        for line in lines:
            line.rstrip()  # the space a line was broken at
        shown = Text("\n").join(
            Text.assemble(self.prefix if n == 0 else " " * indent, line) for n, line in enumerate(lines)
        )
        shown.no_wrap = True
        yield shown


def _sources(articles: Sequence[str]) -> str:
    return ", ".join(articles) if articles else "-"


def _disputes(
    title: str,
    found: Sequence[Disagreement],
    texts: dict[str, str],
    style: str,
    mark: str,
    confidence: bool = False,
) -> Group:
    """One block per distinct disagreement: the values with sources, how many sentences, and two quotes.

    The quotes are the new article's sentence and a corpus sentence holding the
    most supported other value, so the two versions can be read side by side.
    """
    parts: list[RenderableType] = [Text(title, style)]
    for d in found:
        base = style if confidence else ""
        line = Text(style=base)
        line.append(f"{d.type}: ", "dim")
        line.append(d.value.text, "bold")
        if d.agreeing:
            line.append(f" (as {_sources(d.agreeing)})", "dim")
        line.append("  vs  ")
        for n, v in enumerate(d.others):
            if n:
                line.append(" · ")
            line.append(v.text, "bold")
            line.append(f" ({_sources(v.articles)})")
        also = [
            t for t in dict.fromkeys(t for x in d.disputes for t in x.also) if t.casefold() != d.value.text.casefold()
        ]
        if also:
            # The new article gives more than one of the values (a post on Friday, an apology on Saturday): only
            # the first was shown, and the one no corpus article gives was never named.
            line.append(f"  (it also gives {' · '.join(also)})", "italic")
        line.append(f"  in {plural(d.sentence_count, 'sentence')}", "dim")
        if confidence:
            line.append(f"  confidence {d.confidence:.2f}", "dim")
        parts.append(_Hanging(Text(f"  {mark} ", base), line))
        note = _lookalike_note(d)
        if note:
            parts.append(_Hanging(Text(QUOTE_INDENT), Text(note, "italic")))
        if d.sentence in texts:
            parts.append(_Hanging(Text(f"{QUOTE_INDENT}new:    "), Text(shorten(texts[d.sentence], MAX_QUOTE), "dim")))
        if d.corpus_sentence in texts:
            quote = Text.assemble(
                (shorten(texts[d.corpus_sentence], MAX_QUOTE), "dim"), f" ({article_of(d.corpus_sentence)})"
            )
            parts.append(_Hanging(Text(f"{QUOTE_INDENT}corpus: "), quote))
    return Group(*parts)


def _lookalike_note(d: Disagreement) -> str | None:
    """For a variant written with look-alike letters of another script, which letters (see ``report.marks``)."""
    if d.kind != "variant":
        return None
    found: dict[str, LookAlike] = {}
    for v in (d.value, *d.others):
        for la in lookalikes(v.text):
            found.setdefault(la.character, la)
    return f"look-alike characters: {describe(tuple(found.values()))}" if found else None


def _claims(title: str, claims: Sequence[SharedClaim], with_sources: bool) -> Group:
    parts: list[RenderableType] = [Text(title, "bold")]
    for claim in claims[:MAX_LISTED]:
        line = Text(claim.text)
        if with_sources:
            # "(fox_1)" after a quote read as the quote's source; the claim may be worded as the new article has it.
            line.append(f"  (also in {_sources(claim.sources)})", "dim")
        parts.append(_Hanging(Text("  • "), line))
    if len(claims) > MAX_LISTED:
        parts.append(Text(f"  {ELLIPSIS} and {len(claims) - MAX_LISTED} more", "dim"))
    return Group(*parts)


def render_article(result: ArticleTriage, report: TriageReport, console: Console) -> None:
    """Print the triage of one new article."""
    a = result.article
    console.print(Rule(Text.assemble((a.id, "bold"), " ", (a.title, "italic")), align="left"))
    if result.new_story:
        console.print(Text("New story: no corpus article reports the same story.", "cyan"))
    else:
        best = next((n.article for n in result.closest if n.same_story), result.story[0])
        head = Text(f"Story of {plural(len(result.story), 'corpus article')}: ")
        head.append(report.corpus_titles.get(best, best), "italic")
        console.print(head)
    if result.closest:
        table = Table(title=Text("Closest articles", "bold"), title_justify="left")
        table.add_column("article", no_wrap=True)
        table.add_column("similarity", justify="right", no_wrap=True)
        table.add_column("story", justify="center", no_wrap=True)
        table.add_column("title", overflow="ellipsis", no_wrap=True, max_width=max(20, console.width - 50))
        for n in result.closest:
            table.add_row(
                Text(n.article),
                f"{n.similarity:.2f}",
                MARK_SAME_STORY if n.same_story else "",
                Text(report.corpus_titles.get(n.article, "")),
            )
        console.print(table)
    else:
        # Rows at similarity 0.00 said nothing; an empty table would read as a fault.
        console.print(Text(f"{NONE_CLOSE}.", "dim"))
    texts = {x.id: x.text for analysis in result.comparison.analyses for x in analysis.sentences}
    contradictions = distinct(result.contradictions)
    if contradictions:
        console.print(
            _disputes(
                f"Contradicts the corpus on {plural(len(contradictions), 'value')}:",
                contradictions,
                texts,
                "bold red",
                KIND_MARKS["conflict"],
            )
        )
    elif result.possible and result.sides:
        # Not "only possible differences": the article also holds a value in a dispute the corpus already had.
        console.print(
            Text("No contradictions of its own; it sides in existing disputes and possibly differs (below).", "green")
        )
    elif result.possible:
        console.print(Text("No contradictions; only possible differences (below).", "green"))
    elif result.new_story:
        # Not "the corpus already states its values": nothing was compared, and all it reports is its own.
        console.print(Text("No contradictions: no corpus article reports this story, so nothing was compared.", "cyan"))
    else:
        # Not "none of its values differs": on real coverage most disagreements go unreported (README), so the
        # line says what was checked, never that the article is cleared.
        console.print(
            Text(
                "No contradictions found among the values compared with the corpus (a check, not a clearance).", "green"
            )
        )
    sides = distinct(result.sides)
    if sides:
        console.print(
            _disputes(
                f"Sides with corpus articles in {plural(len(sides), 'existing dispute')}:",
                sides,
                texts,
                "magenta",
                MARK_SIDE,
            )
        )
    possible = distinct(result.possible)
    if possible:
        console.print(
            _disputes(
                f"Possibly differs from the corpus on {plural(len(possible), 'value')}"
                " (below the confidence cut: worth a look, not counted as contradictions):",
                possible,
                texts,
                "dim italic",
                KIND_MARKS["possible"],
                confidence=True,
            )
        )
    variants = distinct(result.variants)
    if variants:
        console.print(
            _disputes(
                f"Spells {plural(len(variants), 'name')} differently:",
                variants,
                texts,
                "yellow",
                KIND_MARKS["variant"],
            )
        )
    if result.dismissed:
        console.print(
            Text(
                f"{plural(len(result.dismissed), 'dispute')} already marked as a false alarm by a reviewer: "
                "not raised.",
                "dim",
            )
        )
    if result.corroborated:
        console.print(_claims(f"Corroborates {plural(len(result.corroborated), 'claim')}:", result.corroborated, True))
    if result.only_here:
        console.print(
            _claims(f"Only this article reports {plural(len(result.only_here), 'claim')}:", result.only_here, False)
        )
    console.print(Padding(summary_line(result), (1, 0, 0, 0)))


def render_triage(report: TriageReport, console: Console) -> None:
    """Print every new article's triage, then a total line."""
    for result in report.results:
        render_article(result, report, console)
        console.print()
    total = sum(len(distinct(r.contradictions)) for r in report.results)
    possible = sum(len(distinct(r.possible)) for r in report.results)
    console.print(
        Text.assemble(
            f"{plural(len(report.results), 'new article')} against {plural(report.corpus_size, 'corpus article')}: ",
            (plural(total, "contradiction"), "bold red" if total else "green"),
            (f" ({plural(possible, 'possible difference')}, not counted)" if possible else "", "dim italic"),
        )
    )
