"""What each CLI command does once its arguments are parsed.

Kept apart from ``cli.py`` so ``tuicompare --help`` stays instant: the
imports here (rich tables, the engine) happen only when a command runs.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.console import Group, JustifyMethod, RenderableType
from rich.table import Table
from rich.text import Text

from tuicompare import pipeline
from tuicompare.cli.console import print_error, print_warnings, progress_reporter, stderr_console, stdout_console
from tuicompare.cli.triage import cmd_triage, cmd_watch
from tuicompare.errors import EXIT_ERROR, TuicompareError
from tuicompare.load.sources import expand, source_files
from tuicompare.models import Article, Comparison, LoadWarning, Review, Story
from tuicompare.pipeline import Options
from tuicompare.report.marks import nothing_compared, plural

if TYPE_CHECKING:
    from tuicompare.review import ReviewStore


def open_reviews(path: Path | None) -> ReviewStore | None:
    """The review store at ``path`` (``--review-db``), or the default one.

    A store named with ``--review-db`` that cannot be opened is an error; the
    default one is a warning, and the command goes on without verdicts.
    """
    from tuicompare.review import ReviewStore, ReviewStoreError

    try:
        return ReviewStore.open(path)
    except ReviewStoreError as error:
        if path is not None:
            raise
        print_warnings([LoadWarning("review store", str(error))], stderr_console())
        return None


def reviewed(
    comparison: Comparison, path: Path | None, *, regroup: bool = True
) -> tuple[Comparison, Mapping[str, Review]]:
    """The comparison with the reviewers' story corrections (unless ``regroup`` is false: ``--one-story``),
    and the verdicts and notes of its conflicts by conflict id (see `open_reviews`)."""
    from tuicompare.review import ReviewBook

    store = open_reviews(path)
    if store is None:
        return comparison, {}
    with store:
        if regroup:
            placements = store.placements()
            note_placements(comparison.articles, placements, store.path)
            comparison = pipeline.apply_placements(comparison, placements)
        return comparison, ReviewBook(comparison, store).reviews()


def note_placements(articles: Sequence[Article], placements: Sequence[tuple[str, str]], store: Path) -> None:
    """Say on standard error that the stories follow corrections made by hand, when any concerns these articles.

    ``report`` honours the ``m``/``M`` corrections kept in the review store (the default one too, so without
    any option): two stories merged in the app came out as one in every later report, and nothing said why.
    """
    if not placements:
        return
    from tuicompare.review import article_hash

    here = {article_hash(a) for a in articles}
    say_placed(len({m for m, _ in placements if m in here}), store)


def say_placed(count: int, store: Path) -> None:
    """The ``note:`` of `note_placements` for ``count`` articles placed by hand (nothing when there are none)."""
    if count:
        stderr_console().print(
            Text.assemble(
                ("note: ", "cyan"),
                f"the stories follow corrections made by hand (m, M in the app) to {plural(count, 'article')}, "
                f"kept in the review store {store}; --one-story compares all the articles as one story instead.",
            ),
            soft_wrap=not stderr_console().is_terminal,
        )


def part_reviews(store: ReviewStore | None) -> Callable[[Comparison], Mapping[str, Review]] | None:
    """The verdicts and notes of one part of a streamed report (its stories' conflicts), from ``store``.

    ``None`` when there are none to look up (no store, or an empty one): the report may then write
    stories from their kept text (``report.fragments``), which has no verdicts in it.
    """
    if store is None or store.empty():
        return None
    from tuicompare.review import ReviewBook

    return lambda part: ReviewBook(part, store).reviews()


def cmd_open(args: argparse.Namespace, options: Options) -> int:
    """Open the app; refuses to draw into a pipe."""
    if not sys.stdout.isatty():
        raise TuicompareError(
            "The tuicompare app needs a terminal, but standard output is not one. Use "
            "`tuicompare report PATHS` (with --json or --markdown) for non-interactive output."
        )
    if not sys.stdin.isatty() or "-" in args.paths:
        raise TuicompareError(
            "The tuicompare app reads keys from the terminal, so it cannot take articles on "
            "standard input. Save them to a file, or use `tuicompare report -`."
        )
    from tuicompare.app.app import make_app

    app = make_app(args.paths, options, focus=args.focus, review_db=args.review_db)
    app.run()
    return app.return_code or 0


def cmd_info(args: argparse.Namespace, options: Options) -> int:
    """Print a table of the loaded articles, the model used and any warnings."""
    loaded = pipeline.load(args.paths, options)
    with progress_reporter() as progress:
        analyses, cache_warnings = pipeline.analyse(loaded.articles, options, progress=progress)
    console = stdout_console()
    rows = [
        (
            article.id,
            article.title,
            str(len(analysis.sentences)),
            str(analysis.entity_count),
            str(len(article.text.split())),
            article.outlet or article.path,
            f"{article.encoding} ({article.format})",
        )
        for article, analysis in zip(loaded.articles, analyses, strict=True)
    ]
    console.print(_info_table(rows, console.width))
    if analyses:
        console.print(Text(f"model: {analyses[0].model} {analyses[0].model_version}"))
    print_warnings([*loaded.warnings, *cache_warnings], stderr_console())
    return 0


#: The columns of ``info``, with their alignment.
INFO_COLUMNS = (
    ("id", "left"),
    ("title", "left"),
    ("sentences", "right"),
    ("entities", "right"),
    ("words", "right"),
    ("source", "left"),
    ("encoding", "left"),
)
#: The narrowest title column the ``info`` table is drawn with; narrower, each article is a block of lines.
INFO_TITLE_WIDTH = 40


def _info_table(rows: Sequence[tuple[str, ...]], width: int) -> RenderableType:
    """The ``info`` table, or on a terminal too narrow for it (80 columns) three lines per article.

    The table's other columns take their full width, so at 80 columns each title wrapped a word or
    less per line, 20 lines an article; the blocks keep every field and wrap only a long path.
    """
    title = plural(len(rows), "article")
    others = [max([len(name), *(len(row[i]) for row in rows)]) for i, (name, _) in enumerate(INFO_COLUMNS) if i != 1]
    if width - sum(others) - 3 * len(INFO_COLUMNS) - 1 >= INFO_TITLE_WIDTH:
        table = Table(title=title, title_justify="left")
        for column, justify in INFO_COLUMNS:
            table.add_column(column, justify=cast(JustifyMethod, justify), overflow="fold")
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        return table
    lines: list[RenderableType] = [Text(title)]
    for aid, headline, sentences, entities, words, source, encoding in rows:
        counts = " · ".join(
            [plural(int(sentences), "sentence"), plural(int(entities), "entity"), plural(int(words), "word"), encoding]
        )
        lines.append(Text.assemble((aid, "bold"), " · ", counts))
        lines.append(Text("  " + headline, no_wrap=True, overflow="ellipsis"))
        lines.append(Text("  " + source, overflow="fold"))
    return Group(*lines)


#: The collector's thresholds while a report runs (Python's default is 700, 10, 10): see ``fewer_collections``.
REPORT_GC_THRESHOLDS = (10_000, 10, 10)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while the report runs; the thresholds in force before are restored after.

    A report's objects mostly live on (the articles, the stories, the kept texts' pieces), so the
    collections that every 700 new objects set off found little: one article added to a warm corpus of
    10,000, the collector took 0.108-0.111 s of CPU (278-279 collections, two of them full; ``gc.callbacks``,
    load 19), 0.044-0.046 s at these thresholds (17, none full). The collector still runs: a young
    generation of 10,000 objects holds little memory, and the report's memory stays flat in its stories.
    """
    before = gc.get_threshold()
    gc.set_threshold(*REPORT_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def cmd_report(args: argparse.Namespace, options: Options) -> int:
    """Compare the corpus and print or export the report."""
    with fewer_collections():
        return _report(args, options)


def _report(args: argparse.Namespace, options: Options) -> int:
    from tuicompare import report
    from tuicompare.report.output import check_target, format_of

    if args.output not in (None, "-") and not (args.json or args.markdown):
        # No format named: the file name's suffix says it (`-o report.md`), as a user writing it means.
        named = format_of(args.output)
        args.json, args.markdown = named == "JSON", named == "Markdown"
        if not (args.json or args.markdown):
            raise TuicompareError(
                "Writing the terminal report to a file needs --json or --markdown (or a .json, .md file name)."
            )
    # Refused before the analysis, not after minutes of it; write_output checks again.
    # Listed once, for this check and for loading: 0.2 s of CPU for 10,000 files each time.
    sources = expand(args.paths, options.max_bytes)
    inputs = source_files(sources)
    check_target(args.output, force=args.force, inputs=inputs)
    stdin = sys.stdin.buffer if "-" in args.paths else None
    if args.json or args.markdown:
        # Story by story: each story is compared (or read from the cache) and written out in turn.
        writer = report.write_json_stream if args.json else report.write_markdown_stream
        with contextlib.ExitStack() as stack:
            store = open_reviews(args.review_db)
            if store is not None:
                stack.enter_context(store)
            placements = store.placements() if store is not None and not args.one_story else []
            progress = stack.enter_context(progress_reporter())
            stories = stack.enter_context(
                pipeline.open_stories(
                    args.paths, options, stdin=stdin, progress=progress, placements=placements, sources=sources
                )
            )
            write = stack.enter_context(report.open_output(args.output, force=args.force, inputs=inputs))
            writer(stories, write, progress, part_reviews(store))
            warnings = stories.warnings
            articles = stories.articles
            parts = stories.stories
        if store is not None:  # said once the progress bar is gone
            note_placements(articles, placements, store.path)
        note_nothing_compared(parts, len(articles), args.one_story)
        print_warnings_aside(warnings, args.output)
        return 0
    with progress_reporter() as progress:
        comparison = pipeline.run(args.paths, options, stdin=stdin, progress=progress)
    comparison, reviews = reviewed(comparison, args.review_db, regroup=not args.one_story)
    report.render_report(comparison, stdout_console(), reviews)
    print_warnings_aside(comparison.warnings, args.output)
    note_nothing_compared(comparison.stories, len(comparison.articles), args.one_story)
    return 0


def note_nothing_compared(stories: Sequence[Story], articles: int, one_story: bool) -> None:
    """Say on standard error that nothing was compared when every story of several articles holds one.

    The report then lists each article alone, which reads as a result; the note says how to compare them.
    """
    message = None if one_story else nothing_compared(stories, articles, "--one-story compares them as one")
    if message is not None:
        stderr_console().print(Text.assemble(("note: ", "cyan"), message), soft_wrap=not stderr_console().is_terminal)


def print_warnings_aside(warnings: Sequence[LoadWarning], output: str | None) -> None:
    """Say the load warnings on standard error too when the report is not read on the terminal.

    Every report lists them, but one written to a file or a pipe is read later, or by a program: a
    skipped file then went unnoticed by the user who ran the command.
    """
    if output not in (None, "-") or not sys.stdout.isatty():
        print_warnings(list(warnings), stderr_console())


COMMANDS: dict[str, Callable[[argparse.Namespace, Options], int]] = {
    "open": cmd_open,
    "info": cmd_info,
    "report": cmd_report,
    "triage": cmd_triage,
    "watch": cmd_watch,
}


def dispatch(command: str, args: argparse.Namespace, options: Options) -> int:
    """Run ``command``; unknown commands are a usage error."""
    handler = COMMANDS.get(command)
    if handler is None:
        print_error(f"unknown command {command!r}")
        return EXIT_ERROR
    return handler(args, options)
