"""Soak run: the app opened and closed many times, and a large mixed folder loaded again and again.

Usage: ``python benchmarks/soak.py [--iterations 200] [--files 2000] [--skip-app] [--skip-folder]``.

* App: in one process, with a warm cache, ``make_app(seeds)`` is run headless
  (``App.run_test``) ``--iterations`` times: wait for the comparison, press a
  few navigation keys (rows, next conflict, claim filter, panes, story
  switcher, help), quit. Resident memory (VmRSS), live objects and (with
  ``--tracemalloc``) the Python heap are sampled at iterations 1, 10, 25, 50,
  100, 150 and 200, with the peak.
* Folder: ``--files`` files generated from the seeds (80 % variants as text,
  Markdown, HTML, JSON and JSON Lines; 20 % binary, empty, oversize, bad JSON,
  bad JSON Lines, control characters, no words, deeply nested JSON) are
  loaded through ``pipeline.load`` five times in this process, then through
  ``tuicompare info`` three times in child processes (the first analyses
  everything with spaCy, the next two are served from the cache). Each
  child's peak RSS is its VmHWM, polled until it exits.

Every pass must end with the same articles and warnings; any exception,
traceback or drift is a failure (exit status 1).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The corpus generator is a test helper: the repository root makes ``tests.support`` importable.
sys.path.insert(0, str(ROOT))

from tests.support.big_corpus import BAD_KINDS, write_bad, write_good  # noqa: E402

KEYS = ("j", "j", "n", "c", "c", "l", "h", "G", "g", "s", "escape", "question_mark", "escape")
SAMPLES = (1, 10, 25, 50, 100, 150, 200)
MAX_BYTES = 200_000  # the oversize files are just over this


def rss_mb() -> float:
    """Current resident set size of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def watch_peak(proc: subprocess.Popen) -> float:
    """A child's peak RSS in MB, read from its VmHWM until it exits.

    ``wait4``'s ru_maxrss would not do: Linux carries the forking parent's
    high-water mark across ``exec``, and this parent is large.
    """
    peak = 0.0
    status = Path(f"/proc/{proc.pid}/status")
    while True:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, ValueError):
            pass
        # Zombie: exited but not reaped; its memory figures are gone by now.
        try:
            if "State:\tZ" in status.read_text():
                return peak
        except OSError:
            return peak
        time.sleep(0.05)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _ready(pilot) -> None:  # noqa: ANN001 - textual Pilot
    app = pilot.app
    for _ in range(20_000):
        await pilot.pause(0.001)
        if app.comparison_shown:
            return
    raise RuntimeError("the comparison never appeared")


def soak_app(iterations: int, cache: Path, trace: bool) -> dict:
    """Open, navigate and close the app ``iterations`` times in this process."""
    from tuicompare.app.app import make_app
    from tuicompare.pipeline import Options, run

    options = Options(cache_dir=cache)
    run([str(SEEDS)], options)  # warm the cache
    samples, times = [], []
    if trace:
        tracemalloc.start()  # slows every iteration about threefold

    async def once() -> None:
        app = make_app([str(SEEDS)], options)
        async with app.run_test(size=(160, 48)) as pilot:
            await _ready(pilot)
            for key in KEYS:
                await pilot.press(key)
            await pilot.pause()
            if not app.is_running:
                raise RuntimeError("the app stopped during navigation")
            await pilot.press("q")
        if app.return_code not in (None, 0):
            raise RuntimeError(f"the app ended with status {app.return_code}")

    for i in range(1, iterations + 1):
        start = time.perf_counter()
        asyncio.run(once())
        times.append(time.perf_counter() - start)
        if i in SAMPLES or i == iterations:
            gc.collect()
            heap, _ = tracemalloc.get_traced_memory() if trace else (0, 0)
            samples.append(
                {
                    "iteration": i,
                    "rss_mb": round(rss_mb(), 1),
                    "heap_mb": round(heap / 1e6, 1),
                    "objects": len(gc.get_objects()),
                    "seconds": round(times[-1], 2),
                }
            )
            print(
                f"  app iteration {i}: RSS {samples[-1]['rss_mb']} MB, {samples[-1]['objects']} objects, "
                f"heap {samples[-1]['heap_mb']} MB, {times[-1]:.2f} s",
                flush=True,
            )
    _, heap_peak = tracemalloc.get_traced_memory() if trace else (0, 0)
    tracemalloc.stop()
    return {
        "iterations": iterations,
        "samples": samples,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "peak_heap_mb": round(heap_peak / 1e6, 1),
        "seconds_per_iteration": round(sum(times) / len(times), 3),
        "first_iteration_s": round(times[0], 3),
    }


