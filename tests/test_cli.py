"""The command line as a user runs it: real processes, real seeds, real model."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli_runner import tuicompare_tty

ROOT = Path(__file__).resolve().parent.parent
SEED_TITLES = {
    "000_ba5c7385b1f8dd65": "Late-Breaking: Putin’s Urgent Calls to Frontline Commanders",
    "003_f609cba098b55e28": "Urgent Peace Efforts: Putin’s Command Post Update",
}


def tuicompare(*args: str, cache: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m tuicompare ARGS`` with a private cache dir, without a terminal."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "tuicompare", *args],
        input=stdin.decode() if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache dir that already holds the seeds' analysis (filled by one `info` run)."""
    cache = tmp_path_factory.mktemp("warm-cache")
    first = tuicompare("info", "seeds/", cache=cache)
    assert first.returncode == 0, first.stderr
    return cache


def test_help_reads_well(tmp_path: Path) -> None:
    """`--help` lists the commands and the corpus options."""
    out = tuicompare("--help", cache=tmp_path)
    assert out.returncode == 0
    for word in ("info", "report", "triage", "standard input"):
        assert word in out.stdout
    report_help = tuicompare("report", "--help", cache=tmp_path)
    assert "--json" in report_help.stdout and "--max-size" in report_help.stdout


@pytest.mark.parametrize("command", ["open", "report", "triage", "watch"])
def test_review_db_help_says_where_the_default_lives(tmp_path: Path, command: str) -> None:
    """`COMMAND --help`: every command's --review-db says its default file and that $XDG_DATA_HOME moves it."""
    out = tuicompare(command, "--help", cache=tmp_path)
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())  # argparse wraps the help at the terminal's width
    option = text.rsplit("--review-db PATH", 1)[1].split(" --", 1)[0]  # the option, past the usage line
    assert "(default: reviews.sqlite3 in the user data dir, honouring $XDG_DATA_HOME)" in option, option


def test_info_lists_seed_titles(warm_cache: Path) -> None:
    """`info seeds/` shows the five articles with their titles and the model used."""
    out = tuicompare("info", "seeds/", cache=warm_cache)
    assert out.returncode == 0, out.stderr
    for article_id, title in SEED_TITLES.items():
        assert article_id in out.stdout
        assert title in " ".join(out.stdout.split())
    assert "5 articles" in out.stdout
    assert "en_core_web_sm" in out.stdout


