"""The app on the seeds through the real pipeline (spaCy analysis cached once per session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.support import SEEDS
from tests.support.app import export_to, screen_text, seeds_app, settle, wait_failed, wait_ready
from tuicompare.analysis.chunks import progress_weight
from tuicompare.app.app import make_app
from tuicompare.app.messages import PipelineProgress
from tuicompare.app.widgets.loading import LoadingPanel
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


def story_rows(comparison, story_id: str) -> list[str]:
    """Group ids of a story, in row order."""
    return [g.id for g in comparison.groups if g.story == story_id]


async def test_window_shows_progress_then_the_seeds_side_by_side(seed_options, seed_comparison) -> None:
    """A cold start shows the loading panel at once, reports articles parsed, then the main story's panes."""
    seen: list[PipelineProgress] = []

    def hook(message) -> None:
        if isinstance(message, PipelineProgress):
            seen.append(message)

    app = make_app([str(SEEDS)], Options(use_cache=False))
    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        assert app.query(LoadingPanel), "the window must appear before the analysis ends"
        view = await wait_ready(pilot)
        assert not app.query(LoadingPanel)
        main = seed_comparison.stories[0]
        assert [p.article.id for p in view.panes] == list(main.articles)
        # Parsing counts characters, so that a long article moves the bar: it ends at all of them.
        characters = sum(progress_weight(a.text) for a in seed_comparison.articles)
        assert any(m.stage == "analyse" and m.done == m.total == characters for m in seen)
        text = screen_text(pilot)
        for article in main.articles:
            assert article[:20] in text
        counts = f"{len(seed_comparison.articles)} articles · {len(seed_comparison.stories)} stories"
        assert counts in text


async def test_conflict_rows_current_row_and_sidebar_on_the_seeds(seed_options, seed_comparison) -> None:
    """n lands on the first conflicting group's row in every pane; the sidebar highlights its claim."""
    story = seed_comparison.stories[0]
    rows = story_rows(seed_comparison, story.id)
    conflict_groups = {c.group for c in seed_comparison.conflicts}
    first = next(i for i, g in enumerate(rows) if g in conflict_groups)
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        if first == 0:
            await pilot.press("j")
        await pilot.press("n")
        await settle(pilot)
        expected = first if first > 0 else next(i for i, g in enumerate(rows) if g in conflict_groups and i > 1)
        assert view.current_row == expected
        assert {p.current_row for p in view.panes} == {expected}
        sidebar = view.query_one("#sidebar")
        claim = sidebar.highlighted_option
        assert claim is not None
        assert next(c for c in seed_comparison.claims if c.id == claim.id).group == rows[expected]
        await pilot.press("c")
        await settle(pilot)
        contested = [c.id for c in seed_comparison.claims if c.story == story.id and c.contested]
        assert [c.id for c in sidebar.shown] == contested and contested


async def test_story_switch_on_the_seeds(seed_options, seed_comparison) -> None:
    """The seeds hold three stories; switching shows the other story's single article."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await wait_ready(pilot)
        await pilot.press("s", "down", "enter")
        await settle(pilot, 5)
        second = seed_comparison.stories[1]
        assert [p.article.id for p in view.panes] == list(second.articles)
        if len(second.articles) == 1:
            assert "single source: nothing compared" in screen_text(pilot)


async def test_focus_pins_an_article_first(seed_options, seed_comparison) -> None:
    """--focus NEW puts that article's pane first and its contradictions first in the sidebar."""
    story = seed_comparison.stories[0]
    pinned = story.articles[-1]
    path = next(a.path for a in seed_comparison.articles if a.id == pinned)
    app = seeds_app(seed_options, focus=path)
    async with app.run_test(size=(160, 48)) as pilot:
        view = await wait_ready(pilot)
        assert view.panes[0].article.id == pinned
        shown = view.query_one("#sidebar").shown
        contradicted = [c for c in shown if c.stances.get(pinned) == "contradicts"]
        assert list(shown[: len(contradicted)]) == contradicted


async def test_export_markdown_and_json_and_no_overwrite(seed_options, tmp_path: Path) -> None:
    """e asks a file name and writes Markdown or JSON by extension; an existing file is kept."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        for name in ("report.md", "report.json"):
            await export_to(pilot, tmp_path / name)
            assert type(app.screen).__name__ == "Screen"
        assert (tmp_path / "report.md").read_text().lstrip().startswith("#")
        assert json.loads((tmp_path / "report.json").read_text())["schema"].startswith("tuicompare/")
        before = (tmp_path / "report.md").read_bytes()
        await export_to(pilot, tmp_path / "report.md")
        assert type(app.screen).__name__ == "ExportScreen"
        assert "exist" in screen_text(pilot).lower()
        assert (tmp_path / "report.md").read_bytes() == before


async def test_load_failure_is_shown_without_traceback(tmp_path: Path) -> None:
    """A corpus with no article shows the pipeline's message in the window; q quits with status 2."""
    app = make_app([str(tmp_path / "missing")], Options(cache_dir=tmp_path / "cache"))
    async with app.run_test(size=(100, 24)) as pilot:
        await wait_failed(pilot)
        text = screen_text(pilot)
        assert "Could not open the corpus" in text and "No article could be loaded" in text
        assert "Traceback" not in text
        footer = text.splitlines()[-1]
        assert "Quit" in footer and "Help" in footer
        for hidden in ("Story", "Search", "Export", "Entities"):  # they act on a comparison: there is none
            assert hidden not in footer, footer
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 2


async def test_add_article_merges_it_and_pins_it_first(seed_options, seed_comparison, tmp_path: Path) -> None:
    """a asks a path; the new article is analysed in a worker, merged, and shown as the first pane."""
    first = seed_comparison.articles[0]
    source = Path(first.path).read_text(encoding="utf-8")
    new = tmp_path / "new_rewrite.txt"
    new.write_text(source.replace("Seversk", "Kupiansk"), encoding="utf-8")
    app = seeds_app(seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"nowhere.txt", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "AddArticleScreen" and "No such file" in screen_text(pilot)
        app.screen.query_one(Input).value = str(new)
        await pilot.press("enter")
        view = None
        for _ in range(300):
            await pilot.pause(0.02)
            view = app.view
            if (
                view is not None
                and len(view.comparison.articles) == len(seed_comparison.articles) + 1
                and view.layout_rows
            ):
                break
        assert view is not None and len(view.comparison.articles) == len(seed_comparison.articles) + 1
        await settle(pilot)
        assert view.panes[0].article.id == "new_rewrite"
        assert first.id in [a.id for a in view.model.articles]


async def test_adding_a_file_already_in_the_corpus_says_so_and_shows_its_article(seed_options) -> None:
    """a on one of the seeds' own files: no silent reload after "Adding…", a notice naming its article, its pane."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        third = sorted(SEEDS.glob("*.txt"))[3]
        await pilot.press("a")
        await settle(pilot)
        app.screen.query_one(Input).value = str(third)
        await pilot.press("enter")
        await settle(pilot, 5)
        assert app.view is view and len(app.paths) == 1  # nothing loaded again
        said = [n.message for n in app._notifications]
        assert said == [f"{third} is already in the corpus: article {third.stem}."]
        assert third.stem in [p.article.id for p in view.panes if p.article is not None]
