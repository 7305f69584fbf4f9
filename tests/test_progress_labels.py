"""Progress names every stage the pipeline reports in words, on the command line and in the app's loading panel.

The stages are those ``pipeline.Progress`` documents; "cluster" (grouping a corpus's new articles into
stories, seconds on a large folder) was shown as the bare key, lower case among "Loading" and "Comparing".
"""

from __future__ import annotations

import re

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Label

from tuicompare.app.widgets.loading import LoadingPanel
from tuicompare.cli.console import progress_reporter

#: Every stage ``pipeline`` and ``ondemand`` report progress for.
STAGES = ("load", "analyse", "cluster", "compare")


def test_the_command_line_bar_names_each_stage_in_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # the bar is drawn on terminals only
    monkeypatch.delenv("NO_COLOR", raising=False)
    with progress_reporter() as report:
        assert report is not None
        for stage in STAGES:
            report(stage, 1, 2)
    drawn = capsys.readouterr().err
    for word in ("Loading", "Analysing", "Grouping", "Comparing"):
        assert word in drawn
    for stage in STAGES:
        assert f"{stage} " not in drawn  # no bare key
    # Parsing counts characters, as in the app's panel: a percentage; the rest count articles.
    assert "50%" in drawn and "1/2" in drawn


class _Panel(App[None]):
    def compose(self) -> ComposeResult:
        yield LoadingPanel(3, id="loading")


@pytest.mark.anyio
@pytest.mark.parametrize("stage", STAGES)
async def test_the_loading_panel_names_each_stage_in_words(stage: str) -> None:
    app = _Panel()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(LoadingPanel)
        panel.show_progress(stage, 500, 873)
        await pilot.pause()
        shown = str(panel.query_one("#loading-stage", Label).render())
        # On a loaded machine the panel may have begun counting seconds ("· 3 s") before the stage is shown.
        shown = re.sub(r" · \d+ s$", "", shown)
        # Parsing counts characters (it moves within a long article): a percentage; the rest count articles.
        count = ": 57%" if stage == "analyse" else ": 500/873"
        assert shown.endswith(count)
        label = shown.removesuffix(count)
        assert label[:1].isupper() and label.lower() != stage and " " in label
