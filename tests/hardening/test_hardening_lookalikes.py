"""Issue 13 item 12 (second half): names written with look-alike letters of another script.

A Cyrillic "і" inside "Putin" or a Cyrillic "К" in "Kramatorsk" used to put the
article in a story of its own (nothing compared), or, with ``--one-story``, to
pass silently as agreement; a Cyrillic "Р" made "Putin" read as "Rutin". Now
such names are one name, compared like any other, and reported as a variant
that says which letters differ.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from tests.support.app import screen_text, settle, wait_ready
from tests.support.cli_runner import tuicompare
from tuicompare.app.app import TuicompareApp
from tuicompare.lookalikes import latinise, lookalikes
from tuicompare.pipeline import Options, run
from tuicompare.report import to_json, to_markdown, validate
from tuicompare.report.console import render_report
from tuicompare.report.marks import lookalike_note

CYR_I, CYR_K, CYR_ER = "\u0456", "\u041a", "\u0420"

STORY = (
    "Ferry line reopens in Kramatorsk\n\n"
    "Mayor Oleksandr Honcharenko reopened the ferry line in Kramatorsk on Tuesday. "
    "Honcharenko said the line would carry 900 passengers a day. "
    "The ferry from Kramatorsk to Sloviansk takes forty minutes.\n"
)


def test_latinise_maps_only_the_disguised_letters_and_keeps_every_offset() -> None:
    for disguised, plain in (
        (f"Put{CYR_I}n", "Putin"),
        (f"{CYR_K}ramatorsk", "Kramatorsk"),
        (f"{CYR_ER}utin", "Putin"),
    ):
        text = f"On Monday {disguised} spoke."
        assert latinise(text) == f"On Monday {plain} spoke." and len(latinise(text)) == len(text)
    # A word wholly in another script is a word of that language, not a disguise.
    assert latinise("The word Москва means Moscow.") == "The word Москва means Moscow."
    assert [(la.character, la.script, la.latin) for la in lookalikes(f"Put{CYR_I}n in {CYR_K}iev")] == [
        (CYR_I, "Cyrillic", "i"),
        (CYR_K, "Cyrillic", "K"),
    ]
    assert lookalikes("Zoë Łukasiewicz in Kraków") == ()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lookalikes")
    (folder / "plain.txt").write_text(STORY, encoding="utf-8")
    disguised = STORY.replace("Kramatorsk", f"{CYR_K}ramatorsk").replace("Honcharenko", "Honcharenk\u043e")
    (folder / "disguised.txt").write_text(disguised, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def comparison(corpus: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a Comparison
    return run([str(corpus)], Options(cache_dir=tmp_path_factory.mktemp("cache")))


@pytest.mark.slow
def test_disguised_names_are_compared_as_variants_that_say_why(comparison) -> None:  # noqa: ANN001
    assert len(comparison.stories) == 1, "the disguised article must be compared, not left in a story of its own"
    assert [c for c in comparison.conflicts if c.kind != "variant"] == []
    variants = {tuple(sorted(v.text for v in c.values)) for c in comparison.conflicts}
    assert ("Kramatorsk", f"{CYR_K}ramatorsk") in variants
    assert any("Honcharenk\u043e" in pair for pair in variants)
    for conflict in comparison.conflicts:
        note = lookalike_note(conflict)
        assert note is not None and note.startswith("the spellings differ only by look-alike characters: ")
    notes = {lookalike_note(c) for c in comparison.conflicts}
    assert 'the spellings differ only by look-alike characters: Cyrillic "К" (U+041A) for Latin "K"' in notes


@pytest.mark.slow
def test_every_report_format_says_the_spellings_differ_by_look_alike_characters(comparison) -> None:  # noqa: ANN001
    console = Console(record=True, width=100, color_system=None)
    render_report(comparison, console)
    terminal = " ".join(console.export_text().split())
    assert 'differ only by look-alike characters: Cyrillic "К" (U+041A) for Latin "K"' in terminal
    assert "0 conflicts" in terminal
    assert 'look-alike characters: Cyrillic "К" (U+041A) for Latin "K"' in to_markdown(comparison)
    document = to_json(comparison)
    assert validate(json.loads(json.dumps(document))) == []
    marked = [c for c in document["conflicts"] if "lookalikes" in c]
    assert marked and all(c["kind"] == "variant" for c in marked)
    assert {"character": CYR_K, "code_point": "U+041A", "script": "Cyrillic", "latin": "K"} in [
        la for c in marked for la in c["lookalikes"]
    ]


@pytest.mark.slow
def test_a_capital_er_no_longer_makes_putin_another_name(tmp_path: Path) -> None:
    """Transliterated, a Cyrillic "Р" reads "R": "Рutin" was another person; it looks like, and is, "Putin"."""
    text = "Putin visits Kazan\n\nPresident Vladimir Putin visited Kazan on Friday. Putin opened a bridge there.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("Putin", f"{CYR_ER}utin"), encoding="utf-8")
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    assert comparison.conflicts and all(c.kind == "variant" for c in comparison.conflicts)
    assert all(lookalike_note(c) for c in comparison.conflicts)
    people = [e for e in comparison.entities if e.label == "person"]
    assert len(people) == 1, [e.name for e in people]


@pytest.mark.slow
@pytest.mark.anyio
async def test_the_app_says_why_on_the_variant_row(comparison) -> None:  # noqa: ANN001
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(200, 40)) as pilot:
        view = await wait_ready(pilot)
        if view.current_row not in view.model.conflict_rows:
            await pilot.press("n")
            await settle(pilot)
        assert view.current_row in view.model.conflict_rows
        text = " ".join(screen_text(pilot).split())
        assert "differ only by look-alike characters: Cyrillic" in text


@pytest.mark.slow
def test_triage_names_the_look_alike_letters_of_a_variant(corpus: Path, tmp_path: Path) -> None:
    """A new article with the disguised spellings, triaged against the plain one: variants, named, no contradiction."""
    plain = tmp_path / "corpus"
    plain.mkdir()
    (plain / "plain.txt").write_text(STORY, encoding="utf-8")
    run = tuicompare("triage", str(corpus / "disguised.txt"), "--corpus", str(plain), cache=tmp_path / "cache")
    assert run.status == 0, run.out + run.err
    flat = " ".join(run.out.split())
    assert "No contradictions" in flat
    assert 'look-alike characters: Cyrillic "К" (U+041A) for Latin "K"' in flat
