"""The claims sidebar's stance columns, numbered like the pane titles, on hand-built comparisons.

Each stance column stands for one article; the digits over the columns are the numbers its pane's title
starts with, so a reader can tell which source a mark belongs to.
"""

from __future__ import annotations

import pytest

from tests.support.app import screen_text, settle, wait_ready
from tests.support.comparisons import tiny_comparison, wide_comparison
from tuicompare.app.app import TuicompareApp

pytestmark = pytest.mark.anyio


async def test_stance_columns_are_numbered_like_the_pane_titles() -> None:
    """The header over the claims numbers each stance column; the pane showing that article has the number."""
    from tuicompare.app.widgets.claims_sidebar import GlyphHeader

    app = TuicompareApp([], None, comparison=wide_comparison(12, 10))
    async with app.run_test(size=(160, 30)) as pilot:
        view = await wait_ready(pilot)
        header = view.query_one(GlyphHeader)
        assert header.display
        lines = screen_text(pilot).splitlines()
        tens = next(i for i, text in enumerate(lines) if "111" in text)
        # The digits are said to be pane numbers ("12 sources" read as a count of sources).
        assert "123456789012 ← pane numbers" in lines[tens + 1]
        # The column of article 12 is under a 1 and a 2, the column of article 3 under a blank and a 3.
        assert lines[tens + 1].index("123456789012") == lines[tens].index("111") - 9
        titles = [str(p.border_title) for p in view.panes]
        assert titles[0].startswith("1 · art00 · ") and titles[3].startswith("4 · art03 · ")
        await pilot.press("l")
        await settle(pilot)
        assert str(view.panes[0].border_title).startswith("5 · art04 · ")


@pytest.mark.parametrize(("keys", "label"), [((), "123456789012 ← pane no."), (("x",), "123456789012 ← panes")])
async def test_the_column_numbers_say_what_they_are_on_one_line_at_80_columns(keys, label) -> None:
    """80x24, twelve sources (and the compact view's narrower sidebar): the label shortens to stay beside the
    digits, never wrapping onto a line of its own or pushing the digits off their columns."""
    app = TuicompareApp([], None, comparison=wide_comparison(12, 10))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press(*keys)
        await settle(pilot, 5)
        lines = screen_text(pilot).splitlines()
        units = next(i for i, text in enumerate(lines) if "123456789012" in text)
        assert label in lines[units] and "sources" not in lines[units]
        assert lines[units - 1].rstrip().endswith("111") and "Claims" in lines[units + 1]
        assert lines[units].index("123456789012") == lines[units - 1].index("111") - 9


async def test_a_single_source_story_has_no_numbered_columns() -> None:
    from tuicompare.app.widgets.claims_sidebar import GlyphHeader

    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        assert view.query_one(GlyphHeader).display
        view.show_story(1)
        await wait_ready(pilot)
        assert not view.query_one(GlyphHeader).display
        assert str(view.panes[0].border_title).startswith("d · ")
