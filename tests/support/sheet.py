"""Reading the entity sheet of short texts written for the tests, as a reader of the sheet would."""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison, EntityAttribute

#: A sentence after every text, so that each article has a body beyond its first line.
SHEET_TAIL = NEUTRAL_TAIL


def compare_sheet(*texts: str) -> Comparison:
    """Compare ``texts`` as one story, each followed by `SHEET_TAIL`."""
    return compare_texts(*texts, tail=SHEET_TAIL)


def sheet_rows(comparison: Comparison, name_part: str, attribute: str) -> list[EntityAttribute]:
    """The sheet's rows for ``attribute`` of every entity whose name contains ``name_part``."""
    ids = {e.id for e in comparison.entities if name_part in e.name}
    return [a for a in comparison.attributes if a.entity in ids and a.name == attribute]


def sheet_row(comparison: Comparison, name_part: str, attribute: str) -> EntityAttribute:
    """The one row for ``attribute`` of the entity named ``name_part`` (fails when there is not exactly one)."""
    rows = sheet_rows(comparison, name_part, attribute)
    assert len(rows) == 1, f"{attribute} of {name_part}: {comparison.attributes}"
    return rows[0]


def sheet_values(row: EntityAttribute) -> dict[str, str]:
    """A row's cells: the text each article gives, by article id."""
    return {v.article: v.text for v in row.values}


def sheet_reading(comparison: Comparison, name_part: str, attribute: str) -> tuple[str, dict[str, str]]:
    """What a reader sees of the one row for ``attribute`` of the entity named ``name_part``: its status and cells."""
    row = sheet_row(comparison, name_part, attribute)
    return row.status, sheet_values(row)


def attribute_conflict_types(comparison: Comparison, kind: str | None = None) -> list[str]:
    """The types (``attribute:role``...) of the differences the entity sheet raised, of tier ``kind`` if given."""
    return [c.type for c in comparison.conflicts if c.type.startswith("attribute:") and kind in (None, c.kind)]
