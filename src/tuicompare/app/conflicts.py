"""The conflicts of a comparison as the review keys walk them (no Textual import).

A reviewer judges conflicts and possible differences (variants are spellings,
not disputes). This module indexes them by story and row, orders them as
the panel lists them, and builds their labels and list entries as plain
text: values and notes are untrusted and are never markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from tuicompare.models import Article, Comparison, Conflict, Review, Verdict
from tuicompare.report.marks import KIND_MARKS, VERDICT_MARKS, VERDICT_WORDS, line, shorten
from tuicompare.review import ReviewBook

#: Kinds a reviewer gives a verdict on, in the order a row's conflicts are taken.
REVIEWED_KINDS = ("conflict", "possible")
#: When a row holds several reviewed conflicts, the verdict its gutter shows first.
VERDICT_PRIORITY: tuple[Verdict, ...] = ("needs-follow-up", "confirmed", "false-alarm")
#: Longest value text in a list entry.
MAX_VALUE_CHARS = 60


@dataclass(slots=True)
class ConflictIndex:
    """Conflicts by story and row, and every row holding any conflict (variants too) by story.

    Attributes:
        by_story: Reviewed conflicts of each story, in row order (conflicts before possible differences).
        row_of: The row (position of its group in its story) of every conflict.
        rows_of: Every row of its story a conflict is on: its own and those of its values' mentions (an
            entity-sheet difference, or one found through a link, spans rows that do not line up).
        story_of: The story id of every conflict.
        rows: Rows with a conflict, possible difference or variant, per story, sorted (what ``n`` visits).
        variants: Variants (spellings, not reviewed) of each story, in comparison order.
    """

    by_story: dict[str, list[Conflict]] = field(default_factory=dict)
    row_of: dict[str, int] = field(default_factory=dict)
    rows_of: dict[str, frozenset[int]] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    rows: dict[str, list[int]] = field(default_factory=dict)
    variants: dict[str, list[Conflict]] = field(default_factory=dict)

    @classmethod
    def build(cls, comparison: Comparison) -> ConflictIndex:
        """Index the conflicts of ``comparison``."""
        index = cls()
        position: dict[str, tuple[str, int]] = {}
        counters: dict[str, int] = {}
        for group in comparison.groups:
            row = counters.get(group.story, 0)
            counters[group.story] = row + 1
            position[group.id] = (group.story, row)
        group_of = {s: g.id for g in comparison.groups for s in g.sentences}
        rows: dict[str, set[int]] = {}
        for conflict in comparison.conflicts:
            if conflict.group not in position:
                continue
            story, row = position[conflict.group]
            index.row_of[conflict.id] = row
            index.story_of[conflict.id] = story
            mentioned = {position.get(group_of.get(m.sentence, "")) for v in conflict.values for m in v.mentions}
            index.rows_of[conflict.id] = frozenset({row} | {p[1] for p in mentioned if p is not None and p[0] == story})
            rows.setdefault(story, set()).update(index.rows_of[conflict.id])
            if conflict.kind in REVIEWED_KINDS:
                index.by_story.setdefault(story, []).append(conflict)
            elif conflict.kind == "variant":
                index.variants.setdefault(story, []).append(conflict)
        for found in index.by_story.values():
            found.sort(key=lambda c: (index.row_of[c.id], REVIEWED_KINDS.index(c.kind)))
        index.rows = {story: sorted(found) for story, found in rows.items()}
        return index

    def on_row(self, story: str, row: int) -> list[Conflict]:
        """The reviewed conflicts on ``row`` of ``story`` (their own row or one of their mentions'), conflicts first."""
        return [c for c in self.by_story.get(story, ()) if row in self.rows_of[c.id]]

    def variants_on_row(self, story: str, row: int) -> list[Conflict]:
        """The variants on ``row`` of ``story`` (their own row or one of their mentions')."""
        return [c for c in self.variants.get(story, ()) if row in self.rows_of[c.id]]

    def counts(self, story: str, book: ReviewBook) -> tuple[int, int, int]:
        """``(conflicts and possible differences, of which unreviewed, of which possible differences)`` of a story.

        The possible differences are counted apart so that the story list never calls them conflicts.
        """
        found = self.by_story.get(story, ())
        unreviewed = sum(1 for c in found if book.verdict(c.id) == "unreviewed")
        return len(found), unreviewed, sum(1 for c in found if c.kind == "possible")


def row_verdict(conflicts: list[Conflict], book: ReviewBook) -> Verdict:
    """The verdict a row's gutter shows: the most pressing among its conflicts' verdicts."""
    verdicts = {book.verdict(c.id) for c in conflicts}
    return next((v for v in VERDICT_PRIORITY if v in verdicts), "unreviewed")


def conflict_label(conflict: Conflict) -> str:
    """``type: value vs value`` as one clean line."""
    values = " vs ".join(shorten(line(v.text), MAX_VALUE_CHARS) for v in conflict.values)
    return f"{line(conflict.type)}: {values}"


def both_sides(conflict: Conflict) -> list[str]:
    """The articles holding more than one of the conflict's values, in the order they first appear."""
    seen: dict[str, int] = {}
    for value in conflict.values:
        for article in dict.fromkeys(value.articles):
            seen[article] = seen.get(article, 0) + 1
    return [a for a, n in seen.items() if n > 1]


def review_words(review: Review) -> str:
    """``● confirmed``, ``○ false alarm · note``... (``unreviewed`` alone has no mark)."""
    words = f"{VERDICT_MARKS[review.verdict]} {VERDICT_WORDS[review.verdict]}".strip()
    return words + (" · note" if review.note else "")


def source(article: Article | None, article_id: str, number: int | None = None) -> str:
    """An article as the panel names it: its pane number (as its pane title starts), id, outlet and date.

    The number is joined to the id (``3·002_f1e…``, no space) so that a wrapped list never leaves it at a line's end.
    """
    prefix = f"{number}·" if number is not None else ""
    if article is None:
        return prefix + line(article_id)
    extra = ", ".join(line(p) for p in (article.outlet, article.date) if p)
    return prefix + (f"{line(article.id)} ({extra})" if extra else line(article.id))


def conflict_prompt(
    conflict: Conflict,
    articles: Mapping[str, Article],
    review: Review,
    *,
    story: int | None = None,
    panes: Mapping[str, int] | None = None,
) -> Group:
    """The panel's entry for a conflict: verdict mark, kind, type, confidence, review; then each value and its sources.

    Args:
        conflict: The conflict.
        articles: Articles by id.
        review: Its review.
        story: The story's number (1-based), shown when listing the whole corpus.
        panes: Pane numbers of the articles on screen: a source among them is named by its number first, so
            that a value held by a pane paged off screen (80 columns show two) says which pane to page to.
    """
    numbers = panes or {}
    # A possible difference is drawn quieter than a conflict, as in the panes (dim italic there).
    quiet = "dim" if conflict.kind == "possible" else ""
    head = Text(style=quiet)
    head.append(f"{VERDICT_MARKS[review.verdict]} ", style="bold")
    head.append(
        f"{KIND_MARKS[conflict.kind]} {conflict.kind}", style="bold" if conflict.kind == "conflict" else "italic"
    )
    if story is not None:
        head.append(f" · story {story}")
    head.append(f" · {line(conflict.type)} · confidence {conflict.confidence:.2f} · {review_words(review)}")
    lines: list[RenderableType] = [head]
    # Indented as a block, so that a long list of sources wraps under its value, not at the panel's edge.
    for value in conflict.values:
        sources = "; ".join(source(articles.get(a), a, numbers.get(a)) for a in value.articles)
        said = Text.assemble((shorten(line(value.text), MAX_VALUE_CHARS), "bold"), "  ", sources, style=quiet)
        lines.append(Padding(said, (0, 0, 0, 4), expand=False))
    both = both_sides(conflict)
    if both:
        # An article holding two of the values often speaks of two things (a post on Friday, an apology on
        # Saturday): the quickest question a reviewer can ask of the evidence, so the panel asks it.
        named = ", ".join(source(None, a, numbers.get(a)) for a in both)
        verb = "gives" if len(both) == 1 else "each give"
        lines.append(Padding(Text(f"{named} {verb} more than one of these values", style="italic"), (0, 0, 0, 4)))
    if review.note:
        lines.append(
            Padding(Text.assemble(("note: ", "italic"), shorten(line(review.note), 120)), (0, 0, 0, 4), expand=False)
        )
    return Group(*lines)
