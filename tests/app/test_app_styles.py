"""Highlights stay distinguishable without colour (NO_COLOR, 16-colour terminals)."""

from __future__ import annotations

import pytest

from tests.support.app import segments_of, settle, style_of, wait_ready
from tests.support.comparisons import tiny_comparison
from tuicompare.app.app import TuicompareApp
from tuicompare.report.marks import MARK_CONFLICT, MARK_CURSOR, MARK_SINGLE, MARK_VARIANT

pytestmark = pytest.mark.anyio


async def test_highlights_use_attributes_and_glyphs_not_colour_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Conflicts are bold underlined, variants italic underlined, rows marked by gutter glyphs."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(160, 30)) as pilot:
        view = await wait_ready(pilot)
        assert app.no_color
        a, b, c = view.panes
        conflict = style_of(b, 0, "Tuesday")
        assert conflict.bold and conflict.underline and not conflict.italic
        await pilot.press("j")
        await settle(pilot)
        variant = style_of(c, 1, "3OO")
        assert variant.italic and variant.underline
        agreed = style_of(a, 0, "Springfield")
        assert not agreed.underline
        text0 = "".join(s.text for s in segments_of(a, 0))
        text1 = "".join(s.text for s in segments_of(a, 1))
        text2 = "".join(s.text for s in segments_of(a, 2))
        assert text0.startswith(" " + MARK_CONFLICT)
        assert text1.startswith(MARK_CURSOR + MARK_VARIANT)
        assert text2.startswith(" " + MARK_SINGLE)


async def test_word_differences_marked_on_the_current_row_only() -> None:
    """Words that differ between the row's sentences are emphasised on the current row."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(160, 30)) as pilot:
        view = await wait_ready(pilot)
        b = view.panes[1]
        assert style_of(b, 0, "new").bold
        assert not style_of(b, 0, "mayor").bold
        await pilot.press("j")
        await settle(pilot)
        assert not style_of(b, 0, "new").bold
        assert style_of(b, 1, "came").bold
