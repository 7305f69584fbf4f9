"""News furniture (bylines, timestamps) is shown in the panes, dimmed, and takes part in nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import settle, style_of, wait_ready
from tuicompare.app.app import TuicompareApp
from tuicompare.pipeline import Options, run

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
