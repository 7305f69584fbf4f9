"""Each panel's footer lists the panel's own keys, and ``?`` opens the help from every panel.

The main screen's footer once showed under every panel (conflicts, entities, stories, help, export, add),
listing the main view's keys (n, c, s, E…), which do nothing there, and not the panel's (v, t, o…).
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tuicompare.app.app import TuicompareApp
from tuicompare.app.screens.help import HelpScreen, binding_rows, key_sections
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio

#: The main view's keys, as its footer shows them: none belongs under a panel.
MAIN_KEYS = ("n Next conflict", "c Claim filter", "s Story", "E Entities", "q Quit")

#: Key pressed in the main view → what its panel's footer says (the close key first).
PANELS = {
    "C": ("esc Close", "v Cycle verdict", "o Note", "t Story / whole corpus", "? Help"),
    "E": ("esc Close", "n Next attribute conflict", "? Help"),
    "s": ("esc Close", "o Sort stories", "? Help"),
    "question_mark": ("esc Close help",),
    "e": ("esc Cancel",),
    "a": ("esc Cancel",),
}


async def until_screen(pilot: Pilot, kind: type[Screen], attempts: int = 100) -> Screen:
    """Wait until a screen of ``kind`` is the one shown, and let it draw."""
    for _ in range(attempts):
        await pilot.pause()
        if isinstance(pilot.app.screen, kind):
            await settle(pilot)
            return pilot.app.screen
    raise AssertionError(f"{kind.__name__} never showed; {type(pilot.app.screen).__name__} did")


def footer(pilot: Pilot) -> str:
    """The terminal's last line, its spaces run together."""
    return " ".join(screen_text(pilot).splitlines()[-1].split())


@pytest.mark.parametrize("key", list(PANELS), ids=["conflicts", "entities", "stories", "help", "export", "add"])
async def test_a_panel_footer_lists_the_panel_keys_not_the_main_view_ones(seed_options: Options, key: str) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        main = app.screen
        assert "n Next conflict" in footer(pilot)
        await pilot.press(key)
        for _ in range(100):
            await pilot.pause()
            if app.screen is not main:
                break
        await settle(pilot)
        assert app.screen is not main
        shown = footer(pilot)
        assert shown.startswith(PANELS[key][0]), shown
        for words in PANELS[key]:
            assert words in shown, shown
        for words in MAIN_KEYS:
            assert words not in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is main and view.is_attached
        assert "n Next conflict" in footer(pilot)


@pytest.mark.parametrize("key", ["C", "E", "s"], ids=["conflicts", "entities", "stories"])
async def test_question_mark_in_a_panel_opens_the_help_and_closing_it_returns_to_the_panel(
    seed_options: Options, key: str
) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await pilot.press(key)
        await settle(pilot)
        panel = app.screen
        assert not isinstance(panel, HelpScreen)
        await pilot.press("question_mark")
        await until_screen(pilot, HelpScreen)
        assert "Where" in screen_text(pilot) and "Does" in screen_text(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is panel


def test_the_help_lists_the_panels_help_key_once_and_every_shown_key_has_an_id() -> None:
    """? is bound in every panel under the app's id: one row in the help, not one a panel."""
    sections = key_sections(TuicompareApp.BINDINGS)
    rows = binding_rows(sections)
    assert [keys for _where, keys, _does in rows].count("?") == 1
    for _where, bindings in sections:
        for binding in bindings:
            assert getattr(binding, "id", None), binding
