"""Progress moves while one long article is parsed, so a user can tell work from a hang.

Counted in whole articles, a folder holding one article of thousands of sentences left the app's bar and the
command line's progress line still for most of a minute. Parsing now counts characters: it reports after every
parsed batch of the long article, never goes backwards and never passes its total.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from tuicompare import pipeline
from tuicompare.analysis import nlp
from tuicompare.analysis.chunks import progress_weight
from tuicompare.models import Article

#: Characters of the generated long article: a few of the parser's batches (``nlp.BATCH_CHARS``).
LONG = 2 * nlp.BATCH_CHARS + 5_000


def _long_article(seeds_dir: Path) -> Article:
    """A seed's paragraphs repeated, in order, until the text is `LONG` characters."""
    seed = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    paragraphs = [line for line in seed.splitlines() if line.strip()]
    text, repeated = "", itertools.cycle(paragraphs)
    while len(text) < LONG:
        text += next(repeated) + "\n\n"
    return Article(id="long", path="long.txt", title="", text=text)


def _checked(seen: list[tuple[int, int]], total: int) -> None:
    """The user's view of a progress line: it only moves forward, stays within its total and ends there."""
    assert seen, "no progress reported"
    assert {t for _, t in seen} == {total}
    assert all(0 <= done <= total for done, _ in seen)
    assert all(b >= a for (a, _), (b, _) in itertools.pairwise(seen)), seen
    assert seen[-1] == (total, total)


def test_one_long_article_reports_progress_before_it_is_parsed(model, seeds_dir: Path) -> None:
    long = _long_article(seeds_dir)
    short = Article(id="short", path="short.txt", title="", text="The mayor opened the bridge on Monday.\n")
    seen: list[tuple[int, int]] = []
    analyses = nlp.analyze([short, long], progress=lambda done, total: seen.append((done, total)), jobs=1)
    total = progress_weight(short.text) + progress_weight(long.text)
    _checked(seen, total)
    # The short article is done at once; the long one moves the count several times before it is finished.
    within = [done for done, _ in seen if progress_weight(short.text) < done < total]
    assert len(set(within)) >= 3, seen
    assert len(analyses[1].sentences) > 500  # thousands of lines of text: it really is a long article


def test_the_pipeline_reports_the_long_article_moving_then_compares_it(seeds_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "long.txt").write_text(_long_article(seeds_dir).text, encoding="utf-8")
    seen: dict[str, list[tuple[int, int]]] = {}

    def progress(stage: str, done: int, total: int) -> None:
        seen.setdefault(stage, []).append((done, total))

    options = pipeline.Options(cache_dir=tmp_path / "cache", jobs=1)
    with pipeline.open_stories([str(folder)], options, progress=progress) as stories:
        stories.comparison(progress, tokens=False)
    parsing = seen["analyse"]
    _checked(parsing, parsing[-1][1])
    assert len({done for done, total in parsing if 0 < done < total}) >= 3, parsing
    # Comparing one story says so before the story is done (the bar does not sit on the last stage's 100%).
    assert seen["compare"] == [(0, 1), (1, 1)]
