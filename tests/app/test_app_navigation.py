"""Navigation and synchronisation of the panes, on hand-built comparisons."""

from __future__ import annotations

import pytest
from textual import events
from textual.containers import VerticalScroll
from textual.scrollbar import ScrollTo

from tests.support.app import rows_and_scroll, screen_text, settle, wait_ready
from tests.support.comparisons import tiny_comparison, wide_comparison
from tuicompare.app.app import TuicompareApp
from tuicompare.app.screens.help import HELP_TEXT

pytestmark = pytest.mark.anyio


def in_sync(view) -> bool:
    """Every pane on the view's row and at the same scroll offset."""
    states = rows_and_scroll(view)
    return len({s for s in states}) == 1 and states[0][0] == view.current_row


async def test_keys_move_every_pane_to_the_same_row() -> None:
    """j/k, arrows, G/g and PgDn move the current row in every pane at once."""
    app = TuicompareApp([], None, comparison=wide_comparison(3, 60))
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("j", "down", "j")
        await settle(pilot)
        assert view.current_row == 3 and in_sync(view)
        await pilot.press("k")
        await settle(pilot)
        assert view.current_row == 2 and in_sync(view)
        await pilot.press("G")
        await settle(pilot)
        assert view.current_row == 59 and in_sync(view)
        assert view.panes[0].scroll_y >= view.panes[0].max_scroll_y - 1 > 0
        await pilot.press("g")
        await settle(pilot)
        assert view.current_row == 0 and in_sync(view) and view.panes[0].scroll_y == 0
        await pilot.press("pagedown")
        await settle(pilot)
        row = view.current_row
        assert row > 3 and in_sync(view)
        assert view.panes[0].scroll_y == view.layout_rows.top(row)
        await pilot.press("pageup")
        await settle(pilot)
        assert view.current_row < row and in_sync(view)


async def test_wheel_and_scrollbar_drag_scroll_all_panes_without_echo() -> None:
    """Scrolling one pane by wheel or scrollbar drag scrolls the others to the same offset."""
    app = TuicompareApp([], None, comparison=wide_comparison(3, 60))
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        middle = view.panes[1]
        for _ in range(4):
            middle.post_message(events.MouseScrollDown(middle, 5, 5, 0, 0, 1, False, False, False))
        await settle(pilot)
        offsets = {pane.scroll_y for pane in view.panes}
        assert len(offsets) == 1 and offsets.pop() > 0
        middle.post_message(ScrollTo(y=40, animate=False))
        await settle(pilot)
        assert [pane.scroll_y for pane in view.panes] == [40, 40, 40]
        view.panes[2].post_message(ScrollTo(y=10, animate=False))
        await settle(pilot)
        assert [pane.scroll_y for pane in view.panes] == [10, 10, 10]
        # The cursor stays where it was: scrolling is not moving.
        assert view.current_row == 0


async def test_resize_keeps_panes_aligned_and_pages_articles() -> None:
    """Resizing to 60x20, 20x10 and back keeps rows aligned; h/l page through articles."""
    app = TuicompareApp([], None, comparison=wide_comparison(5, 40, long=True))
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        assert len(view.panes) == 4
        await pilot.press(*"jjjjj")
        await settle(pilot)
        for size in [(60, 20), (20, 10), (80, 24), (160, 48)]:
            await pilot.resize_terminal(*size)
            await settle(pilot, 5)
            assert in_sync(view), size
            layout = view.layout_rows
            # The current row stays on screen after a resize.
            top = layout.top(view.current_row)
            assert view.panes[0].scroll_y <= top < view.panes[0].scroll_y + view.panes[0].size.height
        await pilot.resize_terminal(60, 20)
        await settle(pilot, 5)
        assert [p.article.id for p in view.panes] == ["art00"]
        assert not view.query_one("#sidebar").display or len(view.panes) == 1
        await pilot.press("l")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == ["art01"]
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket", "l")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == ["art04"]
        await pilot.press("h")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == ["art03"]
        assert "pane 4/5 (h/l)" in screen_text(pilot)


