"""Stories by hand: m moves an article to another story or its own, M merges stories; kept with the reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import SEEDS
from tests.support.app import seeds_app, settle, wait_ready
from tuicompare import pipeline
from tuicompare.app.screens.stories import StoryScreen
from tuicompare.cli import main
from tuicompare.models import Comparison
from tuicompare.pipeline import Options
from tuicompare.review import article_hash

pytestmark = pytest.mark.anyio

FIRST = "000_ba5c7385b1f8dd65"
OTHER = "003_f609cba098b55e28"


async def until_stories(pilot, count: int) -> None:  # noqa: ANN001 - a Pilot
    for _ in range(200):
        await settle(pilot)
        if pilot.app.comparison is not None and len(pilot.app.comparison.stories) == count:
            await wait_ready(pilot)
            return
    raise AssertionError(f"never {count} stories")


def groups(comparison: Comparison) -> list[set[str]]:
    return [set(s.articles) for s in comparison.stories]


async def test_m_moves_an_article_to_a_story_of_its_own_and_it_stays(seed_options: Options, tmp_path: Path, capsys):
    db = tmp_path / "r.sqlite3"
    app = seeds_app(seed_options, review_db=db)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        assert len(app.comparison.stories) == 3 and view.panes[0].article.id == FIRST
        view.panes[0].focus()
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("down", "down", "down", "enter")  # the last option: a new story of its own
        await until_stories(pilot, 4)
        assert {FIRST} in groups(app.comparison)
        assert app.view.model.articles[0].id == FIRST  # the moved article's story is shown
    again = seeds_app(seed_options, review_db=db)
    async with again.run_test(size=(160, 48)) as pilot:
        await until_stories(pilot, 4)
    cache = ["--cache-dir", str(seed_options.cache_dir)]
    assert main(["report", str(SEEDS), "--json", "--review-db", str(db), *cache]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [FIRST] in [s["articles"] for s in doc["stories"]]
    # --one-story still compares everything as one story.
    assert main(["report", str(SEEDS), "--json", "--one-story", "--review-db", str(db), *cache]) == 0
    assert len(json.loads(capsys.readouterr().out)["stories"]) == 1


async def test_M_merges_a_story_into_the_current_one(seed_options: Options, tmp_path: Path) -> None:
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("down", "enter")
        await until_stories(pilot, 2)
        merged = next(g for g in groups(app.comparison) if FIRST in g)
        assert len(merged) == 4


def test_placements_follow_the_content_not_the_ids(seed_comparison: Comparison) -> None:
    by_id = {a.id: a for a in seed_comparison.articles}
    moved = pipeline.apply_placements(seed_comparison, [(article_hash(by_id[OTHER]), article_hash(by_id[FIRST]))])
    assert {FIRST, OTHER} <= next(g for g in groups(moved) if FIRST in g)
    # Unknown articles (another corpus) and a move to where it already is change nothing.
    assert pipeline.apply_placements(seed_comparison, [("f" * 16, article_hash(by_id[FIRST]))]) is seed_comparison
    alone = [(article_hash(by_id[OTHER]), "")]
    assert pipeline.apply_placements(seed_comparison, alone) is seed_comparison


@pytest.mark.parametrize(
    ("key", "notice"),
    [("m", f"{FIRST} is already in story 1."), ("M", "Story 1 is this story: pick another to merge into it.")],
)
async def test_picking_the_shown_story_says_so_and_changes_nothing(
    seed_options: Options, tmp_path: Path, key: str, notice: str
) -> None:
    """m or M, then enter on the story shown (the list opens on it): a notice, no correction stored."""
    db = tmp_path / "r.sqlite3"
    app = seeds_app(seed_options, review_db=db)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, StoryScreen)
        assert [n.message for n in app._notifications] == [notice]
        assert app.review_store is not None and app.review_store.placements() == []
        assert len(app.comparison.stories) == 3


async def test_split_is_found_in_the_palette_and_puts_the_article_in_a_story_of_its_own(
    seed_options: Options, tmp_path: Path
) -> None:
    """A user looking for how to split a story types "split" in the palette: the entry splits the focused article
    off at once, and the help names splitting under m."""
    from tests.app.test_app_palette import run_from_palette
    from tuicompare.app.screens.help import HELP_TEXT

    assert "split it off" in HELP_TEXT["stories.move"]
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        view.panes[0].focus()
        await run_from_palette(pilot, "Split article off")
        await until_stories(pilot, 4)
        assert {FIRST} in groups(app.comparison)
        # Split again: it is alone already, and the app says so rather than doing nothing.
        app.view.panes[0].focus()
        await run_from_palette(pilot, "Split article off")
        assert len(app.comparison.stories) == 4
        assert f"{FIRST} is already a story of its own." in " ".join(m.message for m in app._notifications)
