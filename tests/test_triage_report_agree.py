"""Triage says of each article what ``report`` says of it: same story, same differences, same tiers and types.

On the vendored ECB+ subset ``tests/data/ecbplus-one-rule`` (three reports of one event; see its README).
Each article is triaged against the other two, as a user checks one article against the rest of a
folder, and each difference triage lists must be one ``report`` over the three shows that article on, with
the same tier and type (issue 10 item 7). The variant of the agency's name was an organisation's in
``report`` and a bare name's in triage, as the type came from whichever article the engine read first.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.models import Comparison
from tuicompare.pipeline import Options
from tuicompare.triage import triage_paths

DATA = Path(__file__).parent / "data" / "ecbplus-one-rule"


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return Options(cache_dir=tmp_path_factory.mktemp("cache"))


def _seen_by(report: Comparison, article: str) -> Counter[tuple[str, str, str, tuple[str, ...]]]:
    """``(tier, type, the article's value, the others' values)`` of each difference report shows it on."""
    out: Counter[tuple[str, str, str, tuple[str, ...]]] = Counter()
    for c in report.conflicts:
        mine = [v for v in c.values if article in v.articles]
        if not mine:
            continue
        value = next((v for v in mine if not set(v.articles) - {article}), mine[0])
        others = tuple(sorted(v.text for v in c.values if v is not value and set(v.articles) - {article}))
        if others:
            out[(c.kind, c.type, value.text, others)] += 1
    return out


def test_each_article_triaged_against_the_rest_reads_as_in_the_report(options: Options, model: object) -> None:
    files = sorted(str(p) for p in DATA.glob("*.txt"))
    report = pipeline.run(files, options)
    assert len(report.stories) == 1
    assert any(c.kind == "variant" for c in report.conflicts)  # the agency's forms
    for path in files:
        (result,) = triage_paths([path], [f for f in files if f != path], options).results
        article = result.article.id
        assert set(result.story) == set(report.stories[0].articles) - {article}
        triaged = Counter(
            (d.kind, d.type, d.value.text, tuple(sorted(v.text for v in d.others)))
            for d in (*result.contradictions, *result.sides, *result.possible, *result.variants)
        )
        assert triaged == _seen_by(report, article), article
