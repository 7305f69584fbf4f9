"""The conflicts panel lists the conflicts first and the possible differences apart, under their own heading.

Short texts written for this test: three reports of a mill fire. The first sentence's evacuation counts are
hedged ("more than 500" against "about 300": a possible difference), the second's homes differ (12 or 15:
a conflict), so in reading order the possible difference came first and the panel listed it among the
conflicts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import screen_text, settle, wait_ready
from tuicompare.app.app import TuicompareApp
from tuicompare.app.screens.conflicts import POSSIBLE_HEADING, POSSIBLE_TITLE, ConflictsScreen
from tuicompare.pipeline import Options, run

pytestmark = pytest.mark.anyio

ARTICLES = {
    "first.txt": """Mill fire forces hundreds from homes in Dunmore

About 300 residents were evacuated from the streets around the old Kestrel textile mill in Dunmore on Tuesday night.
The fire destroyed 12 homes before it was brought under control, the county fire service said.
""",
    "second.txt": """Dunmore mill blaze empties streets

About 300 residents were evacuated from the streets around the old Kestrel textile mill in Dunmore on Tuesday night.
The fire destroyed 15 homes before it was brought under control, the county fire service said.
""",
    "third.txt": """Homes lost as Dunmore mill burns

More than 500 residents were evacuated from the streets around the old Kestrel textile mill in Dunmore on Tuesday \
night.
The fire destroyed 12 homes before it was brought under control, the county fire service said.
""",
}


async def test_possible_differences_are_listed_after_the_conflicts_under_a_heading(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    kinds = {c.kind for c in comparison.conflicts}
    assert {"conflict", "possible"} <= kinds
    app = TuicompareApp([], None, comparison=comparison, review_db=tmp_path / "reviews.sqlite3")
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        panel = app.screen
        assert isinstance(panel, ConflictsScreen)
        menu = panel.query_one("OptionList")
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        listed = {c.id: c.kind for c in panel.listed}
        heading = ids.index(POSSIBLE_HEADING)
        assert all(listed[i] == "conflict" for i in ids[:heading])
        assert ids[heading + 1 :] and all(listed[i] == "possible" for i in ids[heading + 1 :])
        assert menu.get_option_at_index(heading).disabled
        text = " ".join(screen_text(pilot).split())
        assert POSSIBLE_TITLE in text
        assert text.index("✗ conflict") < text.index(POSSIBLE_TITLE) < text.index("? possible")
        # v on a possible difference judges it, not the entry above it.
        menu.highlighted = heading + 1
        await pilot.press("v")
        await settle(pilot)
        assert app.review_store is not None
        assert panel.controller.book.verdict(ids[heading + 1]) == "confirmed"
        assert panel.controller.book.verdict(ids[0]) == "unreviewed"
