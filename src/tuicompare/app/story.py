"""What one story looks like on screen: its panes, rows, cells and claims.

This module only reorganises a :class:`~tuicompare.models.Comparison` for
display (no Textual import): the rows are the story's aligned groups, a cell
is what one article says on one row, and highlight spans are translated from
article offsets to cell offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from tuicompare.app.reference import Holders, holders, relative_stance, same_as_reference
from tuicompare.models import Article, Claim, Comparison, Conflict, Group, Sentence, Stance, Story, article_of
from tuicompare.report.marks import lookalike_note

SpanKind = Literal["conflict", "possible", "variant", "agreed", "furniture"]
ClaimFilter = Literal["all", "contested", "single-source", "corroborated"]
CLAIM_FILTERS: tuple[ClaimFilter, ...] = ("all", "contested", "single-source", "corroborated")


@dataclass(frozen=True, slots=True)
class Cell:
    """What one article says on one row.

    Attributes:
        sentences: The article's sentences on the row (often one, none for a gap).
        text: The sentences joined by a space, newlines and tabs shown as spaces.
        spans: ``(start, end, kind)`` highlight spans in ``text`` offsets.
        conflict_spans: ``(start, end, conflict_id)`` for every conflict value
            mention, so a selected claim can be emphasised.
    """

    sentences: tuple[Sentence, ...]
    text: str
    spans: tuple[tuple[int, int, SpanKind], ...] = ()
    conflict_spans: tuple[tuple[int, int, str], ...] = ()

    @property
    def empty(self) -> bool:
        """True when the article has no sentence on this row."""
        return not self.sentences


@dataclass(slots=True)
class CorpusIndex:
    """Lookups over a whole comparison, built once and shared by every story."""

    comparison: Comparison
    sentences: dict[str, Sentence] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    marks: dict[str, list[tuple[int, int, SpanKind, str]]] = field(default_factory=dict)
    group_conflicts: dict[str, list[str]] = field(default_factory=dict)
    story_of_article: dict[str, str] = field(default_factory=dict)
    #: ``(story id, row) -> mark``: the review verdict a row's gutter shows (set by the app's review controller).
    verdict_mark: Callable[[str, int], str] = lambda _story, _row: " "
    #: The value each article holds in each conflict (for reading against a reference article).
    held: Holders = field(default_factory=dict)
    conflicts: dict[str, Conflict] = field(default_factory=dict)
    #: Sentence id -> the sentences linked to it outside its row (``Comparison.links``), both ways.
    links: dict[str, set[str]] = field(default_factory=dict)
    #: Sentences that are news furniture as a whole (a byline, a timestamp line, a photo credit).
    furniture: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, comparison: Comparison) -> CorpusIndex:
        """Index sentences, articles and highlight marks of ``comparison``."""
        index = cls(comparison)
        index.articles = {a.id: a for a in comparison.articles}
        index.held = holders(comparison)
        index.conflicts = {c.id: c for c in comparison.conflicts}
        for analysis in comparison.analyses:
            for sentence in analysis.sentences:
                index.sentences[sentence.id] = sentence
        for story in comparison.stories:
            for article in story.articles:
                index.story_of_article.setdefault(article, story.id)
        conflicted: set[tuple[str, int, int]] = set()
        group_of = {s: g.id for g in comparison.groups for s in g.sentences}
        for conflict in comparison.conflicts:
            index.group_conflicts.setdefault(conflict.group, []).append(conflict.id)
            # An entity-sheet difference, or one found through a link, spans rows that do not line up:
            # n/N visit each of them.
            for row in {group_of.get(m.sentence) for v in conflict.values for m in v.mentions} - {conflict.group}:
                if row is not None:
                    index.group_conflicts.setdefault(row, []).append(conflict.id)
            for value in conflict.values:
                for m in value.mentions:
                    index.marks.setdefault(m.sentence, []).append((m.start, m.end, conflict.kind, conflict.id))
                    conflicted.add((m.sentence, m.start, m.end))
        for entity in comparison.entities:
            sources = {m.article for m in entity.mentions}
            story_id = index.story_of_article.get(next(iter(sources), ""), "")
            story_articles = next((s.articles for s in comparison.stories if s.id == story_id), ())
            # Only an entity every source of a multi-source story names counts as agreed.
            if len(story_articles) < 2 or not set(story_articles) <= sources:
                continue
            for m in entity.mentions:
                if (m.sentence, m.start, m.end) not in conflicted:
                    index.marks.setdefault(m.sentence, []).append((m.start, m.end, "agreed", entity.id))
        for link in comparison.links:
            index.links.setdefault(link.a, set()).add(link.b)
            index.links.setdefault(link.b, set()).add(link.a)
        # Bylines, datelines, timestamps and credits stay visible but recede.
        for m in comparison.furniture:
            index.marks.setdefault(m.sentence, []).append((m.start, m.end, "furniture", ""))
            whole = index.sentences.get(m.sentence)
            if whole is not None and m.start <= whole.start and m.end >= whole.end:
                index.furniture.add(m.sentence)
        return index

    def story_model(self, story: Story, *, focus: str | None = None) -> StoryModel:
        """The display model of ``story``, with article ``focus`` pinned first."""
        return StoryModel(self, story, focus=focus)


class StoryModel:
    """Rows, panes and claims of one story.

    Args:
        index: The corpus index.
        story: The story shown.
        focus: Article id pinned as the first pane, if it belongs to the story.
    """

    def __init__(self, index: CorpusIndex, story: Story, *, focus: str | None = None) -> None:
        self.index = index
        self.story = story
        ids = [a for a in story.articles if a in index.articles]
        if focus in ids:
            ids.remove(focus)
            ids.insert(0, focus)
        self.focus = focus if focus in ids else None
        self.articles: tuple[Article, ...] = tuple(index.articles[a] for a in ids)
        self.groups: tuple[Group, ...] = tuple(g for g in index.comparison.groups if g.story == story.id)
        self.row_of_group = {g.id: i for i, g in enumerate(self.groups)}
        self._cells: dict[tuple[int, str], Cell] = {}
        #: The article the story is read against (``r``), if any.
        self.reference: str | None = None

    def set_reference(self, article: str | None) -> None:
        """Read the story against ``article`` (``None``: against the sources' majority, as the engine does)."""
        self.reference = article if article in {a.id for a in self.articles} else None
        self._cells.clear()

    def stance(self, claim: Claim, article: str) -> Stance:
        """``article``'s stance on ``claim``: the engine's, or read against the reference article."""
        if self.reference is None:
            return claim.stances.get(article, "absent")
        row = self.row_of_group.get(claim.group)
        present = set(self.groups[row].articles) if row is not None else set()
        return relative_stance(claim, article, self.reference, present, self.index.conflicts, self.index.held)

    @property
    def row_count(self) -> int:
        """Number of rows (aligned groups) in the story."""
        return len(self.groups)

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        """Claims of the story in row order; the focus article's contradictions first."""
        claims = [c for c in self.index.comparison.claims if c.story == self.story.id]
        order = {c.id: i for i, c in enumerate(claims)}

        def key(claim: Claim) -> tuple[int, int, int]:
            pinned = 0 if self.focus and claim.stances.get(self.focus) == "contradicts" else 1
            return (pinned, self.row_of_group.get(claim.group, 1 << 30), order[claim.id])

        return tuple(sorted(claims, key=key))

    def filtered_claims(self, which: ClaimFilter) -> tuple[Claim, ...]:
        """The claims shown under a sidebar filter."""
        if which == "contested":
            return tuple(c for c in self.claims if c.contested)
        if which == "single-source":
            return tuple(c for c in self.claims if c.single_source)
        if which == "corroborated":
            return tuple(c for c in self.claims if c.corroborated)
        return self.claims

    @property
    def single_source(self) -> bool:
        """True when the story has one article on screen: nothing was compared."""
        return len(self.articles) == 1

    @cached_property
    def conflict_rows(self) -> tuple[int, ...]:
        """Rows holding a conflict, a possible difference or a variant, in order."""
        return tuple(i for i, g in enumerate(self.groups) if g.id in self.index.group_conflicts)

    @cached_property
    def conflict_kinds(self) -> dict[int, set[str]]:
        """Kinds of conflict (``conflict``/``possible``/``variant``) on each row: its own, and its mentions'."""
        index = self.index
        found = index.group_conflicts
        return {i: {index.conflicts[c].kind for c in found[g.id]} for i, g in enumerate(self.groups) if g.id in found}

    def row_notes(self, row: int) -> tuple[str, ...]:
        """What the variants on ``row`` need said beside their highlight (look-alike letters), each once."""
        if not 0 <= row < len(self.groups):
            return ()
        notes = (lookalike_note(c) for c in self._conflicts_of_group.get(self.groups[row].id, ()))
        return tuple(dict.fromkeys(n for n in notes if n is not None))

    @cached_property
    def _conflicts_of_group(self) -> dict[str, list[Conflict]]:
        mine = set(self.row_of_group)
        out: dict[str, list[Conflict]] = {}
        for conflict in self.index.comparison.conflicts:
            if conflict.group in mine:
                out.setdefault(conflict.group, []).append(conflict)
        return out

    @cached_property
    def agreeing_rows(self) -> tuple[bool, ...]:
        """Per row: every article of a multi-article story says it, with no conflict, possible difference or variant."""
        n = len(self.articles)
        return tuple(n > 1 and len(g.articles) == n and i not in self.conflict_kinds for i, g in enumerate(self.groups))

    @cached_property
    def _claim_of_group(self) -> dict[str, Claim]:
        return {c.group: c for c in self.claims}

    def single_source_row(self, row: int) -> bool:
        """True when only one article of a multi-article story states this row, as its claim reads it.

        A row with a claim is single-source when the claim is (one article supports it, every other is absent),
        whoever else has a loosely aligned sentence on the row: the report's "(single source)", the JSON's
        ``single_source`` and the claims filter say the same of it. A row without a claim (no name, number or
        date) is when one article alone has it, unless it is news furniture alone (a photo credit, an "Updated:"
        line), which states nothing of the story.
        """
        group = self.groups[row]
        if len(self.articles) < 2:
            return False
        claim = self._claim_of_group.get(group.id)
        if claim is not None:
            return claim.single_source
        if len(group.articles) != 1:
            return False
        return not all(s in self.index.furniture for s in group.sentences)

    def next_conflict_row(self, row: int, step: int) -> int | None:
        """The next (``step=1``) or previous (``step=-1``) conflict row after ``row``."""
        rows = self.conflict_rows
        if not rows:
            return None
        if step > 0:
            pos = bisect_right(rows, row)
            return rows[pos] if pos < len(rows) else None
        pos = bisect_right(rows, row - 1) - 1
        return rows[pos] if pos >= 0 else None

    @cached_property
    def _row_of_sentence(self) -> dict[str, int]:
        return {s: i for i, g in enumerate(self.groups) for s in g.sentences}

    def linked_rows(self, row: int, article: str) -> frozenset[int]:
        """Other rows where ``article``'s cell holds a sentence linked to a sentence of ``row`` of another article.

        Rows are a partition, so a sentence stating several facts shares a row
        with the counterpart of one of them only: the links say where the others are.
        """
        if not 0 <= row < len(self.groups):
            return frozenset()
        rows = self._row_of_sentence
        found = {
            rows[t]
            for s in self.groups[row].sentences
            if article_of(s) != article
            for t in self.index.links.get(s, ())
            if article_of(t) == article and t in rows
        }
        return frozenset(found - {row})

    def cell(self, row: int, article: str) -> Cell:
        """The cell of ``article`` on ``row``, built on first use and cached."""
        key = (row, article)
        cached = self._cells.get(key)
        if cached is None:
            cached = self._cells[key] = self._build_cell(row, article)
        return cached

    def _build_cell(self, row: int, article: str) -> Cell:
        prefix = article + ":"
        sentences = tuple(
            self.index.sentences[s]
            for s in self.groups[row].sentences
            if s.startswith(prefix) and article_of(s) == article and s in self.index.sentences
        )
        parts: list[str] = []
        spans: list[tuple[int, int, SpanKind]] = []
        conflicts: list[tuple[int, int, str]] = []
        offset = 0
        for sentence in sentences:
            if parts:
                offset += 1
            text = sentence.text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
            for start, end, kind, ident in self.index.marks.get(sentence.id, ()):
                a = max(0, start - sentence.start) + offset
                b = min(len(text), end - sentence.start) + offset
                if b > a:
                    ref = self.reference
                    if ref and kind in ("conflict", "possible", "variant") and article != ref:
                        # Against a reference, a value the reference holds too does not differ.
                        kind = "agreed" if same_as_reference(self.index.held, ident, article, ref) else kind
                    spans.append((a, b, kind))
                    if kind not in ("agreed", "furniture"):
                        conflicts.append((a, b, ident))
            parts.append(text)
            offset += len(text)
        return Cell(sentences, " ".join(parts), tuple(spans), tuple(conflicts))

    def row_texts(self, row: int) -> dict[str, str]:
        """Each article's text on ``row`` (empty cells left out)."""
        return {a.id: c.text for a in self.articles if not (c := self.cell(row, a.id)).empty}

    def find(self, query: str, row: int, step: int = 1) -> tuple[int, str] | None:
        """The next row after ``row`` (wrapping) whose text contains ``query``.

        Returns:
            ``(row, article_id)`` of the first match, or ``None``.
        """
        needle = query.casefold()
        if not needle or not self.groups:
            return None
        n = len(self.groups)
        for k in range(1, n + 1):
            r = (row + step * k) % n
            for article in self.articles:
                if needle in self.cell(r, article.id).text.casefold():
                    return r, article.id
        return None

    def matching_rows(self, query: str) -> list[int]:
        """Every row (in order) whose text contains ``query`` in some article: what `find` steps through."""
        needle = query.casefold()
        if not needle:
            return []
        return [
            r
            for r in range(len(self.groups))
            if any(needle in self.cell(r, a.id).text.casefold() for a in self.articles)
        ]
