"""The ``triage`` and ``watch`` commands: their arguments and what they do.

``cli.py`` calls `add_triage_parsers` while building its parser and
dispatches to `cmd_triage` / `cmd_watch`. Heavy imports (the engine, rich
tables, watchfiles) happen inside the handlers, so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tuicompare.errors import EXIT_ERROR, TuicompareError
from tuicompare.pipeline import Options, input_files

if TYPE_CHECKING:
    from tuicompare.triage import ArticleTriage

#: Help of ``--review-db`` for triage and watch.
REVIEW_DB_HELP = (
    "the SQLite file of reviewers' verdicts: a dispute marked as a false alarm there is not raised "
    "(default: reviews.sqlite3 in the user data dir, honouring $XDG_DATA_HOME)"
)
#: Exit status when a new article contradicts the corpus.
EXIT_CONTRADICTIONS = 1

TRIAGE_DESCRIPTION = """\
Triage new articles against a corpus: for each, the story it belongs to (or
"new story"), its closest corpus articles, every value it contradicts (its
value against the corpus's values and their sources), its variant spellings,
the claims it corroborates and what only it reports. Only the corpus articles
that share its distinctive names and words are compared, and the corpus's
analyses come from the cache, so a large corpus is not re-read by spaCy.

Exit status: 0 no contradictions, 1 contradictions found, 2 error (including
a new article that could not be loaded).
"""

WATCH_DESCRIPTION = """\
Watch a folder and triage each article file (.txt .md .html .htm .json .jsonl)
that appears in it, or is rewritten, against the corpus: one summary line per
article. Files already there are skipped unless --existing is given. A file
that cannot be loaded gets a warning line and the watch goes on. Ctrl+C stops.
Write files under a dot-name and rename them into place, so the watcher never
reads half a file.

Exit status: 0 no contradictions, 1 some article contradicted the corpus,
2 error (no usable corpus, missing model).
"""


def add_triage_parsers(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:
    """Add the ``triage`` and ``watch`` commands to the CLI's subparsers."""
    raw = argparse.RawDescriptionHelpFormatter
    triage = subparsers.add_parser(
        "triage",
        parents=[common_parent],
        formatter_class=raw,
        help="check new articles against a corpus",
        description=TRIAGE_DESCRIPTION,
    )
    triage.add_argument("new", nargs="+", metavar="NEW", help="new article files, or - for standard input")
    triage.add_argument("--corpus", nargs="+", required=True, metavar="PATH", help="corpus folders, files or globs")
    triage.add_argument("--json", action="store_true", help="emit the tuicompare-triage/1 JSON format")
    triage.add_argument("-o", "--output", metavar="FILE", help="write the JSON to FILE instead of standard output")
    triage.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    triage.add_argument(
        "--one-story", action="store_true", help="compare each new article with the corpus as one story"
    )
    triage.add_argument("--review-db", metavar="PATH", type=Path, help=REVIEW_DB_HELP)

    watch = subparsers.add_parser(
        "watch",
        parents=[common_parent],
        formatter_class=raw,
        help="triage each article that arrives in a folder",
        description=WATCH_DESCRIPTION,
    )
    watch.add_argument("folder", metavar="DIR", type=Path, help="the folder to watch")
    watch.add_argument("--corpus", nargs="+", required=True, metavar="PATH", help="corpus folders, files or globs")
    watch.add_argument("--existing", action="store_true", help="first triage the files already in DIR")
    watch.add_argument("--once", action="store_true", help="triage the files already in DIR and exit (no watching)")
    watch.add_argument("--timeout", type=float, metavar="SECONDS", help="stop watching after SECONDS")
    watch.add_argument("--max-files", type=int, metavar="N", help="stop after N files (good or bad)")
    watch.add_argument("--review-db", metavar="PATH", type=Path, help=REVIEW_DB_HELP)
    watch.add_argument(
        "--json",
        action="store_true",
        help="print one tuicompare-triage/1 document per article, one per line (JSON Lines)",
    )


def cmd_triage(args: argparse.Namespace, options: Options) -> int:
    """Triage the new articles; print the rich report or the JSON document."""
    from tuicompare.cli.console import print_warnings, progress_reporter, stderr_console, stdout_console
    from tuicompare.triage import triage_paths

    if args.output not in (None, "-") and not args.json:
        raise TuicompareError("Writing the triage to a file needs --json.")
    if args.new.count("-") > 1:
        raise TuicompareError("Standard input (-) can be given only once.")
    from tuicompare.report.output import check_target

    inputs = input_files([*args.new, *args.corpus])
    check_target(args.output, force=args.force, inputs=inputs)  # before the work, not after it
    stdin = sys.stdin.buffer if "-" in args.new else None
    from tuicompare.cli.commands import open_reviews

    reviews = open_reviews(args.review_db)
    with progress_reporter() as progress:
        report = triage_paths(args.new, args.corpus, options, stdin=stdin, progress=progress, reviews=reviews)
    print_warnings(report.warnings, stderr_console())
    if reviews is not None:
        from tuicompare.cli.commands import say_placed

        say_placed(report.hand_placed, reviews.path)
    if args.json:
        from tuicompare.report import json_text, write_output
        from tuicompare.triage.jsonout import to_json

        write_output(json_text(to_json(report)), args.output, force=args.force, inputs=inputs)
    else:
        from tuicompare.triage.render import render_triage

        render_triage(report, stdout_console())
    if report.failed:
        return EXIT_ERROR
    return EXIT_CONTRADICTIONS if report.contradictions else 0


def cmd_watch(args: argparse.Namespace, options: Options) -> int:
    """Watch a folder, printing one line per triaged article and per bad file."""
    from rich.text import Text

    from tuicompare.cli.console import print_warnings, progress_reporter, stderr_console, stdout_console
    from tuicompare.triage import TriageCorpus
    from tuicompare.triage.jsonout import json_line
    from tuicompare.triage.render import summary_line
    from tuicompare.triage.run import make_report
    from tuicompare.triage.watch import FolderTriage, existing_files, watch_folder

    folder: Path = args.folder
    if not folder.is_dir():
        raise TuicompareError(f"Cannot watch {folder}: it is not a folder.")
    out, err = stdout_console(), stderr_console()
    with progress_reporter() as progress:
        corpus = TriageCorpus.open(args.corpus, options, progress=progress)
    from tuicompare.cli.commands import open_reviews

    with corpus:
        corpus.reviews = open_reviews(args.review_db)
        print_warnings(corpus.warnings, err)

        def show(result: ArticleTriage) -> None:
            if args.json:
                print(json_line(make_report(corpus, [result])), flush=True)
            else:
                out.print(summary_line(result), soft_wrap=True)  # one line per article, even in a pipe

        handler = FolderTriage(corpus, options, show, lambda w: print_warnings([w], err))

        def placed_note() -> None:
            # As report and triage say it: the stories follow the reviewers' corrections in the store.
            if corpus.reviews is not None:
                from tuicompare.cli.commands import say_placed

                here = set(corpus.content_hashes())
                say_placed(len({m for m, _ in corpus.placements() if m in here}), corpus.reviews.path)

        if args.once:
            placed_note()
            for path in existing_files(folder):
                handler.handle(path)
        else:

            def ready() -> None:
                err.print(Text(f"Watching {folder} against {len(corpus)} corpus articles; Ctrl+C stops.", "dim"))
                placed_note()

            with contextlib.suppress(KeyboardInterrupt):
                watch_folder(
                    folder, handler, existing=args.existing, timeout=args.timeout, max_files=args.max_files, ready=ready
                )
        stats = handler.stats
        err.print(Text(f"{stats.articles} triaged, {stats.bad} bad, {stats.contradictions} contradictions.", "dim"))
    return EXIT_CONTRADICTIONS if stats.contradictions else 0
