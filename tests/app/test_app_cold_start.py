"""A corpus opened in the app for the first time is parsed on worker processes, and shows.

Run in a fresh process: the first worker pool of a process also starts multiprocessing's resource
tracker, so only a process that has not started one yet shows whether the app can start it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, SEEDS
from tests.support.cli_runner import env_for

pytestmark = pytest.mark.slow  # two worker processes each load spaCy

#: Opens the seeds in the app, as the CLI builds it, with a cold cache and two worker processes; prints
#: what the app shows: "shown N stories" or the message of its "Could not open the corpus" panel.
SCRIPT = """
import asyncio, sys
from pathlib import Path

from tuicompare.analysis import nlp
from tuicompare.app.app import make_app
from tuicompare.pipeline import Options


async def main() -> None:
    app = make_app([sys.argv[1]], Options(cache_dir=Path(sys.argv[2]), jobs=2), review_db=Path(sys.argv[3]))
    async with app.run_test(size=(80, 24)) as pilot:
        # The first story shows early; the whole comparison, every story, follows.
        while not (app.comparison_shown and not app.partial or app.load_error):
            await pilot.pause(0.1)
        print(app.load_error or f"shown {len(app.comparison.stories)} stories")


if __name__ == "__main__":
    # Small batches, so the five seeds are parsed by the worker processes, as a bigger corpus is.
    nlp.BATCH_SIZE, nlp.MIN_PARALLEL_BATCHES = 4, 2
    asyncio.run(main())
"""


def test_a_corpus_parsed_on_worker_processes_opens_in_the_app(tmp_path: Path) -> None:
    """Before, the first pool started inside the app failed: "Unexpected error (ValueError): bad value(s)..."."""
    script = tmp_path / "open_cold.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(SEEDS), str(tmp_path / "cache"), str(tmp_path / "reviews.sqlite3")],
        capture_output=True,
        text=True,
        env=env_for(tmp_path / "xdg", PYTHONPATH=str(ROOT / "src")),
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown 3 stories", done.stdout + done.stderr
