"""Watching a folder: real files arriving, real processes, bounded runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tuicompare.models import LoadWarning
from tuicompare.pipeline import Options
from tuicompare.triage import TriageCorpus, triage_paths
from tuicompare.triage.result import ArticleTriage
from tuicompare.triage.watch import FolderTriage, watch_folder

ROOT = Path(__file__).resolve().parent.parent
MAIN = "001_f26ec24a58b350c0"
UNRELATED = """Dutch bakers win the European bread championship

A bakery from Utrecht won the European Bread Championship in Lyon on Sunday, beating 42 teams from 19 countries.
The winning sourdough loaf, made by head baker Anneke de Vries, was praised by the jury for its crust and aroma.
De Vries said the recipe had been in her family for three generations.
"""


@pytest.fixture(scope="module")
def texts(seeds_dir: Path) -> dict[str, str]:
    """A rewrite of seed 001 (another place) and an unrelated article."""
    main = (seeds_dir / f"{MAIN}.txt").read_text(encoding="utf-8")
    return {"rewrite": main.replace("Severodonnetsk", "Lysychansk"), "bakers": UNRELATED}


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory, model: object, seeds_dir: Path, texts) -> Options:
    """A module cache holding the seeds and the texts, so watcher processes need no spaCy."""
    opts = Options(cache_dir=tmp_path_factory.mktemp("cache"))
    folder = tmp_path_factory.mktemp("warm")
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    triage_paths([str(folder / "rewrite.txt"), str(folder / "bakers.txt")], [str(seeds_dir)], opts)
    return opts


def put(folder: Path, name: str, data: str | bytes) -> None:
    """Write a file the way a well-behaved producer does: a dot-name, then a rename."""
    tmp = folder / f".{name}.part"
    if isinstance(data, bytes):
        tmp.write_bytes(data)
    else:
        tmp.write_text(data, encoding="utf-8")
    tmp.rename(folder / name)


def watcher(folder: Path, seeds: Path, options: Options, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    cmd = [
        sys.executable,
        "-m",
        "tuicompare",
        "watch",
        str(folder),
        "--corpus",
        str(seeds),
        "--cache-dir",
        str(options.cache_dir),
        *extra,
    ]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def wait_for_watching(proc: subprocess.Popen[str]) -> str:
    """Read stderr until the watcher says it is watching."""
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert "Watching" in line, line
    return line


def test_watch_keeps_going_past_a_bad_file(tmp_path: Path, seeds_dir: Path, options: Options, texts) -> None:
    """Three arrivals, one of them binary: two summary lines, one warning, exit 1 (a contradiction)."""
    proc = watcher(tmp_path, seeds_dir, options, "--max-files", "3", "--timeout", "90")
    wait_for_watching(proc)
    put(tmp_path, "a-broken.txt", b"\x00\xff\x00\xfe" * 64)
    put(tmp_path, "b-rewrite.txt", texts["rewrite"])
    put(tmp_path, "c-bakers.txt", texts["bakers"])
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    lines = out.strip().splitlines()
    assert len(lines) == 2, out
    rewrite = next(line for line in lines if line.startswith("b-rewrite"))
    assert "story of 3 articles" in rewrite and "contradiction" in rewrite and "0 contradictions" not in rewrite
    bakers = next(line for line in lines if line.startswith("c-bakers"))
    assert "new story" in bakers and "0 contradictions" in bakers
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "a-broken.txt" in warnings[0]
    assert "Traceback" not in err


def test_ctrl_c_stops_cleanly(tmp_path: Path, seeds_dir: Path, options: Options) -> None:
    """SIGINT ends the watch with its closing line, status 0 and no traceback."""
    proc = watcher(tmp_path, seeds_dir, options)
    wait_for_watching(proc)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "0 triaged" in err and "Traceback" not in err


def test_once_triages_the_files_already_there(tmp_path: Path, seeds_dir: Path, options: Options, texts) -> None:
    """`--once` reads the folder as it is and exits: hidden and foreign files are ignored."""
    put(tmp_path, "bakers.txt", texts["bakers"])
    (tmp_path / ".hidden.txt").write_text(texts["rewrite"], encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    proc = watcher(tmp_path, seeds_dir, options, "--once")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip().splitlines() == [line for line in out.strip().splitlines() if line.startswith("bakers")]
    assert len(out.strip().splitlines()) == 1


def test_existing_files_are_skipped_unless_asked(tmp_path: Path, seeds_dir: Path, options: Options, texts) -> None:
    """In-process watch: a file there at start is skipped by default; a rewritten one is triaged again."""
    put(tmp_path, "old.txt", texts["bakers"])
    seen: list[str] = []
    warned: list[LoadWarning] = []
    ready = threading.Event()
    with TriageCorpus.open([str(seeds_dir)], options) as corpus:

        def triaged(result: ArticleTriage) -> None:
            seen.append(result.article.id)

        handler = FolderTriage(corpus, options, triaged, warned.append)
        thread = threading.Thread(
            target=watch_folder,
            args=(tmp_path, handler),
            kwargs={"max_files": 2, "timeout": 60, "ready": ready.set},
            daemon=True,
        )
        thread.start()
        assert ready.wait(30)
        put(tmp_path, "new.txt", texts["rewrite"])
        time.sleep(1.5)
        put(tmp_path, "old.txt", texts["rewrite"])  # replaced with other contents
        thread.join(60)
        assert not thread.is_alive()
    assert seen == ["new", "old"] and not warned
    assert handler.stats.contradictions > 0

    with TriageCorpus.open([str(seeds_dir)], options) as corpus:
        again = FolderTriage(corpus, options, lambda r: seen.append(r.article.id), warned.append)
        watch_folder(tmp_path, again, existing=True, max_files=2, timeout=30)
    assert seen[2:] == ["new", "old"]


def test_json_lines(tmp_path: Path, seeds_dir: Path, options: Options, texts) -> None:
    """`--json` prints one valid tuicompare-triage/1 document per article, one per line."""
    import json

    import jsonschema

    from tuicompare.report import load_schema
    from tuicompare.triage.jsonout import SCHEMA_FILE

    put(tmp_path, "a-rewrite.txt", texts["rewrite"])
    put(tmp_path, "b-bakers.txt", texts["bakers"])
    proc = watcher(tmp_path, seeds_dir, options, "--once", "--json")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["articles"][0]["id"] for d in docs] == ["a-rewrite", "b-bakers"]
    validator = jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE))
    for doc in docs:
        validator.validate(doc)
    assert docs[0]["summary"]["contradictions"] > 0 and docs[1]["articles"][0]["story"]["status"] == "new"


def test_a_deleted_and_recreated_folder_is_still_watched(
    tmp_path: Path, seeds_dir: Path, options: Options, texts
) -> None:
    """Issue 13 item 15: inotify loses a folder that is deleted and made again; the watch still sees its files."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    proc = watcher(inbox, seeds_dir, options, "--max-files", "1", "--timeout", "60")
    wait_for_watching(proc)
    time.sleep(1.0)
    inbox.rmdir()
    inbox.mkdir()
    time.sleep(0.5)
    put(inbox, "bakers.txt", texts["bakers"])
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 0, err
    assert [line.split()[0] for line in out.strip().splitlines()] == ["bakers"], out
    assert "1 triaged" in err


def test_watch_says_its_stories_follow_corrections_made_by_hand(
    tmp_path: Path, seeds_dir: Path, options: Options
) -> None:
    """As report and triage: the reviewers' story corrections in the store apply, and a note says so."""
    from tuicompare import pipeline
    from tuicompare.review import ReviewStore, article_hash

    by_id = {a.id: a for a in pipeline.load([str(seeds_dir)], options).articles}
    db = tmp_path / "team.sqlite3"
    with ReviewStore.open(db) as store:
        store.place([(article_hash(by_id["003_f609cba098b55e28"]), article_hash(by_id["000_ba5c7385b1f8dd65"]))])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "copy.txt").write_bytes((seeds_dir / "001_f26ec24a58b350c0.txt").read_bytes())
    proc = watcher(inbox, seeds_dir, options, "--once", "--review-db", str(db))
    _, err = proc.communicate(timeout=300)
    assert "note: the stories follow corrections made by hand (m, M in the app) to 1 article" in " ".join(err.split())
