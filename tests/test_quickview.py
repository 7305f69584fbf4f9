"""A corpus opened before shows its first story from that story's files alone (``pipeline.early_story``)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from tests.support.loading import seeds_and_rewrites
from tuicompare import pipeline
from tuicompare.pipeline import Options


def _first(articles, stories) -> int:
    return 0


def _story_view(paths, options: Options):
    with pipeline.open_stories(paths, options, remember=True) as stories:
        return stories.story_view(0)


@pytest.fixture
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Options]:
    """A folder of the seeds and 8 generated rewrites of 2 stories, and options with a cache of their analyses."""
    folder = seeds_and_rewrites(tmp_path_factory.mktemp("quick"), seed=3)
    return folder, Options(cache_dir=tmp_path_factory.mktemp("quick-cache"))


def test_a_corpus_opened_before_shows_the_same_first_story_early(corpus):
    folder, options = corpus
    paths = [str(folder)]
    assert pipeline.early_story(paths, options, _first) is None  # never opened
    expected = _story_view(paths, options)
    early = pipeline.early_story(paths, options, _first)
    assert early is not None
    assert early.stories == expected.stories and len(early.stories) > 1
    assert (early.groups, early.conflicts, early.claims, early.attributes) == (
        expected.groups,
        expected.conflicts,
        expected.claims,
        expected.attributes,
    )
    assert early.analyses == expected.analyses
    members = set(expected.stories[0].articles)
    # The story's articles are read afresh; the others are listed (id, path, headline) without their text.
    assert [a for a in early.articles if a.id in members] == [a for a in expected.articles if a.id in members]
    listed = [(a.id, a.path, a.title, a.date) for a in early.articles]
    assert listed == [(a.id, a.path, a.title, a.date) for a in expected.articles]
    # Every recorded field (format, encoding, outlet, url too) comes back as it was, only the text left out.
    assert [dataclasses.replace(a, text="") for a in early.articles] == [
        dataclasses.replace(a, text="") for a in expected.articles
    ]


def test_a_changed_file_is_never_shown_from_the_record(corpus):
    folder, options = corpus
    paths = [str(folder)]
    expected = _story_view(paths, options)
    member = next(a for a in expected.articles if a.id == expected.stories[0].articles[0])
    path = Path(member.path)
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    # The same size and the same time: only the content tells, and the story's files are checked by content.
    path.write_text(text.replace("e", "a", 1), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size
    assert pipeline.early_story(paths, options, _first) is None
    # A new time is a new listing: nothing recorded for it.
    path.write_text(text, encoding="utf-8")
    assert pipeline.early_story(paths, options, _first) is None


def test_another_grouping_or_setting_is_another_record(corpus):
    folder, options = corpus
    paths = [str(folder)]
    _story_view(paths, options)
    assert pipeline.early_story(paths, Options(cache_dir=options.cache_dir, one_story=True), _first) is None
    assert pipeline.early_story(paths, options, _first, placements=[("001", "new")]) is None
    assert pipeline.early_story(paths, Options(cache_dir=options.cache_dir, use_cache=False), _first) is None
    assert pipeline.early_story(paths, options, _first) is not None


def test_a_glob_lists_what_glob_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The listing's own glob (one ``scandir``) names the files ``glob`` names, hidden ones and odd names included."""
    import glob

    from tuicompare.quickview import _glob_sorted

    folder = tmp_path / "in"
    (folder / "sub.txt").mkdir(parents=True)
    (tmp_path / "more.d").mkdir()
    for name in ("a.txt", ".hidden.txt", "b.md", "C.TXT", "sp ace.txt", "[x].txt", "2.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    (tmp_path / "more.d" / "q.txt").write_text("x", encoding="utf-8")
    (tmp_path / "top.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    patterns = ["in/*.txt", "in/*", "in/.*", "in/?.txt", "in/[ab].*", "in/*.TXT", "./in/*.txt", "in//*.txt"]
    patterns += [f"{folder}/*.txt", "*.txt", "*/q.txt", "*.d/*", "in/[[]x].txt", "in/*/", "missing/*.txt"]
    for pattern in patterns:
        assert _glob_sorted(pattern) == sorted(glob.glob(pattern)), pattern
    assert _glob_sorted("in/*.txt") == ["in/2.txt", "in/[x].txt", "in/a.txt", "in/sp ace.txt", "in/sub.txt"]


def test_a_file_added_to_a_globbed_folder_is_another_listing(corpus):
    """A corpus named by a glob: a new matching file changes the listing, a hidden one does not (glob skips it)."""
    folder, options = corpus
    paths = [f"{folder}/*.txt"]
    _story_view(paths, options)
    assert pipeline.early_story(paths, options, _first) is not None
    (folder / ".notes.txt").write_text("Not an article.", encoding="utf-8")
    assert pipeline.early_story(paths, options, _first) is not None
    (folder / "zz_new.txt").write_text("A new article.\n\nIts text.", encoding="utf-8")
    assert pipeline.early_story(paths, options, _first) is None
