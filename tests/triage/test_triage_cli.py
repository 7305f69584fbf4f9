"""``tuicompare triage`` as a user runs it: what it prints, its --json document, its exit status.

The new articles are those of ``conftest.py``: a rewrite of seed 001 with one place and one number changed,
an unrelated story, copies of corpus articles and a binary file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.support import ROOT
from tests.support.triage import MAIN, OTHER, STORY, UNRELATED, run_cli
from tuicompare.pipeline import Options
from tuicompare.report import load_schema
from tuicompare.triage.jsonout import SCHEMA, SCHEMA_FILE
from tuicompare.triage.render import MAX_LISTED


def test_duplicate_in_a_disputed_story_exits_zero(options: Options, seeds_dir: Path, tmp_path: Path, capsys) -> None:
    """A copy of 001 exits 0 and shows the disputes it takes a side in, apart from contradictions."""
    copy = tmp_path / "copy001.txt"
    copy.write_bytes((seeds_dir / f"{MAIN}.txt").read_bytes())
    status, out, _ = run_cli(["triage", str(copy), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    assert "No contradictions" in flat and "existing dispute" in flat


def test_exit_status_one_when_contradicting(options: Options, seeds_dir: Path, new_dir: Path, capsys) -> None:
    """The rich report lists the contradiction with the corpus's value and exits 1."""
    status, out, _ = run_cli(["triage", str(new_dir / "rewrite.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 1
    flat = " ".join(out.split())
    assert "Lysychansk vs Severodonnetsk" in flat
    assert "new story" not in flat and "Story of 3 corpus articles" in flat


def test_exit_status_zero_without_contradictions(options: Options, seeds_dir: Path, new_dir: Path, capsys) -> None:
    status, out, _ = run_cli(["triage", str(new_dir / "bakers.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    assert "New story" in out and "No contradictions:" in out


def test_possible_differences_are_listed_but_never_exit_one(
    options: Options, seeds_dir: Path, new_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Differences below the engine's confidence cut are listed apart, counted apart, and exit 0."""
    from tuicompare import engine

    real_compare = engine.compare

    def below_the_cut(*args, **kwargs):
        # The real engine's comparison, as it would be were every conflict under the confidence cut.
        comparison = real_compare(*args, **kwargs)
        conflicts = tuple(
            dataclasses.replace(c, kind="possible", confidence=0.4) if c.kind == "conflict" else c
            for c in comparison.conflicts
        )
        return dataclasses.replace(comparison, conflicts=conflicts)

    monkeypatch.setattr(engine, "compare", below_the_cut)
    args = ["triage", str(new_dir / "rewrite.txt"), "--corpus", str(seeds_dir)]
    status, out, _ = run_cli(args, capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    assert "No contradictions; only possible differences" in flat and "Contradicts the corpus" not in flat
    listed = flat[flat.index("Possibly differs from the corpus on") :]
    assert "not counted as contradictions" in listed
    assert "? place: Lysychansk vs Severodonnetsk" in listed and "confidence 0.40" in listed
    status, out, _ = run_cli([*args, "--json"], capsys, options)
    assert status == 0
    doc = json.loads(out)
    jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE)).validate(doc)
    (rewrite,) = doc["articles"]
    assert doc["summary"]["contradictions"] == 0 == len(rewrite["contradictions"])
    assert doc["summary"]["possible"] == len(rewrite["possible"]) > 0
    place = next(d for d in rewrite["possible"] if d["value"]["text"] == "Lysychansk")
    assert place["confidence"] == 0.4 and place["introduced"] is True
    assert all(s in rewrite["sentences"] for s in place["value"]["sentences"])


def test_exit_status_two_for_errors(options: Options, seeds_dir: Path, new_dir: Path, tmp_path: Path, capsys) -> None:
    """A missing new file, an unreadable one, or an empty corpus is an error (2), named on stderr."""
    status, _, err = run_cli(["triage", str(tmp_path / "missing.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 2 and "missing.txt" in err
    status, _, err = run_cli(["triage", str(new_dir / "bakers.txt"), "--corpus", str(tmp_path)], capsys, options)
    assert status == 2 and "corpusarticle" in err
    # A bad file among good ones: the good one is still reported, the run still fails.
    args = ["triage", str(new_dir / "bakers.txt"), str(new_dir / "broken.txt"), "--corpus", str(seeds_dir)]
    status, out, err = run_cli(args, capsys, options)
    assert status == 2 and "broken.txt" in err and "New story" in out


def test_json_document(options: Options, seeds_dir: Path, new_dir: Path, capsys) -> None:
    """--json: the documented shape, counts that match, every sentence id resolvable."""
    args = ["triage", str(new_dir / "rewrite.txt"), str(new_dir / "bakers.txt"), "--corpus", str(seeds_dir), "--json"]
    status, out, _ = run_cli(args, capsys, options)
    assert status == 1
    doc = json.loads(out)
    assert doc["schema"] == SCHEMA == "tuicompare-triage/1"
    validator = jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE))
    validator.validate(doc)
    rewrite, bakers = doc["articles"]
    assert doc["summary"]["contradictions"] == len(rewrite["contradictions"]) + len(bakers["contradictions"])
    assert doc["summary"]["new_articles"] == 2 and doc["summary"]["new_stories"] == 1
    assert rewrite["story"]["status"] == "existing" and set(rewrite["story"]["articles"]) == STORY
    assert bakers["story"] == {"status": "new", "articles": [], "title": None}
    place = next(d for d in rewrite["contradictions"] if d["value"]["text"] == "Lysychansk")
    assert place["type"] == "place" and place["introduced"] is True
    del place["introduced"]
    assert not validator.is_valid(doc)  # the schema holds the documented fields
    place["introduced"] = True
    assert any(v["text"] == "Severodonnetsk" and MAIN in v["articles"] for v in place["corpus_values"])
    sentence_id = re.compile(r"^.+:\d+$")
    for article in doc["articles"]:
        referenced = [
            s
            for d in article["contradictions"] + article["variants"]
            for v in [d["value"], *d["corpus_values"]]
            for s in v["sentences"]
        ]
        referenced += [s for c in article["corroborated"] + article["only_here"] for s in c["sentences"]]
        assert referenced and all(sentence_id.match(s) and s in article["sentences"] for s in referenced)
        for n in article["closest"]:
            assert 0.0 <= n["similarity"] <= 1.0 and n["title"]


def test_stdin_is_a_new_article(options: Options, seeds_dir: Path) -> None:
    """`triage - --corpus seeds/ --json` in a real process reads the article from standard input."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    cmd = [
        sys.executable,
        "-m",
        "tuicompare",
        "triage",
        "-",
        "--corpus",
        str(seeds_dir),
        "--json",
        "--cache-dir",
        str(options.cache_dir),
    ]
    done = subprocess.run(cmd, input=UNRELATED, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert article["id"] == "stdin" and article["path"] == "-"
    assert article["story"]["status"] == "new"
    assert article["title"] == "Dutch bakers win the European bread championship"


def test_a_new_story_is_not_said_to_repeat_the_corpus(options: Options, seeds_dir: Path, new_dir: Path, capsys) -> None:
    """An unrelated article: "nothing was compared", never that the corpus already states its values."""
    status, out, _ = run_cli(["triage", str(new_dir / "bakers.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    assert "No contradictions: no corpus article reports this story, so nothing was compared." in flat
    assert "already state" not in flat
    copy = run_cli(["triage", str(new_dir / "copy003.txt"), "--corpus", str(seeds_dir)], capsys, options)
    flat = " ".join(copy[1].split())
    # What was checked, never a clearance: real disagreements often go unreported.
    assert "No contradictions found among the values compared with the corpus (a check, not a clearance)." in flat
    assert "none of its values differs" not in flat


def test_a_corroborated_claim_names_the_corpus_articles_that_also_state_it(
    options: Options, seeds_dir: Path, new_dir: Path, capsys
) -> None:
    """A copy of 003: each corroborated claim ends "(also in 003_...)", not "(003_...)", which read as the
    source of the quoted words."""
    status, out, _ = run_cli(["triage", str(new_dir / "copy003.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    listed = flat.split("Corroborates ", 1)[1].split(" claims:", 1)[0]
    assert int(listed) > 1
    assert flat.count(f"(also in {OTHER})") == min(int(listed), MAX_LISTED)
    assert f" ({OTHER})" not in flat
