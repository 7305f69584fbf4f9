"""The hostile corpus in the app (Textual Pilot, real pipeline): literal, inert, unclickable.

``tests/app/test_app_hostile.py`` covers two hand-written articles; here the
whole generated corpus (every payload in every form) is paged through pane
by pane, every markup payload on screen is clicked, and the terminal is
squeezed to 20x10 and back while loading and while a modal is open. Two
tests pin bugs found here and since fixed in the app: the story switcher at
2 columns, and the exit status after a failed load.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import wait_ready
from tests.support.hostile_corpus import FORBIDDEN, MARKUP, write_corpus
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.app.widgets.article_pane import GUTTER
from tuicompare.pipeline import Options, run

pytestmark = [pytest.mark.slow, pytest.mark.anyio, pytest.mark.xdist_group("hardening-app")]

# Pieces of the payloads that would turn into a link or an action if parsed as markup.
ACTIVE = ("@click=app.", "link=https://x.example")


@pytest.fixture(scope="module")
def hostile_app_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Options]:
    """The hostile folder and options whose cache already holds its analysis."""
    folder = tmp_path_factory.mktemp("hostile-app") / "corpus"
    write_corpus(folder)
    options = Options(cache_dir=tmp_path_factory.mktemp("hostile-app-cache"))
    run([str(folder)], options)
    return folder, options


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory and home, to see whether anything gets written."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(cwd))
    return cwd


def screen_lines(app: TuicompareApp) -> list[str]:
    """What the terminal shows, one string per line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def pane_texts(app: TuicompareApp, lines: list[str]) -> list[str]:
    """The text each article pane shows, gutter left out, whitespace removed (lines wrap anywhere)."""
    texts = []
    for pane in app.view.panes if app.view else []:
        region = pane.scrollable_content_region
        rows = (lines[y][region.x + GUTTER : region.right] for y in range(region.y, region.bottom))
        texts.append("".join("".join(rows).split()))
    return texts


def segments(app: TuicompareApp):
    """Every segment on screen, with its style."""
    for strip in app.screen._compositor.render_strips():
        yield from strip


async def check_page(pilot, seen_markup: set[str]) -> set[str]:
    """Check what is on screen, click every markup payload on it; return what was clicked."""
    app = pilot.app
    lines = screen_lines(app)
    text = "\n".join(lines)
    assert not FORBIDDEN.search(text), FORBIDDEN.search(text)
    # Long payloads wrap inside a pane: read each pane's text column by column region.
    panes = pane_texts(app, lines)
    seen_markup |= {name for name, markup in MARKUP.items() if any("".join(markup.split()) in p for p in panes)}
    for segment in segments(app):
        if any(piece in segment.text for piece in ACTIVE) and segment.style is not None:
            assert not segment.style.link
            assert not any("@click" in str(k) for k in (segment.style.meta or {}))
    clicked = set()
    for y, line in enumerate(lines):
        for piece in ("[@click=app.q", "[@click=app.s", "[link="):
            x = line.find(piece)
            if x >= 0:
                await pilot.click(offset=(x + 3, y))
                clicked.add(piece)
                assert app.is_running and app.return_code is None
    return clicked


async def test_every_story_and_pane_page_is_literal_and_clicks_do_nothing(hostile_app_corpus, sandbox: Path) -> None:
    folder, options = hostile_app_corpus
    app = make_app([str(folder)], options)
    seen_markup: set[str] = set()
    clicked: set[str] = set()
    pages = 0
    async with app.run_test(size=(200, 50)) as pilot:
        view = await wait_ready(pilot)
        stories = view.comparison.stories
        assert len(stories) == 4 and all(len(s.articles) >= 22 for s in stories), "guard: one story per form"
        for number in range(len(stories)):
            assert view.story_index == number
            seen_ids: set[str] = set()
            while True:
                await pilot.pause()
                clicked |= await check_page(pilot, seen_markup)
                pages += 1
                ids = [p.article.id for p in view.panes if p.article is not None]
                seen_ids.update(ids)
                await pilot.press("l")
                await pilot.pause()
                if [p.article.id for p in view.panes if p.article is not None] == ids:
                    break  # the last page
            assert seen_ids == set(stories[number].articles)
            await pilot.press("s", "down", "enter")
            await pilot.pause()
        assert app.is_running and app.return_code is None
    assert seen_markup == set(MARKUP), "every markup payload was shown literally"
    assert len(clicked) == 3 and pages >= 8, (clicked, pages)
    assert list(sandbox.iterdir()) == [], "a click wrote a file"


async def test_squeezed_to_20x10_while_loading_and_in_modals(seeds_dir: Path, sandbox: Path) -> None:
    """Resizing during the analysis, on the main view, in help, story, search and export screens: never a crash."""
    options = Options(use_cache=False)  # a cold analysis, so the first resize lands while loading
    app = make_app([str(seeds_dir)], options)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.view is None, "guard: the resize is asked for while loading"
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        assert app.is_running
        view = await wait_ready(pilot)
        for keys in ((), ("question_mark",), ("s",), ("slash",), ("e",)):
            await pilot.press(*keys)
            await pilot.pause()
            sizes = ((20, 10), (10, 5), (200, 50), (120, 40)) if not keys else ((20, 10), (120, 40))
            for size in sizes:
                await pilot.resize_terminal(*size)
                await pilot.pause()
                assert app.is_running and app.return_code is None, (keys, size)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("j", "j", "n", "G", "g")
        await pilot.pause()
        assert view.is_mounted and app.is_running
        assert not FORBIDDEN.search("\n".join(screen_lines(app)))
    assert list(sandbox.iterdir()) == []


async def test_story_switcher_survives_a_terminal_two_columns_wide(hostile_app_corpus, sandbox: Path) -> None:
    """Found here, fixed in the app (39d0d0e): the story list at 0 cells wide crashed rich's wrapping."""
    folder, options = hostile_app_corpus
    app = make_app([str(folder)], options)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.resize_terminal(2, 2)
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (None, 0)


async def test_quitting_after_a_load_failure_exits_with_status_2(tmp_path: Path, sandbox: Path) -> None:
    """Found here, fixed in the app (a951e50): the window said so, but the exit status was 0."""
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app([str(empty)], Options(cache_dir=tmp_path / "cache"))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            if "Could not open the corpus" in "\n".join(screen_lines(app)):
                break
        else:
            raise RuntimeError("guard: the load failure was never shown")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2
