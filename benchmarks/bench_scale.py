"""Scale: warm reports, the app's first story, one article added and long articles, on big corpora.

Usage: ``python benchmarks/bench_scale.py [--sizes 1000,10000] [--long 250,500,1000] [--wire 300]``.

A corpus of N articles is every ECB+ dev article (``../shared/dev/ecbplus``, read
there, 872 of them) plus generated rewrites (``evaluation.generate``, 10 per
story) up to N, written once under ``/tmp/tuicompare-bench-scale``. Its cache
(``--cache-dir``, by default under it; ``--work DIR`` writes both elsewhere)
is kept between runs: the first run of a size analyses every article cold
(spaCy, every core) and is reported as such; later runs are warm. For each
size it prints, each command a fresh process (wall time
from the parent; CPU seconds, user and system, and peak RSS from ``wait4``;
the app's CPU at its first story from the process itself; modules compiled
once under ``/tmp/tuicompare-bench-scale/pycache``, as an installed package's are):

* ``report --json -o FILE``: the first run (stories compared and cached, or
  cold) and the warm runs after it (best and median);
* the app (headless, 160x48): seconds from the first line of the process to
  the first story on screen, and to the whole comparison; twice, the second
  run finding the first story from the files' listing (``quickview``);
* one new article added (a new generated rewrite each run, so spaCy parses it):
  ``report --json`` again, its CPU also told apart: the process that parsed the
  article (``children-cpu``, printed as the command exits) and the main process;

then, with ``--long``, two articles of N sentences each (a generated story's
sentences repeated: ``near`` is one rewrite twice with every seventh sentence
touched, ``far`` two different rewrites): the engine's time over them as one
story, analyses warm, and the process's peak RSS (the curve over N); with
``--wire``, one story of that many rewrites (a wire story reprinted
everywhere), likewise. These bypass the story cache: they time the comparison.
``--cluster 1000,10000`` times story clustering alone (``cluster_bags`` over
the first N articles' cached bags of terms) and does nothing else.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
WORK = Path("/tmp/tuicompare-bench-scale")
CLI = [sys.executable, "-m", "tuicompare"]
#: ``python -m tuicompare``, which also prints, as it exits, the CPU seconds of the processes it started and
#: waited for (the process that parses an added article): run as ``__main__`` by ``runpy`` as ``-m`` does, so a
#: spawned process imports ``tuicompare.__main__`` as ``-m``'s would.
CLI_SPLIT = [
    sys.executable,
    "-c",
    "import atexit, resource, runpy, sys\n"
    "def said():\n"
    "    used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    print(f'children-cpu {used.ru_utime + used.ru_stime:.6f}')\n"
    "atexit.register(said)\n"
    "runpy.run_module('tuicompare', run_name='__main__', alter_sys=True)\n",
]
#: CPU seconds (user + system) of each command run: on a shared machine they vary far less than wall time.
CPU: list[float] = []
#: Of each report run, the CPU seconds of the processes it started (the parsing process of an added article).
CHILD_CPU: list[float] = []


def corpus(size: int) -> list[str]:
    """The input paths of a ``size``-article corpus: the ECB+ dev articles, then generated rewrites."""
    from tuicompare.evaluation.generate import generate_corpus, write_corpus

    real = sorted(str(p) for p in ECBPLUS.glob("ecb*.txt"))[:size]
    rest = size - len(real)
    folder = WORK / f"generated-{size}"
    if rest > 0 and not (folder / "ground_truth.json").is_file():
        stories = generate_corpus(-(-rest // 10), 10, seed=size)
        last = rest - 10 * (len(stories) - 1)
        stories[-1] = dataclasses.replace(stories[-1], articles=stories[-1].articles[:last])
        write_corpus(stories, folder)
    return [*real, *([str(folder / "*.txt")] if rest > 0 else [])]


def run(args: list[str]) -> tuple[float, float, str]:
    """Run a command; return (wall seconds, peak RSS in MB, its standard output)."""
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONPYCACHEPREFIX": str(WORK / "pycache")}
    # Compiled once, as an installed package is: compiling tuicompare's sources at every start (what a
    # PYTHONDONTWRITEBYTECODE shell does) cost the app's start a tenth of a second of CPU.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({status}): {' '.join(args[:6])}...")
    CPU.append(usage.ru_utime + usage.ru_stime)
    return wall, usage.ru_maxrss / 1024, out


def report(paths: list[str], cache: str, name: str) -> tuple[float, float]:
    """Run ``report --json -o FILE``; ``CPU`` gets its CPU seconds (its children's included), ``CHILD_CPU`` theirs."""
    out = WORK / f"{name}.json"
    out.unlink(missing_ok=True)
    wall, rss, said = run([*CLI_SPLIT, "report", *paths, "--json", "-o", str(out), "--cache-dir", cache])
    lines = [line for line in said.splitlines() if line.startswith("children-cpu ")]
    CHILD_CPU.append(float(lines[-1].split()[1]) if lines else float("nan"))
    return wall, rss


def inner_app(cache: str, paths: list[str]) -> None:
    """Child process: seconds from process start to the first story on screen, then to the whole comparison."""
    from tuicompare.app.app import make_app
    from tuicompare.pipeline import Options

    async def go() -> dict[str, float]:
        app = make_app(paths, Options(cache_dir=Path(cache)))
        times: dict[str, float] = {}
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(100_000):
                # Every 10 ms, not every 1: each poll runs the pilot's wait for the screen, and at one a millisecond
                # those polls took the interpreter from the app's worker (a first opening of the 10,000 at load 0.6-1.0:
                # 1.60-2.20 s of CPU to the first story with 1 ms polls, 1.05-1.17 s with 10 ms; twentieth session).
                # A user's app does not poll; 10 ms is the most the poll can add to a figure.
                await pilot.pause(0.01)
                if app.comparison_shown and "first" not in times:
                    app.screen._compositor.render_strips()
                    times["first"] = time.perf_counter() - _T0
                    times["first_cpu"] = time.process_time()
                if app.comparison_shown and not app.partial:
                    times["whole"] = time.perf_counter() - _T0
                    return times
        raise SystemExit("the comparison never appeared")

    print(json.dumps(asyncio.run(go())))


def inner_compare(cache: str, paths: list[str]) -> None:
    """Child process: analyse (cached after the first time), then time the engine over the articles as one story."""
    from tuicompare import pipeline
    from tuicompare.engine import compare

    options = pipeline.Options(cache_dir=Path(cache))
    articles = pipeline.load(paths, options).articles
    analyses, _ = pipeline.analyse(articles, options)
    start, cpu = time.perf_counter(), time.process_time()
    compare(articles, analyses, stories=[[a.id for a in articles]])
    print(json.dumps({"compare": time.perf_counter() - start, "cpu": time.process_time() - cpu}))


def compare_time(paths: list[str], cache: str) -> tuple[float, float, float]:
    """The engine's seconds over ``paths`` as one story (analyses warm), its CPU seconds, the process's peak RSS in MB.

    The story cache is bypassed on purpose: this times the comparison itself. The CPU
    time says what the wall time would be on an idle core when the machine is shared.
    """
    run([sys.executable, __file__, "--inner-compare", cache, *paths])  # warms the analyses
    _, rss, out = run([sys.executable, __file__, "--inner-compare", cache, *paths])
    found = json.loads(out.strip().splitlines()[-1])
    return found["compare"], found["cpu"], rss


def app_times(paths: list[str], cache: str) -> tuple[dict[str, float], float]:
    _, rss, out = run([sys.executable, __file__, "--inner-app", cache, *paths])
    return json.loads(out.strip().splitlines()[-1]), rss


def added_article(size: int) -> str:
    """A new generated article (never seen before: its text carries the time), to add to the corpus."""
    from tuicompare.evaluation.generate import generate_story

    story = generate_story(size + int(time.time()), 1, story_id=f"added{size}")
    folder = WORK / "added"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"added-{size}.txt"
    article = story.articles[0]
    path.write_text(f"{article.title}\n\n{article.text}\nFiled at {time.time():.6f}.\n", encoding="utf-8")
    return str(path)


def bench_size(size: int, cache: str, warm_runs: int) -> None:
    paths = corpus(size)
    print(f"\n== {size} articles (load average {os.getloadavg()[0]:.2f})")
    wall, rss = report(paths, cache, f"report-{size}")
    print(f"report --json, first run: {wall:.2f} s ({CPU[-1]:.2f} s CPU), peak {rss:.0f} MB")
    walls, peaks, cpus = [], [], []
    for _ in range(warm_runs):
        wall, rss = report(paths, cache, f"report-{size}")
        walls.append(wall)
        peaks.append(rss)
        cpus.append(CPU[-1])
    print(
        f"report --json, warm: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
        f"(CPU best {min(cpus):.2f} s), peak {max(peaks):.0f} MB"
    )
    for run in ("warm", "opened before"):  # the second finds the first story by the files' listing (quickview)
        times, rss = app_times(paths, cache)
        first, whole = times["first"], times["whole"]
        print(
            f"app, {run}: first story {first:.2f} s ({times['first_cpu']:.2f} s CPU), "
            f"whole comparison {whole:.2f} s, peak {rss:.0f} MB"
        )
    extra = added_article(size)
    wall, rss = report([*paths, extra], cache, f"report-{size}-added")
    print(
        f"one article added: report --json {wall:.2f} s ({CPU[-1]:.2f} s CPU; spaCy loaded to parse it: "
        f"the parsing process {CHILD_CPU[-1]:.2f}, the main process {CPU[-1] - CHILD_CPU[-1]:.2f}), "
        f"peak {rss:.0f} MB"
    )
    wall, rss = report([*paths, extra], cache, f"report-{size}-added")
    print(f"... and once more, warm: {wall:.2f} s ({CPU[-1]:.2f} s CPU)")


def inner_cluster(cache: str, sizes: list[int]) -> None:
    """Story clustering alone: ``cluster_bags`` over the first N articles of the largest corpus, bags from the cache."""
    import resource

    from tuicompare import pipeline
    from tuicompare.engine import cluster_bags
    from tuicompare.ondemand import StoryComparisons

    options = pipeline.Options(cache_dir=Path(cache))
    articles = pipeline.load(corpus(max(sizes)), options).articles
    with pipeline.AnalysisSession(options) as session:
        bags = StoryComparisons(articles, session, stories=[[a.id for a in articles]])._bags(None)
    for size in sizes:
        chosen = {a.id: bags[a.id] for a in articles[:size]}
        start = time.perf_counter()
        stories = cluster_bags(chosen, dates={a.id: a.date for a in articles[:size]})
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"clustering {size} articles: {seconds:.2f} s, {len(stories)} stories (process peak {peak:.0f} MB)")