def soak_folder(files: int, cache: Path, workdir: Path) -> dict:
    """Load a mixed folder of ``files`` files in process and through ``tuicompare info``."""
    from tuicompare.errors import CorpusError
    from tuicompare.pipeline import Options, load

    folder = workdir / "mixed"
    folder.mkdir()
    bad = files // 5
    write_good(folder, files - bad)
    write_bad(folder, bad, max_bytes=MAX_BYTES)
    options = Options(max_bytes=MAX_BYTES, cache_dir=cache)
    passes = []
    baseline = None
    for n in range(1, 6):
        start = time.perf_counter()
        try:
            loaded = load([str(folder)], options)
        except CorpusError as exc:
            raise RuntimeError(f"nothing loaded: {exc}") from exc
        seconds = time.perf_counter() - start
        shape = (len(loaded.articles), len(loaded.warnings))
        baseline = baseline or shape
        if shape != baseline:
            raise RuntimeError(f"pass {n} loaded {shape}, pass 1 loaded {baseline}")
        del loaded
        gc.collect()
        passes.append({"pass": n, "seconds": round(seconds, 2), "rss_mb": round(rss_mb(), 1)})
        print(f"  load pass {n}: {seconds:.1f} s, RSS {passes[-1]['rss_mb']} MB", flush=True)
    runs = []
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    outputs = set()
    for n in range(1, 4):
        start = time.perf_counter()
        with open(workdir / "out.txt", "wb") as out, open(workdir / "err.txt", "wb") as err:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tuicompare",
                    "info",
                    str(folder),
                    "--max-size",
                    str(MAX_BYTES),
                    "--cache-dir",
                    str(cache),
                ],
                stdout=out,
                stderr=err,
                env=env,
                cwd=ROOT,
            )
            peak = watch_peak(proc)
            _, status, _usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        stderr = (workdir / "err.txt").read_text(encoding="utf-8", errors="replace")
        code = os.waitstatus_to_exitcode(status)
        if code != 0 or "Traceback" in stderr:
            raise RuntimeError(f"info pass {n} failed with status {code}:\n{stderr[-2000:]}")
        outputs.add((workdir / "out.txt").read_bytes())
        warnings = sum(1 for line in stderr.splitlines() if line.startswith("warning:"))
        runs.append({"pass": n, "seconds": round(seconds, 1), "peak_rss_mb": round(peak, 1), "warnings": warnings})
        print(
            f"  info pass {n}: {seconds:.1f} s, peak RSS {runs[-1]['peak_rss_mb']} MB, {warnings} warning lines",
            flush=True,
        )
    if len(outputs) != 1:
        raise RuntimeError("info printed different tables on different passes")
    return {
        "files": files,
        "good_files": files - bad,
        "bad_files": bad,
        "bad_kinds": list(BAD_KINDS),
        "articles": baseline[0],
        "warnings": baseline[1],
        "load_passes": passes,
        "info_passes": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-folder", action="store_true")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap (about 3x slower)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="tuicompare-soak-") as tmp:
        work = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(work / "xdg")
        try:
            if not args.skip_app:
                print(f"app: {args.iterations} open/navigate/close cycles on the seeds", flush=True)
                results["app"] = soak_app(args.iterations, work / "app-cache", args.tracemalloc)
            if not args.skip_folder:
                print(f"folder: {args.files} mixed files", flush=True)
                results["folder"] = soak_folder(args.files, work / "folder-cache", work)
        except Exception as exc:  # noqa: BLE001 - a soak reports any failure and exits 1
            print(f"SOAK FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
