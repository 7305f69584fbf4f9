"""Triage of new articles against the seeds: real files, the real model, the real engine.

The new articles are written by the tests: a rewrite of seed 001 with one place
and one number changed, an unrelated story, and copies of corpus articles.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from tuicompare.cli import main
from tuicompare.pipeline import Options
from tuicompare.report import json_text, load_schema
from tuicompare.triage import TriageCorpus, terms, triage_paths
from tuicompare.triage.jsonout import SCHEMA, SCHEMA_FILE, to_json
from tuicompare.triage.render import MAX_LISTED, render_triage

ROOT = Path(__file__).resolve().parent.parent
MAIN = "001_f26ec24a58b350c0"
STORY = {"000_ba5c7385b1f8dd65", MAIN, "002_f1e299b74bfee8ae"}
OTHER = "003_f609cba098b55e28"
UNRELATED = """Dutch bakers win the European bread championship

A bakery from Utrecht won the European Bread Championship in Lyon on Sunday, beating 42 teams from 19 countries.
The winning sourdough loaf, made by head baker Anneke de Vries, was praised by the jury for its crust and aroma.
De Vries said the recipe had been in her family for three generations.
The championship, held every two years, drew about 12,000 visitors to the exhibition centre.
Next year's edition will take place in Vienna.
"""


def seed_text(seeds: Path, article_id: str) -> str:
    return (seeds / f"{article_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def new_dir(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """New articles: the rewrite, an unrelated story, two copies and a binary file."""
    folder = tmp_path_factory.mktemp("new")
    rewrite = seed_text(seeds_dir, MAIN).replace("Severodonnetsk", "Lysychansk").replace("177th", "178th")
    (folder / "rewrite.txt").write_text(rewrite, encoding="utf-8")
    (folder / "bakers.txt").write_text(UNRELATED, encoding="utf-8")
    (folder / "copy003.txt").write_text(seed_text(seeds_dir, OTHER), encoding="utf-8")
    (folder / "copy001.txt").write_text(seed_text(seeds_dir, MAIN), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    return folder


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory, model: object, seeds_dir: Path, new_dir: Path) -> Options:
    """Options with a module cache already holding the seeds and the new articles."""
    opts = Options(cache_dir=tmp_path_factory.mktemp("cache"))
    triage_paths(
        [str(new_dir / n) for n in ("rewrite.txt", "bakers.txt", "copy003.txt", "copy001.txt")], [str(seeds_dir)], opts
    )
    return opts


@pytest.fixture(scope="module")
def results(options: Options, seeds_dir: Path, new_dir: Path) -> dict:
    """The triage of each new article against the seeds, by file stem."""
    names = ("rewrite.txt", "bakers.txt", "copy003.txt", "copy001.txt")
    report = triage_paths([str(new_dir / n) for n in names], [str(seeds_dir)], options)
    return {r.article.id: r for r in report.results} | {"_report": report}


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], options: Options) -> tuple[int, str, str]:
    status = main([*args, "--cache-dir", str(options.cache_dir)])
    out = capsys.readouterr()
    # Rich wraps long messages (paths) at the console width: join the lines back.
    return status, out.out, "".join(out.err.split())


def test_rewrite_contradictions_name_the_changed_values_and_their_sources(results: dict) -> None:
    """A rewrite with another place and number is in the seeds' story and contradicts both values."""
    r = results["rewrite"]
    assert set(r.story) == STORY
    assert r.closest[0].article == MAIN and r.closest[0].same_story
    places = [d for d in r.contradictions if d.value.text == "Lysychansk"]
    assert places and all(d.type == "place" for d in places)
    assert any(v.text == "Severodonnetsk" and MAIN in v.articles for d in places for v in d.others)
    assert all(d.introduced and not d.agreeing for d in places)
    numbers = [d for d in r.contradictions if "178th" in d.value.text]
    assert len(numbers) == 1
    (number,) = numbers
    assert any("177th" in v.text and MAIN in v.articles for v in number.others)
    assert number.claim_text and "Cherdantsev" in number.claim_text
    # The new article's side of a value points into its own sentences.
    for d in r.contradictions:
        for m in d.value.mentions:
            assert r.article.text[m.start : m.end] == m.text and m.article == "rewrite"


def test_rewrite_compares_only_its_story(results: dict) -> None:
    """Candidate retrieval keeps the other stories out of the comparison."""
    compared = {a.id for a in results["rewrite"].comparison.articles}
    assert compared == STORY | {"rewrite"}


def test_unrelated_article_is_a_new_story(results: dict) -> None:
    """An article about something else: new story, nothing contradicted, all its claims its own."""
    r = results["bakers"]
    assert r.new_story and r.story == ()
    assert not r.contradictions and not r.variants and not r.corroborated
    assert any("Utrecht" in c.text for c in r.only_here)


def test_duplicate_is_all_corroborated(results: dict) -> None:
    """A copy of seed 003: its story, no contradictions or variants, every claim corroborated by 003."""
    r = results["copy003"]
    assert r.story == (OTHER,)
    assert r.closest[0].article == OTHER and r.closest[0].similarity == pytest.approx(1.0)
    assert not r.contradictions and not r.variants and not r.only_here
    own_claims = [c for c in r.comparison.claims if "copy003" in c.stances]
    assert own_claims and len(r.corroborated) == len(own_claims)
    assert all(c.sources == (OTHER,) for c in r.corroborated)


