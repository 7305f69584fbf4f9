"""Triage of new articles against the seeds: real files, the real model, the real engine.

The new articles are written by the tests (``conftest.py``): a rewrite of seed 001 with one place and one
number changed, an unrelated story, and copies of corpus articles. What ``tuicompare triage`` prints and
exits with is in ``test_triage_cli.py``.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from tests.support.triage import MAIN, OTHER, STORY, UNRELATED
from tuicompare.pipeline import Options
from tuicompare.report import json_text
from tuicompare.triage import TriageCorpus, terms, triage_paths
from tuicompare.triage.jsonout import to_json
from tuicompare.triage.render import render_triage


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
