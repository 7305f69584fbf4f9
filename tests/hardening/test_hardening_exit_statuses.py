"""The same failure gives the same exit status and message shape in every command.

Status 2 with one ``error: ...`` paragraph (or argparse's ``usage:`` block) on
stderr, nothing on stdout, never a traceback. The full table as observed is in
docs/hardening.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import ROOT, tuicompare

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hardening-exit")]

NEW = str(ROOT / "seeds" / "004_3800fd556f55c46a.txt")
COMMANDS = {
    "info": lambda corpus, *extra: ["info", corpus, *extra],
    "report": lambda corpus, *extra: ["report", corpus, *extra],
    "triage": lambda corpus, *extra: ["triage", NEW, "--corpus", corpus, *extra],
    "watch": lambda corpus, *extra: ["watch", str(ROOT / "seeds"), "--once", "--existing", "--corpus", corpus, *extra],
}


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("exit")
    (base / "empty").mkdir()
    (base / "exists.json").write_text("{}", encoding="utf-8")
    return {"empty": base / "empty", "exists": base / "exists.json", "cache": base / "cache"}


def error_paragraph(stderr: str) -> str:
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if not line.startswith("warning:")]
    text = "\n".join(errors).strip()
    assert text.startswith("error: ") and "\n\n" not in text, stderr
    return " ".join(text.split())


@pytest.mark.parametrize("command", COMMANDS)
def test_no_article_in_the_corpus(command: str, places) -> None:
    done = tuicompare(*COMMANDS[command](str(places["empty"])), cache=places["cache"])
    assert (done.status, done.out) == (2, "")
    assert "article could be loaded from" in error_paragraph(done.err)


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_model(command: str, places) -> None:
    done = tuicompare(*COMMANDS[command](str(ROOT / "seeds"), "--model", "no_such_model_xyz"), cache=places["cache"])
    assert (done.status, done.out) == (2, "")
    message = error_paragraph(done.err)
    assert "'no_such_model_xyz' could not be used" in message and "pip install" in message


@pytest.mark.parametrize("command", COMMANDS)
def test_bad_option_value_is_a_usage_error(command: str, places) -> None:
    done = tuicompare(*COMMANDS[command](str(ROOT / "seeds"), "--max-size", "lots"), cache=places["cache"])
    assert (done.status, done.out) == (2, "")
    assert done.err.startswith("usage: tuicompare") and "not a size: 'lots'" in done.err
    assert "Traceback" not in done.err


@pytest.mark.parametrize("command", ["report", "triage"])
def test_existing_output_file_needs_force(command: str, places) -> None:
    before = places["exists"].read_bytes()
    done = tuicompare(
        *COMMANDS[command](str(ROOT / "seeds"), "--json", "-o", str(places["exists"])), cache=places["cache"]
    )
    assert (done.status, done.out) == (2, "")
    assert "already exists. Use --force to overwrite it." in error_paragraph(done.err)
    assert places["exists"].read_bytes() == before
