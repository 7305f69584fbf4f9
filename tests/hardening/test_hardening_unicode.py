"""Issue 13 item 12 (first half): text is NFC at load time, so a name in NFD is the same name."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tuicompare.pipeline import Options, load, run

pytestmark = pytest.mark.slow

STORY = "Harbour works in Gdańsk\n\n{name} opened the new harbour in Gdańsk on Monday. {name} said it cost 40 million."


def test_decomposed_and_precomposed_names_load_alike_and_do_not_conflict(tmp_path: Path) -> None:
    name = "Zoë Łukasiewicz-Müller"
    (tmp_path / "nfc.txt").write_text(STORY.format(name=unicodedata.normalize("NFC", name)), encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(STORY.format(name=unicodedata.normalize("NFD", name)), encoding="utf-8")
    articles = load([str(tmp_path)], Options()).articles
    assert [a.text for a in articles][0] == [a.text for a in articles][1]
    assert all(unicodedata.is_normalized("NFC", a.text) for a in articles)
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache", one_story=True))
    assert comparison.conflicts == ()
