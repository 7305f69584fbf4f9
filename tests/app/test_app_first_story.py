"""The first story on screen before the other stories are compared; the whole comparison follows."""

from __future__ import annotations

import dataclasses
import gc
import threading
from functools import partial

import pytest

from tests.support import SEEDS
from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.screens.conflicts import ConflictsScreen
from tuicompare.app.screens.entities import EntityScreen
from tuicompare.ondemand import StoryComparisons

pytestmark = pytest.mark.anyio


async def test_the_first_story_shows_while_the_others_are_compared(
    seed_options, seed_comparison, monkeypatch, tmp_path
):
    release = threading.Event()
    whole = StoryComparisons.comparison

    def held(self, progress=None, **options):  # the rest of the corpus waits until the test has looked
        assert release.wait(30)
        return whole(self, progress, **options)

    monkeypatch.setattr(StoryComparisons, "comparison", held)
    app = seeds_app(seed_options, review_db=tmp_path / "reviews.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(400):
            await pilot.pause(0.01)
            if app.comparison_shown:
                break
        assert app.comparison_shown and app.partial
        view = app.view
        main = seed_comparison.stories[0]
        # Every story is listed; the first is compared and shown in full.
        assert view.comparison.stories == seed_comparison.stories
        assert [p.article.id for p in view.panes] == list(main.articles)
        assert [g.sentences for g in view.model.groups] == [
            g.sentences for g in seed_comparison.groups if g.story == main.id
        ]
        assert "story 1/3" in screen_text(pilot)
        await pilot.press("j", "j")
        await pilot.press("s")  # other stories cannot be opened yet: a notice, no story list
        await settle(pilot)
        assert len(app.screen_stack) == 1
        await pilot.press("m")  # nor can stories be regrouped, which would stop the comparison
        await settle(pilot)
        assert len(app.screen_stack) == 1 and app.partial
        await pilot.press("e")  # nor exported (the report needs every story): said, not silent
        await settle(pilot)
        assert len(app.screen_stack) == 1
        assert any("exported once every story is compared" in n.message for n in app._notifications)
        # The first story's conflicts, its entity sheet's included, are in the conflicts panel...
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        groups = {g.id for g in seed_comparison.groups if g.story == main.id}
        expected = [c.type for c in seed_comparison.conflicts if c.group in groups and c.kind != "variant"]
        assert "attribute:location" in expected
        assert sorted(c.type for c in app.screen.listed) == sorted(expected)
        await pilot.press("escape")
        await settle(pilot)
        # ... and its entity view lists the sheet.
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        assert "People" in screen_text(pilot)
        await pilot.press("escape")
        await settle(pilot)
        release.set()
        for _ in range(400):
            await pilot.pause(0.01)
            if not app.partial and app.comparison_shown:
                break
        await settle(pilot)
        assert not app.partial
        assert app.view.comparison.claims == seed_comparison.claims
        assert app.view.story_index == 0 and app.view.current_row == 2  # the reader's place is kept


async def test_a_corpus_whose_first_story_is_a_lone_article_opens_on_the_first_compared_story(
    seed_options, tmp_path
) -> None:
    """A lone article listed first: the app opens on the three-article story, not on "nothing compared".

    The story list keeps its order (the lone article is still story 1); the first screen, the early one
    while the others are compared and the one of a second opening (read from the files' listing), is story 2.
    """
    seeds = sorted(SEEDS.glob("*.txt"))
    paths = [str(p) for p in (seeds[3], seeds[0], seeds[1], seeds[2], seeds[4])]
    for _opening in ("first", "again"):
        app = make_app(paths, seed_options, review_db=tmp_path / "reviews.sqlite3")
        async with app.run_test(size=(160, 48)) as pilot:
            first_shown = None
            for _ in range(400):
                await pilot.pause(0.01)
                if app.comparison_shown:
                    first_shown = app.view.story_index
                    break
            view = await wait_ready(pilot)
            while app.partial:
                await pilot.pause(0.01)
            await settle(pilot)
            view = app.view
            assert [len(s.articles) for s in view.comparison.stories] == [1, 3, 1]
            assert first_shown == 1 and view.story_index == 1
            assert [p.article.id for p in view.panes] == [s.stem for s in seeds[:3]]
            text = screen_text(pilot)
            assert "story 2/3" in text and "nothing compared" not in text


async def test_a_ready_comparison_opens_on_its_first_compared_story(seed_comparison) -> None:
    """The same rule for a comparison handed to the app (the stories' order as given, the lone one first)."""
    lone = next(s for s in seed_comparison.stories if len(s.articles) == 1)
    stories = (lone, *(s for s in seed_comparison.stories if s is not lone))
    app = TuicompareApp([], None, comparison=dataclasses.replace(seed_comparison, stories=stories))
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        assert view.story_index == 1 and len(view.panes) > 1
        assert "story 2/3" in screen_text(pilot)


async def test_the_garbage_collector_is_paused_only_until_the_first_story_is_painted(seed_options, tmp_path) -> None:
    """Opening pauses the collector (what it allocates lives on); it runs again once a story is on screen.

    Both openings: the first (no early story) and the second (the story shown from the files' listing);
    and an opening that fails, whose garbage must be collected all the same.
    """
    assert gc.isenabled()
    try:
        for _opening in ("first", "again"):
            app = seeds_app(seed_options, review_db=tmp_path / "reviews.sqlite3")
            assert gc.isenabled(), "an app built but not run pauses nothing"
            paused: list[bool] = []
            # Bound now (the loop's names change): run first once the app runs, before any story can show.
            app.call_later(partial(_note_pause, app, paused))
            async with app.run_test(size=(160, 48)) as pilot:
                await wait_ready(pilot)
                assert paused == [True]
                assert gc.isenabled() and not app.collector_paused
        app = make_app([str(tmp_path / "missing")], seed_options, review_db=tmp_path / "reviews.sqlite3")
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(400):
                await pilot.pause(0.01)
                if app.load_error is not None:
                    break
            assert app.load_error is not None and gc.isenabled()
    finally:
        gc.enable()  # a failed assertion must not leave the rest of the suite without a collector


def _note_pause(app: TuicompareApp, into: list[bool]) -> None:
    into.append(app.collector_paused and not gc.isenabled())
