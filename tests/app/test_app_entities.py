"""The entity view (key E) on the seeds: the sheet, n/N over attribute conflicts, a cell moves the panes."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable

from tests.support.app import screen_text, seeds_app, settle, style_of, wait_ready
from tests.support.comparisons import tiny_comparison
from tests.support.snapshots import NARROW, WIDE, shot
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.screens.entities import EntityScreen
from tuicompare.app.widgets.comparison_view import ComparisonView
from tuicompare.models import AttributeValue, EntityAttribute, Mention
from tuicompare.pipeline import Options
from tuicompare.report import render_report
from tuicompare.report.marks import MARK_CONFLICT

pytestmark = pytest.mark.anyio


#: The seeds' sentence of source 2 that puts Seversk in the Kupiansk district (a location conflict's value).
KUPIANSK = "001_f26ec24a58b350c0:12"


def _row_of(view: ComparisonView, sentence: str) -> int:
    """The row of the story's groups that holds a sentence (by its id)."""
    return next(i for i, g in enumerate(view.model.groups) if sentence in g.sentences)


async def test_e_shows_the_story_entities_grouped_by_kind_with_conflicts_marked(seed_options: Options) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(pilot)
        assert "People" in text and "Places" in text
        seversk = next(line for line in text.splitlines() if "Seversk" in line and "location" in line)
        assert "DPR" in seversk and "✗ conflict" in seversk
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, EntityScreen)


async def test_values_wrap_whole_when_the_sheet_fits_and_stay_one_line_each_when_it_would_not(
    seed_options: Options,
) -> None:
    """160x48: "Kupiansk district; Kharkiv Oblast" reads whole; 80x24: every entity stays in view."""
    for size, whole in (((160, 48), True), ((80, 24), False)):
        app = seeds_app(seed_options)
        async with app.run_test(size=size) as pilot:
            await wait_ready(pilot)
            await pilot.press("E")
            await settle(pilot)
            text = screen_text(pilot)
            assert ("Oblast" in text) is whole, size
            assert "Severodonnetsk" in text and "Places" in text, size


async def test_at_80_columns_a_source_column_fits_beside_the_fixed_ones_and_its_values_wrap_at_spaces(
    seed_options: Options,
) -> None:
    """80x24: source 2's "Kupiansk district; Kharkiv Oblast" reads whole, not cut at the view's edge ("... Khar")."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E", "right")
        await settle(pilot)
        lines = screen_text(pilot).splitlines()
        seversk = next(i for i, line in enumerate(lines) if "Seversk" in line and "location" in line)
        assert "Kupiansk district;" in lines[seversk] and "Kharkiv Oblast" in lines[seversk + 1]
        employer = next(i for i, line in enumerate(lines) if "employer" in line and "variant" in line)
        assert "6th Separate Guards" in lines[employer] and "Mechanized Brigade" in lines[employer + 1]


async def test_widening_the_terminal_gives_the_source_columns_their_full_width_again(seed_options: Options) -> None:
    """From 80x24 to 160x48 with the view open: every source shows, each value on one line."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E", "n")
        await settle(pilot)
        row = app.screen.query_one(DataTable).cursor_row
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        text = screen_text(pilot)
        seversk = next(line for line in text.splitlines() if "Seversk" in line and "location" in line)
        assert "DPR" in seversk and "Kupiansk district; Kharkiv" in seversk
        assert all(f"{n} 00{n - 1}_" in text for n in (1, 2, 3))
        assert app.screen.query_one(DataTable).cursor_row == row, "the cursor stays on its attribute"


