"""The claims sidebar as a user reads it: its filters' titles and counts, and what an empty filter says."""

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
