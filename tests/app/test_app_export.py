"""The export dialog: a default file in the user's documents, a prompt that fits at 80x24, overwrite confirmed."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from textual.widgets import Input, Label
from textual.worker import WorkerCancelled

from tests.support import SEEDS
from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tuicompare.app.screens.export import ExportScreen, default_export_path
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder, and a working directory elsewhere."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    return home


def shown(pilot, widget_id: str) -> str:  # noqa: ANN001 - a Pilot
    """The text the screen shows inside a widget's region, lines joined by spaces."""
    region = pilot.app.screen.query_one(widget_id).region
    lines = screen_text(pilot).splitlines()[region.y : region.bottom]
    return " ".join(" ".join(line[region.x : region.right].split()) for line in lines).strip()


async def open_export(pilot) -> ExportScreen:  # noqa: ANN001 - a Pilot
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ExportScreen)
    return pilot.app.screen


async def submit(pilot) -> None:  # noqa: ANN001 - a Pilot
    await pilot.press("enter")
    # The writer dismisses the dialog from its thread, which may cancel it between its last line and its
    # state change: what was written is checked by the callers, on the file itself.
    with contextlib.suppress(WorkerCancelled):
        await pilot.app.workers.wait_for_complete()
    await settle(pilot)


async def test_default_file_is_in_the_documents_named_after_the_corpus(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """e offers <documents>/tuicompare-seeds.md whatever the working directory; a bare name goes there too."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        offered = home / "Documents" / "tuicompare-seeds.md"
        assert screen.query_one(Input).value == str(offered)
        await submit(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert offered.read_text(encoding="utf-8").lstrip().startswith("#")
        # A name typed without a folder is written beside the offered one, not where the app started.
        screen = await open_export(pilot)
        screen.query_one(Input).value = "review.json"
        await submit(pilot)
        assert json.loads((home / "Documents" / "review.json").read_text())["schema"].startswith("tuicompare/")
    assert not list(Path.cwd().iterdir())


def test_the_offered_name_follows_the_corpus(tmp_path: Path) -> None:
    """A folder by its name, a file by its stem, a glob by its folder; odd characters become dashes."""
    odd = tmp_path / "my corpus [2026]"
    odd.mkdir()
    assert default_export_path([str(SEEDS)], tmp_path) == tmp_path / "tuicompare-seeds.md"
    assert default_export_path([f"{SEEDS}/"], tmp_path).name == "tuicompare-seeds.md"
    assert default_export_path([str(SEEDS / "000_ba5c7385b1f8dd65.txt")], tmp_path).name == (
        "tuicompare-000_ba5c7385b1f8dd65.md"
    )
    assert default_export_path([f"{SEEDS}/*.txt"], tmp_path).name == "tuicompare-seeds.md"
    assert default_export_path([str(odd)], tmp_path).name == "tuicompare-my-corpus-2026.md"
    assert (
        default_export_path([], tmp_path).name == default_export_path(["-"], tmp_path).name == ("tuicompare-report.md")
    )


async def test_default_file_is_in_the_home_folder_without_documents(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """No documents folder: the report is offered in the home folder."""
    (home / "Documents").rmdir()
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        assert screen.query_one(Input).value == str(home / "tuicompare-seeds.md")


async def test_prompt_and_question_are_whole_at_80x24(seed_options: Options, home: Path, tmp_path: Path) -> None:
    """At 80x24 the prompt (with its folder) and the overwrite question are shown in full, wrapped, not cut."""
    (home / "Documents" / "tuicompare-seeds.md").write_text("kept\n")
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        prompt = str(screen.query_one("#export-prompt", Label).content)
        assert str(home / "Documents") in prompt
        # Every character is on screen (a path longer than a line is folded, so compare without spaces).
        assert "".join(shown(pilot, "#export-prompt").split()) == "".join(prompt.split())
        assert screen.query_one("#export-prompt").region.height >= 2
        await submit(pilot)
        question = str(screen.query_one("#export-error", Label).content)
        assert "exists" in question and "Enter again" in question
        assert "".join(shown(pilot, "#export-error").split()) == "".join(question.split())


async def test_overwriting_asks_first_and_enter_again_replaces(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """An existing file is kept until Enter is pressed again on the same name; another name drops the question."""
    target = home / "Documents" / "tuicompare-seeds.md"
    target.write_text("an older report\n")
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        await submit(pilot)
        assert app.screen is screen and "exists" in shown(pilot, "#export-error")
        assert target.read_text() == "an older report\n"
        # Typing another name withdraws the question; coming back asks again.
        field = screen.query_one(Input)
        field.value = str(home / "Documents" / "other.md")
        await settle(pilot)
        assert shown(pilot, "#export-error") == ""
        field.value = str(target)
        await submit(pilot)
        assert app.screen is screen and target.read_text() == "an older report\n"
        await submit(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8").lstrip().startswith("#")


async def test_confirming_never_replaces_an_article_of_the_corpus(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """Enter twice on one of the corpus's own files still refuses it."""
    article = next(p for p in sorted(SEEDS.iterdir()) if p.suffix == ".txt")
    before = article.read_bytes()
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        screen.query_one(Input).value = str(article)
        await submit(pilot)
        await submit(pilot)
        assert app.screen is screen
        assert "exists" not in shown(pilot, "#export-error") and shown(pilot, "#export-error")
    assert article.read_bytes() == before


async def test_a_name_without_a_format_is_refused_and_the_notice_names_the_format(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """A name with no (or another) extension is refused, as `report -o` does; a written one says its format."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    documents = home / "Documents"
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        for name in ("notes", "notes.txt"):
            screen.query_one(Input).value = name
            await submit(pilot)
            assert app.screen is screen
            said = shown(pilot, "#export-error")
            assert name in said and ".md (Markdown)" in said and ".json (JSON)" in said
        assert not list(documents.iterdir())
        screen.query_one(Input).value = "notes.markdown"
        await submit(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert (documents / "notes.markdown").read_text(encoding="utf-8").startswith("# tuicompare report")
        screen = await open_export(pilot)
        screen.query_one(Input).value = "notes.json"
        await submit(pilot)
        said = [n.message for n in app._notifications]
        assert said[-2:] == [
            f"Markdown report written to {documents / 'notes.markdown'}",
            f"JSON report written to {documents / 'notes.json'}",
        ]


async def test_a_folder_typed_as_the_name_offers_the_report_file_inside_it(
    seed_options: Options, home: Path, tmp_path: Path
) -> None:
    """A folder is not "a name with no format": the dialog puts the offered file name in it; Enter writes there."""
    app = seeds_app(seed_options, review_db=tmp_path / "r.sqlite3")
    target = tmp_path / "exports"
    target.mkdir()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = await open_export(pilot)
        offered = Path(screen.query_one(Input).value).name
        screen.query_one(Input).value = str(target)
        await submit(pilot)
        assert app.screen is screen
        assert "names no format" not in shown(pilot, "#export-error")
        assert "is a folder" in shown(pilot, "#export-error")
        assert screen.query_one(Input).value == str(target / offered)
        await submit(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert (target / offered).read_text(encoding="utf-8").startswith("# tuicompare report")
