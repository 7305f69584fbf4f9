"""Stories written from their kept text: the same bytes as writing them from their comparison.

A pool of articles (the seeds and generated rewrites of three stories) is
analysed once. Each test writes the JSON report of a corpus through
``ondemand.StoryComparisons`` (stories kept as text in the cache, read back
on the next run) and checks it against the report written from the
engine's comparison of the same articles.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import SEEDS
from tests.support.pools import Pool, analysed_pool, fresh_cache
from tuicompare import pipeline, report
from tuicompare.analysis import stored
from tuicompare.engine import compare
from tuicompare.evaluation.generate import generate_corpus, write_corpus
from tuicompare.models import Article, Comparison
from tuicompare.ondemand import StoryComparisons
from tuicompare.pipeline import AnalysisSession, Options
from tuicompare.report import fragments


class CountingStories(StoryComparisons):
    """Counts the stories whose comparison was read or computed (the kept texts spare them)."""

    parts_read = 0
    outlines_read = 0

    def _parts(self, indexes):
        for part in super()._parts(indexes):
            self.parts_read += 1
            yield part

    def outlines(self, articles):
        self.outlines_read += len(articles)
        return super().outlines(articles)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and 12 generated rewrites of 3 stories, as text files in one folder."""
    folder = tmp_path_factory.mktemp("fragments")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    write_corpus(generate_corpus(3, 4, seed=11), folder)
    # Two reports of one event with bylines and a related-link line: news furniture in a story.
    (folder / "bridge-a.txt").write_text(
        "Bridge closed after storm damage\n\nBy Maria Lund\n\nThe Elm Street bridge in Norrvik was closed on "
        "Sunday after a storm damaged its railings, the city council said. Engineers will inspect it on Monday. "
        "Read more: storms across the region.\n",
        encoding="utf-8",
    )
    (folder / "bridge-b.txt").write_text(
        "Storm shuts Norrvik bridge\n\nBy Tom Berg\n\nNorrvik's Elm Street bridge closed on Sunday when storm "
        "winds tore off part of its railings, council officials said. Inspectors will arrive on Tuesday.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory, folder: Path) -> Pool:
    """Options whose cache holds the analyses of the folder's articles, and those articles."""
    return analysed_pool(tmp_path_factory.mktemp("fragments-cache"), [str(folder / "*.txt")])


def _written(source) -> str:
    pieces: list[str] = []
    report.write_json_stream(source, pieces.append)
    return "".join(pieces)


def _expected(articles, options: Options) -> tuple[str, Comparison]:
    analyses, _ = pipeline.analyse(articles, options)
    comparison = compare(articles, analyses)
    return report.json_text(report.to_json(comparison)), comparison


def _run(articles, options: Options) -> tuple[str, CountingStories]:
    with AnalysisSession(options) as session:
        stories = CountingStories(articles, session)
        return _written(stories), stories


def _kept(pool: Pool, tmp_path: Path) -> tuple[tuple[Article, ...], Options, str]:
    """The pool's articles, options whose fresh cache kept every story's text in one cold report, and that report."""
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    expected, _ = _expected(articles, options)
    _run(articles, options)
    return articles, options, expected


def _story_text_keys(articles, session) -> list[str]:
    """The cache keys of the kept texts of the stories of ``articles``, in story order."""
    stories = StoryComparisons(articles, session)
    return [stored.record_key("story-text", [stories._story_key(s), fragments.version()]) for s in stories.stories]


def _one_warning_else_as(written: str, expected: str) -> str:
    """The reason of the one warning of the report ``written``, checked to be ``expected`` in all else."""
    document, reference = json.loads(written), json.loads(expected)
    (warning,) = document.pop("warnings")
    assert document["summary"].pop("warnings") == 1
    reference.pop("warnings")
    reference["summary"].pop("warnings")
    assert document == reference
    return str(warning["reason"])


def test_a_warm_report_writes_every_story_from_its_text_with_the_same_bytes(pool, tmp_path):
    articles = pool[1]
    options = fresh_cache(pool, tmp_path / "cache")
    expected, comparison = _expected(articles, options)
    assert len(comparison.stories) > 3 and comparison.conflicts and comparison.attributes and comparison.furniture
    cold, stories = _run(articles, options)
    assert cold == expected
    assert stories.parts_read == len(stories.stories)
    assert stories.outlines_read == len(articles)
    warm, stories = _run(articles, options)
    assert warm == expected
    assert stories.parts_read == 0 and stories.computed == 0
    # Every article's item too is written from its kept text: no outline is read.
    assert stories.outlines_read == 0


@pytest.mark.parametrize(
    ("redigest", "message", "invalid"),
    [
        # A right-to-left override slipped into a name, where the writer would have escaped it; and garbage.
        (False, "2 stored story text(s) were invalid", 2),
        # The override with the record's digest made again to match: still refused.
        (True, "1 stored story text(s) was invalid (first: unescaped character)", 1),
    ],
    ids=["damaged-or-forged", "forged-with-a-right-digest"],
)
def test_a_forged_story_text_is_written_afresh_with_a_warning_and_never_reaches_the_terminal(
    pool, tmp_path, redigest: bool, message: str, invalid: int
):
    articles, options, expected = _kept(pool, tmp_path)
    with AnalysisSession(options) as session:
        keys = _story_text_keys(articles, session)
        texts = session.get_many(keys)
        # Without a new digest, the first story's text is garbage too, so another story holds the override.
        big = max(keys if redigest else keys[1:], key=lambda k: len(texts[k]))
        first, *arrays = texts[big].split("\0")  # the header, then each array's text
        entities = fragments.ARRAYS.index("entities")
        arrays[entities] = arrays[entities].replace('"name": "', '"name": "\u202e', 1)
        if redigest:
            header = json.loads(first)
            header["digest"] = fragments._digest(header, arrays)
            first = json.dumps(header)
        forged = "\0".join([first, *arrays])
        assert "\u202e" in forged
        session.put_many({big: forged} if redigest else {big: forged, keys[0]: "not a story text"})
    written, stories = _run(articles, options)
    assert "\u202e" not in written
    assert message in _one_warning_else_as(written, expected)
    assert stories.parts_read == invalid


@pytest.mark.parametrize(
    "forged_token",
    # A token that carries text where an id goes (it would be written raw), one that is no id, an unpaired mark.
    ['e1"}, {"name": "Forged', "x1", "e2e"],
)
def test_a_forged_marked_id_in_a_story_text_is_refused_even_with_a_right_digest(pool, tmp_path, forged_token: str):
    articles, options, expected = _kept(pool, tmp_path)
    with AnalysisSession(options) as session:
        keys = _story_text_keys(articles, session)
        texts = session.get_many(keys)
        big = max(keys, key=lambda k: len(texts[k]))
        first, *arrays = texts[big].split("\0")
        entities = fragments.ARRAYS.index("entities")
        token = fragments.TOKEN
        assert f"{token}e1{token}" in arrays[entities]
        if forged_token == "e2e":  # the closing mark gone: the marks no longer pair up
            arrays[entities] = arrays[entities].replace(f"{token}e2{token}", f"{token}e2", 1)
        else:
            arrays[entities] = arrays[entities].replace(f"{token}e1{token}", f"{token}{forged_token}{token}", 1)
        header = json.loads(first)
        header["digest"] = fragments._digest(header, arrays)
        session.put_many({big: "\0".join([json.dumps(header), *arrays])})
    written, stories = _run(articles, options)
    assert "Forged" not in written
    assert "1 stored story text(s) was invalid (first: bad marked id)" in _one_warning_else_as(written, expected)
    assert stories.parts_read == 1


def test_a_string_that_reads_as_a_marked_id_writes_the_report_the_slow_way(pool, folder, tmp_path):
    # An article whose id is what a marked claim id looks like: kept as text, it would be renumbered.
    options = fresh_cache(pool, tmp_path / "cache")
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / f"k1{'0' * 14}1.txt").write_text(
        "Ferry service to Varnholm resumes\n\nThe ferry between Lindau and Varnholm will sail again on Friday, "
        "the operator said on Tuesday. Repairs to the harbour crane took three weeks. About 400 passengers "
        "a day used the route before it closed.\n",
        encoding="utf-8",
    )
    articles = pipeline.load([str(folder / "*.txt"), str(odd / "*.txt")], options).articles
    assert any(a.id == f"k1{'0' * 14}1" for a in articles)
    expected, _ = _expected(articles, options)
    for _ in range(2):
        written, _stories = _run(articles, options)
        assert written == expected


