"""Regenerate the SVG screenshots in ``screenshots/`` from the seeds.

Usage: ``python scripts/screenshots.py [--out DIR]``. Each shot drives the app
with Textual's Pilot (``App.run_test``), exactly as built by ``make_app``, and
saves it with ``App.save_screenshot``. The seeds are analysed once into a
temporary cache so every shot starts warm; verdicts go to a temporary review store.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tuicompare.app.app import TuicompareApp, make_app
from tuicompare.pipeline import Options, run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: (file name, terminal size, keys pressed once the comparison is shown)
SHOTS: list[tuple[str, tuple[int, int], tuple[str, ...]]] = [
    ("main-view.svg", (160, 48), ("n",)),
    ("claims-filter.svg", (160, 48), ("c", "n")),
    ("help.svg", (100, 36), ("question_mark",)),
    ("narrow-terminal.svg", (80, 24), ("n",)),
    ("entity-view.svg", (160, 48), ("E",)),
    # n, v: the unit conflict confirmed (●); C: the conflicts panel over the panes.
    ("conflicts-panel.svg", (160, 48), ("n", "v", "C")),
]


async def settled(app: TuicompareApp, pilot: Pilot) -> None:
    """Let the background layout and every message the last key caused finish."""
    for _ in range(3):
        with contextlib.suppress(WorkerCancelled):  # a superseded layout is cancelled; the newest is awaited
            await app.workers.wait_for_complete()
        await pilot.pause()


async def take(name: str, size: tuple[int, int], keys: tuple[str, ...], options: Options, out: Path) -> Path:
    """Open the app on the seeds, press ``keys`` and save one screenshot.

    Each shot has a review store of its own, so no verdict of the user's (or of another shot) shows.
    """
    assert options.cache_dir is not None
    review_db = options.cache_dir / f"reviews-{name}.sqlite3"
    app = make_app([str(SEEDS)], options, review_db=review_db)
    async with app.run_test(size=size) as pilot:
        for _ in range(500):
            await pilot.pause(0.01)
            if app.comparison_shown:
                break
        else:
            raise SystemExit("the comparison never appeared")
        # Shown is not yet laid out: a key pressed before the rows are laid out is lost (the claims filter's
        # shot showed "all"). Wait as the app tests do (tests.support.app.wait_ready), then after each key.
        await settled(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settled(app, pilot)
        app.save_screenshot(filename=name, path=str(out))
    return out / name


def main() -> None:
    """Write every screenshot and print their paths."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as cache:
        options = Options(cache_dir=Path(cache))
        run([str(SEEDS)], options)
        for name, size, keys in SHOTS:
            print(asyncio.run(take(name, size, keys, options, args.out)))


if __name__ == "__main__":
    main()
