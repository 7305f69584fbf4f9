"""What the app says in words: counts with the right plural, headings that match what is listed, help that scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.table import Table
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, OptionList, Static

from tests.support import SEEDS
from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tests.support.comparisons import tiny_comparison, with_possible
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.screens.conflicts import ConflictsScreen
from tuicompare.app.screens.entities import EntityScreen
from tuicompare.app.screens.help import HELP_TEXT, PANEL_KEYS, HelpScreen, binding_rows, key_sections
from tuicompare.app.screens.stories import StoryScreen
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_status_line_counts_one_story_in_the_singular(seed_options: Options) -> None:
    """Two rewrites of one story: the status line says "1 story", never "1 stories"."""
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    app = make_app(paths, seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert "2 articles · 1 story · " in status
        assert "1 stories" not in status


async def test_conflicts_panel_heading_counts_each_kind(seed_comparison) -> None:
    """C on a story with one possible difference: the heading counts conflicts and possible differences apart."""
    comparison, possible, _claim, _article = with_possible(seed_comparison)
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        panel = app.screen
        assert isinstance(panel, ConflictsScreen)
        conflicts = sum(1 for c in panel.listed if c.kind == "conflict")
        assert [c.id for c in panel.listed if c.kind == "possible"] == [possible.id]
        head = f"{conflicts} conflicts and 1 possible difference in story {view.story_index + 1} of"
        assert head in screen_text(pilot)


async def test_help_scrolls_with_j_and_k_and_lists_every_panel(seed_options: Options) -> None:
    """? at 80x24: the help is taller than the screen, j scrolls it and k back; it lists the panels' keys too."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0 and scroll.scroll_y == 0
        await pilot.press("j", "j")
        await settle(pilot)
        assert scroll.scroll_y == 2
        await pilot.press("k")
        await settle(pilot)
        assert scroll.scroll_y == 1
        described = {(where, what) for where, _keys, what in app.screen.rows}
        assert ("conflicts panel", "List the story's conflicts or the whole corpus's") in described  # t there
        assert ("entity view", "Next attribute conflict or possible difference") in described  # n there
        assert ("story list", "Sort the stories: by unreviewed conflicts, conflicts or articles") in described  # o
        table = app.screen.query_one("#help-keys", Static).content
        assert isinstance(table, Table)
        palette = [str(cell) for cell in table.columns[2].cells if "palette" in str(cell)]
        assert palette and "conflicts and entities" in palette[0]  # what the palette jumps to
        # Enter in the panels (handled by their lists, no binding of ours) is listed beside each panel's keys.
        where_keys = ([str(c) for c in table.columns[0].cells], [str(c) for c in table.columns[1].cells])
        shown = list(zip(*where_keys, strict=True))
        for where in ("conflicts panel", "entity view", "story list"):
            assert (where, "enter") in shown
            mine = [n for n, row in enumerate(shown) if row[0] == where]
            assert mine == list(range(mine[0], mine[0] + len(mine)))
        assert set(shown) >= {(where, keys) for where, keys, _what in [*app.screen.rows, *PANEL_KEYS]}


def test_the_help_says_in_a_sentence_what_every_key_does() -> None:
    """The footer's one-word labels ("Story", "Sidebar") are not the help: every key listed there is explained."""
    for section, bindings in key_sections(TuicompareApp.BINDINGS):
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                assert binding.id in HELP_TEXT, f"{section}: {binding.key} ({binding.description}) has no help text"
    rows = {(where, keys): what for where, keys, what in binding_rows(key_sections(TuicompareApp.BINDINGS))}
    assert rows[("main view", "s")].startswith("Switch story")  # the footer says "Story"
    assert rows[("main view", "b")] == "Hide or show the claims sidebar"  # the footer says "Sidebar"


