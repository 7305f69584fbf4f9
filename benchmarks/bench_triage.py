"""Benchmark: triage of one new article against a generated, cached corpus.

Generates ``--articles`` articles (stories of ``--rewrites`` rewrites, with the
engine's generator) into a temporary folder, holds one rewrite out as the new
article, warms the analysis cache once (the spaCy pass; timed), then runs
``tuicompare triage NEW --corpus DIR`` as a subprocess on growing slices of
the corpus and reports wall time (process start included) and the peak
resident memory of that process. An in-process breakdown shows where the time
goes: opening the corpus (reading files, cached term bags, the story index)
and triaging (candidate retrieval, the engine on the candidates only).

    .venv/bin/python benchmarks/bench_triage.py                 # 1,000 articles
    .venv/bin/python benchmarks/bench_triage.py --articles 200  # quicker

Targets (issue 5): < 1.5 s wall and < 1 GB peak with 1,000 cached articles;
cost beyond parsing the new article sub-linear in the corpus size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent


def run_triage(new: Path, corpus: Path, cache: Path) -> tuple[float, float, int]:
    """Run the CLI once; return (wall seconds, peak RSS in MB, exit status)."""
    cmd = [sys.executable, "-m", "tuicompare", "triage", str(new), "--corpus", str(corpus), "--cache-dir", str(cache)]
    env = {**os.environ, "NO_COLOR": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"triage failed ({proc.returncode}): {err}")
    return wall, usage.ru_maxrss / 1024, proc.returncode


def generate(folder: Path, articles: int, rewrites: int) -> tuple[Path, Path, list[str]]:
    """Write the corpus; return (corpus folder, held-out new article, story ids in order).

    Runs in this process only under ``--child``: the parent stays small, so the
    children's peak memory (which on Linux includes the parent's size at fork)
    is the triage's own.
    """
    from tuicompare.evaluation.generate import generate_corpus, write_corpus

    stories = generate_corpus(max(1, articles // rewrites), rewrites + 1, seed=5)
    corpus = folder / "corpus"
    write_corpus(stories, corpus)
    (corpus / "ground_truth.json").replace(folder / "ground_truth.json")
    held = stories[0].articles[-1].id
    new = folder / f"new-{held}.txt"
    (corpus / f"{held}.txt").replace(new)
    # Keep exactly `rewrites` articles per story in the corpus.
    for story in stories[1:]:
        (corpus / f"{story.articles[-1].id}.txt").unlink()
    return corpus, new, [s.id for s in stories]


def slice_corpus(corpus: Path, story_ids: list[str], n_stories: int, target: Path) -> Path:
    """A copy of the first ``n_stories`` stories of the corpus."""
    target.mkdir()
    keep = tuple(f"{sid}-" for sid in story_ids[:n_stories])
    for file in corpus.iterdir():
        if file.name.startswith(keep):
            shutil.copy2(file, target / file.name)
    return target


def breakdown(new: Path, corpus: Path, cache: Path) -> tuple[float, float, int]:
    """Seconds to open the corpus, seconds to triage, articles compared (in a child process)."""
    from tuicompare.pipeline import Options
    from tuicompare.triage import TriageCorpus, triage_article
    from tuicompare.triage.corpus import load_new

    options = Options(cache_dir=cache)
    start = time.perf_counter()
    with TriageCorpus.open([str(corpus)], options) as opened:
        opened_at = time.perf_counter()
        (article,), _ = load_new(str(new), options, opened.articles)
        result = triage_article(opened, article)
        done = time.perf_counter()
    return opened_at - start, done - opened_at, len(result.comparison.articles)


def in_child(*args: str) -> dict:
    """Run a step of this script in a child process and read its JSON answer."""
    cmd = [sys.executable, __file__, "--child", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {done.stderr}")
    return json.loads(done.stdout)


def child(args: list[str]) -> None:
    """The ``--child`` steps: ``generate FOLDER N REWRITES`` or ``breakdown NEW CORPUS CACHE``."""
    step, *rest = args
    if step == "generate":
        corpus, new, stories = generate(Path(rest[0]), int(rest[1]), int(rest[2]))
        print(json.dumps({"corpus": str(corpus), "new": str(new), "stories": stories}))
    else:
        new, corpus, cache = (Path(p) for p in rest)
        breakdown(new, corpus, cache)  # once for the imports, so the second run times the work only
        open_s, triage_s, compared = breakdown(new, corpus, cache)
        print(json.dumps({"open": open_s, "triage": triage_s, "compared": compared}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--rewrites", type=int, default=10, help="articles per story (default 10)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per size (default 5)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    console = Console(highlight=False, width=max(100, Console().width))
    with tempfile.TemporaryDirectory(prefix="bench-triage-") as tmp:
        folder = Path(tmp)
        cache = folder / "cache"
        made = in_child("generate", str(folder), str(args.articles), str(args.rewrites))
        corpus, new, story_ids = Path(made["corpus"]), Path(made["new"]), made["stories"]
        size = sum(1 for _ in corpus.iterdir())
        console.print(f"corpus: {size} articles in {len(story_ids)} stories; new article: {new.name}")

        warm, rss, _ = run_triage(new, corpus, cache)
        console.print(f"cache warm-up (spaCy over {size + 1} articles, term bags): {warm:.1f} s, peak {rss:.0f} MB")

        n_stories = len(story_ids)
        fractions = sorted({max(1, n_stories // 4), max(1, n_stories // 2), n_stories})
        table = Table(title=f"triage of one article, warm cache, best / median of {args.repeat} runs")
        for name in ("corpus", "wall best", "wall median", "peak RSS", "open corpus", "triage", "compared"):
            table.add_column(name, justify="right")
        for k in fractions:
            part = corpus if k == n_stories else slice_corpus(corpus, story_ids, k, folder / f"slice{k}")
            runs = [run_triage(new, part, cache) for _ in range(args.repeat)]
            walls = [w for w, _, _ in runs]
            peak = max(r for _, r, _ in runs)
            timing = in_child("breakdown", str(new), str(part), str(cache))
            open_s, triage_s, compared = timing["open"], timing["triage"], timing["compared"]
            count = sum(1 for _ in part.iterdir())
            table.add_row(
                str(count),
                f"{min(walls):.2f} s",
                f"{statistics.median(walls):.2f} s",
                f"{peak:.0f} MB",
                f"{open_s * 1000:.0f} ms",
                f"{triage_s * 1000:.0f} ms",
                str(compared),
            )
        console.print(table)
        starts = []
        for _ in range(args.repeat):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tuicompare", "--version"], capture_output=True, cwd=ROOT, check=True)
            starts.append(time.perf_counter() - begin)
        console.print(
            f"process start alone (`tuicompare --version`): best {min(starts):.2f} s, "
            f"median {statistics.median(starts):.2f} s"
        )

        # A new article never seen before: spaCy is loaded and parses it.
        fresh = folder / "fresh.txt"
        fresh.write_text(
            new.read_text(encoding="utf-8").replace("\n\n", "\n\nUpdated at dawn.\n\n", 1), encoding="utf-8"
        )
        cold, rss, _ = run_triage(fresh, corpus, cache)
        console.print(
            f"uncached new article ({size} articles): {cold:.2f} s wall (spaCy load and parse included), "
            f"peak {rss:.0f} MB"
        )
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        console.print(f"(this benchmark process: {own:.0f} MB, a floor under every child's peak)")


if __name__ == "__main__":
    main()
