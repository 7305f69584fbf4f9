"""The entity view's rows for one story: entities grouped by kind, a row per attribute, a cell per source.

Only reorganises ``Comparison.attributes`` for display (no Textual import).
"""

from __future__ import annotations

from dataclasses import dataclass

from tuicompare.models import Comparison, EntityAttribute, Mention, Story

#: Entity kinds in the order the view groups them, with their headings.
KINDS = (("person", "People"), ("place", "Places"), ("organisation", "Organisations"))
OTHER = "Other"


@dataclass(frozen=True, slots=True)
class SheetLine:
    """One line of the view: a kind heading (``attribute`` is None) or an attribute of an entity.

    Attributes:
        heading: The kind heading ("People") on a heading line, else ``""``.
        entity: The entity's name on its first attribute line, else ``""``.
        attribute: The attribute shown, or None on a heading line.
        cells: Per article of the story (pane order): the value's text, or ``""``.
        mentions: Per article: the first mention of the value (where the panes go), or None.
    """

    heading: str
    entity: str
    attribute: EntityAttribute | None
    cells: tuple[str, ...] = ()
    mentions: tuple[Mention | None, ...] = ()

    @property
    def difference(self) -> bool:
        """True for a conflict or possible difference (the lines ``n``/``N`` visit)."""
        return self.attribute is not None and self.attribute.status in ("conflict", "possible")


def sheet_lines(comparison: Comparison, story: Story, articles: tuple[str, ...]) -> list[SheetLine]:
    """The view's lines for ``story``, with a cell per article of ``articles`` (the panes' order).

    Args:
        comparison: The engine's result.
        story: The story shown.
        articles: Its article ids in pane order.

    Returns:
        Heading and attribute lines, by kind then entity order; empty when no article states an attribute.
    """
    entities = {e.id: e for e in comparison.entities}
    rows = [a for a in comparison.attributes if a.story == story.id and a.entity in entities]
    by_kind: dict[str, list[EntityAttribute]] = {}
    for row in rows:
        label = entities[row.entity].label
        heading = next((h for k, h in KINDS if k == label), OTHER)
        by_kind.setdefault(heading, []).append(row)
    out: list[SheetLine] = []
    for heading in [h for _k, h in KINDS] + [OTHER]:
        if heading not in by_kind:
            continue
        out.append(SheetLine(heading, "", None))
        previous = ""
        for row in by_kind[heading]:
            said = {v.article: v for v in row.values}
            name = entities[row.entity].name
            out.append(
                SheetLine(
                    "",
                    name if row.entity != previous else "",
                    row,
                    tuple(said[a].text if a in said else "" for a in articles),
                    tuple(said[a].mentions[0] if a in said and said[a].mentions else None for a in articles),
                )
            )
            previous = row.entity
    return out


def next_difference(lines: list[SheetLine], line: int, step: int) -> int | None:
    """The next (``step`` 1) or previous (-1) line holding a conflict or possible difference."""
    n = line + step
    while 0 <= n < len(lines):
        if lines[n].difference:
            return n
        n += step
    return None
