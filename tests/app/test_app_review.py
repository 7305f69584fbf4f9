"""A fact-checker's review in the app: C, v, o, n/N across stories, the switcher, the palette, persistence."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.support import SEEDS
from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tests.support.comparisons import stories_to_sort, tiny_comparison, two_disputed_stories
from tuicompare.app.app import TuicompareApp
from tuicompare.app.screens.conflicts import ConflictsScreen, NoteScreen
from tuicompare.app.screens.stories import StoryScreen
from tuicompare.cli import main
from tuicompare.pipeline import Options
from tuicompare.review import ReviewStore, open_book

pytestmark = pytest.mark.anyio


def rows(view) -> set[int]:  # noqa: ANN001 - a ComparisonView
    return {view.current_row, *(p.current_row for p in view.panes)}


async def test_verdict_persists_across_runs_and_reaches_the_report(
    seed_options: Options, tmp_path: Path, capsys
) -> None:
    """n, v, v: the unit conflict is a false alarm; a second app on the same store shows it; report --json says it."""
    db = tmp_path / "team.sqlite3"
    app = seeds_app(seed_options, review_db=db)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n")
        await settle(pilot)
        conflict = view.review.current()
        assert conflict is not None and conflict.type == "unit"
        await pilot.press("v", "v")
        await settle(pilot)
        assert view.review.book.verdict(conflict.id) == "false-alarm"
        text = screen_text(pilot)
        assert "○ false alarm" in text  # the status line
        assert "▶✗○" in text  # the gutter of the current row in the panes
        await pilot.press("q")
    again = seeds_app(seed_options, review_db=db)
    async with again.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert view.review.book.verdict(view.review.current().id) == "false-alarm"
        assert "unit: 177th Caspian Fleet Regiment vs 177th division · ○ false alarm" in screen_text(pilot)
    assert (
        main(["report", str(SEEDS), "--json", "--review-db", str(db), "--cache-dir", str(seed_options.cache_dir)]) == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert [(c["type"], c["verdict"]) for c in doc["conflicts"] if "verdict" in c] == [("unit", "false-alarm")]


async def test_conflicts_panel_lists_reviews_and_enter_goes_to_the_evidence(
    seed_options: Options, tmp_path: Path
) -> None:
    """C lists the story's conflicts; v there reviews; t lists the corpus; Enter moves every pane to the row."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        panel = app.screen
        assert isinstance(panel, ConflictsScreen)
        assert [c.type for c in panel.listed] == ["place", "attribute:location", "unit", "place", "role"]
        assert "5 conflicts in story 1 of 3 · 5 unreviewed" in screen_text(pilot)
        await pilot.press("down", "down", "down", "v")
        await settle(pilot)
        third = panel.listed[3]
        assert [v.text for v in third.values] == [
            "Sevsk",
            "Severomorsk",
        ]  # two outlets say Sevsk (000 alone Severomorsk)
        assert view.review.book.verdict(third.id) == "confirmed"
        assert "● ✗ conflict · place · confidence" in screen_text(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert panel.whole and "in the whole corpus · 4 unreviewed" in screen_text(pilot)
        assert panel.listed[panel.query_one("OptionList").highlighted].id == third.id  # the highlight stays
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictsScreen)
        assert rows(view) == {view.review.conflicts.row_of[third.id]}
        assert view.review.current().id == third.id
        # The claim holding the conflict is selected, so its values stand out in the panes.
        assert view.selected_claim is not None
        # C, then escape: nothing moves.
        await pilot.press("C", "escape")
        await settle(pilot)
        assert rows(view) == {view.review.conflicts.row_of[third.id]}


async def test_conflicts_panel_at_80_columns_counts_a_verdict_at_once_and_wraps_sources_under_their_value(
    seed_options: Options, tmp_path: Path
) -> None:
    """v in the panel: the unreviewed count follows; a value's sources wrap indented under it, not at the edge."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        assert "5 conflicts in story 1 of 3 · 5 unreviewed" in screen_text(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert "5 conflicts in story 1 of 3 · 4 unreviewed" in screen_text(pilot)
        lines = [line.strip("│ ") for line in screen_text(pilot).splitlines()]
        raw = screen_text(pilot).splitlines()
        value = next(i for i, line in enumerate(lines) if line.startswith("177th Caspian Fleet Regiment"))
        assert lines[value + 1] == "3·002_f1e299b74bfee8ae", "the rest of the value's sources, with its pane number"
        indent = raw[value].index("177th")
        assert raw[value + 1].index("3·002_") == indent, "wrapped under the value, not at the panel's edge"


async def test_conflicts_panel_names_each_source_by_its_pane_number(seed_options: Options, tmp_path: Path) -> None:
    """At 80 columns two of three panes show: each source says its pane, so the one to page to (l) is known."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        numbers = {a.id: n for n, a in enumerate(view.model.articles, 1)}
        assert len(view.panes) < len(numbers), "a pane is off screen"
        lines = [" ".join(line.strip("│ ").split()) for line in screen_text(pilot).splitlines()]
        first = app.screen.listed[0]
        for value in first.values:
            said = " ".join(value.text.split())
            shown = next(line for line in lines if line.startswith(said + " "))
            assert all(f"{numbers[a]}·{a}" in shown for a in value.articles[:1]), shown


