"""The hostile corpus through ``info`` and ``report`` (rich, Markdown, JSON) as real processes.

Output bytes hold no character or escape sequence from an article; markup
comes out literally; every hostile file either loads or is named in one
warning; the input files are byte-for-byte and mtime-for-mtime unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.cli_runner import Run, tuicompare, tuicompare_tty
from tests.support.hostile_corpus import FORMS, MARKUP, PAYLOADS, fingerprint, title_of, unsafe_in, write_corpus
from tuicompare import report

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hardening-cli")]

# The one hostile input that is not loaded: a NUL byte makes a .txt file binary.
SKIPPED = {"raw_c0_controls.txt": "skipped: binary data (contains NUL bytes)"}
_SGR = re.compile(rb"\x1b\[[0-9;]*m")
_ESCAPED_BRACKET = re.compile(r"\\([\[\]])")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile folder and a cache warmed by one ``info`` run over it."""
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    write_corpus(folder)
    cache = tmp_path_factory.mktemp("hostile-cache")
    first = tuicompare("info", str(folder), cache=cache)
    assert first.status == 0, first.err
    return folder, cache


def run_checked(folder: Path, cache: Path, *args: str, tty: bool = False) -> Run:
    """Run a command over the corpus and prove the input files were not touched."""
    before = fingerprint(folder)
    done = (tuicompare_tty if tty else tuicompare)(*args, str(folder), cache=cache)
    assert fingerprint(folder) == before, "an input file was modified"
    assert b"Traceback" not in done.stderr + done.stdout
    return done


def flat(text: str) -> str:
    """Whitespace-insensitive text (tables wrap long cells)."""
    return " ".join(text.split())


def test_the_corpus_covers_every_payload_in_every_form(corpus) -> None:
    folder, _ = corpus
    assert len(list(folder.iterdir())) == len(PAYLOADS) * len(FORMS) == 92


@pytest.mark.parametrize("args", [("info",), ("report",), ("report", "--markdown"), ("report", "--json")])
def test_output_bytes_are_inert(corpus, args) -> None:
    folder, cache = corpus
    done = run_checked(folder, cache, *args)
    assert done.status == 0, done.err
    assert unsafe_in(done.stdout) == [] and unsafe_in(done.stderr) == []
    assert b"\x1b" not in done.stdout + done.stderr, "NO_COLOR and a pipe: not even rich's own styling"


@pytest.mark.parametrize("args", [("info",), ("report",)])
def test_on_a_real_terminal_only_rich_colours_are_emitted(corpus, args) -> None:
    """With stdout on a pty rich styles its own text; after removing SGR nothing else is left."""
    folder, cache = corpus
    done = run_checked(folder, cache, *args, tty=True)
    assert done.status == 0, done.err
    assert _SGR.search(done.stdout), "guard: the terminal was detected"
    assert unsafe_in(_SGR.sub(b"", done.stdout)) == []


def test_every_hostile_file_loads_or_is_named_once(corpus) -> None:
    folder, cache = corpus
    done = run_checked(folder, cache, "report", "--json")
    document = json.loads(done.stdout)
    assert report.validate(document) == []
    loaded = {Path(a["path"]).name for a in document["articles"]}
    # File names lose their escape sequences, so compare by the cleaned prefix.
    names = {p.name for p in folder.iterdir()}
    assert len(loaded) == len(names) - len(SKIPPED)
    # Hostile files whose text is the same once escapes are stripped are flagged as copies, and still load.
    copies = {Path(w["path"]).name for w in document["warnings"] if "have the same text" in w["reason"]}
    assert copies <= loaded
    skipped = {Path(w["path"]).name: w["reason"] for w in document["warnings"] if Path(w["path"]).name not in copies}
    assert skipped == SKIPPED


def test_markup_is_literal_in_every_output(corpus) -> None:
    folder, cache = corpus
    info = flat(run_checked(folder, cache, "info").out)
    rich = flat(run_checked(folder, cache, "report").out)
    markdown = _ESCAPED_BRACKET.sub(r"\1", run_checked(folder, cache, "report", "--markdown").out)
    document = json.loads(run_checked(folder, cache, "report", "--json").stdout)
    texts = [a["text"] for a in document["articles"]]
    for name, markup in MARKUP.items():
        assert title_of("raw", markup) in info and title_of("json", markup) in info, name  # titles
        assert markup in rich, name
        assert markup in markdown, name
        for form in ("raw", "entities", "json"):
            article = next(a for a in document["articles"] if a["id"] == f"{form}_{name}")
            assert article["title"] == title_of(form, markup)
            assert markup in article["text"]
        assert any(markup in t for t in texts)
    # In file names "/" cannot appear; the rest of the markup survives as typed.
    assert any(a["id"].startswith("name_markup_click_[@click=app.quit]quit[|]") for a in document["articles"])


def test_escape_payloads_leave_no_printable_residue(corpus) -> None:
    """Whole sequences go, not just their ESC: no "[31m", "]0;pwned" or "52;c;" is left in any form."""
    folder, cache = corpus
    document = json.loads(run_checked(folder, cache, "report", "--json").stdout)
    for article in document["articles"]:
        for field in ("id", "title", "text", "outlet", "url"):
            value = article.get(field) or ""
            for residue in (
                "[31;1m",
                "[0m",
                "[2J",
                "]52;",
                "ZWNobyBwd25lZA",
                "]0;",
                "pwned title",
                "]8;;",
                "evil.example/x",
                "+q544e",
                "Gf=100",
                "private",
                "[?1049h",
                "c1 title",
            ):
                assert residue not in value, (article["id"], field, value)
