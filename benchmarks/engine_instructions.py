"""Count the instructions of the engine and of its stages on the seeds: a measure shared cores do not blur.

Timings taken while other jobs share the two cores vary by a factor of two;
the number of instructions a comparison executes does not. Run the seeds'
comparisons under valgrind's callgrind, then read the counts::

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/engine_instructions.py --cache-dir DIR
    .venv/bin/python benchmarks/engine_instructions.py --read /tmp/cg.out

After one comparison to warm the caches, each of ``--runs`` comparisons runs
inside a C iterator of ``itertools`` (and each stage of ``engine.build`` inside
another one) that the engine never uses, so callgrind's inclusive count of
that iterator is the instructions of the comparison (or of the stage); they
are printed per comparison. Nothing a comparison calls may use those iterators
itself: ``re``'s ``finditer`` is ``iter(callable, sentinel)``, so the features
are no longer counted inside one. Counts are of x86 instructions, not time: C
code (rapidfuzz's scorers) does more per instruction than the interpreter.

The engine keeps an article's features and story terms with its analysis
(``engine.kept``), so the counted comparisons, of the warm-up's analyses, read
neither again (nor two articles' wording scores, ``engine.wording``); ``--cold``
counts comparisons of new analysis objects with no wording score kept, as the
first comparison of a process is; ``--stored`` the same with each article's
features and wording scores decoded from their cache records (``ondemand.features``),
as the first comparison of a new process is when its articles were compared before.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import itertools
import operator
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: The C function whose inclusive count is each measured part, by the part's name.
PARTS = {
    "compare (total)": "starmap_next",
    "features": "compress_next",
    "stories": "groupby_next",
    "alignment": "filterfalse_next",
    "entity sheet": "takewhile_next",
    "group observations": "dropwhile_next",
    "slot roles": "functools_reduce",
    "entity resolution": "accumulate_next",
    "link observations": "methodcaller_call",
}


def _once(runner: Callable[[Callable[[], None]], None], stage: Callable[..., Any]) -> Callable[..., Any]:
    """``stage`` run through ``runner`` (which calls its argument once inside a C iterator)."""

    @functools.wraps(stage)
    def run(*args: Any, **kwargs: Any) -> Any:
        out: list[Any] = []
        runner(lambda: out.append(stage(*args, **kwargs)))
        return out[0]

    return run


def _wrap_stages() -> None:
    from tuicompare.engine import build

    def falsy(call: Callable[[], None]) -> Callable[[object], bool]:
        return lambda _item: bool(call())

    runners: dict[str, Callable[[Callable[[], None]], None]] = {
        # Not ``iter(call, sentinel)``: ``re.Pattern.finditer`` is that same C iterator, so its count took in
        # every ``finditer`` of the comparison, in whichever stage (7 M of the seeds' "features" were not theirs).
        "kept_features": lambda call: list(itertools.compress(map(lambda _item: call(), [0]), [0])),
        "story_clusters": lambda call: next(itertools.groupby([0], key=lambda _item: call())),
        "align": lambda call: list(itertools.filterfalse(falsy(call), [0])),
        "compare_attributes": lambda call: list(itertools.takewhile(falsy(call), [0])),
        "group_observations": lambda call: list(itertools.dropwhile(falsy(call), [0])),
        "slot_roles": lambda call: functools.reduce(lambda _a, _b: call(), [0, 0]),
        "resolve": lambda call: list(itertools.accumulate([0, 0], lambda _a, _b: call())),
        "link_observations": lambda call: operator.methodcaller("__call__")(call),
    }
    for name, runner in runners.items():
        setattr(build, name, _once(runner, getattr(build, name)))


def run(cache_dir: Path | None, runs: int, cold: bool = False, stored: bool = False) -> None:
    """Compare the seeds once, then ``runs`` times inside ``itertools.starmap`` with every stage wrapped.

    With ``cold``, each counted comparison is of new ``Analysis`` objects (copies made before counting),
    the kept wording scores and text holdings let go first: what the engine keeps across comparisons
    (``engine.kept``, ``engine.wording``, ``engine.containment``) is then read again, as in the first
    comparison of a process. With ``stored`` too, each article's features and each pair's wording scores are
    decoded from their cache records (``ondemand.features.read_kept``, records made by a first comparison of
    copies, kept in a dict) inside the count, as a new process comparing articles analysed and compared before does.
    """
    from tuicompare.analysis import nlp
    from tuicompare.analysis.cache import open_cache
    from tuicompare.engine import compare
    from tuicompare.load.corpus import load_corpus

    seeds = load_corpus([str(ROOT / "seeds")]).articles
    analyses = nlp.analyze(seeds, cache=open_cache(cache_dir) if cache_dir else None)
    stories = [[a for a in seeds if a.id in set(s.articles)] for s in compare(seeds, analyses).stories]
    if cold:
        from tuicompare.engine import containment, wording
        from tuicompare.evaluation.keptmemory import records_in_memory

        # the records a first process keeps (``ondemand.features``), from a first comparison of copies
        read = records_in_memory(seeds, analyses, stories) if stored else None

        def first(articles: Any, fresh: Any) -> Any:
            wording.forget()  # kept by the words, which the copies share
            containment.forget()  # the same: what each text says holds what
            if read is not None:  # what ``ondemand.features`` does before comparing (its look-up not counted)
                read(fresh)
            return compare(articles, fresh)

        copies = [[dataclasses.replace(a) for a in analyses] for _ in range(runs)]
        gc.collect()
        _wrap_stages()
        list(itertools.starmap(first, zip(itertools.repeat(seeds), copies, strict=False)))
    else:
        gc.collect()
        _wrap_stages()
        list(itertools.starmap(compare, itertools.repeat((seeds, analyses), runs)))


def read(out: Path, runs: int) -> None:
    """Print each part's instructions per comparison from a callgrind output file."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts: dict[str, int] = {}
    for line in text.splitlines():
        found = re.match(r"\s*([\d,]+) .*?:(\w+) \[", line)
        if found and found.group(2) in PARTS.values():
            counts.setdefault(found.group(2), int(found.group(1).replace(",", "")))
    for name, function in PARTS.items():
        count = counts.get(function)
        shown = f"{count / runs / 1e6:8.1f} M" if count is not None else "       -"
        print(f"{name:20s} {shown} instructions per comparison")


def main() -> None:
    """Run the comparisons (under callgrind), or read callgrind's output with ``--read``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, help="analysis cache (spaCy is not counted anyway)")
    parser.add_argument("--runs", type=int, default=5, help="comparisons counted (default 5)")
    parser.add_argument("--cold", action="store_true", help="each comparison of new analyses (nothing kept)")
    parser.add_argument(
        "--stored", action="store_true", help="--cold, features and wording scores decoded from cache records"
    )
    parser.add_argument("--read", type=Path, metavar="CALLGRIND_OUT", help="print the counts of a finished run")
    args = parser.parse_args()
    if args.read:
        read(args.read, args.runs)
    else:
        run(args.cache_dir, args.runs, args.cold or args.stored, args.stored)


if __name__ == "__main__":
    main()