def test_second_info_run_does_not_import_spacy(warm_cache: Path) -> None:
    """A warm `info` run is served from the cache without importing spaCy."""
    code = (
        "import sys; from tuicompare.cli import main; status = main(['info', 'seeds/']); "
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY'); sys.exit(status)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(warm_cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("NO-SPACY")


def test_app_refuses_without_terminal(tmp_path: Path) -> None:
    """The app command says it needs a terminal and exits 2 when stdout is a pipe."""
    out = tuicompare("seeds/", cache=tmp_path)
    assert out.returncode == 2
    assert "needs a terminal" in out.stderr
    assert "Traceback" not in out.stderr


def test_app_in_a_terminal_refuses_standard_input_before_opening(tmp_path: Path) -> None:
    """`tuicompare -` in a terminal: one clear error, not an app that says to pipe into what cannot read a pipe."""
    done = tuicompare_tty("-", cache=tmp_path, timeout=60, stdin_tty=True)
    assert done.status == 2 and "Traceback" not in done.err
    assert "cannot take articles on standard input" in done.err and "tuicompare report -" in done.err


def test_missing_model_is_one_clear_error(tmp_path: Path) -> None:
    """An unknown model name ends in exit 2 with what to install, no traceback."""
    out = tuicompare("info", "seeds/", "--model", "en_core_web_nonexistent", cache=tmp_path)
    assert out.returncode == 2
    assert "pip install" in out.stderr
    assert "Traceback" not in out.stderr


def test_no_article_is_an_error(tmp_path: Path) -> None:
    """A folder with no articles is exit 2 with a message naming it."""
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tuicompare("info", str(empty), cache=tmp_path)
    assert out.returncode == 2
    assert "No article could be loaded" in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stderr.count(str(empty)) == 1  # the folder is named once, then why: not "from X: X: ..."
    # Said once, plainly: not "No article could be loaded from X: no articles: the directory has no ...".
    assert out.stderr.strip().splitlines()[-1] == (
        f"error: No article could be loaded from {empty}: "
        "the folder has no .txt, .md, .html, .htm, .json, .jsonl files."
    )


def test_bad_file_is_a_warning_not_a_failure(tmp_path: Path, warm_cache: Path) -> None:
    """A binary file beside good ones is one warning line; the good ones still load."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text((ROOT / "seeds" / "004_3800fd556f55c46a.txt").read_text())
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    out = tuicompare("info", str(corpus), cache=warm_cache)
    assert out.returncode == 0, out.stderr
    assert "good" in out.stdout
    warnings = [line for line in out.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "bad.txt" in warnings[0]


def test_report_says_a_skipped_file_on_stderr_when_the_report_goes_to_a_file_or_a_pipe(
    tmp_path: Path, warm_cache: Path
) -> None:
    """`report --json -o FILE` and `report | less` name the skipped file on stderr; on a terminal the report does."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text((ROOT / "seeds" / "004_3800fd556f55c46a.txt").read_text())
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    target = tmp_path / "out.json"
    for args in (["--json", "-o", str(target)], ["--markdown"], []):
        done = tuicompare("report", str(corpus), *args, cache=warm_cache)
        assert done.returncode == 0, done.stderr
        warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
        assert len(warnings) == 1 and "bad.txt" in warnings[0] and "binary" in warnings[0], (args, done.stderr)
    assert [w["path"] for w in json.loads(target.read_text())["warnings"]] == [str(corpus / "bad.txt")]
    shown = tuicompare_tty("report", str(corpus), cache=warm_cache, timeout=120)
    assert shown.status == 0, shown.err
    assert "bad.txt" in shown.out and "warning:" not in shown.err, "said once, in the report on the terminal"


def test_report_json_to_file_then_refuses_overwrite(tmp_path: Path, warm_cache: Path) -> None:
    """`report --json -o FILE` writes the format; a second run needs --force."""
    target = tmp_path / "out.json"
    first = tuicompare("report", "seeds/", "--json", "-o", str(target), cache=warm_cache)
    assert first.returncode == 0, first.stderr
    data = json.loads(target.read_text())
    assert data["schema"] == "tuicompare/1"
    assert len(data["articles"]) == 5
    again = tuicompare("report", "seeds/", "--json", "-o", str(target), cache=warm_cache)
    assert again.returncode == 2 and "--force" in again.stderr
    forced = tuicompare("report", "seeds/", "--json", "-o", str(target), "--force", cache=warm_cache)
    assert forced.returncode == 0, forced.stderr


def test_report_to_a_md_or_json_file_takes_the_format_from_its_name(tmp_path: Path, warm_cache: Path) -> None:
    """`report -o report.md` writes Markdown, `-o report.json` JSON; another suffix still asks for a format."""
    markdown = tuicompare("report", "seeds/", "-o", str(tmp_path / "report.md"), cache=warm_cache)
    assert markdown.returncode == 0, markdown.stderr
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# tuicompare report\n")
    document = tuicompare("report", "seeds/", "-o", str(tmp_path / "Report.JSON"), cache=warm_cache)
    assert document.returncode == 0, document.stderr
    assert json.loads((tmp_path / "Report.JSON").read_text(encoding="utf-8"))["schema"] == "tuicompare/1"
    text = tuicompare("report", "seeds/", "-o", str(tmp_path / "report.txt"), cache=warm_cache)
    assert text.returncode == 2 and "needs --json or --markdown (or a .json, .md file name)" in text.stderr
    assert not (tmp_path / "report.txt").exists()


def test_report_reads_standard_input(warm_cache: Path) -> None:
    """`report -` takes an article on standard input."""
    text = (ROOT / "seeds" / "003_f609cba098b55e28.txt").read_bytes()
    out = tuicompare("report", "-", "--markdown", cache=warm_cache, stdin=text)
    assert out.returncode == 0, out.stderr
    assert "Krasny Armyansk" in out.stdout


def test_seeds_untouched_by_a_run(tmp_path: Path) -> None:
    """Reading the seeds leaves their bytes and modification times as they were."""
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in (ROOT / "seeds").iterdir()}
    out = tuicompare("report", "seeds/", "--json", cache=tmp_path)
    assert out.returncode == 0, out.stderr
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in (ROOT / "seeds").iterdir()}
    assert after == before


def test_no_command_prints_help_on_stderr(tmp_path: Path) -> None:
    """Plain `tuicompare` shows the help on stderr and exits 2."""
    out = tuicompare(cache=tmp_path)
    assert out.returncode == 2
    assert out.stdout == "" and "tuicompare seeds/" in out.stderr