async def test_note_editor_keeps_markup_as_text(seed_options: Options, tmp_path: Path) -> None:
    """o opens the editor on the current conflict; ctrl+s stores the note; it shows literally in the panel."""
    db = tmp_path / "r.sqlite3"
    app = seeds_app(seed_options, review_db=db)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n", "o")
        await settle(pilot)
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"see [bold]TASS[/]")
        await pilot.press("ctrl+s")
        await settle(pilot)
        conflict = view.review.current()
        assert view.review.book.get(conflict.id).note == "see [bold]TASS[/]"
        await pilot.press("o", "escape")  # escape cancels: the note stays
        await settle(pilot)
        assert view.review.book.get(conflict.id).note == "see [bold]TASS[/]"
        await pilot.press("C")
        await settle(pilot)
        assert "note: see [bold]TASS[/]" in screen_text(pilot)
    # What the app stored is what another run reads.
    assert open_book(app.comparison, db).get(conflict.id).note == "see [bold]TASS[/]"


async def test_v_or_o_on_a_row_without_conflict_says_so_and_stores_nothing(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=db)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert view.current_row == 0 and view.review.book.reviews() == {}
        said = "No conflict on this row (n: next conflict, C: all conflicts)."
        assert [n.message for n in app._notifications] == [said]
        await pilot.press("o")
        await settle(pilot)
        assert not isinstance(app.screen, NoteScreen)  # no note editor for a row without a conflict
        assert [n.message for n in app._notifications] == [said, said]
        assert view.review.book.reviews() == {}
        assert not db.exists()  # nothing written, not even an empty store


async def test_n_and_N_continue_into_the_next_and_previous_story(tmp_path: Path) -> None:
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert (view.story_index, view.current_row) == (0, 1)
        await pilot.press("n")
        await wait_ready(pilot)
        assert (view.story_index, rows(view)) == (1, {1})
        assert view.review.current().id == "d2"
        await pilot.press("n")  # the third story has no conflict: stays
        await settle(pilot)
        assert (view.story_index, view.current_row) == (1, 1)
        await pilot.press("N")
        await wait_ready(pilot)
        assert (view.story_index, rows(view)) == (0, {1})


async def test_story_switcher_counts_conflicts_and_unreviewed(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=db)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await pilot.press("n", "v", "s")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        text = screen_text(pilot)
        assert "1. Title of a (2 articles · 1 conflict · 0 unreviewed)" in text
        assert "2. Title of c (2 articles · 1 conflict · 1 unreviewed)" in text
        assert "3. Title of e (1 article · 0 conflicts · 0 unreviewed)" in text


async def test_palette_finds_a_conflict_by_its_values(tmp_path: Path) -> None:
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Friday vs Sunday")
        await settle(pilot, 10)
        assert "Conflict date: Friday vs Sunday" in screen_text(pilot)
        await pilot.press("enter")
        await wait_ready(pilot)
        assert (view.story_index, view.current_row) == (1, 1)