async def test_n_visits_attribute_conflicts_and_enter_moves_every_pane_to_the_mention(seed_options: Options) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityScreen)
        table = screen.query_one(DataTable)
        visited = []
        for _ in range(3):
            line = screen.lines[table.cursor_row]
            visited.append((line.attribute.name, line.attribute.status))
            await pilot.press("n")
            await settle(pilot)
        assert all(status == "conflict" for _name, status in visited)
        assert {"location", "employer", "role"} <= {name for name, _status in visited}
        # Go to Seversk's location in the second source: a sentence no other source's row holds.
        row = next(
            i
            for i, x in enumerate(screen.lines)
            if x.attribute is not None and x.attribute.name == "location" and x.cells[1].startswith("Kupiansk")
        )
        table.move_cursor(row=row, column=4)
        await settle(pilot)
        mention = screen.lines[row].mentions[1]
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, EntityScreen)
        group = view.model.groups[view.current_row]
        assert mention.sentence in group.sentences
        assert {pane.current_row for pane in view.panes} == {view.current_row}


async def test_n_in_the_panes_also_stops_on_rows_of_attribute_conflicts(seed_options: Options) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        kupiansk = _row_of(view, KUPIANSK)
        rows = set()
        for _ in range(len(view.model.conflict_rows)):
            await pilot.press("n")
            await settle(pilot)
            rows.add(view.current_row)
        assert kupiansk in rows


async def test_a_row_n_stops_on_for_an_attribute_conflict_shows_it_and_v_judges_it(
    seed_options: Options, tmp_path: Path
) -> None:
    """Off the conflict's own row, where only a mention of its value is, the row still says what n stopped on."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        conflict = next(c for c in app.comparison.conflicts if c.type == "attribute:location")
        mentioned = {m.sentence for v in conflict.values for m in v.mentions}
        rows = [i for i, g in enumerate(view.model.groups) if g.id != conflict.group and mentioned & set(g.sentences)]
        assert rows, "the seeds' location conflict has a mention off its own row"
        for _ in range(len(view.model.groups)):
            await pilot.press("n")
            await settle(pilot)
            if view.current_row == rows[0]:
                break
        assert view.current_row == rows[0]
        lines = screen_text(pilot).splitlines()
        status = next(line for line in lines if "story 1/" in line)
        assert "attribute:location" in status and "unreviewed" in status
        assert any(f"▶{MARK_CONFLICT}" in line for line in lines)  # the current row's gutter marks it
        await pilot.press("v")
        await settle(pilot)
        assert view.review.book.verdict(conflict.id) == "confirmed"
        assert "confirmed" in next(line for line in screen_text(pilot).splitlines() if "story 1/" in line)


async def test_the_values_of_an_attribute_conflict_are_highlighted_in_the_panes_like_other_conflicts(
    seed_options: Options,
) -> None:
    """Seversk's location: "DPR" (source 1) and "Kupiansk district" (source 2), in rows that do not line up."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        first, second, _third = view.panes
        dpr = _row_of(view, "000_ba5c7385b1f8dd65:2")
        kupiansk = _row_of(view, KUPIANSK)
        assert dpr != kupiansk
        view.current_row = dpr
        await settle(pilot)
        stated = style_of(first, dpr, "DPR")
        assert stated.bold and stated.underline
        # The same name where no source disagrees about it stays unmarked.
        agreed = style_of(second, _row_of(view, "001_f26ec24a58b350c0:2"), "DPR")
        assert not agreed.underline
        view.current_row = kupiansk
        await settle(pilot)
        other = style_of(second, kupiansk, "Kupiansk")
        assert other.bold and other.underline


def test_entity_view_80x24(snap_compare, seed_options: Options) -> None:
    """E at 80x24: the sheet of the seeds' story, conflicts highlighted."""
    assert shot(snap_compare, seed_options, NARROW, ["E"])


def test_entity_view_wide(snap_compare, seed_options: Options) -> None:
    """E at 160x48."""
    assert shot(snap_compare, seed_options, WIDE, ["E"])


