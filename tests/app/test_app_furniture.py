"""News furniture (bylines, timestamps) is shown in the panes, dimmed, and takes part in nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import settle, style_of, wait_ready
from tuicompare.app.app import TuicompareApp
from tuicompare.app.widgets.pane_rows import row_mark
from tuicompare.pipeline import Options, run
from tuicompare.report.marks import MARK_SINGLE

pytestmark = pytest.mark.anyio

FIRST = """Harbour bridge reopens in Tallinn

By Mari Tamm

Updated: March 4, 2024 10:15 EET

The harbour bridge in Tallinn reopened on Monday after eight months of repairs.
Mayor Jaan Kask said the repairs cost 12 million euros.
"""

SECOND = """Tallinn reopens its harbour bridge

Photo: City of Tallinn

The harbour bridge in Tallinn reopened on Monday after eight months of repair work.
The repairs cost 12 million euros, Mayor Jaan Kask said.
"""


async def test_bylines_and_timestamps_are_dimmed_and_in_no_conflict(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    dimmed = {m.text for m in comparison.furniture}
    assert any("Mari Tamm" in t for t in dimmed) and any("March 4, 2024" in t for t in dimmed)
    conflict_sentences = {m.sentence for c in comparison.conflicts for v in c.values for m in v.mentions}
    assert not conflict_sentences & {m.sentence for m in comparison.furniture}
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        pane = next(p for p in view.panes if p.article.id == "first")
        byline = next(m for m in comparison.furniture if "Mari Tamm" in m.text)
        row = next(i for i, g in enumerate(view.model.groups) if byline.sentence in g.sentences)
        await pilot.press("G")  # away from the byline's row: the cursor row has its own emphasis
        await settle(pilot)
        assert style_of(pane, row, "Tamm").dim
        story_row = next(i for i in range(len(view.model.groups)) if "harbour" in view.model.cell(i, "first").text)
        assert not style_of(pane, story_row, "harbour").dim


async def test_a_row_of_furniture_alone_is_not_marked_single_source(tmp_path: Path) -> None:
    """The byline's and the timestamp's rows had the gutter's ¹, as if one source alone stated a fact; a sentence
    only one article reports keeps it."""
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(
        SECOND + "Ferry services to Helsinki will keep their winter timetable.\n", "utf-8"
    )
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        model = view.model
        furniture = {m.sentence for m in comparison.furniture}
        rows = {i: g for i, g in enumerate(model.groups) if len(g.articles) == 1}
        alone = [i for i, g in rows.items() if set(g.sentences) <= furniture]
        stated = [i for i, g in rows.items() if any("Ferry services" in model.cell(i, a).text for a in g.articles)]
        assert len(alone) >= 2 and len(stated) == 1
        assert all(row_mark(model, i) == " " for i in alone)
        assert row_mark(model, stated[0]) == MARK_SINGLE


async def test_an_update_label_line_is_dimmed_and_the_update_it_heads_is_not(tmp_path: Path) -> None:
    """A blog's "UPDATE:" line on its own was drawn as a sentence of the story; it is furniture, like a timestamp."""
    (tmp_path / "first.txt").write_text(
        FIRST + "\nUPDATE:\n\nThe city said the bridge will close again for one night in April.\n", encoding="utf-8"
    )
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    assert "UPDATE:" in {m.text for m in comparison.furniture}
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        pane = next(p for p in view.panes if p.article.id == "first")
        label = next(i for i in range(len(view.model.groups)) if "UPDATE" in view.model.cell(i, "first").text)
        update = next(i for i in range(len(view.model.groups)) if "one night" in view.model.cell(i, "first").text)
        await pilot.press("g")  # the cursor on the first row, away from both
        await settle(pilot)
        assert style_of(pane, label, "UPDATE").dim
        assert not style_of(pane, update, "night").dim