def test_a_damaged_or_forged_article_text_is_written_afresh_with_a_warning(pool, tmp_path):
    articles, options, expected = _kept(pool, tmp_path)
    with AnalysisSession(options) as session:
        stories = StoryComparisons(articles, session)
        keys = [stories.article_text_key(a, fragments.version()) for a in articles]
        texts = session.get_many(keys)
        assert set(texts) == set(keys)
        # One record cut short, one whose text says another title (its digest left as it was),
        # one with a zero-width space and its digest made again.
        cut, retitled, hidden = keys[0], keys[1], keys[2]
        head, _, text = texts[retitled].partition("\n")
        assert f'"title": {json.dumps(articles[1].title, ensure_ascii=False)}' in text
        other = text.replace(f'"title": {json.dumps(articles[1].title, ensure_ascii=False)}', '"title": "Another"')
        sentences2, _, text2 = texts[hidden].partition("\n")
        text2 = text2.replace('"text": "', '"text": "\u200b', 1)
        session.put_many(
            {
                cut: texts[cut][: len(texts[cut]) // 2],
                retitled: f"{head}\n{other}",
                hidden: fragments.article_record(text2, int(sentences2.split()[0])),
            }
        )
    written, stories = _run(articles, options)
    assert "3 stored article text(s) were invalid" in _one_warning_else_as(written, expected)
    assert stories.outlines_read == 3
    # Written afresh and kept: the next report is the expected one again, from kept texts only.
    written, stories = _run(articles, options)
    assert written == expected and stories.outlines_read == 0