async def test_entity_view_shows_markup_in_names_and_values_literally() -> None:
    """Values written as Rich markup show as typed in the sheet; selecting one runs no action."""
    base = tiny_comparison()
    hostile = "[@click=app.quit]Mayor[/] [bold]x[/]"
    sentence = next(s for a in base.analyses for s in a.sentences if s.id == "b:0")
    mention = Mention("b:0", sentence.text[:3], sentence.start, sentence.start + 3)
    values = (
        AttributeValue("a", hostile, (Mention("a:0", "The", 0, 3),)),
        AttributeValue("b", "governor", (mention,)),
    )
    sheet = (EntityAttribute("t0", "e0", "s1", "role", "conflict", 0.9, values),)
    app = TuicompareApp([], None, comparison=dataclasses.replace(base, attributes=sheet))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(pilot)
        # Whole, wrapped at its space (the sheet fits the screen): both parts show as typed.
        assert "[@click=app.quit]Mayor[/]" in text and "[bold]x[/]" in text and "✗ conflict" in text
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, EntityScreen)


async def test_the_sheet_counts_conflicts_and_possible_differences_in_the_words_of_the_report() -> None:
    """A possible difference is not counted as a conflict in the view's title, and the report says the same."""
    base = tiny_comparison()
    sentence = next(s for a in base.analyses for s in a.sentences if s.id == "b:0")
    mention = Mention("b:0", sentence.text[:3], sentence.start, sentence.start + 3)

    def said(a: str, b: str) -> tuple[AttributeValue, ...]:
        return AttributeValue("a", a, (Mention("a:0", "The", 0, 3),)), AttributeValue("b", b, (mention,))

    sheet = (
        EntityAttribute("t0", "e0", "s1", "role", "conflict", 0.9, said("mayor", "governor")),
        EntityAttribute("t1", "e0", "s1", "age", "possible", 0.4, said("51", "52")),
    )
    comparison = dataclasses.replace(base, attributes=sheet)
    out = io.StringIO()
    render_report(comparison, Console(width=160, file=out, color_system=None))
    assert "Entities: 2 attributes, 1 conflict, 1 possible difference" in out.getvalue()
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        text = screen_text(pilot)
        assert "Entities: 2 attributes, 1 conflict, 1 possible difference" in text
        assert "difference" not in text.replace("possible difference", "")
        await pilot.press("n", "n", "n")
        await settle(pilot)
        said_last = [n.message for n in app._notifications]
        assert said_last[-1] == "No more attribute conflicts or possible differences in this direction."


async def test_n_in_a_story_whose_sheet_is_empty_says_so_instead_of_failing(tmp_path: Path) -> None:
    """Two real reports naming no person or place with a role: E says the sheet is empty, n says there is nothing.

    n there used to end the app with a traceback (the empty sheet has no table to move in).
    """
    (tmp_path / "a.txt").write_text("Heavy rain flooded the old mill on Monday.\nAbout 300 homes were damaged.\n")
    (tmp_path / "b.txt").write_text("Heavy rain flooded the old mill on Tuesday.\nSome 300 homes were damaged.\n")
    app = make_app([str(tmp_path)], Options())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        assert "No article of this story states a role" in screen_text(pilot)
        await pilot.press("n", "N")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, EntityScreen)
        assert [n.message for n in app._notifications][-1:] == [
            "No attribute conflicts or possible differences in this story."
        ]


async def test_shift_n_visits_attribute_conflicts_backwards_in_the_sheet_and_in_the_panes(
    seed_options: Options,
) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        kupiansk = _row_of(view, KUPIANSK)
        view.current_row = len(view.model.groups) - 1
        await settle(pilot)
        rows = set()
        for _ in range(len(view.model.conflict_rows)):
            await pilot.press("N")
            await settle(pilot)
            rows.add(view.current_row)
        assert kupiansk in rows  # the location conflict's row in source 2, off the conflict's own row
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityScreen)
        table = screen.query_one(DataTable)
        table.move_cursor(row=len(screen.lines) - 1)
        await settle(pilot)
        visited = []
        for _ in range(3):
            await pilot.press("N")
            await settle(pilot)
            visited.append(table.cursor_row)
        assert visited == sorted(visited, reverse=True) and len(set(visited)) == 3
        assert all(screen.lines[row].attribute.status == "conflict" for row in visited)