async def test_arrow_keys_page_through_the_panes_from_a_pane_or_the_claims() -> None:
    """→ and ← do what l and h do (a pane never scrolls sideways: they did nothing), from a pane or the claims."""
    app = TuicompareApp([], None, comparison=wide_comparison(5, 40, long=True))
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        first = [p.article.id for p in view.panes]
        assert len(first) == 2 and view.panes[0].has_focus
        await pilot.press("right")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == ["art02", "art03"]
        await pilot.press("left")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == first
        await pilot.press("tab", "tab")
        await settle(pilot)
        assert view.query_one("#sidebar").has_focus
        await pilot.press("right")
        await settle(pilot)
        assert [p.article.id for p in view.panes] == ["art02", "art03"]
        assert "panes 3-4/5 (h/l)" in screen_text(pilot)


async def test_rows_line_up_across_panes_with_uneven_sentences() -> None:
    """A row takes the height of its tallest cell in every pane, gaps show a placeholder."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        a, b, c = view.panes
        layout = view.layout_rows
        assert a.layout_rows is b.layout_rows is c.layout_rows is layout
        assert layout.heights[2] == a.line_count(2) > b.line_count(2) == 1
        lines = screen_text(pilot).splitlines()
        # Row 2 starts on the same screen line in every pane: the hostile sentence, and placeholders.
        row2 = next(i for i, line in enumerate(lines) if "Click" in line)
        assert lines[row2].count("—") == 2


async def test_next_conflict_and_claims_filter() -> None:
    """n/N jump between conflict rows; c cycles the filter and the sidebar follows the row."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        sidebar = view.query_one("#sidebar")
        assert sidebar.highlighted_option.id == "k0"
        await pilot.press("n")
        await settle(pilot)
        assert view.current_row == 1 and sidebar.highlighted_option.id == "k1"
        await pilot.press("n")
        await settle(pilot)
        assert view.current_row == 1
        await pilot.press("N")
        await settle(pilot)
        assert view.current_row == 0
        await pilot.press("c")
        await settle(pilot)
        assert view.claim_filter == "contested" and [c.id for c in sidebar.shown] == ["k0"]
        await pilot.press("c")
        await settle(pilot)
        assert view.claim_filter == "single-source" and [c.id for c in sidebar.shown] == ["k2", "k3"]
        await pilot.press("c", "c")
        await settle(pilot)
        assert view.claim_filter == "all" and len(sidebar.shown) == 4


async def test_selecting_a_claim_jumps_every_pane_to_its_row() -> None:
    """Tab to the sidebar, move to a claim: every pane's current row is the claim's row."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("tab", "tab", "tab")
        await settle(pilot)
        sidebar = view.query_one("#sidebar")
        assert app.focused is sidebar
        await pilot.press("down", "down", "down")
        await settle(pilot)
        assert sidebar.highlighted_option.id == "k3"
        assert view.current_row == 3 and in_sync(view)
        await pilot.press("up", "enter")
        await settle(pilot)
        assert view.current_row == 2 and view.selected_claim == "k2"
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is view.panes[0]


async def test_story_switcher_and_single_article_story() -> None:
    """s opens the story list; a one-article story shows its pane and says nothing was compared."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert type(app.screen).__name__ == "StoryScreen"
        await pilot.press("down", "enter")
        await settle(pilot, 5)
        assert view.story_index == 1 and [p.article.id for p in view.panes] == ["d"]
        assert view.current_row == 0
        assert "single source: nothing compared" in screen_text(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert view.current_row == 1


async def test_help_and_legend() -> None:
    """? shows what every binding does (its help text); L toggles the legend line."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert "conflict row" in screen_text(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        text = screen_text(pilot)
        scroll = app.screen.query_one(VerticalScroll)
        while scroll.scroll_y < scroll.max_scroll_y:  # the help is taller than 40 lines: read it all
            await pilot.press("pagedown")
            await settle(pilot)
            text += screen_text(pilot)
        for binding in ("conflict.next", "claims.filter", "panes.next", "row.next", "app.search", "app.export"):
            assert HELP_TEXT[binding].split(",")[0][:30] in text
        assert "Quit" in text
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "Screen"


async def test_command_palette_jumps_to_claims_articles_and_actions() -> None:
    """ctrl+p finds a claim (jumps to its row), an article (switches story) and key actions."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        for query, check in (
            ("It rained", lambda: view.current_row == 3 and view.selected_claim == "k3"),
            ("Article d", lambda: view.story_index == 1 and [p.article.id for p in view.panes] == ["d"]),
            ("Switch story", lambda: type(app.screen).__name__ == "StoryScreen"),
        ):
            await pilot.press("ctrl+p")
            await settle(pilot)
            await pilot.press(*query)
            for _ in range(50):
                await pilot.pause(0.02)
                if query in screen_text(pilot).split("🔎", 1)[-1].split("\n", 1)[-1]:
                    break
            await pilot.press("enter")
            await settle(pilot, 5)
            assert check(), query


