"""Possible differences and single-source stories in the app, on the seeds through the real pipeline.

The comparison is the engine's own on the seeds with one conflict made a
possible difference (see ``tests.support.comparisons.with_possible``), as the engine
will emit it below its confidence cut.
"""

from __future__ import annotations

import pytest

from tests.support.app import screen_text, settle, style_of, wait_ready
from tests.support.comparisons import with_possible
from tuicompare.app.app import TuicompareApp
from tuicompare.app.widgets.claims_sidebar import MAX_CLAIM_CHARS
from tuicompare.report.marks import MARK_CURSOR, MARK_POSSIBLE, STANCE_MARKS, shorten

pytestmark = pytest.mark.anyio


def _row_text(pane, row: int) -> str:
    top = pane.layout_rows.top(row) - int(pane.scroll_y)
    return "".join(s.text for s in pane.render_line(top))


async def test_possible_difference_is_quiet_marked_and_not_a_contradiction(
    seed_comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    """n reaches the row; its values are dim italic with a ? in the gutter (even in NO_COLOR), no ✗ for it."""
    monkeypatch.setenv("NO_COLOR", "1")
    comparison, possible, claim, article = with_possible(seed_comparison)
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(200, 48)) as pilot:
        view = await wait_ready(pilot)
        row = view.model.row_of_group[possible.group]
        for _ in range(len(view.model.conflict_rows)):
            if view.current_row == row:
                break
            await pilot.press("n")
            await settle(pilot)
        assert view.current_row == row
        panes = {p.article.id: p for p in view.panes}
        assert set(panes) == set(view.model.story.articles)
        for pane in panes.values():
            assert _row_text(pane, row).startswith(MARK_CURSOR + MARK_POSSIBLE)
        # Off the current row (which emphasises differing words in bold), the value's own style shows.
        await pilot.press("j")
        await settle(pilot)
        assert _row_text(panes[article], row).startswith(" " + MARK_POSSIBLE)
        value = next(v for v in possible.values if article in v.articles)
        style = style_of(panes[article], row, value.text.split()[0])
        assert style.italic and style.dim and style.underline and not style.bold
        # The article that only possibly differs supports the claim in the sidebar.
        sidebar = view.query_one("#sidebar")
        prompt = sidebar.get_option(claim.id).prompt.plain
        marks = prompt[: len(view.model.articles)]
        assert marks[[a.id for a in view.model.articles].index(article)] == STANCE_MARKS["supports"]
        assert STANCE_MARKS["contradicts"] not in marks
        text = screen_text(pilot)
        assert "1 possible difference" in text
        await pilot.press("L")
        await settle(pilot)
        legend = str(app.query_one("#legend").render())
        assert "possible difference" in legend and f"{MARK_POSSIBLE} possible row" in legend


async def test_single_article_story_shows_no_column_of_lone_ticks(seed_comparison) -> None:
    """A one-article story: the status says nothing was compared, the claims carry no stance marks."""
    single = next(i for i, s in enumerate(seed_comparison.stories) if len(s.articles) == 1)
    app = TuicompareApp([], None, comparison=seed_comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        sidebar = view.query_one("#sidebar")
        assert sidebar.get_option_at_index(0).prompt.plain[0] in STANCE_MARKS.values()
        view.show_story(single)
        await wait_ready(pilot)
        await settle(pilot, 5)
        text = screen_text(pilot)
        assert "single source: nothing compared" in text
        assert "single source" in str(sidebar.border_title)
        claims = [c for c in seed_comparison.claims if c.story == seed_comparison.stories[single].id]
        prompts = [sidebar.get_option_at_index(i).prompt.plain for i in range(sidebar.option_count)]
        # Each prompt is the claim's text alone, not a ✓ and the text.
        assert claims and sorted(prompts) == sorted(shorten(c.text, MAX_CLAIM_CHARS) for c in claims)


async def test_the_story_list_counts_a_possible_difference_apart_from_the_conflicts(seed_comparison, tmp_path) -> None:
    """s: the main story's "5 conflicts" was conflicts and possible differences together; now the tiers are apart,
    with the same count of conflicts as the conflicts panel gives."""
    comparison, possible, _claim, _article = with_possible(seed_comparison)
    story = next(
        s for s in comparison.stories if possible.group in {g.id for g in comparison.groups if g.story == s.id}
    )
    groups = {g.id for g in comparison.groups if g.story == story.id}
    kinds = [c.kind for c in comparison.conflicts if c.group in groups and c.kind != "variant"]
    conflicts, possibles = kinds.count("conflict"), kinds.count("possible")
    assert possibles == 1 and conflicts
    app = TuicompareApp([], None, comparison=comparison, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("s")
        await settle(pilot)
        label = " ".join(screen_text(pilot).split())
        assert f"{conflicts} conflicts · 1 possible difference · {conflicts + 1} unreviewed" in label
        await pilot.press("escape", "C")
        await settle(pilot)
        assert f"{conflicts} conflicts and 1 possible difference in story" in screen_text(pilot)