def test_duplicate_in_a_disputed_story_introduces_nothing(results: dict) -> None:
    """A copy of 001 contradicts nothing new: it only sides with 001 in the seeds' own disputes."""
    r = results["copy001"]
    assert set(r.story) == STORY
    assert not r.only_here and not r.contradictions
    assert r.sides and all(not d.introduced and MAIN in d.agreeing for d in (*r.sides, *r.variants))


def test_duplicate_in_a_disputed_story_exits_zero(options: Options, seeds_dir: Path, tmp_path: Path, capsys) -> None:
    """A copy of 001 exits 0 and shows the disputes it takes a side in, apart from contradictions."""
    copy = tmp_path / "copy001.txt"
    copy.write_bytes((seeds_dir / f"{MAIN}.txt").read_bytes())
    status, out, _ = run_cli(["triage", str(copy), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    assert "No contradictions" in flat and "existing dispute" in flat


def test_corpus_file_given_as_new_is_not_compared_with_itself(options: Options, seeds_dir: Path) -> None:
    """`triage seeds/001 --corpus seeds/` compares 001 with the other seeds, not with itself."""
    report = triage_paths([str(seeds_dir / f"{MAIN}.txt")], [str(seeds_dir)], options)
    (r,) = report.results
    assert r.article.id == MAIN
    assert report.corpus_size == 4
    assert set(r.story) == STORY - {MAIN}


def test_term_bags_are_cached(options: Options, seeds_dir: Path) -> None:
    """Opening a corpus stores each article's bag of terms, so the next triage skips its analysis."""
    with TriageCorpus.open([str(seeds_dir)], options) as corpus:
        keys = [terms.terms_key(corpus.keys[a]) for a in corpus.articles]
        stored = corpus.session.get_many(keys)
        assert len(stored) == 5
        bag = terms.loads(stored[keys[0]])
        assert bag is not None and bag == corpus.index.terms(next(iter(corpus.articles)))


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


def test_article_text_is_never_markup(options: Options, seeds_dir: Path, tmp_path: Path) -> None:
    """Markup and escape sequences in a new article print as plain text."""
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "[bold red]Alarm[/] in \x1b[31mUtrecht\x1b[0m\n\n" + UNRELATED.split("\n", 2)[2], encoding="utf-8"
    )
    report = triage_paths([str(hostile)], [str(seeds_dir)], options)
    console = Console(file=io.StringIO(), width=120, record=True, color_system=None)
    render_triage(report, console)
    text = console.export_text()
    assert "[bold red]Alarm[/]" in text and "\x1b" not in text
    assert "\\u001b" not in json_text(to_json(report)) and "[bold red]" in json_text(to_json(report))


@pytest.mark.anyio
async def test_app_adds_an_article_and_pins_it(options: Options, seeds_dir: Path, new_dir: Path) -> None:
    """In the app, `a` adds a file: merged in a worker, pinned first, its contradictions first (as --focus does)."""
    from textual.widgets import Input

    from tuicompare.app.app import make_app

    app = make_app([str(seeds_dir)], options)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if app.view is not None and app.view.panes:
                break
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query(Input)
        app.screen.query_one(Input).value = str(seeds_dir / f"{MAIN}.txt")
        await pilot.press("enter")  # already open: the corpus is unchanged
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.comparison.articles) == 5
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(Input).value = str(new_dir / "rewrite.txt")
        await pilot.press("enter")
        for _ in range(100):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if app.view is not None and app.view.panes and len(app.comparison.articles) == 6:
                break
        assert [a.id for a in app.comparison.articles][-1] == "rewrite"
        view = app.view
        assert view.panes[0].article.id == "rewrite"
        assert {p.article.id for p in view.panes} >= STORY
        shown = view.query_one("#sidebar").shown
        contradicted = [c for c in shown if c.stances.get("rewrite") == "contradicts"]
        assert contradicted and list(shown[: len(contradicted)]) == contradicted


def test_a_new_story_is_not_said_to_repeat_the_corpus(options: Options, seeds_dir: Path, new_dir: Path, capsys) -> None:
    """An unrelated article: "nothing was compared", never that the corpus already states its values."""
    status, out, _ = run_cli(["triage", str(new_dir / "bakers.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert status == 0
    flat = " ".join(out.split())
    assert "No contradictions: no corpus article reports this story, so nothing was compared." in flat
    assert "already state" not in flat
    copy = run_cli(["triage", str(new_dir / "copy003.txt"), "--corpus", str(seeds_dir)], capsys, options)
    assert "No contradictions: none of its values differs from what the corpus states." in " ".join(copy[1].split())


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


def test_wrapped_evidence_stays_indented_at_80_columns(results: dict) -> None:
    """At 80 columns a long quoted sentence wraps under its quote, not back at column 0."""
    console = Console(file=io.StringIO(), width=80, record=True, color_system=None)
    render_triage(results["_report"], console)
    lines = console.export_text().splitlines()
    quotes = [n for n, line in enumerate(lines) if line.startswith(("      new:    ", "      corpus: "))]
    wrapped = [lines[n + 1] for n in quotes if lines[n + 1].strip() and not lines[n + 1].startswith("      ")]
    assert quotes and not wrapped
    # Some quote is longer than a line: its second line starts under the quote's first word.
    assert any(lines[n + 1].startswith(" " * 14) and lines[n + 1][14] != " " for n in quotes)
    bullets = [n for n, line in enumerate(lines) if line.startswith("  • ")]
    assert bullets and any(lines[n + 1].startswith("    ") and lines[n + 1][4] != " " for n in bullets)
    assert all(len(line) <= 80 for line in lines)
    # Nor padded to the width: a quote's lines end at their last word.
    assert not [lines[k] for n in quotes for k in (n, n + 1) if lines[k] != lines[k].rstrip()]