@pytest.mark.parametrize("keys", [("s",), ("question_mark",), ("e",), ("a",), ("slash",), ("L",), ()])
async def test_terminal_squeezed_to_two_columns_and_back(keys: tuple[str, ...]) -> None:
    """Every screen and bar survives a 2x2, 1x1 and 20x10 terminal, then lays out again."""
    app = TuicompareApp(["hand-built"], None, comparison=tiny_comparison())
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        for size in [(2, 2), (1, 1), (20, 10), (120, 30)]:
            await pilot.resize_terminal(*size)
            await settle(pilot)
        assert app.is_running and app.return_code is None
        assert in_sync(view)


@pytest.mark.slow  # a 24,000-sentence story: a stress test of the background layout
async def test_big_story_is_measured_in_the_background_and_stays_aligned() -> None:
    """A story too big to measure on the event loop is laid out in a thread; keys work meanwhile."""
    app = TuicompareApp([], None, comparison=wide_comparison(3, 8000))
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        assert view.model.row_count * len(view.panes) > 20_000
        assert len(list(app.screen.walk_children())) < 40, "widget count must not grow with sentences"
        await pilot.resize_terminal(120, 40)
        await pilot.press("j", "j")
        await settle(pilot)
        assert view.current_row == 2
        for _ in range(300):
            await pilot.pause(0.01)
            if not view.measuring:
                break
        await settle(pilot)
        assert not view.measuring
        assert all(p.layout_rows is view.layout_rows for p in view.panes)
        assert view.layout_rows.heights[0] == max(p.line_count(0) for p in view.panes)
        await pilot.press("G")
        await settle(pilot)
        assert view.current_row == 7999 and in_sync(view)


async def test_r_reads_the_story_against_the_focused_article() -> None:
    """r on b's pane: a and c contradict the claim b's Tuesday states, their Mondays stay marked; r again undoes it."""
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(160, 30)) as pilot:
        view = await wait_ready(pilot)
        sidebar = view.query_one("#sidebar")
        claim = next(c for c in view.model.claims if c.id == "k0")
        assert [view.model.stance(claim, x) for x in "abc"] == ["supports", "contradicts", "supports"]
        view.panes[1].focus()
        await pilot.press("r")
        await settle(pilot)
        assert view.model.reference == "b"
        assert str(view.panes[1].border_title).startswith("reference · 2 · b · ")
        assert [view.model.stance(claim, x) for x in "abc"] == ["contradicts", "supports", "contradicts"]
        assert str(sidebar.get_option("k0").prompt).startswith("✗✓✗ ")
        # Against a: c's Monday is a's value (not differing), b's Tuesday still is.
        view.panes[0].focus()
        await pilot.press("r")
        await settle(pilot)
        kinds = {x: [k for _, _, k in view.model.cell(0, x).spans] for x in "bc"}
        assert "conflict" in kinds["b"] and "conflict" not in kinds["c"] and "agreed" in kinds["c"]
        await pilot.press("r")
        await settle(pilot)
        assert view.model.reference is None and not str(view.panes[0].border_title).startswith("reference")
        assert "conflict" in [k for _, _, k in view.model.cell(0, "c").spans]


async def test_x_compact_view_fits_more_panes() -> None:
    app = TuicompareApp([], None, comparison=wide_comparison(12, 20))
    async with app.run_test(size=(160, 30)) as pilot:
        view = await wait_ready(pilot)
        assert len(view.panes) == 4
        await pilot.press("x")
        await wait_ready(pilot)
        await settle(pilot)
        assert len(view.panes) == 7 and view.query_one("#side").display
        assert in_sync(view)
        await pilot.press("x")
        await settle(pilot)
        assert len(view.panes) == 4