def long_pair(n: int, kind: str) -> list[str]:
    """Two articles of ``n`` sentences: a seed's sentences repeated, rewritten near or far."""
    from tuicompare.evaluation.generate import generate_story

    story = generate_story(7, 2)
    folder = WORK / f"long-{kind}-{n}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, article in enumerate(story.articles):
        source = story.articles[0] if kind == "near" else article
        sentences = [s.strip() + "." for s in source.text.replace("\n", " ").split(". ") if s.strip()]
        body = [sentences[i % len(sentences)] for i in range(n)]
        if kind == "near" and k == 1:
            body = [s.replace(" the ", " a ", 1) if i % 7 == 0 else s for i, s in enumerate(body)]
        lines = [" ".join(body[i : i + 5]) for i in range(0, n, 5)]
        path = folder / f"long{k}.txt"
        path.write_text(f"{source.title}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> None:
    global WORK  # noqa: PLW0603 - one setting for the whole run, read by every helper above
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--long", default="", help="sentences per article of the long pairs, e.g. 250,500,1000")
    parser.add_argument("--wire", type=int, default=0, help="articles of one wire story (e.g. 300)")
    parser.add_argument("--warm-runs", type=int, default=3)
    parser.add_argument("--cluster", default="", help="time story clustering alone on N articles, e.g. 1000,4000,10000")
    parser.add_argument("--cache-dir", default=None, help="the analysis cache (default: WORK/cache)")
    parser.add_argument("--work", default=str(WORK), help="where the corpora are written and kept between runs")
    parser.add_argument("--inner-app", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--inner-compare", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    WORK = Path(args.work)
    args.cache_dir = args.cache_dir or str(WORK / "cache")
    if args.inner_app:
        inner_app(args.inner_app[0], args.inner_app[1:])
        return
    if args.inner_compare:
        inner_compare(args.inner_compare[0], args.inner_compare[1:])
        return
    if args.cluster:
        sys.path.insert(0, str(ROOT / "src"))
        inner_cluster(args.cache_dir, [int(s) for s in args.cluster.split(",") if s])
        return
    sys.path.insert(0, str(ROOT / "src"))
    WORK.mkdir(parents=True, exist_ok=True)
    if not ECBPLUS.is_dir():
        print(f"bench_scale: no dev data at {ECBPLUS}; the corpora are generated rewrites only", file=sys.stderr)
    for size in (int(s) for s in args.sizes.split(",") if s):
        bench_size(size, args.cache_dir, args.warm_runs)
    for n in (int(s) for s in args.long.split(",") if s):
        for kind in ("near", "far"):
            seconds, cpu, rss = compare_time(long_pair(n, kind), args.cache_dir)
            print(
                f"two {n}-sentence articles ({kind}): engine {seconds:.2f} s (CPU {cpu:.2f} s), peak {rss:.0f} MB"
                f" (load average {os.getloadavg()[0]:.2f})"
            )
    if args.wire:
        from tuicompare.evaluation.generate import generate_story, write_corpus

        folder = WORK / f"wire-{args.wire}"
        write_corpus([generate_story(3, args.wire, story_id="wire")], folder)
        seconds, cpu, rss = compare_time([str(folder / "*.txt")], args.cache_dir)
        print(f"one story of {args.wire} articles: engine {seconds:.2f} s (CPU {cpu:.2f} s), peak {rss:.0f} MB")


if __name__ == "__main__":
    main()
