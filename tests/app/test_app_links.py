"""Links between rows in the panes: the current sentence's counterparts outside its row get a gutter mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import segments_of, settle, wait_ready
from tests.support.texts import LEAD, SPLIT
from tuicompare.app.app import TuicompareApp
from tuicompare.pipeline import Options, run
from tuicompare.report.marks import MARK_LINKED

pytestmark = pytest.mark.anyio


def _gutter(pane, row: int) -> str:  # noqa: ANN001 - an ArticlePane
    return next(iter(segments_of(pane, row))).text


async def test_the_rows_linked_to_the_current_row_are_marked_in_the_other_pane(tmp_path: Path) -> None:
    (tmp_path / "lead.txt").write_text("Harbour plan approved\n\n" + LEAD + "\n", encoding="utf-8")
    split = " ".join([*SPLIT, "Its chairwoman Ingrid Salo said dredging would begin in March."])
    (tmp_path / "split.txt").write_text("Rivermouth votes to deepen channel\n\n" + split + "\n", encoding="utf-8")
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        model = view.model
        pane = next(p for p in view.panes if p.article.id == "split")
        lead = next(i for i in range(model.row_count) if "approved a $40 million" in model.cell(i, "lead").text)
        salo = next(i for i in range(model.row_count) if "Ingrid Salo said" in model.cell(i, "split").text)
        lighthouse = next(i for i in range(model.row_count) if "lighthouse" in model.cell(i, "split").text)
        assert salo != lead
        while view.current_row != lead:
            await pilot.press("j" if view.current_row < lead else "k")
        await settle(pilot)
        assert _gutter(pane, salo) == MARK_LINKED
        assert _gutter(pane, lighthouse) == " "
        await pilot.press("G")  # another row: the mark goes
        await settle(pilot)
        assert _gutter(pane, salo) != MARK_LINKED
