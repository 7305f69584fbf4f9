"""A new article given as a folder or a glob inside the corpus is left out of the corpus, as a file is.

Short texts written for the test (``test_triage_closest``'s): a strike of Porto bakers and another report of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.triage.test_triage_closest import NEW, SAME_STORY
from tuicompare.errors import CorpusError
from tuicompare.pipeline import Options
from tuicompare.triage import triage_paths


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return Options(cache_dir=tmp_path_factory.mktemp("cache"))


def test_a_new_folder_inside_the_corpus_is_never_compared_with_itself(tmp_path: Path, options: Options) -> None:
    """Given as a folder, the new articles were not left out of a corpus holding them: each was triaged against
    its own copy (similarity 1.00, every claim "corroborated" by itself)."""
    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    inbox.mkdir(), archive.mkdir()
    (inbox / "new.txt").write_text(NEW, encoding="utf-8")
    (archive / "porto.txt").write_text(SAME_STORY, encoding="utf-8")
    report = triage_paths([str(inbox)], [str(inbox), str(archive)], options)
    (result,) = report.results
    assert report.corpus_size == 1 and result.story == ("porto",)
    assert [n.article for n in result.closest] == ["porto"]


def test_a_corpus_made_only_of_the_new_articles_is_refused_in_plain_words(tmp_path: Path, options: Options) -> None:
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    (tmp_path / "porto.txt").write_text(SAME_STORY, encoding="utf-8")
    with pytest.raises(CorpusError, match="Every corpus article is also one of the new articles"):
        triage_paths([str(tmp_path)], [str(tmp_path)], options)