def test_a_mistyped_option_is_refused_with_its_command_usage_and_the_option_meant(tmp_path: Path) -> None:
    """`report seeds/ --jsn` names the report command and --json; an option like none is refused plainly."""
    out = tuicompare("report", "seeds/", "--jsn", cache=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("usage: tuicompare report "), out.stderr
    assert out.stderr.rstrip().endswith(
        "tuicompare report: error: unrecognized arguments: --jsn (did you mean --json?)"
    )
    two = tuicompare("triage", "new.txt", "--corpus", "seeds/", "--one-stroy", "--frobnicate", cache=tmp_path)
    assert two.returncode == 2
    assert two.stderr.rstrip().endswith(
        "tuicompare triage: error: unrecognized arguments: --one-stroy --frobnicate (did you mean --one-story?)"
    )


def test_a_mistyped_command_is_named_not_opened_as_a_path(tmp_path: Path) -> None:
    """`tuicompare reprot seeds/` says which command was meant (exit 2), rather than trying to open "reprot"."""
    out = tuicompare("reprot", "seeds/", "--markdown", cache=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("error: “reprot” is neither a command nor an existing file or folder."), out.stderr
    assert "Did you mean `tuicompare report`?" in out.stderr and "unrecognized arguments" not in out.stderr


def test_a_folder_named_like_a_command_typo_is_still_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first word naming something on disk is a path for `open`, however close to a command it is."""
    from tuicompare.cli.main import mistyped_command

    monkeypatch.chdir(tmp_path)
    assert mistyped_command(["infp"]) == "info"
    (tmp_path / "infp").mkdir()
    assert mistyped_command(["infp"]) is None
    assert mistyped_command(["--one-story", "seeds/"]) is None  # not command-like: a missing path, reported as such


def test_internal_error_is_one_paragraph(tmp_path: Path) -> None:
    """An unexpected exception is reported as a bug in one paragraph; TUICOMPARE_DEBUG shows the traceback."""
    code = (
        "import sys, tuicompare.pipeline as p\n"
        "def boom(*a, **k): raise ValueError('boom')\n"
        "p.load = boom\n"
        "from tuicompare.cli import main\n"
        "sys.exit(main(['info', 'seeds/']))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert out.returncode == 2
    assert "internal error (ValueError: boom)" in out.stderr and "Traceback" not in out.stderr
    env["TUICOMPARE_DEBUG"] = "1"
    debug = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "Traceback" in debug.stderr


def test_info_on_an_80_column_terminal_gives_each_article_three_lines(warm_cache: Path) -> None:
    """At 80 columns (rich's width in a pipe too) `info` is three lines an article, every field kept.

    The table squeezed each title into a column under ten wide, a word per line: 100 lines for five articles.
    """
    from tests.support.cli_runner import tuicompare as run

    out = run("info", "seeds/", cache=warm_cache, COLUMNS="80")
    assert out.status == 0, out.err
    lines = out.out.splitlines()
    assert lines[0] == "5 articles" and lines[-1].startswith("model: ")
    assert len(lines) == 2 + 3 * 5
    assert all(len(line) <= 80 for line in lines)
    for article_id, title in SEED_TITLES.items():
        head = next(i for i, line in enumerate(lines) if line.startswith(article_id))
        assert re.fullmatch(rf"{article_id} · \d+ sentences · \d+ entities · \d+ words · utf-8 \(text\)", lines[head])
        assert lines[head + 1].strip().startswith(title)
        assert lines[head + 2].strip() == f"seeds/{article_id}.txt"


def test_info_blocks_count_in_the_singular(tmp_path: Path, warm_cache: Path) -> None:
    """A one-sentence article at 80 columns: "1 sentence", not "1 sentences"."""
    from tests.support.cli_runner import tuicompare as run

    article = tmp_path / "short.txt"
    article.write_text("The mayor opened the bridge.\n", encoding="utf-8")
    out = run("info", str(article), cache=warm_cache, COLUMNS="80")
    assert out.status == 0, out.err
    lines = out.out.splitlines()
    assert lines[0] == "1 article"
    assert lines[1].startswith("short · 1 sentence · ") and " words · " in lines[1]


def test_help_lists_every_exit_status(tmp_path: Path) -> None:
    """`--help` gives the exit statuses the README documents, 130 for Ctrl+C included."""
    out = tuicompare("--help", cache=tmp_path)
    text = " ".join(out.stdout.split())
    assert "0 success" in text and "2 error" in text
    assert "130 interrupted" in text


def test_open_help_does_not_offer_standard_input(tmp_path: Path) -> None:
    """The app refuses `-` (it reads keys from the terminal): `open --help` must not offer it."""
    out = tuicompare("open", "--help", cache=tmp_path)
    line = next(x for x in out.stdout.splitlines() if x.strip().startswith("PATH "))
    assert "-" not in line.split("PATH", 1)[1]
    refused = tuicompare("open", "-", cache=tmp_path)
    assert refused.returncode == 2


def test_triage_with_the_new_article_after_corpus_says_how_to_write_it(tmp_path: Path, warm_cache: Path) -> None:
    """`triage --corpus seeds/ new.txt`: --corpus takes every path; the error says so, and `--` then works."""
    new = tmp_path / "new.txt"
    new.write_bytes((ROOT / "seeds" / "000_ba5c7385b1f8dd65.txt").read_bytes())
    wrong = tuicompare("triage", "--corpus", "seeds/", str(new), cache=warm_cache)
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "Every path after --corpus is read as the corpus" in wrong.stderr
    assert "tuicompare triage --corpus seeds/ -- new.txt" in wrong.stderr
    right = tuicompare("triage", "--corpus", "seeds/", "--", str(new), cache=warm_cache)
    assert right.returncode in (0, 1), right.stderr
    assert "Story of 3 corpus articles" in right.stdout
    watch = tuicompare("watch", "--corpus", "seeds/", str(tmp_path), cache=warm_cache)
    assert watch.returncode == 2 and "tuicompare watch inbox/ --corpus seeds/" in watch.stderr