async def test_palette_finds_an_entity_and_goes_to_its_first_mention(seed_options: Options, tmp_path: Path) -> None:
    """ctrl+p, a place named only in the seeds' second story: picking it opens that story at the mention's row."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        assert view.story_index == 0
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Entity Krasny Armyansk")
        await settle(pilot, 10)
        assert "Entity Krasny Armyansk (place)" in screen_text(pilot)
        assert "Story 2 · 5 mentions in 1 article" in screen_text(pilot)
        await pilot.press("enter")
        await wait_ready(pilot)
        await settle(pilot)
        assert view.story_index == 1
        assert "003_f609cba098b55e28:2" in view.model.groups[view.current_row].sentences
        assert rows(view) == {view.current_row}


async def test_an_unusable_store_is_said_and_keeps_nothing(tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite3"
    link.symlink_to(tmp_path / "elsewhere.sqlite3")
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=link)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        # Each notice is read as soon as it is due: they expire (10 s), and a loaded machine took longer than
        # that between the first and the end of the test (the first had gone).
        assert any("is a symbolic link" in n.message for n in app._notifications)
        await pilot.press("n", "v")
        await settle(pilot)
        assert view.review.book.verdict("d1") == "unreviewed"
        said = [n.message for n in app._notifications if n.message.startswith("Verdicts and notes are not kept")]
        assert said and all("is a symbolic link" in m for m in said)
    assert not (tmp_path / "elsewhere.sqlite3").exists()
    with pytest.raises(Exception, match="symbolic link"):
        ReviewStore.open(link)


async def test_export_carries_the_verdicts(tmp_path: Path) -> None:
    """e writes the report with the reviewers' verdicts and notes, as report --json does."""
    from textual.widgets import Input

    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=tmp_path / "r.sqlite3")
    target = tmp_path / "out.json"
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await pilot.press("n", "v", "e")
        await settle(pilot)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        for _ in range(50):
            await settle(pilot)
            if target.exists():
                break
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert [(c["id"], c["verdict"], c["note"]) for c in doc["conflicts"] if "verdict" in c] == [
        ("d1", "confirmed", None)
    ]


async def test_story_switcher_sorts_by_unreviewed_conflicts(tmp_path: Path) -> None:
    """o in the switcher: the story with unreviewed conflicts first; enter opens the story picked, not its position."""
    app = TuicompareApp([], None, comparison=two_disputed_stories(), review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("n", "v", "s", "o")
        await settle(pilot)
        lines = [line for line in screen_text(pilot).splitlines() if ". Title of" in line]
        assert ["2. Title of c" in lines[0], "1. Title of a" in lines[1], "3. Title of e" in lines[2]] == [True] * 3
        assert "by unreviewed" in screen_text(pilot)
        await pilot.press("enter")
        await wait_ready(pilot)
        assert view.story_index == 1


async def test_story_switcher_cycles_every_sort(tmp_path: Path) -> None:
    """o, o, o, o: by unreviewed conflicts, by conflicts, by articles, then the corpus's order again."""
    app = TuicompareApp([], None, comparison=stories_to_sort(), review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        # n from the one-article story goes on to story 2's conflict, then story 3's two: both confirmed.
        await pilot.press("n")
        await wait_ready(pilot)
        await pilot.press("n")
        await wait_ready(pilot)
        assert view.story_index == 2
        await pilot.press("v", "n", "v", "s")
        await settle(pilot)
        assert view.review.story_counts() == [(0, 0, 0), (1, 1, 0), (2, 0, 0)]

        def order() -> list[str]:
            return [line.split(".")[0].split()[-1] for line in screen_text(pilot).splitlines() if ". Title of" in line]

        assert order() == ["1", "2", "3"]
        expected = {"unreviewed": ["2", "1", "3"], "conflicts": ["3", "2", "1"], "articles": ["2", "3", "1"]}
        for sort, stories in expected.items():
            await pilot.press("o")
            await settle(pilot)
            assert f"by {sort}" in screen_text(pilot) and order() == stories, sort
        await pilot.press("o")
        await settle(pilot)
        assert order() == ["1", "2", "3"] and "by corpus order" in screen_text(pilot)


async def test_conflicts_panel_says_when_one_article_gives_two_of_the_values(tmp_path: Path) -> None:
    """An article on both sides of a conflict (a post on Friday, an apology on Saturday) is the first thing to
    check: the panel says so under the values, by pane number."""
    tiny = tiny_comparison()
    dated = next(c for c in tiny.conflicts if c.kind == "conflict")
    monday, tuesday = dated.values
    both = dataclasses.replace(dated, values=(monday, dataclasses.replace(tuesday, articles=("b", "a"))))
    comparison = dataclasses.replace(tiny, conflicts=tuple(both if c.id == dated.id else c for c in tiny.conflicts))
    app = TuicompareApp([], None, comparison=comparison, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        text = " ".join(screen_text(pilot).split())
        assert "Tuesday 2·b (" in text and "); 1·a (" in text
        assert "1·a gives more than one of these values" in text
    plain = TuicompareApp([], None, comparison=tiny, review_db=tmp_path / "r.sqlite3")
    async with plain.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("C")
        await settle(pilot)
        assert "more than one of these values" not in screen_text(pilot)
