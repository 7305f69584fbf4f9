"""The claims sidebar and the status line as a user reads them: filter titles and counts, empty filters, modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import screen_text, settle, wait_ready
from tuicompare.app.app import make_app
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_a_claims_filter_that_finds_nothing_says_so_and_its_count_shows_whole_at_80_columns(
    tmp_path: Path,
) -> None:
    """Two real reports with no contested claim: c to "contested" names the filter and 0/N in the sidebar's
    border (not cut to "Claims · contested (0…") and says there is none, instead of an empty box."""
    (tmp_path / "a.txt").write_text("Heavy rain flooded the old mill on Monday.\nAbout 300 homes were damaged.\n")
    (tmp_path / "b.txt").write_text("Heavy rain flooded the old mill on Monday.\nAbout 300 homes were damaged.\n")
    app = make_app([str(tmp_path)], Options())
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        total = len(view.model.claims)
        assert total and not any(c.contested for c in view.model.claims)
        await pilot.press("c")
        await settle(pilot)
        text = screen_text(pilot)
        assert f"contested 0/{total}" in text
        assert "No contested claims in" in text and "c: next" in text
        await pilot.press("c")
        await settle(pilot)
        assert "No contested claims" not in screen_text(pilot)


async def test_the_compact_view_is_shown_in_the_status_line_even_where_no_further_pane_fits(tmp_path: Path) -> None:
    """x at 80x24 on three real reports: still two panes, but the status line says the compact view is on; x undoes."""
    for name, day in (("a", "Monday"), ("b", "Tuesday"), ("c", "Monday")):
        (tmp_path / f"{name}.txt").write_text(
            f"Heavy rain flooded the old mill on {day}.\nAbout 300 homes were damaged.\n"
        )
    app = make_app([str(tmp_path)], Options())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        assert "compact view (x)" not in screen_text(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert "compact view (x)" in screen_text(pilot).splitlines()[-2]
        await pilot.press("x")
        await settle(pilot)
        assert "compact view (x)" not in screen_text(pilot)