@pytest.mark.parametrize(("key", "screen"), [("C", ConflictsScreen), ("s", StoryScreen)])
async def test_j_and_k_move_in_the_panels_lists(seed_options: Options, key: str, screen: type) -> None:
    """In the conflicts panel and the story switcher, j and k move the highlight as the arrows do."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen)
        menu = app.screen.query_one(OptionList)
        start = menu.highlighted
        assert start == 0
        await pilot.press("j", "j")
        await settle(pilot)
        assert menu.highlighted == 2
        await pilot.press("k")
        await settle(pilot)
        assert menu.highlighted == 1


async def test_j_and_k_move_in_the_entity_view(seed_options: Options) -> None:
    """E: j and k move the cell cursor down and up the sheet, as the arrows do."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        table = app.screen.query_one(DataTable)
        start = table.cursor_row
        await pilot.press("j")
        await settle(pilot)
        assert table.cursor_row == start + 1
        await pilot.press("k", "k")
        await settle(pilot)
        assert table.cursor_row == start - 1


async def test_status_line_names_the_one_pane_that_fits(seed_options: Options) -> None:
    """At 60 columns one pane of three fits: "pane 1/3", not "panes 1-1/3"; l moves to "pane 2/3"."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(60, 20)) as pilot:
        view = await wait_ready(pilot)
        await settle(pilot)
        assert len(view.panes) == 1
        assert "pane 1/3 (h/l)" in str(app.query_one("#status").render())
        await pilot.press("l")
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert "pane 2/3 (h/l)" in status and "panes" not in status


async def test_a_focus_naming_no_article_is_said(seed_options: Options) -> None:
    """--focus with a typo: the first story opens and a warning, long on screen, says no article has that name, once."""
    app = seeds_app(seed_options, focus="000_typo")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await settle(pilot)
        assert view.story_index == 0
        said = [n for n in app._notifications if "000_typo" in n.message]
        assert [n.message for n in said] == ["No article 000_typo in the corpus: showing story 1."]
        # A warning the user must read: shown as one, and on screen three times as long as a passing notice.
        assert said[0].severity == "warning"
        assert said[0].timeout >= 3 * app.NOTIFICATION_TIMEOUT


async def test_a_focus_naming_an_article_says_nothing(seed_options: Options) -> None:
    """--focus with an article id: its story opens and no notice is raised."""
    app = seeds_app(seed_options, focus="003_f609cba098b55e28")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await settle(pilot)
        assert view.panes[0].article.id == "003_f609cba098b55e28"
        assert not [n for n in app._notifications if "in the corpus" in n.message]


async def test_n_and_r_on_a_lone_article_say_why_nothing_moves(seed_options: Options) -> None:
    """One article, no conflict anywhere: n says there are none (not "no more in this direction"), r says why."""
    app = make_app([str(sorted(SEEDS.glob("*.txt"))[3])], seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        assert view.model.single_source and not view.comparison.conflicts
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert said == [
            "No conflicts, possible differences or variants in this corpus.",
            "A single source: there is nothing to read against it.",
        ]
        assert view.current_row == 0 and view.model.reference is None


async def test_entity_view_at_80_columns_says_how_to_reach_the_other_sources(seed_options: Options) -> None:
    """E at 80x24: one source column fits; the frame says ←/→ reach the others, and → shows source 2."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(pilot)
        assert "←/→: sources" in text
        assert "2 001_" not in text  # the second source's column is off screen
        await pilot.press("right")
        await settle(pilot)
        assert "2 001_" in screen_text(pilot)


