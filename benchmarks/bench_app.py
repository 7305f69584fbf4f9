"""Benchmark the app: launch to first complete comparison, and key to repaint.

Usage: ``python benchmarks/bench_app.py [--keys N]``.

* Launch: a fresh process runs ``make_app(seeds)`` headless (``App.run_test``)
  and reports the time from its first line (before importing Textual or
  tuicompare) until the comparison is laid out in every pane. Cold uses an
  empty cache (spaCy loads and parses every article); warm reuses it. The
  parent also reports the whole process wall time (interpreter start and
  shutdown included).
* Key to repaint: in one process, each key event is handed to the app the
  way the terminal driver does (``driver.send_message``) and timed from there
  to the last screen update it caused (the compositor's update serialised
  to terminal output), over the seeds and a generated 30-article story
  (``tuicompare.evaluation.generate``). Textual paints at most 60 frames a
  second, so up to ~17 ms of each figure is waiting for the next frame.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


async def _until_ready(pilot) -> None:  # noqa: ANN001 - textual Pilot
    app = pilot.app
    for _ in range(10_000):
        await pilot.pause(0.001)
        if app.comparison_shown:
            return
    raise SystemExit("the comparison never appeared")


def inner_launch(cache: str) -> None:
    """Child process: print seconds from process start to the comparison on screen."""
    from tuicompare.app.app import make_app
    from tuicompare.pipeline import Options

    async def go() -> float:
        app = make_app([str(SEEDS)], Options(cache_dir=Path(cache)))
        async with app.run_test(size=(160, 48)) as pilot:
            await _until_ready(pilot)
            app.screen._compositor.render_strips()
            return time.perf_counter() - _T0

    print(json.dumps({"ready": asyncio.run(go())}))


def launch(cache: str) -> tuple[float, float]:
    """Run one child; return (launch-to-comparison, process wall time)."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--inner-launch", cache], check=True, capture_output=True, text=True
    ).stdout
    wall = time.perf_counter() - start
    return json.loads(out.strip().splitlines()[-1])["ready"], wall


async def key_latencies(paths: list[str], options, keys: list[str], size: tuple[int, int]) -> list[float]:  # noqa: ANN001
    """Seconds from each key press to the last screen update it caused.

    ``App._display`` receives every compositor update; headless Textual then
    skips the terminal write, so the wrapper serialises the update to ANSI
    itself (what a real terminal would be sent) before stamping the time.
    """
    from textual import events

    from tuicompare.app.app import make_app

    app = make_app(paths, options)
    stamps: list[float] = []
    display = app._display

    def timed_display(screen, renderable) -> None:  # noqa: ANN001
        if renderable is not None:
            if hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)
            stamps.append(time.perf_counter())
        display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]
    times: list[float] = []
    async with app.run_test(size=size) as pilot:
        await _until_ready(pilot)
        await pilot.pause(0.2)
        for key in keys:
            before = len(stamps)
            char = key if len(key) == 1 else None
            start = time.perf_counter()
            # The same path a terminal key takes: the driver hands the event to the app.
            app._driver.send_message(events.Key(key, char))
            # Settle: no further update for 100 ms means the key's repaint is complete.
            seen = before
            while True:
                await asyncio.sleep(0.1)
                if len(stamps) == seen and len(stamps) > before or time.perf_counter() - start > 2:
                    break
                seen = len(stamps)
            if len(stamps) > before:
                times.append(stamps[-1] - start)
    return times


def summary(name: str, times: list[float]) -> str:
    """Mean, median, p95 and max in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"{name:<38} n={len(ms):<4} mean {statistics.mean(ms):6.1f} ms  median {statistics.median(ms):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {ms[-1]:6.1f} ms"
    )


def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description="tuicompare app benchmark")
    parser.add_argument("--inner-launch", metavar="CACHE", help=argparse.SUPPRESS)
    parser.add_argument("--keys", type=int, default=60, help="row moves per corpus (default 60)")
    parser.add_argument("--runs", type=int, default=3, help="warm launches to average (default 3)")
    args = parser.parse_args()
    if args.inner_launch:
        inner_launch(args.inner_launch)
        return

    from tuicompare.evaluation.generate import generate_corpus
    from tuicompare.pipeline import Options, run

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "cache")
        cold, cold_wall = launch(cache)
        warm_runs = [launch(cache) for _ in range(args.runs)]
        print("Launch to first complete comparison on screen (seeds, 5 articles, 160x48, headless):")
        print(f"  cold (empty cache, spaCy loads): {cold:6.2f} s   (process wall {cold_wall:5.2f} s)")
        for ready, wall in warm_runs:
            print(f"  warm (cache hit):                {ready:6.2f} s   (process wall {wall:5.2f} s)")

        generated = Path(tmp) / "generated"
        generate_corpus(1, 30, seed=7, folder=generated)
        gen_paths = sorted(str(p) for p in generated.glob("*.txt"))
        options = Options(cache_dir=Path(cache))
        run(gen_paths, options)  # warm the cache so only the app is measured
        moves = (
            ["j"] * args.keys + ["k"] * (args.keys // 2) + ["n", "n", "N", "pagedown", "pagedown", "pageup", "G", "g"]
        )
        paging = ["l"] * 10 + ["h"] * 10
        for size in ((80, 24), (160, 48)):
            print(f"Key press to repaint ({size[0]}x{size[1]}):")
            seeds = asyncio.run(key_latencies([str(SEEDS)], options, moves, size))
            print("  " + summary("seeds, rows/conflicts/pages", seeds))
            big = asyncio.run(key_latencies(gen_paths, options, moves + paging, size))
            print("  " + summary(f"generated story, {len(gen_paths)} articles", big))
    print(f"load average {os.getloadavg()[0]:.2f} at end (other processes slow every figure)")


if __name__ == "__main__":
    main()
