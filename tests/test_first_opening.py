"""The app's first opening of a corpus: the listing taken once, the analyses checked only when needed.

``pipeline.first_look`` gives the listing key the early look used, which ``open_stories(listed=...)``
records under instead of listing the files again; ``open_stories(remember=True)`` opens the stories with
``check_later`` (the cache is searched for missing analyses only when one is needed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.loading import seeds_and_rewrites
from tuicompare import pipeline
from tuicompare.pipeline import Options


def _first(articles, stories) -> int:
    return 0


@pytest.fixture
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Options]:
    """A folder of the seeds and 8 generated rewrites of 2 stories, and options with an empty cache."""
    folder = seeds_and_rewrites(tmp_path_factory.mktemp("first"), seed=5)
    return folder, Options(cache_dir=tmp_path_factory.mktemp("first-cache"))


def _view(paths, options: Options, *, remember: bool, listed: str | None = None):
    with pipeline.open_stories(paths, options, remember=remember, listed=listed) as stories:
        return stories.story_view(0)


def test_the_listing_taken_by_the_first_look_is_the_one_recorded(corpus):
    folder, options = corpus
    paths = [str(folder)]
    early, key = pipeline.first_look(paths, options, _first)
    assert early is None and key is not None  # never opened: nothing shown early, but the listing is known
    expected = _view(paths, options, remember=True, listed=key)
    again = pipeline.early_story(paths, options, _first)  # the next opening finds the record at once
    assert again is not None and again.stories == expected.stories and again.groups == expected.groups


def test_a_file_changed_after_the_first_look_is_not_listed_from_the_record(corpus):
    """The record is keyed by the listing taken before the files were read: a file changed since is a new listing."""
    folder, options = corpus
    paths = [str(folder)]
    _, key = pipeline.first_look(paths, options, _first)
    path = sorted(folder.glob("*.txt"))[0]
    info = path.stat()
    path.write_text(path.read_text(encoding="utf-8") + "\n\nOne more sentence was added later.", encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    _view(paths, options, remember=True, listed=key)
    assert pipeline.early_story(paths, options, _first) is None
    _view(paths, options, remember=True)  # opened again: its own listing is recorded
    assert pipeline.early_story(paths, options, _first) is not None


def test_the_first_opening_checks_the_analyses_only_when_needed_and_shows_the_same_story(corpus):
    folder, options = corpus
    paths = [str(folder)]
    cold = _view(paths, options, remember=True)  # an empty cache: clustering needs every analysis, parsed then
    warm = _view(paths, Options(cache_dir=options.cache_dir), remember=False)  # checked up front, as report does
    assert cold == warm
    # A changed article: its analysis is missing, the story index too; the opening parses it and regroups.
    path = next(p for p in sorted(folder.glob("*.txt")) if p.stat().st_size > 500)
    path.write_text(path.read_text(encoding="utf-8").replace(".", ". Officials said so.", 1), encoding="utf-8")
    changed = _view(paths, options, remember=True)
    fresh = _view(paths, Options(cache_dir=options.cache_dir.parent / "fresh-cache"), remember=False)
    assert changed == fresh
    assert changed.articles != cold.articles
