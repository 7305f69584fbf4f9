"""Hostile article text: shown literally, never interpreted, clicking it does nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.support.app import export_to, screen_text, settle, wait_ready
from tests.support.comparisons import tiny_comparison
from tuicompare import report
from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio

MARKUP = "[@click=app.quit]Click here[/] and [bold red]loud[/] and [link=https://evil.example]visit[/link]"
TEXTS = {
    "hostile_a.txt": (
        "[bold]Mayor[/bold] opens bridge [@click=app.quit]\n\n"
        f"The mayor of Springfield opened the bridge on Monday. {MARKUP}.\n\n"
        "Read more at https://evil.example/phish and \x1b]8;;https://evil.example\x07here\x1b]8;;\x07 "
        "\x1b[31mred\x1b[0m \x1b]52;c;ZWNobyBoaQ==\x07 now.\n"
    ),
    "hostile_b.txt": (
        "Mayor opens bridge\n\n"
        f"The mayor of Springfield opened the bridge on Tuesday. {MARKUP}.\n\n"
        "Read more at https://evil.example/phish now.\n"
    ),
}


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    """Two rewrites of one story full of markup, links and escape sequences."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


async def test_markup_is_literal_and_clicking_it_does_nothing(
    hostile_dir: Path, seed_options: Options, tmp_path: Path
) -> None:
    """Markup-like brackets show as typed; a click on [@click=app.quit] only moves the cursor."""
    options = Options(cache_dir=tmp_path / "cache")
    app = make_app([str(hostile_dir)], options)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        text = screen_text(pilot)
        assert "[@click=app.quit]" in text
        assert "[bold]Mayor[/bold]" in text and "[/]" in text
        assert "https://evil.example/phish" in text
        assert "\x1b" not in text
        # Clicking the hostile markup must not quit: find it on screen and click it.
        lines = text.splitlines()
        y = next(i for i, line in enumerate(lines) if "[@click=app.quit]" in line and "│" in line)
        x = lines[y].index("[@click=app.quit]") + 2
        await pilot.click(offset=(x, y))
        await settle(pilot)
        assert app.is_running
        assert app.return_code is None
        clicked = view.current_row
        assert any("[@click" in view.model.cell(clicked, a.id).text for a in view.model.articles)
        # No span drawn from article text carries a link or an action.
        for pane in view.panes:
            for y in range(pane.size.height):
                for segment in pane.render_line(y):
                    style = segment.style
                    if style is not None:
                        assert not style.link
                        assert "@click" not in (style.meta or {})
        assert not list(tmp_path.glob("*.svg")) and not list(Path.cwd().glob("*.svg"))


async def test_export_writes_the_reports_bytes_with_its_escaping(tmp_path: Path) -> None:
    """e writes exactly what ``report --json`` / ``--markdown`` write, bidi controls escaped included."""
    tiny = tiny_comparison()
    # A comparison read back from JSON may carry characters the loader would have removed.
    spoofed = dataclasses.replace(tiny.articles[0], title="Mayor \u202eedispu\u202c opens bridge")
    comparison = dataclasses.replace(tiny, articles=(spoofed, *tiny.articles[1:]))
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        for name in ("report.json", "report.md"):
            await export_to(pilot, tmp_path / name)
    written = (tmp_path / "report.json").read_bytes()
    assert written == report.json_text(report.to_json(comparison)).encode("utf-8")
    assert b"\\u202e" in written and "\u202e".encode() not in written
    assert (tmp_path / "report.md").read_bytes() == report.to_markdown(comparison).encode("utf-8")