async def test_at_80_columns_the_current_conflict_and_its_review_stay_on_the_status_line(
    seed_options: Options, tmp_path: Path
) -> None:
    """n then v at 80x24: the status line shows the conflict's values and "confirmed" (the corpus counts give way).

    Unreviewed, it says no review word: "unreviewed" cut the values ("Severodonnet…"), what a reader needs first.
    """
    app = seeds_app(seed_options, review_db=tmp_path / "reviews.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        first = view.review.current()  # the first row's place conflict: two short values
        assert first is not None
        status_row = next(line for line in screen_text(pilot).splitlines() if line.lstrip().startswith("story 1/3"))
        values = " vs ".join(v.text for v in first.values)
        assert f"✗ {first.type}: {values}" in status_row, "the values whole, not cut by a review word"
        assert "unreviewed" not in status_row and "articles" not in status_row
        await pilot.press("n")
        await settle(pilot)
        conflict = view.review.current()
        assert conflict is not None and conflict.id != first.id
        await pilot.press("v")
        await settle(pilot)
        status_row = next(line for line in screen_text(pilot).splitlines() if line.lstrip().startswith("story 1/3"))
        assert f"✗ ● confirmed · {conflict.type}: " in status_row
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        wide = next(line for line in screen_text(pilot).splitlines() if line.lstrip().startswith("story 1/3"))
        assert wide.index("5 articles") < wide.index(f"✗ {conflict.type}: ")  # room for both: counts first, as before


async def test_the_footer_at_80_columns_shows_how_to_quit_first(seed_options: Options) -> None:
    """At 80 columns the footer cannot hold every key: q Quit comes first, so it is never the one cut off."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        footer = screen_text(pilot).splitlines()[-1]
        assert footer.split()[:2] == ["q", "Quit"], footer


@pytest.mark.parametrize("width", [50, 80, 120, 160])
async def test_the_footer_shows_only_whole_keys(seed_options: Options, width: int) -> None:
    """Each key in the footer is drawn whole, before the palette key; quit and help always show; a key left out at a
    narrow width is one of the last, and all show at 160 columns."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        footer_row = screen_text(pilot).splitlines()[-1]
        keys: list = [key for key in app.screen.query_one(Footer).children if hasattr(key, "key_display")]
        palette = [key for key in keys if key.has_class("-command-palette")]
        shown = [key for key in keys if key not in palette]
        assert len(palette) == 1 and footer_row.rstrip().endswith("▏^p palette"), footer_row
        for key in shown:
            assert key.region.right <= palette[0].region.x, (key.description, footer_row)
            drawn = footer_row[key.region.x : key.region.right].strip()
            assert drawn == f"{key.key_display} {key.description}", footer_row
        words = [key.description for key in shown]
        assert {"Quit", "Help"} <= set(words), footer_row
        left_out = [
            binding.description
            for _, binding, _, _ in app.screen.active_bindings.values()
            if binding.show and binding.description not in words and binding.action != "command_palette"
        ]
        if width >= 160:
            assert not left_out, footer_row
        drawn_order = [binding.description for _, binding, _, _ in app.screen.active_bindings.values() if binding.show]
        if left_out:  # the keys kept are the first ones (quit and help before any other)
            first_left_out = min(drawn_order.index(word) for word in left_out)
            assert all(drawn_order.index(word) < first_left_out for word in words if word not in ("Quit", "Help"))


async def test_n_past_the_last_difference_names_all_that_n_visits(seed_options: Options) -> None:
    """G then n on the seeds (the other stories have none): the notice names conflicts, possible differences
    and variants, as the help says n visits, and the row stays where it was."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("G")
        await settle(pilot)
        last = view.current_row
        assert last == view.model.row_count - 1
        await pilot.press("n")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert said == ["No more conflicts, possible differences or variants in this direction."]
        assert view.current_row == last and view.story_index == 0


async def test_question_mark_opens_the_help_from_the_panels_and_lists(seed_options: Options) -> None:
    """C, E, s: the footer below still says "? Help", and ? did nothing there (a modal screen cuts the app's
    keys off). Now it opens the help over the panel, and escape goes back to the panel."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        for key, panel in (("C", ConflictsScreen), ("E", EntityScreen), ("s", StoryScreen)):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, panel)
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert "This help, here and in the" in screen_text(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, panel)
            await pilot.press("escape")
            await settle(pilot)
            assert len(app.screen_stack) == 1


async def test_a_variant_row_n_stops_on_says_what_it_stopped_on() -> None:
    """n goes on to a row whose only difference is a spelling: the status line names it, values first.

    It said nothing there before (only the corpus counts), so n seemed to stop on an ordinary row.
    """
    app = TuicompareApp([], None, comparison=tiny_comparison())
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert view.current_row == 1 and not view.review.on_row()  # the "300" / "3OO" row: no reviewed conflict
        status_row = next(line for line in screen_text(pilot).splitlines() if line.lstrip().startswith("story 1/"))
        assert "~ number: 300 vs 3OO · spelling" in status_row
        await pilot.press("k")
        await settle(pilot)
        status_row = next(line for line in screen_text(pilot).splitlines() if line.lstrip().startswith("story 1/"))
        assert "spelling" not in status_row and "✗ date: Monday vs Tuesday" in status_row
