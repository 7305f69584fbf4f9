"""Triage names every dispute ``report`` shows the new article on, also one its row holds through a link.

Short texts written for the test (``tests.support.texts``): one article packs into its lead sentence what the
others state in two sentences far apart, so its dredging date sits in a row of theirs only through a link. The
report listed that article on the "March" side of the date conflict; triaged against the other two, it had
no dispute at all (``report`` and ``triage`` disagreed, issue 10 item 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.texts import LEAD, SPLIT
from tuicompare.pipeline import Options, run
from tuicompare.triage import triage_paths

SALO = "Its chairwoman Ingrid Salo said dredging would begin in {}."
TEXTS = {
    "lead": LEAD,
    "june": " ".join([*SPLIT, SALO.format("June")]),
    "march": " ".join([*SPLIT, SALO.format("March")]),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, model: object) -> Path:
    path = tmp_path_factory.mktemp("harbour")
    for name, text in TEXTS.items():
        (path / f"{name}.txt").write_text(f"Rivermouth harbour plan\n\n{text}\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return Options(cache_dir=tmp_path_factory.mktemp("cache"), one_story=True)


def _sides_in_report(folder: Path, options: Options, article: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(kind, the article's value, the other values)`` of each difference the report shows the article on."""
    out = []
    for c in run([str(folder)], options).conflicts:
        mine = [v for v in c.values if article in v.articles]
        if mine:
            others = tuple(sorted(v.text for v in c.values if v is not mine[0]))
            out.append((c.kind, mine[0].text, others))
    return out


def test_an_article_whose_value_sits_in_a_linked_row_is_triaged_on_its_side(folder: Path, options: Options) -> None:
    assert _sides_in_report(folder, options, "lead") == [("conflict", "March", ("June",))]
    (result,) = triage_paths(
        [str(folder / "lead.txt")], [str(folder / "june.txt"), str(folder / "march.txt")], options
    ).results
    assert not result.contradictions  # "march" says March too: the lead adds no contradiction
    assert [(d.value.text, d.agreeing, [v.text for v in d.others]) for d in result.sides] == [
        ("March", ("march",), ["June"])
    ]


def test_the_article_that_changed_the_date_still_contradicts_both(folder: Path, options: Options) -> None:
    assert _sides_in_report(folder, options, "june") == [("conflict", "June", ("March",))]
    (result,) = triage_paths(
        [str(folder / "june.txt")], [str(folder / "lead.txt"), str(folder / "march.txt")], options
    ).results
    assert [(d.value.text, [(v.text, sorted(v.articles)) for v in d.others]) for d in result.contradictions] == [
        ("June", [("March", ["lead", "march"])])
    ]
