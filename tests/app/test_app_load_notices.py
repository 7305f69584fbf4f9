"""What the app says about the files it loads: a skipped file, many warnings, a copy, an empty folder.

Each is said once, in words that name the file and why, never as a crash or a stack of notices over the panes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEEDS
from tests.support.app import screen_text, seeds_app, settle, wait_failed, wait_ready
from tuicompare.app.app import make_app
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_adding_a_file_that_is_skipped_is_said_once(seed_options: Options, tmp_path: Path) -> None:
    """a, then a binary file: the "Skipped" warning says why; no second notice about a missing article."""
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 20)
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*str(binary), "enter")
        for _ in range(200):
            await pilot.pause(0.02)
            if any("skipped" in n.message for n in app._notifications):
                break
        await app.workers.wait_for_complete()
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any(m.startswith(f"{binary}: skipped: binary data") for m in said)
        assert not any("in the corpus" in m for m in said)


async def test_many_load_warnings_are_one_notice_that_says_how_many_and_where_to_read_them(
    seed_options: Options, tmp_path: Path
) -> None:
    """A folder with six empty files beside two articles: one notice, not six stacked over the panes."""
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    for n in range(6):
        (tmp_path / f"empty{n}.txt").write_bytes(b"")
    app = make_app([str(tmp_path)], seed_options)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        said = [n for n in app._notifications if n.title.startswith("Load warning")]
        assert len(said) == 1, [n.message for n in said]
        assert said[0].message.startswith(
            f"6 load warnings (files skipped, or loaded with a note); the first: {tmp_path}"
        )
        assert said[0].message.endswith("`tuicompare info` on the same paths lists them all.")
        assert "6 load warnings" in screen_text(pilot)


async def test_a_copy_of_an_article_is_said_to_be_a_copy_not_skipped(seed_options: Options, tmp_path: Path) -> None:
    """Two files with the same text: both open, and the notice names the copy without calling it skipped."""
    source = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / "copy.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app([str(source), str(tmp_path / "copy.txt")], seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        notices = [n for n in app._notifications if "have the same text" in n.message]
        assert len(notices) == 1 and notices[0].title != "Skipped", [(n.title, n.message) for n in notices]
        assert notices[0].message.startswith(f"{tmp_path / 'copy.txt'}: {source.stem} and copy have the same text")
        assert app.comparison is not None and len(app.comparison.articles) == 2


async def test_an_empty_folder_is_said_once_on_the_error_screen(tmp_path: Path) -> None:
    """An empty folder: the window says plainly, once, that it holds no article file (not "no articles: ...")."""
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app([str(empty)], Options(cache_dir=tmp_path / "cache"))
    async with app.run_test(size=(100, 24)) as pilot:
        await wait_failed(pilot, attempts=500)
        text = screen_text(pilot)
    expected = (
        f"No article could be loaded from {empty}: the folder has no .txt, .md, .html, .htm, .json, .jsonl files."
    )
    # The message wraps at the window's width (a long path anywhere in it): compare without the breaks.
    assert "".join(text.split()).count("".join(expected.split())) == 1, text
    assert "no articles" not in text


async def test_articles_that_make_no_story_together_are_said_to_be_compared_with_nothing(
    seed_options: Options, tmp_path: Path
) -> None:
    """Two articles of two stories: each opens alone and nothing is compared, so a notice says so and how to
    compare them (M, or --one-story); the seeds, whose three rewrites make one story, get no such notice."""
    for name in ("003_f609cba098b55e28.txt", "004_3800fd556f55c46a.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    app = make_app([str(tmp_path)], seed_options)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        said = [n for n in app._notifications if n.title == "Nothing compared"]
        assert len(said) == 1
        assert said[0].message.startswith("No two of the 2 articles were alike enough to be one story")
        assert "press M to merge" in said[0].message
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        assert not any(n.title == "Nothing compared" for n in app._notifications)
