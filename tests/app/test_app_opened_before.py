"""A folder opened once, even closed at its first story, opens again on that story before its files are read.

The app's first opening of a corpus records its listing (``quickview.remember``) as soon as its stories
are found, before the first story is shown; the next opening shows that story from its own files alone
(``quickview.early_view``) while the whole corpus is read again.
"""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager

import pytest

from tests.support import SEEDS
from tests.support.app import screen_text, settle
from tuicompare import pipeline, quickview
from tuicompare.app.app import make_app
from tuicompare.ondemand import StoryComparisons
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_a_folder_closed_at_its_first_story_opens_again_on_it_from_its_files_alone(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    options = Options(cache_dir=tmp_path / "cache")  # a cache of this folder alone: no listing recorded yet
    pipeline.analyse(pipeline.load([str(folder)], options).articles, options)  # analysed before, as by `report`
    review_db = tmp_path / "reviews.sqlite3"

    # The first opening: the user quits as soon as the first story is on screen, the others not yet compared.
    release = threading.Event()
    whole = StoryComparisons.comparison

    def held(self, progress=None, **kwargs):  # the rest of the corpus waits until the user has quit
        release.wait(30)
        return whole(self, progress, **kwargs)

    monkeypatch.setattr(StoryComparisons, "comparison", held)
    app = make_app([str(folder)], options, review_db=review_db)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await _first_story(pilot)
            assert app.partial
            first = app.view.comparison.stories[app.view.story_index]
            first_text = screen_text(pilot)
            await pilot.press("q")
    finally:
        release.set()
    monkeypatch.undo()

    # The second opening: the corpus's files are not read again until the test has looked.
    read: list[object] = []
    early_view = quickview.early_view

    def reading(*args, **kwargs):
        read.append(early_view(*args, **kwargs))
        return read[-1]

    hold = threading.Event()
    open_stories = pipeline.open_stories

    @contextmanager
    def held_open(*args, **kwargs):
        hold.wait(30)
        with open_stories(*args, **kwargs) as stories:
            yield stories

    monkeypatch.setattr(quickview, "early_view", reading)
    monkeypatch.setattr(pipeline, "open_stories", held_open)
    app = make_app([str(folder)], options, review_db=review_db)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await _first_story(pilot)
            assert len(read) == 1 and read[0] is not None, "the listing recorded at the first opening is read"
            assert app.partial and not hold.is_set()
            view = app.view
            assert view.comparison.stories[view.story_index] == first
            assert [p.article.id for p in view.panes] == list(first.articles)
            text = screen_text(pilot)
            shown = f"story {view.story_index + 1}/{len(view.comparison.stories)}"
            assert shown in text and shown in first_text
            # The screen of the first opening: the same panes, sentences and claims, row for row.
            assert text.splitlines()[:-2] == first_text.splitlines()[:-2]
            hold.set()
            for _ in range(400):
                await pilot.pause(0.01)
                if not app.partial:
                    break
            await settle(pilot)
            assert not app.partial and app.view.comparison.stories[app.view.story_index] == first
    finally:
        hold.set()


async def _first_story(pilot) -> None:  # noqa: ANN001 - a textual Pilot
    """Wait (10 ms a try) until a story is on screen."""
    for _ in range(1000):
        await pilot.pause(0.01)
        if pilot.app.comparison_shown:
            await settle(pilot)
            return
    raise AssertionError("no story appeared")
