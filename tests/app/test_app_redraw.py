"""The panes reuse what they drew (rows per article, finished lines, shared scrollbars): the screen stays right."""

from __future__ import annotations

import pytest

from tests.support.app import seeds_app, settle, wait_ready
from tests.support.comparisons import wide_comparison
from tuicompare.app.app import TuicompareApp
from tuicompare.app.widgets.article_pane import ArticlePane

pytestmark = pytest.mark.anyio


def screen(app) -> list[tuple[tuple[str, object], ...]]:  # noqa: ANN001 - a TuicompareApp
    """Every cell run on screen with its style (colours, cursor, highlights, borders)."""
    return [tuple((s.text, s.style) for s in strip) for strip in app.screen._compositor.render_strips()]


async def drawn_from_scratch(pilot, app) -> list[tuple[tuple[str, object], ...]]:  # noqa: ANN001
    """The screen after every pane forgets what it drew and draws again."""
    for pane in app.query(ArticlePane):
        pane._drawn.forget()
        pane._styled.clear()
        pane._styles_cache.clear()
        pane.refresh()
    await settle(pilot)
    return screen(app)


@pytest.mark.parametrize("corpus", ["seeds", "twelve articles"])
async def test_reused_drawing_matches_a_fresh_one_after_moves_pages_and_focus(seed_options, tmp_path, corpus) -> None:  # noqa: ANN001
    """Rows, pane pages (there and back), scrolls, jumps and focus moves show exactly what a full redraw shows."""
    if corpus == "seeds":  # real conflicts and rows of different heights; two panes of three articles
        app, size = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3"), (80, 24)
    else:  # four panes of twelve articles, wrapped rows
        app, size = TuicompareApp([], None, comparison=wide_comparison(12, 60, long=True)), (160, 48)
    async with app.run_test(size=size) as pilot:
        view = await wait_ready(pilot)
        assert len(view.model.articles) > len(view.panes), "the seeds must need more than one page of panes"
        steps = (["j", "j"], ["pagedown"], ["l"], ["n"], ["tab"], ["h"], ["k"], ["l"], ["G"], ["shift+tab"], ["g"])
        for keys in steps:
            for key in keys:
                await pilot.press(key)
            await settle(pilot)
            shown = screen(app)
            assert shown == await drawn_from_scratch(pilot, app), f"stale drawing after {keys}"
