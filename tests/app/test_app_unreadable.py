"""Opening a folder the user may not list: the app says so in the loader's words, not as an unexpected error.

The app's first-story shortcut listed the folder before the loader did, and its PermissionError reached the
loading screen as "Unexpected error (PermissionError): [Errno 13] Permission denied: '…'", read as a crash.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import ROOT
from tests.support.unprivileged import run_python
from tuicompare.app.widgets.loading import error_message

#: Opens the app on argv[1] (cache argv[2]) at 80x24, waits for the error screen, prints what it shows.
SCRIPT = """
import asyncio, sys
from pathlib import Path
from tests.support.app import screen_text, wait_failed
from tuicompare.app.app import make_app
from tuicompare.pipeline import Options

async def main():
    app = make_app([sys.argv[1]], Options(cache_dir=Path(sys.argv[2])))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_failed(pilot, attempts=3000)
        print(screen_text(pilot))
        await pilot.press("q")
    print("exit status", app.return_code)

asyncio.run(main())
"""


def run_unprivileged(folder: Path, cache: Path) -> str:
    """Run SCRIPT without root's right to read anything (as another user would), and return what it printed."""
    return run_python(
        SCRIPT,
        str(folder),
        str(cache),
        pythonpath=[ROOT / "src", ROOT],
        unprivileged=True,
        why="cannot make a folder unreadable",
        cwd=ROOT,
    )


def test_a_folder_that_cannot_be_listed_is_said_plainly_and_q_quits_with_status_2(tmp_path: Path) -> None:
    locked = tmp_path / "articles"
    locked.mkdir()
    (locked / "a.txt").write_text("The council said the bridge would reopen on Monday.\n")
    locked.chmod(0)
    try:
        shown = run_unprivileged(locked, tmp_path / "cache")
    finally:
        locked.chmod(0o755)
    text = " ".join(shown.split())
    assert "Could not open the corpus" in text
    # The message wraps at the window's width, a long path anywhere in it: compared without the breaks.
    expected = f"No article could be loaded from {locked}: cannot list directory: Permission denied."
    assert "".join(expected.split()) in "".join(shown.split()), shown
    assert "Unexpected" not in text and "Errno" not in text and "Traceback" not in text
    assert "exit status 2" in text


def test_a_file_system_error_reads_as_the_file_and_why() -> None:
    assert error_message(PermissionError(13, "Permission denied", "/data/x")) == "/data/x: Permission denied."
    assert error_message(OSError(28, "No space left on device")) == "No space left on device."
